/** Inputs of the Alibaba SMC operations. */
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { TagInput } from '../../types/common.js';

export enum AlibabaTargetType {
  Image = 'Image',
  ContainerImage = 'ContainerImage',
  Instance = 'Instance',
}
registerEnumType(AlibabaTargetType, { name: 'AlibabaTargetType', description: 'What an Alibaba replication job delivers.' });

export enum AlibabaModifiableTargetType {
  Image = 'Image',
  ContainerImage = 'ContainerImage',
}
registerEnumType(AlibabaModifiableTargetType, { name: 'AlibabaModifiableTargetType', description: 'Target types ModifyReplicationJobAttribute accepts.' });

export enum AlibabaNetMode {
  PUBLIC = 0,
  VPC = 2,
}
registerEnumType(AlibabaNetMode, { name: 'AlibabaNetMode', description: 'Data transfer network: PUBLIC (0) or VPC (2, needs vSwitchId).' });

export enum AlibabaLicenseType {
  NONE = '',
  BYOL = 'BYOL',
}
registerEnumType(AlibabaLicenseType, { name: 'AlibabaLicenseType' });

@InputType({ description: 'A target partition (SystemDiskPart.N / DataDisk.N.Part.N).' })
export class AlibabaDiskPartInput {
  @Field({ description: 'Device id from the source partition (`0_1`).' })
  device!: string;

  @Field(() => Float, { nullable: true, description: 'Bytes; default the source partition size.' })
  sizeBytes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Block replication (default true).' })
  block?: boolean | null;
}

@InputType({ description: 'A target data disk (DataDisk.N).' })
export class AlibabaDataDiskInput {
  @Field(() => Int, { description: 'Source data disk index (1-16).' })
  index!: number;

  @Field(() => Int, { nullable: true, description: 'GiB (20-32768).' })
  sizeGiB?: number | null;

  @Field(() => [AlibabaDiskPartInput], { nullable: true })
  parts?: AlibabaDiskPartInput[] | null;
}

@InputType({ description: 'ModifyReplicationJobAttribute options beyond the name (state rules apply); the unified updateTask `alibaba`.' })
export class AlibabaUpdateTaskOptions {
  @Field(() => String, { nullable: true, description: 'Any state.' })
  description?: string | null;

  @Field(() => AlibabaModifiableTargetType, { nullable: true })
  targetType?: AlibabaModifiableTargetType | null;

  @Field(() => String, { nullable: true })
  imageName?: string | null;

  @Field(() => String, { nullable: true })
  instanceId?: string | null;

  @Field(() => Int, { nullable: true, description: 'GiB (20-500).' })
  systemDiskSizeGiB?: number | null;

  @Field(() => [AlibabaDataDiskInput], { nullable: true })
  dataDisks?: AlibabaDataDiskInput[] | null;

  @Field(() => [AlibabaDiskPartInput], { nullable: true })
  systemDiskParts?: AlibabaDiskPartInput[] | null;

  @Field(() => String, { nullable: true })
  containerNamespace?: string | null;

  @Field(() => String, { nullable: true })
  containerRepository?: string | null;

  @Field(() => String, { nullable: true })
  containerTag?: string | null;

  @Field(() => String, { nullable: true, description: 'Transit instance type.' })
  instanceType?: string | null;

  @Field(() => String, { nullable: true })
  instanceRamRole?: string | null;

  @Field(() => String, { nullable: true })
  launchTemplateId?: string | null;

  @Field(() => String, { nullable: true })
  launchTemplateVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601; later than now, within 30 days.' })
  scheduledStartTime?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601; creation + 7 to + 90 days.' })
  validTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Incremental jobs: hours between runs (1-168); before the first run or while Waiting.' })
  frequencyHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Incremental jobs: images kept (1-10).' })
  maxNumberOfImageToKeep?: number | null;
}

@InputType({ description: 'Options ModifyReplicationJobAttribute accepts (state rules apply).' })
export class AlibabaModifyReplicationJobInput extends AlibabaUpdateTaskOptions {
  @Field(() => String, { nullable: true, description: 'Any state.' })
  name?: string | null;
}

@InputType({ description: 'CreateReplicationJob options beyond the fields every provider shares; the unified createTask `alibaba`.' })
export class AlibabaCreateTaskOptions {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => AlibabaTargetType, { nullable: true, description: 'Default Image.' })
  targetType?: AlibabaTargetType | null;

  @Field(() => String, { nullable: true })
  imageName?: string | null;

  @Field(() => String, { nullable: true, description: 'Target instance (targetType Instance).' })
  instanceId?: string | null;

  @Field(() => Int, { nullable: true, description: 'GiB (20-500); default the source system disk size.' })
  systemDiskSizeGiB?: number | null;

  @Field(() => [AlibabaDataDiskInput], { nullable: true })
  dataDisks?: AlibabaDataDiskInput[] | null;

  @Field(() => [AlibabaDiskPartInput], { nullable: true })
  systemDiskParts?: AlibabaDiskPartInput[] | null;

  @Field(() => String, { nullable: true })
  containerNamespace?: string | null;

  @Field(() => String, { nullable: true })
  containerRepository?: string | null;

  @Field(() => String, { nullable: true })
  containerTag?: string | null;

  @Field(() => String, { nullable: true, description: 'Transit instance type.' })
  instanceType?: string | null;

  @Field(() => String, { nullable: true })
  instanceRamRole?: string | null;

  @Field(() => String, { nullable: true, description: 'Applied right after the create (Modify parameter).' })
  launchTemplateId?: string | null;

  @Field(() => String, { nullable: true })
  launchTemplateVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601: the job starts by itself then.' })
  scheduledStartTime?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO-8601 expiry: creation + 7 to + 90 days.' })
  validTime?: string | null;

  @Field(() => AlibabaNetMode, { nullable: true })
  netMode?: AlibabaNetMode | null;

  @Field(() => String, { nullable: true })
  vpcId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for VPC transfer.' })
  vSwitchId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false = incremental job (needs frequencyHours and maxNumberOfImageToKeep).' })
  runOnce?: boolean | null;

  @Field(() => Int, { nullable: true })
  frequencyHours?: number | null;

  @Field(() => Int, { nullable: true })
  maxNumberOfImageToKeep?: number | null;

  @Field(() => String, { nullable: true, description: 'Replication driver parameters (JSON object).' })
  replicationParameters?: string | null;

  @Field(() => AlibabaLicenseType, { nullable: true })
  licenseType?: AlibabaLicenseType | null;

  @Field(() => [TagInput], { nullable: true })
  tags?: TagInput[] | null;
}

@InputType({ description: 'CreateReplicationJob with every target option.' })
export class CreateAlibabaReplicationJobInput extends AlibabaCreateTaskOptions {
  @Field(() => ID, { description: 'Global id of an Alibaba source (must be Available).' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Destination region; default the source id region.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Unique job name.' })
  name?: string | null;

  @Field(() => Int, { nullable: true, description: 'Integer Mbit/s, merged into replicationParameters as bandwidth_limit.' })
  bandwidthLimitMbps?: number | null;
}

@InputType({ description: 'ModifySourceServerAttribute.' })
export class AlibabaModifySourceInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
