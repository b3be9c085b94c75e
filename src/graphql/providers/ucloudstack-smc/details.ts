import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../types/scalars.js';

@ObjectType({ description: 'A source partition of a UCloudStack SMC and the target cloud disk it is mapped to.' })
export class UCloudStackDiskMapping {
  @Field(() => String, { nullable: true, description: 'Source partition, e.g. /dev/vda1.' })
  device!: string | null;

  @Field(() => String, { nullable: true })
  mountPoint!: string | null;

  @Field(() => String, { nullable: true, description: 'File system, e.g. ext4, xfs, ntfs.' })
  fsType!: string | null;

  @Field(() => Float, { nullable: true, description: 'Bytes (the vendor reports GB).' })
  sizeBytes!: number | null;

  @Field(() => Float, { nullable: true, description: 'Free bytes (the vendor reports GB).' })
  availBytes!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'The OS root partition.' })
  isRoot!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Target cloud disk; null until SetupSMC maps the partition.' })
  mappingDiskId!: string | null;
}

@ObjectType({
  description:
    'UCloudStack SMC-only fields. One SMC is both the Source and the Task (same native id), so Source.ucloudstack and Task.ucloudstack carry the same object. The SSH password is write-only and never appears here.',
})
export class UCloudStackSmcDetails {
  @Field({ description: 'The SMCID (native id of both the Source and the Task).' })
  smcId!: string;

  @Field(() => String, { nullable: true, description: 'SMC state (Online, Syncing, Synced, ...); null while a resource state shows instead.' })
  smcState!: string | null;

  @Field({ description: 'AVAILABLE, or the resource state DescribeSMC shows instead of the SMC state (CREATING, DELETING, EXCEPTION).' })
  resourceState!: string;

  @Field(() => String, { nullable: true })
  remark!: string | null;

  @Field(() => String, { nullable: true })
  regionAlias!: string | null;

  @Field(() => Int, { nullable: true, description: 'Tenant (CompanyID).' })
  companyId!: number | null;

  @Field(() => String, { nullable: true })
  companyName!: string | null;

  @Field(() => String, { nullable: true, description: "Tenant's e-mail address." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'UCloudStack project (ProjectID).' })
  projectId!: string | null;

  @Field(() => String, { nullable: true })
  projectName!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the SMC is abnormal (Exception).' })
  reason!: string | null;

  @Field({ description: 'When true, SetupSMC can no longer change the configuration.' })
  locked!: boolean;

  @Field(() => String, { nullable: true, description: 'Target transfer VM.' })
  vmId!: string | null;

  @Field(() => String, { nullable: true, description: 'Transfer IP of the target VM.' })
  transferHost!: string | null;

  @Field(() => Int, { nullable: true, description: 'Configured rate limit in Mbit/s; 0 = unlimited.' })
  bandwidthMbps!: number | null;

  @Field(() => String, { nullable: true, description: 'SSH user of the transfer VM.' })
  user!: string | null;

  @Field(() => String, { nullable: true })
  os!: string | null;

  @Field(() => String, { nullable: true })
  arch!: string | null;

  @Field(() => String, { nullable: true })
  distribution!: string | null;

  @Field(() => String, { nullable: true })
  distributionVersion!: string | null;

  @Field(() => String, { nullable: true })
  kernel!: string | null;

  @Field(() => String, { nullable: true })
  hostname!: string | null;

  @Field(() => String, { nullable: true, description: 'BIOS or UEFI.' })
  bootloaderType!: string | null;

  @Field(() => Int, { nullable: true })
  doneSubtask!: number | null;

  @Field(() => Int, { nullable: true })
  totalSubtask!: number | null;

  @Field(() => [UCloudStackDiskMapping])
  diskMappings!: UCloudStackDiskMapping[];

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  updatedAt!: string | null;
}
