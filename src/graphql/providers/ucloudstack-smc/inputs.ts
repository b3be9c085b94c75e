import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Maps one source partition to a target cloud disk.' })
export class UCloudStackDiskMappingInput {
  @Field({ description: 'Source partition, e.g. /dev/vda1.' })
  device!: string;

  @Field({ description: 'Target cloud disk of the transfer VM.' })
  mappingDiskId!: string;

  @Field(() => String, { nullable: true, description: "Defaults to the SMC's own value for this partition." })
  mountPoint?: string | null;

  @Field(() => String, { nullable: true, description: "Defaults to the SMC's own value for this partition." })
  fsType?: string | null;

  @Field(() => Float, { nullable: true, description: "Bytes; defaults to the SMC's own value for this partition." })
  sizeBytes?: number | null;

  @Field(() => Float, { nullable: true, description: "Bytes; defaults to the SMC's own value for this partition." })
  availBytes?: number | null;

  @Field(() => Boolean, { nullable: true })
  isRoot?: boolean | null;
}

@InputType({
  description:
    'SetupSMC on the SMC `sourceId` (the unified createTask `ucloudstack`): target transfer VM, transfer IP, SSH credentials and disk mapping. The bandwidth is the shared `bandwidthLimitMbps`.',
})
export class UCloudStackCreateTaskOptions {
  @Field({ description: 'Target transfer VM (running and reachable).' })
  vmId!: string;

  @Field({ description: 'Transfer IP of the target VM.' })
  host!: string;

  @Field(() => String, { nullable: true, description: 'SSH user of the VM; required with password. Neither: the platform uses the VM root credential.' })
  user?: string | null;

  @Field(() => String, { nullable: true, description: 'Write-only SSH password: sent once, never returned, logged or put in errors.' })
  password?: string | null;

  @Field(() => [UCloudStackDiskMappingInput], { description: 'Every source partition must be mapped.' })
  diskMappings!: UCloudStackDiskMappingInput[];
}

@InputType({ description: 'SetupSMC: the target transfer VM, transfer IP, rate limit, SSH credentials and disk mapping of an SMC.' })
export class UCloudStackSetupSmcInput extends UCloudStackCreateTaskOptions {
  @Field(() => ID, { description: 'The SMC: its Task or its Source id (the same SMC).' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Mbit/s; 0 = unlimited; omitted = no limit.' })
  bandwidthMbps?: number | null;
}

@InputType({
  description:
    'The unified updateTask `ucloudstack`: SetupSMC is re-applied with the current configuration merged in. SetupSMC replaces the SSH credentials and the password is never read back, so an SMC with an SSH user needs `password` again (or `user: null` for platform-managed credentials).',
})
export class UCloudStackUpdateTaskOptions {
  @Field(() => String, { nullable: true, description: 'Write-only SSH password of the configured user: required when the SMC has one.' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'A new SSH user (with password); null = platform-managed credentials.' })
  user?: string | null;

  @Field(() => String, { nullable: true, description: 'A new target transfer VM.' })
  vmId?: string | null;

  @Field(() => String, { nullable: true, description: 'A new transfer IP.' })
  host?: string | null;

  @Field(() => [UCloudStackDiskMappingInput], { nullable: true, description: 'A new disk mapping (every source partition).' })
  diskMappings?: UCloudStackDiskMappingInput[] | null;
}

@InputType({ description: 'DescribeSMC filters. When smcIds is given the vendor ignores every other filter.' })
export class UCloudStackSmcFilter {
  @Field(() => [String], { nullable: true, description: 'Exact SMCIDs (native ids).' })
  smcIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive match on name or remark.' })
  keyword?: string | null;

  @Field(() => [String], { nullable: true, description: 'UCloudStack projects to list across.' })
  projectIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Native states, e.g. Syncing, CREATING (case-insensitive).' })
  states?: string[] | null;

  @Field(() => Int, { nullable: true, description: '1-100, clamped (0 is 1, over 100 is 100); negative is BAD_USER_INPUT. Default 20.' })
  limit?: number | null;

  @Field(() => Int, { nullable: true, description: 'Default 0; negative is BAD_USER_INPUT.' })
  offset?: number | null;
}
