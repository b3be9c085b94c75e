/** Result types of the Huawei-only queries and mutations. */
import { Field, Int, ObjectType } from 'type-graphql';
import { TaskError } from '../../types/task.js';
import { HuaweiConfigSetting } from './details.js';
import { DateTime } from '../../types/scalars.js';

@ObjectType({ description: 'Number of source servers per native state (ShowOverview).' })
export class HuaweiSourceOverview {
  @Field(() => Int) waiting!: number;
  @Field(() => Int) initialize!: number;
  @Field(() => Int) replicate!: number;
  @Field(() => Int) syncing!: number;
  @Field(() => Int) stopping!: number;
  @Field(() => Int) stopped!: number;
  @Field(() => Int) deleting!: number;
  @Field(() => Int) error!: number;
  @Field(() => Int) cloning!: number;
  @Field(() => Int) cutovering!: number;
  @Field(() => Int) finished!: number;
  @Field(() => Int) unavailable!: number;
  @Field(() => Int, { description: 'Sources with no target server configured.' }) unconfigured!: number;
}

@ObjectType({ description: 'A source server whose migration failed (ListErrorServers).' })
export class HuaweiMigrationError {
  @Field(() => String, { nullable: true, description: 'Native source id.' })
  sourceId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true })
  hostName!: string | null;

  @Field(() => String, { nullable: true })
  sourceIp!: string | null;

  @Field(() => String, { nullable: true })
  targetIp!: string | null;

  @Field(() => TaskError, { nullable: true, description: 'The decoded error_json.' })
  error!: TaskError | null;
}

@ObjectType()
export class HuaweiMigrationErrorPage {
  @Field(() => [HuaweiMigrationError])
  items!: HuaweiMigrationError[];

  @Field(() => Int)
  totalCount!: number;
}

@ObjectType({ description: 'A time-window migration rate limit.' })
export class HuaweiSpeedLimitRule {
  @Field({ description: 'HH:MM.' })
  start!: string;

  @Field({ description: 'HH:MM.' })
  end!: string;

  @Field(() => Int, { description: 'Mbit/s.' })
  speedMbps!: number;

  @Field(() => Number, { nullable: true, description: 'Percent above which the task is stopped.' })
  overSpeedThreshold!: number | null;
}

@ObjectType({ description: 'Advanced migration options of a task.' })
export class HuaweiAdvancedOptions {
  @Field({ description: 'Native task id.' })
  taskId!: string;

  @Field(() => String, { nullable: true, description: 'e.g. LINUX_FILE_MIGRATE.' })
  migrateType!: string | null;

  @Field(() => [HuaweiConfigSetting])
  settings!: HuaweiConfigSetting[];
}

@ObjectType()
export class HuaweiConsistencyDirResult {
  @Field()
  directory!: string;

  @Field(() => Int)
  totalFiles!: number;

  @Field(() => Int)
  differentFiles!: number;

  @Field(() => Int)
  missingOnTarget!: number;

  @Field(() => Int)
  extraOnTarget!: number;
}

@ObjectType({ description: 'A consistency verification run.' })
export class HuaweiConsistencyResult {
  @Field(() => DateTime, { nullable: true, description: 'ISO-8601 UTC.' })
  finishedAt!: string | null;

  @Field(() => String, { nullable: true })
  checkResult!: string | null;

  @Field(() => [HuaweiConsistencyDirResult])
  directories!: HuaweiConsistencyDirResult[];
}

@ObjectType()
export class HuaweiApiVersionLink {
  @Field()
  href!: string;

  @Field()
  rel!: string;
}

@ObjectType({ description: 'An SMS API version.' })
export class HuaweiApiVersion {
  @Field()
  id!: string;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'ISO-8601.' })
  updated!: string | null;

  @Field(() => [HuaweiApiVersionLink])
  links!: HuaweiApiVersionLink[];
}

@ObjectType()
export class HuaweiNetworkAclCheckResult {
  @Field({ description: 'True when SMS accepted the target NICs and security groups (it refuses with SMS.6605 otherwise).' })
  passed!: boolean;
}
