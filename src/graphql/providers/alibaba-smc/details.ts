/** Alibaba SMC detail types: `Task.alibaba` (replication job) and `Source.alibaba` (source server). */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../types/scalars.js';

@ObjectType({ description: 'A disk partition of an Alibaba source server or replication job.' })
export class AlibabaDiskPart {
  @Field(() => String, { nullable: true, description: 'Partition device id (`0_1`).' })
  device!: string | null;

  @Field(() => String, { nullable: true, description: 'Mount path (source partitions only).' })
  path!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  sizeBytes!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Source: block replication supported. Job: block replication on.' })
  block!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Source only: the partition must be migrated.' })
  need!: boolean | null;
}

@ObjectType({ description: 'A data disk of an Alibaba source server or replication job.' })
export class AlibabaDataDisk {
  @Field(() => Int, { nullable: true })
  index!: number | null;

  @Field(() => String, { nullable: true, description: 'Mount path (source disks only).' })
  path!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  sizeBytes!: number | null;

  @Field(() => [AlibabaDiskPart])
  parts!: AlibabaDiskPart[];
}

@ObjectType({ description: 'One run of an Alibaba replication job (ReplicationJobRun).' })
export class AlibabaJobRun {
  @Field(() => String, { nullable: true, description: 'Manual or Schedule.' })
  type!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  startedAt!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  finishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Image the run produced.' })
  imageId!: string | null;
}

@ObjectType({ description: 'Alibaba Cloud SMC replication job fields (DescribeReplicationJobs).' })
export class AlibabaJobDetails {
  @Field({ description: 'Main status: Ready, Running, Stopped, InError, Finished, Waiting, Expired, Deleting.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Phase while Running: Preparing, Syncing, Processing, Cleaning.' })
  businessStatus!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'Destination region.' })
  regionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Image, ContainerImage or Instance.' })
  targetType!: string | null;

  @Field({ description: 'true: one-time job; false: incremental job.' })
  runOnce!: boolean;

  @Field(() => Int, { nullable: true, description: 'Incremental jobs: hours between runs.' })
  frequencyHours!: number | null;

  @Field(() => Int, { nullable: true, description: 'Incremental jobs: images kept.' })
  maxNumberOfImageToKeep!: number | null;

  @Field(() => String, { nullable: true })
  imageId!: string | null;

  @Field(() => String, { nullable: true })
  imageName!: string | null;

  @Field(() => String, { nullable: true, description: 'Target instance (Instance targets).' })
  instanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Transit instance type.' })
  instanceType!: string | null;

  @Field(() => String, { nullable: true })
  instanceRamRole!: string | null;

  @Field(() => String, { nullable: true })
  launchTemplateId!: string | null;

  @Field(() => String, { nullable: true })
  launchTemplateVersion!: string | null;

  @Field(() => String, { nullable: true, description: 'Empty or BYOL.' })
  licenseType!: string | null;

  @Field(() => String, { nullable: true })
  containerNamespace!: string | null;

  @Field(() => String, { nullable: true })
  containerRepository!: string | null;

  @Field(() => String, { nullable: true })
  containerTag!: string | null;

  @Field(() => Float, { nullable: true, description: 'Target system disk, bytes.' })
  systemDiskSizeBytes!: number | null;

  @Field(() => [AlibabaDiskPart])
  systemDiskParts!: AlibabaDiskPart[];

  @Field(() => [AlibabaDataDisk])
  dataDisks!: AlibabaDataDisk[];

  @Field(() => Int, { nullable: true, description: '0 = public network, 2 = VPC.' })
  netMode!: number | null;

  @Field(() => String, { nullable: true })
  vpcId!: string | null;

  @Field(() => String, { nullable: true })
  vSwitchId!: string | null;

  @Field(() => String, { nullable: true, description: 'Intermediate (transit) instance.' })
  transitionInstanceId!: string | null;

  @Field(() => String, { nullable: true, description: 'Replication driver parameters, verbatim.' })
  replicationParameters!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  scheduledStartTime!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'Expiry, ISO-8601 UTC.' })
  validTime!: string | null;

  @Field(() => String, { nullable: true })
  errorCode!: string | null;

  @Field(() => String, { nullable: true })
  statusInfo!: string | null;

  @Field(() => [AlibabaJobRun])
  runs!: AlibabaJobRun[];
}

@ObjectType({ description: 'One SystemInfo entry reported by the SMC agent.' })
export class AlibabaSystemInfoEntry {
  @Field({ description: 'Lower-case key: hostname, ipv4, ipv6, cores, cpu_usage, memory, memory_usage, agent_mode, ...' })
  key!: string;

  @Field()
  value!: string;
}

@ObjectType({ description: 'Alibaba Cloud SMC source server fields (DescribeSourceServers).' })
export class AlibabaSourceDetails {
  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  agentVersion!: string | null;

  @Field(() => String, { nullable: true })
  architecture!: string | null;

  @Field(() => String, { nullable: true })
  platform!: string | null;

  @Field(() => Int, { nullable: true })
  kernelLevel!: number | null;

  @Field(() => Int, { nullable: true, description: 'Agent heartbeat period, seconds.' })
  heartbeatRateSeconds!: number | null;

  @Field(() => String, { nullable: true })
  replicationDriver!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. SourceServer.Offline.' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: 'StatusInfo error_code.' })
  statusInfoCode!: string | null;

  @Field(() => String, { nullable: true, description: 'StatusInfo error_msg.' })
  statusInfoMessage!: string | null;

  @Field(() => [AlibabaSystemInfoEntry])
  systemInfo!: AlibabaSystemInfoEntry[];

  @Field(() => Float, { nullable: true, description: 'Bytes.' })
  systemDiskSizeBytes!: number | null;

  @Field(() => [AlibabaDiskPart])
  systemDiskParts!: AlibabaDiskPart[];

  @Field(() => [AlibabaDataDisk])
  dataDisks!: AlibabaDataDisk[];

  @Field(() => String, { nullable: true, description: 'Most recent job (native id).' })
  lastJobId!: string | null;
}
