/** Input types of the Huawei-only mutations (full native option sets). */
import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Use an existing ECS as the target server.' })
export class HuaweiExistingServerInput {
  @Field({ description: 'ECS id.' })
  vmId!: string;

  @Field()
  name!: string;
}

@InputType({ description: 'Huawei CreateTask options beyond the fields every provider shares (the unified createTask `huawei`).' })
export class HuaweiCreateTaskOptions {
  @Field(() => String, { nullable: true, description: 'MIGRATE_FILE or MIGRATE_BLOCK; default LINUX -> file, WINDOWS -> block.' })
  type?: 'MIGRATE_FILE' | 'MIGRATE_BLOCK' | null;

  @Field(() => HuaweiExistingServerInput, { nullable: true, description: 'Use this ECS as the target. Either this or templateId.' })
  existingServer?: HuaweiExistingServerInput | null;

  @Field(() => String, { nullable: true, description: 'Default: the template region.' })
  targetRegionId?: string | null;

  @Field(() => String, { nullable: true })
  targetRegionName?: string | null;

  @Field(() => String, { nullable: true, description: 'Target IAM project id; default: the template project.' })
  targetProjectId?: string | null;

  @Field(() => String, { nullable: true })
  targetProjectName?: string | null;

  @Field(() => String, { nullable: true })
  migrationIp?: string | null;

  @Field(() => Boolean, { nullable: true })
  usePublicIp?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  useIpv6?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep synchronising after the first full replication.' })
  syncing?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  autoStart?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  startTargetServer?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  startNetworkCheck?: boolean | null;

  @Field(() => Int, { nullable: true, description: '0 low, 1 standard, 2 high.' })
  priority?: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of the limit above which the task is stopped.' })
  overSpeedThreshold?: number | null;

  @Field(() => Boolean, { nullable: true })
  consistencyCheck?: boolean | null;
}

@InputType({ description: 'CreateTask with every native option.' })
export class HuaweiCreateTaskInput extends HuaweiCreateTaskOptions {
  @Field(() => ID, { description: 'Global id of the Huawei source.' })
  sourceId!: string;

  @Field()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Global id of a template: SMS creates the target from it. Either this or existingServer.' })
  templateId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Mbit/s; null or 0 = unlimited.' })
  bandwidthLimitMbps?: number | null;
}

@InputType({ description: 'Huawei UpdateTask options beyond name and bandwidth (the unified updateTask `huawei`).' })
export class HuaweiUpdateTaskOptions {
  @Field(() => Int, { nullable: true })
  priority?: number | null;

  @Field(() => String, { nullable: true })
  migrationIp?: string | null;

  @Field(() => Boolean, { nullable: true })
  startTargetServer?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  existServer?: boolean | null;
}

@InputType({ description: 'UpdateTask: the writable fields.' })
export class HuaweiUpdateTaskInput extends HuaweiUpdateTaskOptions {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Mbit/s; null = unlimited (leave the field out to keep it).' })
  bandwidthLimitMbps?: number | null;
}

@InputType()
export class HuaweiVolumeAdjustmentInput {
  @Field()
  id!: string;

  @Field(() => Float, { nullable: true, description: 'New size in bytes.' })
  adjustSizeBytes?: number | null;

  @Field(() => Boolean, { nullable: true })
  needMigration?: boolean | null;
}

@InputType()
export class HuaweiDiskAdjustmentInput {
  @Field()
  id!: string;

  @Field(() => Float, { description: 'New size in bytes.' })
  adjustSizeBytes!: number;

  @Field(() => Boolean, { nullable: true })
  needMigration?: boolean | null;

  @Field(() => [HuaweiVolumeAdjustmentInput], { nullable: true })
  physicalVolumes?: HuaweiVolumeAdjustmentInput[] | null;
}

@InputType()
export class HuaweiVolumeGroupAdjustmentInput {
  @Field()
  id!: string;

  @Field(() => Float, { nullable: true })
  adjustSizeBytes?: number | null;

  @Field(() => Boolean, { nullable: true })
  needMigration?: boolean | null;

  @Field(() => [HuaweiVolumeAdjustmentInput], { nullable: true })
  logicalVolumes?: HuaweiVolumeAdjustmentInput[] | null;
}

@InputType({ description: 'UpdateServerName: rename, move to a migration project, resize or exclude disks and volumes.' })
export class HuaweiUpdateSourceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the migration project to move the source to.' })
  migrationProjectId?: string | null;

  @Field(() => [HuaweiDiskAdjustmentInput], { nullable: true })
  disks?: HuaweiDiskAdjustmentInput[] | null;

  @Field(() => [HuaweiVolumeGroupAdjustmentInput], { nullable: true })
  volumeGroups?: HuaweiVolumeGroupAdjustmentInput[] | null;
}

