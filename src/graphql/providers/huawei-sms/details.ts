/**
 * Huawei SMS detail types: the `huawei` field of Task, Source, Template and MigrationProject.
 * Mirrors adapters/huawei-sms/mapper.ts (units already normalised there).
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Disk } from '../../types/common.js';
import { TaskState } from '../../types/enums.js';
import { DateTime } from '../../types/scalars.js';

@ObjectType({ description: 'A Huawei SMS sub-task (a step of a migration round).' })
export class HuaweiSubTask {
  @Field(() => Float, { nullable: true })
  id!: number | null;

  @Field({ description: 'Sub-task name, e.g. MIGRATE_LINUX_FILE, SYNC_LINUX_FILE, CONFIGURE_WINDOWS.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: '0..100.' })
  progress!: number | null;

  @Field(() => String, { nullable: true, description: 'The round that produced the step: REPLICATE, CUTOVER0, RESYNC0, ...' })
  userOp!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  startedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  finishedAt!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes per second (the vendor reports Mbit/s).' })
  speed!: number | null;

  @Field(() => String, { nullable: true })
  processTrace!: string | null;
}

@ObjectType({ description: 'The server cloned by a clone_test action.' })
export class HuaweiCloneServer {
  @Field(() => String, { nullable: true })
  vmId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  cloneState!: string | null;

  @Field(() => String, { nullable: true })
  cloneError!: string | null;

  @Field(() => String, { nullable: true })
  errorMessage!: string | null;
}

@ObjectType({ description: 'Network measurement of a network_check action (units not stated by the vendor).' })
export class HuaweiNetworkCheck {
  @Field(() => Boolean, { nullable: true })
  domainConnectivity!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  destinationConnectivity!: boolean | null;

  @Field(() => Float, { nullable: true })
  networkDelay!: number | null;

  @Field(() => Float, { nullable: true })
  networkJitter!: number | null;

  @Field(() => Float, { nullable: true })
  migrationSpeed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent.' })
  lossPercentage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent.' })
  cpuUsage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent.' })
  memUsage!: number | null;

  @Field(() => String, { nullable: true })
  evaluationResult!: string | null;
}

@ObjectType({ description: 'Resource usage the Agent last reported.' })
export class HuaweiResourceUsage {
  @Field(() => Float, { nullable: true, description: 'Percent.' })
  serverCpu!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent.' })
  agentCpu!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  serverMemoryBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  agentMemoryBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes per second.' })
  serverDiskIo!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes per second.' })
  agentDiskIo!: number | null;
}

@ObjectType({ description: 'An advanced migration option (configuration-setting).' })
export class HuaweiConfigSetting {
  @Field({ description: 'e.g. EXCLUDE_MIGRATE_PATH, SYNC_EXCLUDE_PATH, ONLY_SYNC_PATH.' })
  key!: string;

  @Field()
  value!: string;

  @Field(() => String, { nullable: true })
  status!: string | null;
}

@ObjectType({ description: 'The target server of a Huawei SMS task.' })
export class HuaweiTaskTargetServer {
  @Field(() => String, { nullable: true })
  id!: string | null;

  @Field(() => String, { nullable: true, description: 'ECS id.' })
  vmId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  osType!: string | null;

  @Field(() => String, { nullable: true })
  osVersion!: string | null;

  @Field(() => String, { nullable: true })
  systemDir!: string | null;

  @Field(() => [Disk])
  disks!: Disk[];

  @Field(() => String, { nullable: true })
  imageDiskId!: string | null;

  @Field(() => String, { nullable: true })
  cutoveredSnapshotIds!: string | null;
}

@ObjectType({ description: 'Huawei SMS-only task fields.' })
export class HuaweiTaskDetails {
  @Field(() => String, { nullable: true, description: 'WINDOWS or LINUX.' })
  osType!: string | null;

  @Field(() => Int, { nullable: true, description: '0 low, 1 standard, 2 high.' })
  priority!: number | null;

  @Field(() => String, { nullable: true })
  migrationIp!: string | null;

  @Field(() => String, { nullable: true })
  targetRegionId!: string | null;

  @Field(() => String, { nullable: true })
  targetRegionName!: string | null;

  @Field(() => String, { nullable: true, description: 'IAM project of the target (not a migration project).' })
  targetProjectId!: string | null;

  @Field(() => String, { nullable: true })
  targetProjectName!: string | null;

  @Field(() => String, { nullable: true })
  enterpriseProjectId!: string | null;

  @Field(() => Boolean, { nullable: true })
  startTargetServer!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the source Agent is connected (task details only).' })
  agentConnected!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Continuous synchronisation after the first replication.' })
  syncing!: boolean | null;

  @Field(() => Float, { nullable: true })
  compressRate!: number | null;

  @Field(() => Float, { nullable: true, description: '`total_time` verbatim; the vendor does not state its unit.' })
  totalTime!: number | null;

  @Field(() => String, { nullable: true })
  floatIp!: string | null;

  @Field(() => String, { nullable: true })
  targetSnapshotId!: string | null;

  @Field(() => String, { nullable: true })
  logCollectStatus!: string | null;

  @Field(() => String, { nullable: true })
  sourceServerName!: string | null;

  @Field(() => String, { nullable: true, description: 'Native source-server state as the task reports it.' })
  sourceServerState!: string | null;

  @Field(() => String, { nullable: true })
  sourceMigrationCycle!: string | null;

  @Field(() => HuaweiTaskTargetServer, { nullable: true })
  targetServer!: HuaweiTaskTargetServer | null;

  @Field(() => HuaweiCloneServer, { nullable: true })
  cloneServer!: HuaweiCloneServer | null;

  @Field(() => [HuaweiSubTask])
  subTasks!: HuaweiSubTask[];

  @Field(() => HuaweiNetworkCheck, { nullable: true })
  networkCheck!: HuaweiNetworkCheck | null;

  @Field(() => HuaweiResourceUsage, { nullable: true })
  usage!: HuaweiResourceUsage | null;

  @Field(() => [HuaweiConfigSetting])
  specialConfig!: HuaweiConfigSetting[];

  @Field({ description: 'True when read with ShowTask (all fields); false for list items (fewer fields).' })
  complete!: boolean;
}

@ObjectType({ description: 'An environment check result of a source server.' })
export class HuaweiEnvironmentCheck {
  @Field(() => Float, { nullable: true })
  id!: number | null;

  @Field(() => String, { nullable: true, description: 'e.g. OS_VERSION, FIRMWARE, RSYNC.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'OK, WARN or ERROR.' })
  result!: string | null;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => [String])
  params!: string[];
}

@ObjectType({ description: 'A NIC of a source server.' })
export class HuaweiNetwork {
  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => String, { nullable: true })
  ipv6!: string | null;

  @Field(() => String, { nullable: true })
  netmask!: string | null;

  @Field(() => String, { nullable: true })
  gateway!: string | null;

  @Field(() => String, { nullable: true })
  mac!: string | null;

  @Field(() => Int, { nullable: true })
  mtu!: number | null;
}

@ObjectType({ description: 'The task a source server reports as its current one.' })
export class HuaweiSourceTaskSummary {
  @Field()
  id!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  type!: string | null;

  @Field(() => String, { nullable: true })
  nativeState!: string | null;

  @Field(() => TaskState)
  state!: TaskState;

  @Field(() => DateTime, { nullable: true })
  startedAt!: string | null;

  @Field(() => String, { nullable: true })
  vmTemplateId!: string | null;

  @Field(() => String, { nullable: true })
  targetRegionId!: string | null;

  @Field(() => String, { nullable: true })
  targetVmId!: string | null;

  @Field(() => String, { nullable: true })
  targetVmName!: string | null;

  @Field(() => String, { nullable: true })
  logCollectStatus!: string | null;

  @Field(() => String, { nullable: true })
  logShareUrl!: string | null;

  @Field(() => Float, { nullable: true })
  remainingSeconds!: number | null;
}

@ObjectType({ description: 'Huawei SMS-only source-server fields.' })
export class HuaweiSourceDetails {
  @Field(() => String, { nullable: true })
  hostname!: string | null;

  @Field(() => String, { nullable: true, description: 'BIOS or UEFI.' })
  firmware!: string | null;

  @Field(() => Boolean, { nullable: true })
  oemSystem!: boolean | null;

  @Field(() => String, { nullable: true })
  enterpriseProjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'checking, setting, replicating, syncing, cutovering, cutovered.' })
  migrationCycle!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  stateChangedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  stageChangedAt!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  replicatedBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  totalBytes!: number | null;

  @Field(() => String, { nullable: true })
  agentVersion!: string | null;

  @Field(() => Boolean, { nullable: true })
  hasTc!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  consistencyResultExists!: boolean | null;

  @Field(() => [HuaweiEnvironmentCheck])
  checks!: HuaweiEnvironmentCheck[];

  @Field(() => [HuaweiNetwork])
  networks!: HuaweiNetwork[];

  @Field(() => HuaweiSourceTaskSummary, { nullable: true })
  currentTask!: HuaweiSourceTaskSummary | null;
}

@ObjectType()
export class HuaweiVpc {
  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  cidr!: string | null;
}

@ObjectType()
export class HuaweiNic {
  @Field({ description: 'Subnet id, or autoCreate.' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  cidr!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;
}

@ObjectType()
export class HuaweiSecurityGroup {
  @Field()
  id!: string;

  @Field()
  name!: string;
}

@ObjectType()
export class HuaweiPublicIp {
  @Field({ description: 'e.g. 5_bgp.' })
  type!: string;

  @Field(() => Int, { nullable: true, description: 'Mbit/s.' })
  bandwidthSizeMbps!: number | null;

  @Field(() => String, { nullable: true })
  bandwidthShareType!: string | null;
}

@ObjectType()
export class HuaweiTemplateDisk {
  @Field(() => String, { nullable: true })
  id!: string | null;

  @Field(() => Int, { nullable: true })
  index!: number | null;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'SAS, SSD or SATA.' })
  diskType!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes (the vendor uses GB).' })
  sizeBytes!: number | null;

  @Field(() => String, { nullable: true })
  deviceUse!: string | null;
}

@ObjectType({ description: 'Huawei SMS-only template fields. The target password is never here (huaweiTemplateTargetPassword).' })
export class HuaweiTemplateDetails {
  @Field(() => Boolean, { nullable: true, description: 'A general template (true) or one bound to a task (false).' })
  isGeneral!: boolean | null;

  @Field(() => String, { nullable: true })
  targetProjectId!: string | null;

  @Field(() => String, { nullable: true })
  targetServerName!: string | null;

  @Field(() => String, { nullable: true })
  availabilityZone!: string | null;

  @Field(() => String, { nullable: true })
  flavor!: string | null;

  @Field(() => String, { nullable: true })
  volumeType!: string | null;

  @Field(() => String, { nullable: true })
  dataVolumeType!: string | null;

  @Field(() => String, { nullable: true })
  imageId!: string | null;

  @Field(() => HuaweiVpc, { nullable: true })
  vpc!: HuaweiVpc | null;

  @Field(() => [HuaweiNic])
  nics!: HuaweiNic[];

  @Field(() => [HuaweiSecurityGroup])
  securityGroups!: HuaweiSecurityGroup[];

  @Field(() => HuaweiPublicIp, { nullable: true })
  publicIp!: HuaweiPublicIp | null;

  @Field(() => [HuaweiTemplateDisk])
  disks!: HuaweiTemplateDisk[];

  @Field({ description: 'Whether a target password is stored.' })
  hasTargetPassword!: boolean;
}

@ObjectType({ description: 'Huawei SMS-only migration-project fields (the default task profile).' })
export class HuaweiMigrationProjectDetails {
  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: 'MIGRATE_BLOCK or MIGRATE_FILE.' })
  type!: string | null;

  @Field(() => Boolean, { nullable: true })
  usePublicIp!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  existServer!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  startTargetServer!: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Mbit/s; null = unlimited.' })
  speedLimitMbps!: number | null;

  @Field(() => Boolean, { nullable: true })
  syncing!: boolean | null;

  @Field(() => Boolean, { nullable: true })
  startNetworkCheck!: boolean | null;

  @Field(() => String, { nullable: true })
  enterpriseProject!: string | null;
}