@InputType()
export class HuaweiSpeedLimitRuleInput {
  @Field({ description: 'HH:MM.' })
  start!: string;

  @Field({ description: 'HH:MM.' })
  end!: string;

  @Field(() => Int, { description: 'Mbit/s (0..10000).' })
  speedMbps!: number;

  @Field(() => Float, { nullable: true, description: 'Percent above which the task is stopped.' })
  overSpeedThreshold?: number | null;
}

@InputType()
export class HuaweiNetworkAclCheckInput {
  @Field({ description: 'Target IAM project id.' })
  targetProjectId!: string;

  @Field({ description: 'Target subnet id.' })
  targetNetworkId!: string;

  @Field()
  regionId!: string;

  @Field({ description: 'WINDOWS or LINUX.' })
  osType!: string;
}

@InputType()
export class HuaweiCollectLogInput {
  @Field({ description: 'OBS bucket.' })
  bucket!: string;

  @Field(() => Int, { description: 'Validity of the share URL in seconds (300..64800).' })
  expireSeconds!: number;
}

@InputType()
export class HuaweiSettingInput {
  @Field()
  key!: string;

  @Field()
  value!: string;
}

@InputType()
export class HuaweiVpcInput {
  @Field({ description: 'VPC id, or autoCreate.' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  cidr?: string | null;
}

@InputType()
export class HuaweiNicInput {
  @Field({ description: 'Subnet id, or autoCreate.' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  cidr!: string;

  @Field(() => String, { nullable: true })
  ip?: string | null;
}

@InputType()
export class HuaweiSecurityGroupInput {
  @Field()
  id!: string;

  @Field()
  name!: string;
}

@InputType()
export class HuaweiPublicIpInput {
  @Field({ description: 'e.g. 5_bgp.' })
  type!: string;

  @Field(() => Int, { description: 'Mbit/s (1..2000).' })
  bandwidthSizeMbps!: number;

  @Field(() => String, { nullable: true })
  bandwidthShareType?: string | null;
}

@InputType()
export class HuaweiTemplateDiskInput {
  @Field(() => Int)
  index!: number;

  @Field()
  name!: string;

  @Field({ description: 'SAS, SSD or SATA.' })
  diskType!: string;

  @Field(() => Int, { description: 'GB.' })
  sizeGb!: number;

  @Field(() => String, { nullable: true })
  deviceUse?: string | null;
}

@InputType({ description: 'A target-server template. The password is write-only.' })
export class HuaweiTemplateInput {
  @Field()
  name!: string;

  @Field({ description: 'A general template (true) or one bound to a task (false).' })
  isGeneral!: boolean;

  @Field({ description: 'Target region.' })
  region!: string;

  @Field({ description: 'Target IAM project id.' })
  targetProjectId!: string;

  @Field(() => String, { nullable: true })
  targetServerName?: string | null;

  @Field(() => String, { nullable: true })
  availabilityZone?: string | null;

  @Field(() => String, { nullable: true })
  flavor?: string | null;

  @Field(() => String, { nullable: true })
  volumeType?: string | null;

  @Field(() => String, { nullable: true })
  dataVolumeType?: string | null;

  @Field(() => String, { nullable: true })
  imageId?: string | null;

  @Field(() => HuaweiVpcInput, { nullable: true })
  vpc?: HuaweiVpcInput | null;

  @Field(() => [HuaweiNicInput], { nullable: true })
  nics?: HuaweiNicInput[] | null;

  @Field(() => [HuaweiSecurityGroupInput], { nullable: true })
  securityGroups?: HuaweiSecurityGroupInput[] | null;

  @Field(() => HuaweiPublicIpInput, { nullable: true })
  publicIp?: HuaweiPublicIpInput | null;

  @Field(() => [HuaweiTemplateDiskInput], { nullable: true })
  disks?: HuaweiTemplateDiskInput[] | null;

  @Field(() => String, { nullable: true, description: 'Write-only: never returned.' })
  targetPassword?: string | null;
}

@InputType({ description: 'A migration project (full object: SMS replaces it on update).' })
export class HuaweiMigrationProjectInput {
  @Field({ description: '2..19 characters, unique.' })
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field()
  region!: string;

  @Field({ description: 'MIGRATE_BLOCK or MIGRATE_FILE.' })
  type!: string;

  @Field()
  usePublicIp!: boolean;

  @Field()
  existServer!: boolean;

  @Field()
  syncing!: boolean;

  @Field(() => Boolean, { nullable: true })
  startTargetServer?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Mbit/s; null = unlimited.' })
  speedLimitMbps?: number | null;

  @Field(() => Boolean, { nullable: true })
  startNetworkCheck?: boolean | null;

  @Field(() => String, { nullable: true })
  enterpriseProject?: string | null;

  @Field(() => Boolean, { nullable: true })
  isDefault?: boolean | null;
}
