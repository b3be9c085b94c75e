/**
 * Huawei Cloud SMS API v3: wire types for all 51 catalog operations and every catalog model, named
 * exactly as the vendor names them (spelling quirks included: `subvolumn`, `estimate_complete_time`,
 * `SpeedLimitlJson`, `ComandParam`, `volumegroups` in UpdateDiskInfo, `copystate`/`migrationcycle`).
 *
 * Generated once from the API catalog (huawei-sms.json) and then checked by hand; the project does not
 * read the catalog at run time. Response fields are optional and nullable: the seed's examples send
 * `null` for absent values. Where the seed's own examples disagree with a table's type, the type is
 * widened (e.g. Btrfs sizes as `"3.30GiB"`, `config_value` as a number): parse leniently.
 *
 * Units on the wire: timestamps are epoch milliseconds; sizes are bytes; `migrate_speed` is Mbit/s
 * (UpdateTaskSpeed and SubTask say Mbit/s, the task tables say "MB/s"); `speed_limit` is Mbit/s;
 * `remain_seconds` is seconds; template disk `size` is GB; ListServers `memory` is bytes, the
 * RegisterServer/UpdateTask tables say MB.
 *
 * Consumers: adapters/huawei-sms/client.ts and the simulator (adapters/huawei-sms/simulator/).
 */

/** The `-` (unnamed String) 200 body: treat as empty; the simulator answers `{}`. */
export type UnnamedStringResponse = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Enums (open unions in the models: the catalog lists the values the seed documents)

/**
 * - `READY`: Task created / ready for execution.
 * - `RUNNING`: Task is being executed (full replication).
 * - `SYNCING`: Incremental data is being synchronized.
 * - `MIGRATE_SUCCESS`: Migration succeeded.
 * - `MIGRATE_FAIL`: Migration failed.
 * - `ABORTING`: Task is being stopped (paused).
 * - `ABORT`: Task is stopped (paused).
 * - `DELETING`: Task is being deleted.
 * - `SYNC_F_ROLLBACKING`: Synchronization failed and the task is being rolled back.
 * - `SYNC_F_ROLLBACK_SUCCESS`: Synchronization failed and the rollback succeeded.
 */
export const TaskState = ["READY", "RUNNING", "SYNCING", "MIGRATE_SUCCESS", "MIGRATE_FAIL", "ABORTING", "ABORT", "DELETING", "SYNC_F_ROLLBACKING", "SYNC_F_ROLLBACK_SUCCESS"] as const;
export type TaskState = (typeof TaskState)[number];

/**
 * - `MIGRATE_FILE`: File-level migration.
 * - `MIGRATE_BLOCK`: Block-level migration.
 */
export const TaskType = ["MIGRATE_FILE", "MIGRATE_BLOCK"] as const;
export type TaskType = (typeof TaskType)[number];

/**
 * - `start`: Start a migration task (also resumes a failed or paused task, ch. 4.2).
 * - `stop`: Stop (pause) a migration task; task goes to ABORT (ch. 4.3).
 * - `test`: Perform a test (launch the target server).
 * - `clone_test`: Perform a clone test (clone the target server); template_id required.
 * - `restart`: Restart a migration task.
 * - `network_check`: Check network performance.
 */
export const TaskOperation = ["start", "stop", "test", "clone_test", "restart", "network_check"] as const;
export type TaskOperation = (typeof TaskOperation)[number];

/**
 * - `CREATE_CLOUD_SERVER`: Creating a new (target) server.
 * - `SSL_CONFIG`: Configuring a secure channel.
 * - `ATTACH_AGENT_IMAGE`: Attaching the disk that contains an agent image.
 * - `DETTACH_AGENT_IMAGE`: Detaching the disk that contains an agent image (spelled DETTACH; one ch.4 example shows DETACH_AGENT_IMAGE).
 * - `FORMAT_DISK_LINUX`: Formatting partitions on Linux.
 * - `FORMAT_DISK_LINUX_FILE`: Formatting partitions on Linux for a file-level migration.
 * - `FORMAT_DISK_LINUX_BLOCK`: Formatting partitions on Linux for a block-level migration.
 * - `FORMAT_DISK_WINDOWS`: Formatting partitions on Windows (seed text garbled as FORMAT_DISK_LINUX).
 * - `MIGRATE_LINUX_FILE`: Replicating files on Linux.
 * - `MIGRATE_LINUX_BLOCK`: Replicating blocks on Linux.
 * - `MIGRATE_WINDOWS_BLOCK`: Replicating blocks on Windows.
 * - `CLONE_VM`: Cloning the target server.
 * - `SYNC_LINUX_FILE`: Synchronizing files on Linux.
 * - `SYNC_LINUX_BLOCK`: Synchronizing blocks on Linux.
 * - `SYNC_WINDOWS_BLOCK`: Synchronizing blocks on Windows.
 * - `CONFIGURE_LINUX`: Modifying system configurations on Linux.
 * - `CONFIGURE_LINUX_BLOCK`: Modifying system configurations on Linux for a block-level migration.
 * - `CONFIGURE_LINUX_FILE`: Modifying system configurations on Linux for a file-level migration.
 * - `CONFIGURE_WINDOWS`: Modifying system configurations on Windows.
 */
export const SubtaskName = ["CREATE_CLOUD_SERVER", "SSL_CONFIG", "ATTACH_AGENT_IMAGE", "DETTACH_AGENT_IMAGE", "FORMAT_DISK_LINUX", "FORMAT_DISK_LINUX_FILE", "FORMAT_DISK_LINUX_BLOCK", "FORMAT_DISK_WINDOWS", "MIGRATE_LINUX_FILE", "MIGRATE_LINUX_BLOCK", "MIGRATE_WINDOWS_BLOCK", "CLONE_VM", "SYNC_LINUX_FILE", "SYNC_LINUX_BLOCK", "SYNC_WINDOWS_BLOCK", "CONFIGURE_LINUX", "CONFIGURE_LINUX_BLOCK", "CONFIGURE_LINUX_FILE", "CONFIGURE_WINDOWS"] as const;
export type SubtaskName = (typeof SubtaskName)[number];

/**
 * - `REPLICATE`: Initial full replication.
 * - `CUTOVER0`: First cutover/launch of the target (configure + detach agent image).
 * - `RESYNC0`: First resynchronization after a cutover.
 * - `CUTOVER1`: Second cutover.
 * - `RESYNC1`: Second resynchronization (values observed in examples only).
 */
export const SubTaskUserOp = ["REPLICATE", "CUTOVER0", "RESYNC0", "CUTOVER1", "RESYNC1"] as const;
export type SubTaskUserOp = (typeof SubTaskUserOp)[number];

/**
 * - `unavailable`: Source server failed the environment check.
 * - `waiting`: Waiting for migration.
 * - `initialize`: Migration is being initialized.
 * - `replicate`: Being replicated.
 * - `syncing`: Being synchronized.
 * - `stopping`: Migration is being stopped.
 * - `stopped`: Migration is stopped.
 * - `deleting`: Source server record is being deleted.
 * - `error`: An error occurred during migration.
 * - `cloning`: Target server is being cloned.
 * - `cutovering`: Target server is being launched.
 * - `testing`: Test in progress.
 * - `finished`: Target server has been launched.
 */
export const SourceServerState = ["unavailable", "waiting", "initialize", "replicate", "syncing", "stopping", "stopped", "deleting", "error", "cloning", "cutovering", "testing", "finished"] as const;
export type SourceServerState = (typeof SourceServerState)[number];

/**
 * - `UNAVAILABLE`: Failed the environment check.
 * - `WAITING`: Waiting for migration.
 * - `INIT`: Migration is being initialized.
 * - `REPLICATE`: Being replicated.
 * - `SYNCING`: Being synchronized.
 * - `STOPPING`: Migration is being stopped.
 * - `STOPPED`: Migration is stopped.
 * - `DELETING`: Record is being deleted.
 * - `ERROR`: Error during migration.
 * - `CLONING`: Target server is being cloned.
 * - `CUTOVERING`: Target server is being launched.
 * - `FINISHED`: Target server has been launched.
 */
export const CopyState = ["UNAVAILABLE", "WAITING", "INIT", "REPLICATE", "SYNCING", "STOPPING", "STOPPED", "DELETING", "ERROR", "CLONING", "CUTOVERING", "FINISHED"] as const;
export type CopyState = (typeof CopyState)[number];

/**
 * - `checking`: Check in progress.
 * - `setting`: Configuration in progress.
 * - `replicating`: Data being replicated.
 * - `syncing`: Incremental data being synchronized.
 * - `cutovering`: Target server being launched.
 * - `cutovered`: Target server launched.
 */
export const MigrationCycle = ["checking", "setting", "replicating", "syncing", "cutovering", "cutovered"] as const;
export type MigrationCycle = (typeof MigrationCycle)[number];

/**
 * - `WINDOWS`: Windows OS.
 * - `LINUX`: Linux OS.
 */
export const OsType = ["WINDOWS", "LINUX"] as const;
export type OsType = (typeof OsType)[number];

/**
 * - `BIOS`: BIOS boot.
 * - `UEFI`: UEFI boot.
 */
export const Firmware = ["BIOS", "UEFI"] as const;
export type Firmware = (typeof Firmware)[number];

/**
 * - `GRUB`: GRUB boot loader.
 * - `LILO`: LILO boot loader.
 */
export const BootLoader = ["GRUB", "LILO"] as const;
export type BootLoader = (typeof BootLoader)[number];

/**
 * - `MANUAL`: Started manually.
 * - `MGC`: Started from Migration Center (MGC).
 */
export const StartType = ["MANUAL", "MGC"] as const;
export type StartType = (typeof StartType)[number];

/**
 * - `hw`: Huawei Cloud
 * - `ali`: Alibaba Cloud
 * - `aws`: AWS
 * - `azure`: Microsoft Azure
 * - `gcp`: Google Cloud
 * - `tencent`: Tencent Cloud
 * - `vmware`: VMware
 * - `hyperv`: Hyper-V
 * - `other`: Other providers
 */
export const Platform = ["hw", "ali", "aws", "azure", "gcp", "tencent", "vmware", "hyperv", "other"] as const;
export type Platform = (typeof Platform)[number];

/**
 * - `MBR`: Master Boot Record.
 * - `GPT`: GUID Partition Table.
 */
export const PartitionStyle = ["MBR", "GPT"] as const;
export type PartitionStyle = (typeof PartitionStyle)[number];

/**
 * - `BOOT`: Boot device/partition.
 * - `OS`: System device/partition.
 * - `NORMAL`: General device/partition.
 * - `BTRFS`: Partition holding a Btrfs file system (examples only).
 * - `VOLUME_GROUP`: Disk/partition used as an LVM physical volume (examples only).
 */
export const DeviceUse = ["BOOT", "OS", "NORMAL", "BTRFS", "VOLUME_GROUP"] as const;
export type DeviceUse = (typeof DeviceUse)[number];

/**
 * - `OK`: Check passed.
 * - `WARN`: Warning generated.
 * - `ERROR`: Check failed.
 */
export const EnvironmentCheckResult = ["OK", "WARN", "ERROR"] as const;
export type EnvironmentCheckResult = (typeof EnvironmentCheckResult)[number];

/**
 * - `OS_VERSION`: OS version supported.
 * - `FIRMWARE`: Boot firmware.
 * - `CPU`: CPU.
 * - `MEMORY`: Memory.
 * - `SYSTEM_ROOT`: System root/directory.
 * - `PARTITION_STYLE`: Disk partition style.
 * - `FILE_SYSTEM`: File systems.
 * - `FREE_SPACE`: Free space.
 * - `OEM_SYSTEM`: OEM OS (Windows).
 * - `DRIVER_FILE`: Driver files (Windows).
 * - `SERVICE`: System services (Windows).
 * - `ACCOUNT_RIGHTS`: Account rights (Windows).
 * - `RSYNC`: rsync installed (Linux).
 * - `RAW_DEVICES`: Raw devices (Linux).
 * - `PARAVIRTUALIZATION`: Paravirtualization (Linux).
 * - `LINUX_BLOCK_SUPPORT`: Linux block-level migration support (example: WARN with SMS.6617).
 * - `DISK_INFO`: Disk information.
 * - `BOOT_LOADER`: Boot loader (Linux). (List observed in examples, not exhaustive.)
 */
export const EnvironmentCheckName = ["OS_VERSION", "FIRMWARE", "CPU", "MEMORY", "SYSTEM_ROOT", "PARTITION_STYLE", "FILE_SYSTEM", "FREE_SPACE", "OEM_SYSTEM", "DRIVER_FILE", "SERVICE", "ACCOUNT_RIGHTS", "RSYNC", "RAW_DEVICES", "PARAVIRTUALIZATION", "LINUX_BLOCK_SUPPORT", "DISK_INFO", "BOOT_LOADER"] as const;
export type EnvironmentCheckName = (typeof EnvironmentCheckName)[number];

/**
 * - `INIT`: No log collection requested.
 * - `TELL_AGENT_TO_COLLECT`: Agent asked to collect logs.
 * - `WAIT_AGENT_COLLECT_ACK`: Waiting for the Agent to acknowledge.
 * - `AGENT_COLLECT_FAIL`: Agent collection failed.
 * - `AGENT_COLLECT_SUCCESS`: Agent collection succeeded.
 * - `WAIT_SERVER_COLLECT`: Waiting for server-side collection.
 * - `SERVER_COLLECT_FAIL`: Server-side collection failed.
 * - `SERVER_COLLECT_SUCCESS`: Server-side collection succeeded.
 * - `TELL_AGENT_RESET_ACL`: Agent asked to reset the bucket ACL.
 * - `WAIT_AGENT_RESET_ACL_ACK`: Waiting for the ACL-reset acknowledgement.
 */
export const LogCollectStatus = ["INIT", "TELL_AGENT_TO_COLLECT", "WAIT_AGENT_COLLECT_ACK", "AGENT_COLLECT_FAIL", "AGENT_COLLECT_SUCCESS", "WAIT_SERVER_COLLECT", "SERVER_COLLECT_FAIL", "SERVER_COLLECT_SUCCESS", "TELL_AGENT_RESET_ACL", "WAIT_AGENT_RESET_ACL_ACK"] as const;
export type LogCollectStatus = (typeof LogCollectStatus)[number];

/**
 * - `0`: Low.
 * - `1`: Standard (default).
 * - `2`: High.
 */
export const TaskPriority = [0, 1, 2] as const;
export type TaskPriority = (typeof TaskPriority)[number];

/**
 * - `EXCLUDE_MIGRATE_PATH`: Paths excluded from migration.
 * - `SYNC_EXCLUDE_PATH`: Paths excluded from synchronization.
 * - `ONLY_SYNC_PATH`: Only these paths are synchronized.
 */
export const ConfigKey = ["EXCLUDE_MIGRATE_PATH", "SYNC_EXCLUDE_PATH", "ONLY_SYNC_PATH"] as const;
export type ConfigKey = (typeof ConfigKey)[number];

/**
 * - `SUPPORTED`: The version is supported.
 */
export const ApiVersionStatus = ["SUPPORTED"] as const;
export type ApiVersionStatus = (typeof ApiVersionStatus)[number];

/**
 * ShowCommand returns START, STOP, DELETE, SYNC; UpdateCommandResult accepts all six.
 * - `START`: Start (migrate) the task named in command_param (seed gives name only).
 * - `STOP`: Stop the task (seed gives name only).
 * - `DELETE`: Delete the task/migration (seed gives name only).
 * - `SYNC`: Run a synchronization (seed gives name only).
 * - `UPLOAD_LOG`: Upload logs; accepted only by UpdateCommandResult (seed gives name only).
 * - `RSET_LOG_ACL`: Spelled so in the seed; not described; accepted only by UpdateCommandResult.
 */
export const CommandName = ["START", "STOP", "DELETE", "SYNC", "UPLOAD_LOG", "RSET_LOG_ACL"] as const;
export type CommandName = (typeof CommandName)[number];

/**
 * - `success`: The command was executed successfully.
 * - `fail`: The command failed to be executed.
 */
export const CommandResult = ["success", "fail"] as const;
export type CommandResult = (typeof CommandResult)[number];

/**
 * Used by TemplateRequest/TemplateResponseBody volumetype and data_volume_type; TemplateDisk.disktype takes the same values. Seed examples also send "".
 * - `SAS`: Serial attached SCSI.
 * - `SSD`: Solid-state drive.
 * - `SATA`: Serial advanced technology attachment.
 */
export const VolumeType = ["SAS", "SSD", "SATA"] as const;
export type VolumeType = (typeof VolumeType)[number];

/**
 * - `MIGRATE_BLOCK`: Block-level migration.
 * - `MIGRATE_FILE`: File-level migration.
 */
export const MigprojectType = ["MIGRATE_BLOCK", "MIGRATE_FILE"] as const;
export type MigprojectType = (typeof MigprojectType)[number];

/**
 * Open list: the tables name three keys, the examples use two others, and the SDK model says 'etc.'. Treat config_key as free text; config_value is parsed by the Agent.
 * - `EXCLUDE_MIGRATE_PATH`: Listed value; by its name, paths excluded from migration.
 * - `SYNC_EXCLUDE_PATH`: Listed value; by its name, paths excluded from synchronization.
 * - `ONLY_SYNC_PATH`: Listed value; by its name, only these paths are synchronized.
 * - `LINUX_CPU_LIMIT`: Appears only in the 5.10.1 example (value 50); not described.
 * - `MIGRATE_EXCLUDE_PATH`: Appears only in the 5.10.2 example (value /test); not described.
 */
export const AdvancedOptionKey = ["EXCLUDE_MIGRATE_PATH", "SYNC_EXCLUDE_PATH", "ONLY_SYNC_PATH", "LINUX_CPU_LIMIT", "MIGRATE_EXCLUDE_PATH"] as const;
export type AdvancedOptionKey = (typeof AdvancedOptionKey)[number];

/**
 * - `autoCreate`: Put in VpcObject.id, Nics.id or SgObject.id to have SMS create the resource for an auto-created target server (one NIC and one security group only).
 */
export const AutoCreateSentinel = ["autoCreate"] as const;
export type AutoCreateSentinel = (typeof AutoCreateSentinel)[number];

/**
 * Not a closed list in the seed. PublicIp.bandwidth_share_type is described as 'shared or dedicated'; examples use PER.
 * - `5_bgp`: Default EIP type.
 * - `5_g-vm`: Seen only in a 5.6.1 example; not described.
 */
export const EipType = ["5_bgp", "5_g-vm"] as const;
export type EipType = (typeof EipType)[number];

/** From the handling measure of error SMS.7728 (6.1): valid migrationcycle/copystate pairs for PUT /v3/sources/{source_id}/changestate (5.3.6, part 1). */
export const MigrationCycleAllowedCopyState = {
  checking: ["unavailable", "waiting", "unconnected"],
  setting: ["waiting", "unconnected"],
  replicating: ["initialize", "replicate", "deleting", "stopping", "error", "stopped", "unconnected"],
  syncing: ["syncing", "cloning", "deleting", "stopping", "error", "stopped", "unconnected"],
  cutovering: ["cutovering", "deleting", "stopping", "error", "stopped", "unconnected"],
  cutovered: ["finished", "deleting", "stopping", "error", "stopped", "unconnected"],
} as const satisfies Record<MigrationCycle, readonly string[]>;

/** Seed 6.2 (Table 6-1). Error bodies are JSON {"error_code": ..., "error_msg": ...}; the 6.2 sample shows the prefix 'S3M.XXXX', a typo for SMS. */
export const HttpStatusCode = ["100", "101", "200", "201", "202", "203", "204", "205", "206", "300", "301", "302", "303", "304", "305", "306", "400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410", "411", "412", "413", "414", "415", "416", "417", "422", "429", "500", "501", "502", "503", "504", "505"] as const;
export type HttpStatusCode = (typeof HttpStatusCode)[number];

// ---------------------------------------------------------------------------------------------
// Models

/** Name spelled 'ComandParam' (sic) in the seed. */
export interface ComandParam {
  /** Task ID. */
  task_id?: string | null;
  /** Bucket name. */
  bucket?: string | null;
}

export interface TemplateRequest {
  /** Template name. */
  name: string;
  /** Whether the template is general; a template associated with a task is not general. */
  is_template: boolean;
  /** Region. */
  region: string;
  /** Project ID. */
  projectid: string;
  /** Target server name. */
  target_server_name?: string | null;
  /** AZ. */
  availability_zone?: string | null;
  /** Disk type (SAS serial attached SCSI, SSD solid-state, SATA serial ATA). */
  volumetype?: "SAS" | "SSD" | "SATA" | (string & {}) | null;
  /** Target server flavor. */
  flavor?: string | null;
  /** VPC information. */
  vpc?: VpcObject | null;
  /** NICs; multiple allowed; for an auto-created target give one NIC with id autoCreate. */
  nics?: Nics[] | null;
  /** Security groups; multiple allowed; for an auto-created target give one with id autoCreate. */
  security_groups?: SgObject[] | null;
  /** EIP settings (seed type name written 'Publicip'). */
  publicip?: PublicIp | null;
  /** Disk information. */
  disk?: TemplateDisk[] | null;
  /** Data disk type. */
  data_volume_type?: "SAS" | "SSD" | "SATA" | (string & {}) | null;
  /** Password for logging in to the target server. */
  target_password?: string | null;
  /** ID of the image used to create target servers. */
  image_id?: string | null;
}

/** Required flags apply to requests; response tables have no Mandatory column. */
export interface VpcObject {
  /** VPC ID; autoCreate when the target server is auto-created. */
  id: string;
  /** VPC name. */
  name: string;
  /** VPC CIDR block. */
  cidr?: string | null;
}

export interface Nics {
  /** Subnet ID; autoCreate when the target server is auto-created. */
  id: string;
  /** Subnet name. */
  name: string;
  /** Subnet gateway/mask. */
  cidr: string;
  /** Target server IP; auto-assigned when omitted. */
  ip?: string | null;
}

export interface SgObject {
  /** Security group ID (autoCreate for auto-creation, per TemplateRequest.security_groups). */
  id: string;
  /** Security group name. */
  name: string;
}

/** Request field type is written 'Publicip object' but the table is titled PublicIp. Allowed type/share-type values are not enumerated; examples use 5_bgp, 5_g-vm and PER. */
export interface PublicIp {
  /** EIP type. */
  type: string;
  /** Bandwidth in Mbit/s; step 1 up to 300, 50 from 300 to 1000, 500 above 1000. */
  bandwidth_size: number;
  /** Bandwidth type, shared or dedicated. */
  bandwidth_share_type?: string | null;
}

/** Seed example sends id as a string ("0") although the type is Long; device_use is described as 'used disk space' but the example value is BOOT. */
export interface TemplateDisk {
  /** Disk ID. */
  id?: number | string | null;
  /** Disk serial number, starting from 0. */
  index: number;
  /** Disk name. */
  name: string;
  /** Disk type; same values as volumetype. */
  disktype: string;
  /** Disk size in GB. */
  size: number;
  /** Disk use (seed text: 'the used disk space'); example BOOT. */
  device_use?: string | null;
}

/** 5.6.2 names the list item type 'TemplateResponse' but the table is titled TemplateResponseBody (the 2022 edition uses TemplateResponseBody throughout). */
export interface TemplateResponseBody {
  /** Template ID. */
  id?: string | null;
  /** Template name. */
  name?: string | null;
  /** Whether the template is general (typed String in responses, Boolean in requests). */
  is_template?: string | boolean | null;
  /** Region. */
  region?: string | null;
  /** Project ID. */
  projectid?: string | null;
  /** Target server name. */
  target_server_name?: string | null;
  /** AZ. */
  availability_zone?: string | null;
  /** Disk type (seed: 'data disk type'). */
  volumetype?: "SAS" | "SSD" | "SATA" | (string & {}) | null;
  /** Target server flavor. */
  flavor?: string | null;
  /** VPC information. */
  vpc?: VpcObject | null;
  /** NIC information. */
  nics?: Nics[] | null;
  /** Security group information. */
  security_groups?: SgObject[] | null;
  /** EIP settings. */
  publicip?: PublicIp | null;
  /** Disk information. */
  disk?: TemplateDisk[] | null;
  /** Data disk type. */
  data_volume_type?: "SAS" | "SSD" | "SATA" | (string & {}) | null;
  /** Password for logging in to the target server. */
  target_password?: string | null;
  /** ID of the selected image. */
  image_id?: string | null;
}

export interface MigprojectsResponseBody {
  /** Migration project ID. */
  id?: string | null;
  /** Migration project name. */
  name?: string | null;
  /** Whether a public IP address is used for migration. */
  use_public_ip?: boolean | null;
  /** Whether this is the default migration project. */
  isdefault?: boolean | null;
  /** Whether the target server is started after migration. */
  start_target_server?: boolean | null;
  /** Region name. */
  region?: string | null;
  /** Migration rate limit in Mbit/s configured in the project. */
  speed_limit?: number | null;
  /** Seed: whether there are servers in the migration project (create/show say: use an existing ECS as target). */
  exist_server?: boolean | null;
  /** Project description. */
  description?: string | null;
  /** Migration project type (block-level or file-level). */
  type?: "MIGRATE_BLOCK" | "MIGRATE_FILE" | (string & {}) | null;
  /** Enterprise project name the project belongs to. */
  enterprise_project?: string | null;
  /** Whether continuous synchronization follows full replication. */
  syncing?: boolean | null;
  /** Whether network performance is measured. */
  start_network_check?: boolean | null;
}

/** Required flags apply to 5.10.1 requests. The key list is not closed: seed examples use LINUX_CPU_LIMIT and MIGRATE_EXCLUDE_PATH; the 5.10.1 example sends config_value as a number (50) although the type is String. */
export interface ConfigBody {
  /** Advanced option key, e.g. EXCLUDE_MIGRATE_PATH, SYNC_EXCLUDE_PATH, ONLY_SYNC_PATH (see enum AdvancedOptionKey). */
  config_key: string;
  /** Option value; stored by SMS and parsed by the Agent. */
  config_value: string | number;
  /** Reserved field describing the configuration status. */
  config_status?: string | null;
}

/** Item of ForbiddenErrorResponse.details; the seed titles the table 'details'. */
export interface details {
  /** SMS error code. */
  error_code?: string | null;
  /** SMS error message. */
  error_msg?: string | null;
}

/** Name chosen here: the seed's tables are untitled 'Response body parameters'. Body of 400/401/404/500 responses. */
export interface ErrorResponse {
  /** Error code, e.g. SMS.9001. */
  error_code?: string | null;
  /** Error message. */
  error_msg?: string | null;
}

/** Name chosen here (untitled table). Body of 403 responses. */
export interface ForbiddenErrorResponse {
  /** Error code, e.g. SMS.9004. */
  error_code?: string | null;
  /** Error message. */
  error_msg?: string | null;
  /** Encrypted authorization information. */
  encoded_authorization_message?: string | null;
  /** Invalid parameters. */
  error_param?: string[] | null;
  /** Detailed error messages. */
  details?: details[] | null;
}

/** Differs from ForbiddenErrorResponse only in the name encoded_authorized_message; the 5.7.1 403 example itself uses encoded_authorization_message, so this is most likely a documentation slip. */
export interface ForbiddenErrorResponse2 {
  /** Error code. */
  error_code?: string | null;
  /** Error message. */
  error_msg?: string | null;
  /** Encrypted authorization information (field name as spelled in 5.7.1). */
  encoded_authorized_message?: string | null;
  /** Invalid parameters. */
  error_param?: string[] | null;
  /** Detailed error messages. */
  details?: details[] | null;
}

export interface Version {
  /** API version, e.g. v3. */
  id?: string | null;
  /** Links of the API version. */
  links?: Link[] | null;
  /** Version status; SUPPORTED means supported. */
  status?: "SUPPORTED" | (string & {}) | null;
  /** Last update time, yyyy-mm-ddThh:mm:ssZ (UTC). */
  updated?: string | null;
}

export interface Link {
  /** URL of the API version. */
  href?: string | null;
  /** Always 'self' (href is a local link). */
  rel?: "self" | (string & {}) | null;
}

export interface MigrationErrors {
  /** Error as a JSON string (error_code, error_param). */
  error_json?: string | null;
  /** Hostname reported by the source OS; may be empty. */
  host_name?: string | null;
  /** The source server name in SMS. */
  name?: string | null;
  /** The source server ID. */
  source_id?: string | null;
  /** The IP address of the source server. */
  source_ip?: string | null;
  /** The IP address of the target server. */
  target_ip?: string | null;
}

export interface ServerDisk {
  /** The disk name. */
  name: string;
  /** Disk partition style; mandatory for registration. */
  partition_style?: "MBR" | "GPT" | (string & {}) | null;
  /** Disk function (BOOT boot device, OS system device). */
  device_use: "BOOT" | "OS" | (string & {});
  /** The disk size, in bytes. */
  size: number;
  /** The used disk space, in bytes. */
  used_size: number;
  /** The physical partition information of the disk. */
  physical_volumes: PhysicalVolume[];
  /** Indicates whether the disk is the system disk. */
  os_disk?: boolean | null;
  /** Name of the paired disk on the Linux target server. */
  relation_name?: string | null;
  /** The number of inodes. */
  inode_size?: number | string | null;
}

export interface PhysicalVolume {
  /** Partition function (general, boot or OS). */
  device_use?: string | null;
  /** The file system type. */
  file_system?: string | null;
  /** The serial number. */
  index?: number | null;
  /** The mount point. */
  mount_point?: string | null;
  /** Volume name: drive letter (Windows) or device ID (Linux). */
  name?: string | null;
  /** The size. */
  size?: number | null;
  /** The used space. */
  used_size?: number | null;
  /** The number of inodes. */
  inode_size?: number | string | null;
  /** The number of inodes. */
  inode_nums?: number | null;
  /** Volume GUID obtained from the source server. */
  uuid?: string | null;
  /** The size of each cluster. */
  size_per_cluster?: number | null;
}

export interface BtrfsFileSystem {
  /** The file system name. */
  name: string;
  /** File system label; empty string if none. */
  label: string;
  /** The UUID of the file system. */
  uuid: string;
  /** The device name in the Btrfs. */
  device: string;
  /** The space occupied by the file system. */
  size: number | string;
  /** The size of the Btrfs node. */
  nodesize: number | string;
  /** The sector size. */
  sectorsize: number | string;
  /** The data profile (RAD). */
  data_profile: string;
  /** The file system profile (RAD). */
  system_profile: string;
  /** The metadata profile (RAD). */
  metadata_profile: string;
  /** Btrfs file system information (global reserve); OCR in some tables: global_reserve 1. */
  global_reserve1: string;
  /** The used space of the Btrfs volume. */
  g_vol_used_size: number | string;
  /** ID of the default subvolume; some seed tables spell it default_subvol_id. */
  default_subvolid: string;
  /** The name of the default subvolume. */
  default_subvol_name: string;
  /** The mount path of the default subvolume or Btrfs file system. */
  default_subvol_mountpath: string;
  /** Subvolume information; some seed tables spell it subvolume. */
  subvolumn: BtrfsSubvolumn[];
}

export interface BtrfsSubvolumn {
  /** UUID of the parent volume. */
  uuid: string;
  /** Whether the subvolume is a snapshot ('true'/'false' string). */
  is_snapshot: string | boolean;
  /** The subvolume ID. */
  subvol_id: string;
  /** The parent volume ID. */
  parent_id: string;
  /** The subvolume name. */
  subvol_name: string;
  /** The mount path of the subvolume. */
  subvol_mount_path: string;
}

export interface NetWork {
  /** The NIC name. */
  name: string;
  /** IP address bound to the NIC. */
  ip: string;
  /** The IPv6 address. */
  ipv6?: string | null;
  /** The subnet mask. */
  netmask: string;
  /** The gateway. */
  gateway: string;
  /** NIC MTU; mandatory for Linux. */
  mtu?: number | null;
  /** The MAC address. */
  mac: string;
  /** Database ID. */
  id?: string | null;
}

export interface VolumeGroups {
  /** Physical volumes of the group, ';'-separated (e.g. /dev/vdb1;/dev/vdc). */
  components?: string | null;
  /** The available space. */
  free_size?: number | null;
  /** The logical volume information. */
  logical_volumes?: LogicalVolumes[] | null;
  /** The name. */
  name?: string | null;
  /** The size. */
  size?: number | null;
}

export interface LogicalVolumes {
  /** The number of blocks. */
  block_count?: number | null;
  /** The block size. */
  block_size?: number | null;
  /** The file system. */
  file_system: string;
  /** The number of inodes. */
  inode_size: number | string;
  /** The number of inodes. */
  inode_nums?: number | null;
  /** Partition function (general, boot or OS). */
  device_use?: string | null;
  /** The mount point. */
  mount_point: string;
  /** The name. */
  name: string;
  /** The size. */
  size: number;
  /** The used space. */
  used_size: number;
  /** The available space. */
  free_size: number;
}

export interface SourceServersResponseBody {
  /** The source server ID. */
  id?: string | null;
  /** The IP address of the source server. */
  ip?: string | null;
  /** The source server name. */
  name?: string | null;
  /** The enterprise project ID. */
  enterprise_project_id?: string | number | null;
  /** Registration time (epoch ms). */
  add_date?: number | null;
  /** The OS type of the source server. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** OS version, e.g. CENTOS7.6. */
  os_version?: string | null;
  /** Indicates whether the OS is an OEM version (Windows). */
  oem_system?: boolean | null;
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "cutovering" | "finished" | (string & {}) | null;
  /** Indicates whether the source server is connected to SMS. */
  connected?: boolean | null;
  /** The number of CPUs on the source server. */
  cpu_quantity?: number | null;
  /** Physical memory size, in bytes. */
  memory?: number | null;
  /** The migration task associated with the source server. */
  current_task?: TaskByServerSources | null;
  /** The check items of the source server. */
  checks?: EnvironmentCheck[] | null;
  /** The recommended configuration for the target server. */
  init_target_server?: InitTargetServer | null;
  /** The volume of migrated data, in bytes. */
  replicatesize?: number | null;
  /** Time migration_cycle last changed (epoch ms). */
  stage_action_time?: number | null;
  /** The volume of data to be migrated, in bytes. */
  totalsize?: number | null;
  /** Time the Agent connection status last changed (epoch ms). */
  last_visit_time?: number | null;
  /** Current migration stage of the source server. */
  migration_cycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {}) | null;
  /** Time state last changed (epoch ms). */
  state_action_time?: number | null;
  /** Indicates whether there are consistency verification results. */
  is_consistency_result_exist?: boolean | null;
  /** Whether TC is installed; mandatory for Linux. */
  has_tc?: boolean | null;
}

export interface TaskByServerSources {
  /** The task ID. */
  id?: string | null;
  /** The task name. */
  name?: string | null;
  /** Task type (MIGRATE_FILE/MIGRATE_BLOCK). */
  type?: string | null;
  /** Task status (TaskState). */
  state?: string | null;
  /** Estimated completion time (epoch ms); seed table spells it estimate_completion_time. */
  estimate_complete_time?: number | null;
  /** Start time (epoch ms). */
  start_date?: number | null;
  /** The migration rate limit. */
  speed_limit?: number | null;
  /** The migration rate. */
  migrate_speed?: number | null;
  /** The compression rate. */
  compress_rate?: number | null;
  /** Indicates whether the target server is started. */
  start_target_server?: boolean | null;
  /** The server template ID. */
  vm_template_id?: string | null;
  /** Region ID. */
  region_id?: string | null;
  /** The project name. */
  project_name?: string | null;
  /** The project ID. */
  project_id?: string | null;
  /** The information about the target server. */
  target_server?: TargetServerById | null;
  /** Log collection status. */
  log_collect_status?: string | null;
  /** Indicates whether an existing ECS is used as the target server. */
  exist_server?: boolean | null;
  /** Indicates whether a public IP address is used for migration. */
  use_public_ip?: boolean | null;
  /** The information about the cloned server. */
  clone_server?: CloneServer | null;
  /** Migration duration (seed wording; elsewhere remaining seconds). */
  remain_seconds?: number | null;
  /** The name of the bucket to which logs are uploaded. */
  log_bucket?: string | null;
  /** Validity period of the log share link (s). */
  log_expire?: number | null;
  /** Log upload time. */
  log_upload_time?: number | null;
  /** Share URL of uploaded logs. */
  log_share_url?: string | null;
}

export interface TargetServerById {
  /** The target server ID. */
  vm_id?: string | null;
  /** The name of the target server. */
  name?: string | null;
}

export interface CloneServer {
  /** The cloned server ID. */
  vm_id?: string | null;
  /** The name of the cloned server. */
  name?: string | null;
  /** The error returned for a clone failure. */
  clone_error?: string | null;
  /** The clone status. */
  clone_state?: string | null;
  /** Error returned for a clone failure (long form). */
  error_msg?: string | null;
}

export interface EnvironmentCheck {
  /** The check item ID. */
  id?: number | null;
  /** Check parameters (items up to 255 chars). */
  params?: string[] | null;
  /** Check item name, e.g. OS_VERSION, FIRMWARE, CPU. */
  name?: string | null;
  /** Check result: OK passed, WARN warning, ERROR failed. */
  result?: "OK" | "WARN" | "ERROR" | (string & {}) | null;
  /** The returned error code. */
  error_code?: string | null;
  /** The error or warning. */
  error_or_warn?: string | null;
  /** The parameters that failed the check. */
  error_params?: string | null;
}

export interface InitTargetServer {
  /** The information about the recommended target server disks. */
  disks?: DiskIntargetServer[] | null;
  /** Recommended volume groups; mandatory for Linux, [] if none. */
  volume_groups?: VolumeGroups[] | null;
}

export interface DiskIntargetServer {
  /** The disk name. */
  name?: string | null;
  /** The disk size, in bytes. */
  size?: number | null;
  /** Disk function: BOOT boot, OS system, NORMAL general. */
  device_use?: "BOOT" | "OS" | "NORMAL" | (string & {}) | null;
  /** The used disk space, in bytes. */
  used_size?: number | null;
  /** The physical volume information. */
  physical_volumes?: PhysicalVolumes[] | null;
}

export interface PhysicalVolumes {
  /** Partition function (general, boot or OS). */
  device_use?: string | null;
  /** The file system type. */
  file_system?: string | null;
  /** The serial number. */
  index?: number | null;
  /** The mount point. */
  mount_point?: string | null;
  /** Volume name: drive letter (Windows) or device ID (Linux). */
  name?: string | null;
  /** The size. */
  size?: number | null;
  /** The number of inodes. */
  inode_size?: number | string | null;
  /** The used space. */
  used_size?: number | null;
  /** Volume GUID obtained from the source server. */
  uuid?: string | null;
}

export interface PutDisk {
  /** Whether the disk is migrated (seed text garbled: 'The disk name'). */
  need_migration?: boolean | null;
  /** The disk ID. */
  id: string;
  /** New size. */
  adjust_size: number;
  /** Modified volumes. */
  physical_volumes?: PutVolume[] | null;
}

export interface PutVolume {
  /** The database ID. */
  id?: string | null;
  /** Whether the volume is migrated. */
  need_migration?: boolean | null;
  /** New size. */
  adjust_size?: number | null;
}

export interface PutVolumeGroups {
  /** The logical volume information. */
  logical_volumes?: PutLogicalVolume[] | null;
  /** The volume group ID. */
  id: string;
  /** Whether the volume group is migrated. */
  need_migration?: boolean | null;
  /** New size. */
  adjust_size?: number | null;
}

export interface PutLogicalVolume {
  /** The logical volume ID. */
  id: string;
  /** Whether the logical volume is migrated. */
  need_migration?: boolean | null;
  /** New size. */
  adjust_size?: number | null;
}

export interface TaskByServerSource {
  /** The task ID. */
  id?: string | null;
  /** The task name. */
  name?: string | null;
  /** Task type (MIGRATE_FILE/MIGRATE_BLOCK). */
  type?: string | null;
  /** Task status (TaskState). */
  state?: string | null;
  /** Start time (epoch ms). */
  start_date?: number | null;
  /** The migration rate limit. */
  speed_limit?: number | null;
  /** The migration rate. */
  migrate_speed?: number | null;
  /** Indicates whether the target server is started. */
  start_target_server?: boolean | null;
  /** The server template ID. */
  vm_template_id?: string | null;
  /** Region ID. */
  region_id?: string | null;
  /** The project name. */
  project_name?: string | null;
  /** The project ID. */
  project_id?: string | null;
  /** The information about the target server. */
  target_server?: TargetServerById | null;
  /** The log collection status. */
  log_collect_status?: string | null;
  /** Indicates whether an existing ECS is used as the target server. */
  exist_server?: boolean | null;
  /** Indicates whether a public IP address is used for migration. */
  use_public_ip?: boolean | null;
  /** The information about the cloned server. */
  clone_server?: CloneServer | null;
}

export interface SourceServerByTask {
  /** The source server ID. */
  id: string;
}

export interface TargetServerByTask {
  /** Btrfs information obtained from the source server. */
  btrfs_list?: BtrfsFileSystem[] | null;
  /** Target disk layout. */
  disks: TargetDisks[];
  /** Target server name. */
  name: string;
  /** Target server (ECS) ID. */
  vm_id: string;
  /** Volume groups obtained from the source; seed table spells it volume_group_s. */
  volume_groups?: VolumeGroups[] | null;
}

export interface TargetDisks {
  /** Disk function: BOOT, OS or NORMAL. */
  device_use?: "NORMAL" | "OS" | "BOOT" | (string & {}) | null;
  /** Target disk ID; not needed if the target is created automatically. */
  disk_id?: string | null;
  /** Disk name, 'Disk X' by disk sequence. */
  name: string;
  /** The physical volume information. */
  physical_volumes: PhysicalVolumes[];
  /** The size. */
  size: number;
  /** The used space. */
  used_size: number;
}

export interface TasksResponseBody {
  /** The migration task ID. */
  id?: string | null;
  /** User-defined task name. */
  name?: string | null;
  /** Task type (MIGRATE_FILE/MIGRATE_BLOCK). */
  type?: "MIGRATE_FILE" | "MIGRATE_BLOCK" | (string & {}) | null;
  /** OS type (WINDOWS/LINUX). */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** Task status (TaskState). */
  state?: string | null;
  /** Estimated completion time (epoch ms); seed table spells it estimate_completion_time. */
  estimate_complete_time?: number | null;
  /** Creation time (epoch ms). */
  create_date?: number | null;
  /** Priority: 0 low, 1 standard, 2 high. */
  priority?: number | null;
  /** The migration rate limit. */
  speed_limit?: number | null;
  /** The migration rate, in MB/s. */
  migrate_speed?: number | null;
  /** The compression rate. */
  compress_rate?: number | null;
  /** Whether the target is started (true) or stopped (false) after migration. */
  start_target_server?: boolean | null;
  /** The error message. */
  error_json?: string | null;
  /** Task duration. */
  total_time?: number | null;
  /** Target IP used for migration (EIP for public network, private IP for private line). */
  migration_ip?: string | null;
  /** Subtasks of the migration task. */
  sub_tasks?: SubTaskAssociatedWithTask[] | null;
  /** Source server of the task. */
  source_server?: SourceServerAssociatedWithTask | null;
  /** Enterprise project ID (seed: "migration project ID"). */
  enterprise_project_id?: string | null;
  /** Target server of the task. */
  target_server?: TargetServerAssociatedWithTask | null;
  /** Log collection status. */
  log_collect_status?: "INIT" | "TELL_AGENT_TO_COLLECT" | "WAIT_AGENT_COLLECT_ACK" | "AGENT_COLLECT_FAIL" | "AGENT_COLLECT_SUCCESS" | "WAIT_SERVER_COLLECT" | "SERVER_COLLECT_FAIL" | "SERVER_COLLECT_SUCCESS" | "TELL_AGENT_RESET_ACL" | "WAIT_AGENT_RESET_ACL_ACK" | (string & {}) | null;
  /** The information about the cloned server. */
  clone_server?: CloneServerBrief | null;
  /** Whether synchronization is enabled. */
  syncing?: boolean | null;
  /** Network performance metrics and evaluation. */
  network_check_info?: NetworkCheckInfoRequestBody | null;
  /** Advanced migration option settings. */
  special_config?: ConfigBody[] | null;
  /** Server CPU usage (%). */
  total_cpu_usage?: number | null;
  /** Agent CPU usage (%). */
  agent_cpu_usage?: number | null;
  /** Server memory usage (MB). */
  total_mem_usage?: number | null;
  /** Agent memory usage (MB). */
  agent_mem_usage?: number | null;
  /** Server disk I/O (MB/s). */
  total_disk_io?: number | null;
  /** Agent disk I/O (MB/s). */
  agent_disk_io?: number | null;
}

export interface SubTaskAssociatedWithTask {
  /** The subtask ID. */
  id?: number | null;
  /** Subtask name (SubtaskName). */
  name?: string | null;
  /** Subtask progress 0-100. */
  progress?: number | null;
  /** Subtask start time (epoch ms). */
  start_date?: number | null;
  /** Subtask end time (epoch ms); empty until complete. */
  end_date?: number | null;
  /** The detailed progress of the migration or synchronization. */
  process_trace?: string | null;
}

export interface SourceServerAssociatedWithTask {
  /** ID of the source server in SMS. */
  id?: string | null;
  /** Source server IP. */
  ip?: string | null;
  /** Source server name shown on the console. */
  name?: string | null;
  /** Source OS type. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** OS version. */
  os_version?: string | null;
  /** Indicates whether the OS is an OEM OS (Windows). */
  oem_system?: boolean | null;
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "testing" | "finished" | (string & {}) | null;
}

export interface TargetServerAssociatedWithTask {
  /** ID of the target server in SMS. */
  id?: string | null;
  /** Target server (ECS) ID. */
  vm_id?: string | null;
  /** The name of the target server. */
  name?: string | null;
  /** The IP address of the target server. */
  ip?: string | null;
  /** Target OS type. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** The OS version. */
  os_version?: string | null;
}

export interface CloneServerBrief {
  /** The cloned server ID. */
  vm_id?: string | null;
  /** The name of the cloned server. */
  name?: string | null;
}

export interface NetworkCheckInfoRequestBody {
  /** Connectivity to domain names. */
  domain_connectivity?: boolean | null;
  /** Connectivity to the target server. */
  destination_connectivity?: boolean | null;
  /** Network latency. */
  network_delay?: number | string | null;
  /** Network jitter. */
  network_jitter?: number | string | null;
  /** Bandwidth. */
  migration_speed?: number | string | null;
  /** Packet loss rate (%). */
  loss_percentage?: number | string | null;
  /** CPU usage (%). */
  cpu_usage?: number | string | null;
  /** Memory usage (%). */
  mem_usage?: number | string | null;
  /** Network evaluation result (6-8 chars). */
  evaluation_result?: string | null;
}

export interface SourceServerResponse {
  /** ID of the source server in SMS. */
  id?: string | null;
  /** Source server IP. */
  ip?: string | null;
  /** Source server name shown on the console. */
  name?: string | null;
  /** Source OS type. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** OS version. */
  os_version?: string | null;
  /** Indicates whether the OS is an OEM OS (Windows). */
  oem_system?: boolean | null;
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "testing" | "finished" | (string & {}) | null;
  /** Current migration stage of the source server. */
  migration_cycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {}) | null;
}

export interface TaskTargetServer {
  /** ID of the target server in SMS. */
  id?: string | null;
  /** Target server (ECS) ID; empty for automatically created targets. */
  vm_id?: string | null;
  /** The name of the target server. */
  name?: string | null;
  /** The IP address of the target server. */
  ip?: string | null;
  /** Target OS type. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** OS version. */
  os_version?: string | null;
  /** System directory (Windows). */
  system_dir?: string | null;
  /** Target disks (usually mirror the source). */
  disks?: TargetDisk[] | null;
  /** Target volume groups (usually mirror the source). */
  volume_groups?: VolumeGroups[] | null;
  /** Btrfs file systems; mandatory for Linux, [] if none. */
  btrfs_list?: Array<string | BtrfsFileSystem> | null;
  /** ID of the disk holding the Agent image on the target. */
  image_disk_id?: string | null;
  /** Snapshot ID used for rollback on the target (ch.4 examples: rollback_snapshot_ids). */
  cutovered_snapshot_ids?: string | null;
  /** Not in the 5.4.5 table: chapter 4.1's example shows it where the table has cutovered_snapshot_ids. */
  rollback_snapshot_ids?: string | null;
}

export interface TargetDisk {
  /** Disk record ID. */
  id?: number | null;
  /** Disk function: BOOT, OS or NORMAL. */
  device_use?: "NORMAL" | "OS" | "BOOT" | (string & {}) | null;
  /** Target disk ID. */
  disk_id?: string | null;
  /** The disk name. */
  name?: string | null;
  /** Partitions of the disk. */
  physical_volumes?: TargetPhysicalVolumes[] | null;
  /** The size. */
  size?: number | null;
  /** The used space. */
  used_size?: number | null;
  /** The disk index. */
  disk_index?: string | null;
  /** Indicates whether the disk is the system disk. */
  os_disk?: boolean | null;
  /** Disk partition style (MBR/GPT). */
  partition_style?: "MBR" | "GPT" | (string & {}) | null;
  /** Name of the paired source disk (Linux). */
  relation_name?: string | null;
}

export interface TargetPhysicalVolumes {
  /** Volume record ID. */
  id?: number | null;
  /** Partition function: NORMAL, OS or BOOT. */
  device_use?: "NORMAL" | "OS" | "BOOT" | (string & {}) | null;
  /** The file system. */
  file_system?: string | null;
  /** The serial number. */
  index?: number | null;
  /** The mount point. */
  mount_point?: string | null;
  /** The name. */
  name?: string | null;
  /** The size. */
  size?: number | null;
  /** The used space. */
  used_size?: number | null;
  /** Volume UUID. */
  uuid?: string | null;
  /** Name of the paired source partition (Linux). */
  relation_name?: string | null;
  /** Free partition space. */
  free_size?: number | null;
}

export interface SubTask {
  /** The subtask ID. */
  id?: number | null;
  /** Subtask name (SubtaskName). */
  name?: string | null;
  /** Subtask progress 0-100. */
  progress: number;
  /** Subtask start time (epoch ms). */
  start_date?: number | null;
  /** Subtask end time (epoch ms); empty until complete. */
  end_date?: number | null;
  /** The migration speed, in Mbit/s. */
  migrate_speed?: number | null;
  /** User operation that triggered the subtask (e.g. REPLICATE, CUTOVER0, RESYNC0). */
  user_op?: string | null;
  /** The detailed progress of the migration or synchronization. */
  process_trace?: string | null;
}

export interface PostSourceServerBody {
  /** ID in the SMS database (seed: "of the target server"). */
  id?: string | null;
  /** Source server IP. */
  ip?: string | null;
  /** Source server name shown on the console. */
  name?: string | null;
  /** Source server hostname. */
  hostname?: string | null;
  /** Source OS type. */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** OS version. */
  os_version?: string | null;
  /** The OS virtualization type. */
  virtualization_type?: string | null;
  /** Linux block-level check result (JSON-encoded string). */
  linux_block_check?: string | null;
  /** The boot mode of the source server. */
  firmware?: "BIOS" | "UEFI" | (string & {}) | null;
  /** The number of vCPUs. */
  cpu_quantity?: number | null;
  /** Memory size (MB). */
  memory?: number | null;
  /** The disk information of the source server. */
  disks?: ServerDisk[] | null;
  /** Btrfs file systems; mandatory for Linux, [] if none. */
  btrfs_list?: BtrfsFileSystem[] | null;
  /** The information about NICs on the source server. */
  networks?: NetWork[] | null;
  /** The tenant domain ID. */
  domain_id?: string | null;
  /** Indicates whether rsync is installed; mandatory for Linux. */
  has_rsync?: boolean | null;
  /** Indicates whether the source server is paravirtualized; mandatory for Linux. */
  paravirtualization?: boolean | null;
  /** The list of raw devices; mandatory for Linux. */
  raw_devices?: string | null;
  /** Indicates whether any driver files are missing; mandatory for Windows. */
  driver_files?: boolean | null;
  /** Indicates whether there are abnormal services; mandatory for Windows. */
  system_services?: boolean | null;
  /** Indicates whether the account has the required permissions; mandatory for Windows. */
  account_rights?: boolean | null;
  /** The system boot loader; mandatory for Linux. */
  boot_loader?: "GRUB" | "LILO" | (string & {}) | null;
  /** The system directory; mandatory for Windows. */
  system_dir?: string | null;
  /** LVM volume groups; mandatory for Linux, [] if none. */
  volume_groups?: VolumeGroups[] | null;
  /** The Agent version. */
  agent_version?: string | null;
  /** The kernel version. */
  kernel_version?: string | null;
  /** Current migration stage of the source server. */
  migration_cycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {}) | null;
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "cutovering" | "finished" | (string & {}) | null;
  /** Indicates whether the OS is an OEM OS (Windows). */
  oem_system?: boolean | null;
  /** Startup mode: MANUAL, MGC or empty string. */
  start_type?: "MANUAL" | "MGC" | (string & {}) | null;
  /** The disk read latency (in ms). */
  io_read_wait?: number | null;
  /** Indicates whether TC is installed; mandatory for Linux. */
  has_tc?: boolean | null;
  /** Source platform (hw, ali, aws, azure, gcp, tencent, vmware, hyperv, other). */
  platform?: "hw" | "ali" | "aws" | "azure" | "gcp" | "tencent" | "vmware" | "hyperv" | "other" | (string & {}) | null;
}

export interface TargetServer {
  /** ID of the target server in SMS. */
  id?: string | null;
  /** Server IP (seed text copied from the source model). */
  ip: string;
  /** Server name (seed text copied from the source model). */
  name: string;
  /** Hostname. */
  hostname?: string | null;
  /** OS type (seed text copied from the source model). */
  os_type: "WINDOWS" | "LINUX" | (string & {});
  /** OS version. */
  os_version?: string | null;
  /** Boot mode (BIOS/UEFI). */
  firmware?: "BIOS" | "UEFI" | (string & {}) | null;
  /** The number of vCPUs. */
  cpu_quantity?: number | null;
  /** Memory size (MB). */
  memory?: number | null;
  /** Btrfs file systems; mandatory for Linux, [] if none. */
  btrfs_list?: BtrfsFileSystem[] | null;
  /** NIC information. */
  networks?: NetWork[] | null;
  /** The tenant domain ID. */
  domain_id?: string | null;
  /** Indicates whether rsync is installed; mandatory for Linux. */
  has_rsync?: boolean | null;
  /** Indicates whether the source server is paravirtualized; mandatory for Linux. */
  paravirtualization?: boolean | null;
  /** The list of raw devices; mandatory for Linux. */
  raw_devices?: string | null;
  /** Indicates whether any driver files are missing; mandatory for Windows. */
  driver_files?: boolean | null;
  /** Indicates whether there are abnormal services; mandatory for Windows. */
  system_services?: boolean | null;
  /** Indicates whether the account has the required permissions; mandatory for Windows. */
  account_rights?: boolean | null;
  /** The system boot loader; mandatory for Linux. */
  boot_loader?: "GRUB" | "LILO" | (string & {}) | null;
  /** The system directory; mandatory for Windows. */
  system_dir?: string | null;
  /** LVM volume groups; mandatory for Linux, [] if none. */
  volume_groups?: VolumeGroups[] | null;
  /** Target server (ECS) ID; not needed for automatically created targets. */
  vm_id?: string | null;
  /** The flavor of the target server. */
  flavor?: string | null;
  /** Target disks (usually mirror the source). */
  disks: TargetDisk[];
  /** ID of the disk holding the Agent image on the target. */
  image_disk_id?: string | null;
  /** Snapshot ID of the target server. */
  snapshot_ids?: string | null;
  /** Snapshot ID used for rollback on the target. */
  cutovered_snapshot_ids?: string | null;
}

export interface SpeedLimitlJson {
  /** Segment start time, 'XX:XX'. */
  start: string;
  /** Segment end time, 'XX:XX'. */
  end: string;
  /** Rate limit for the segment (Mbit/s; text says 0-1000). */
  speed: number;
  /** Overspeed threshold (%) above which the task is stopped. */
  over_speed_threshold?: number | null;
}

export interface result_list {
  /** Verification completion time (epoch ms). */
  finished_time?: number | null;
  /** Overall verification result (example: 'success'). */
  check_result?: string | null;
  /** Per-directory verification results. */
  consistency_result?: ConsistencyResult[] | null;
}

export interface ConsistencyResult {
  /** Directory verified. */
  dir_check: string;
  /** The total number of files verified. */
  num_total_files: number;
  /** Files that differ. */
  num_different_files: number;
  /** Files missing on the target. */
  num_target_miss_files: number;
  /** Extra files on the target. */
  num_target_more_files: number;
}

// ---------------------------------------------------------------------------------------------
// Operations: <Id>PathParams, <Id>Query, <Id>RequestBody, <Id>Response

// ListApiVersion: GET / (§5.1.1) Listing API Versions
export interface ListApiVersionResponse {
  /** All SMS API versions. */
  versions: Version[];
}

// ShowApiVersion: GET /{version} (§5.1.2) Querying an API Version
export interface ShowApiVersionPathParams {
  /** API version, e.g. v3. */
  version: string;
}
export interface ShowApiVersionResponse {
  /** API version, e.g. v3. */
  id?: string | null;
  /** Links of the API version. */
  links?: Link[] | null;
  /** Version status; SUPPORTED means supported. */
  status?: "SUPPORTED" | (string & {}) | null;
  /** Last update time, yyyy-mm-ddThh:mm:ssZ (UTC). */
  updated?: string | null;
}

// ShowConfig: GET /v3/config (§5.2.1) Obtaining the Agent Configuration Information
export interface ShowConfigResponse {
  /** String->string map: mainRegion, obs_domain, disktype, process_and_it and future keys. */
  config?: Record<string, string> | null;
  /** Region maps (e.g. region_name, project_name). */
  regions?: Array<Record<string, string>> | null;
}

// ListErrorServers: GET /v3/errors (§5.3.1) Listing Failed Source Servers
export interface ListErrorServersQuery {
  /** Failed source servers per page. */
  limit?: number;
  /** Pagination offset. */
  offset?: number;
  /** Only return failed servers of tasks in this migration project. */
  migproject?: string;
  /** Enterprise project ID filter. */
  enterprise_project_id?: string;
}
export interface ListErrorServersResponse {
  /** Number of source servers that failed migration. */
  count: number;
  /** The details of the failed source servers. */
  migration_errors: MigrationErrors[];
}

// RegisterServer: POST /v3/sources (§5.3.2) Registering a Source Server with SMS
export interface RegisterServerRequestBody {
  /** ID of the source server in the SMS database. */
  id?: string;
  /** Source server IP; mandatory for registration. */
  ip?: string;
  /** The source server name in SMS. */
  name?: string;
  /** Source server hostname; mandatory for registration. */
  hostname?: string;
  /** Source OS type; mandatory for registration. */
  os_type?: "WINDOWS" | "LINUX" | (string & {});
  /** OS version; mandatory for registration. */
  os_version?: string;
  /** The OS virtualization type. */
  virtualization_type?: string;
  /** Linux block-level check result (JSON-encoded string). */
  linux_block_check?: string;
  /** The boot mode. */
  firmware?: "BIOS" | "UEFI" | (string & {});
  /** The number of vCPUs. */
  cpu_quantity?: number;
  /** Memory size (MB). */
  memory?: number;
  /** The disk information of the source server. */
  disks?: ServerDisk[];
  /** Btrfs file systems; mandatory for Linux, [] if none. */
  btrfs_list?: BtrfsFileSystem[];
  /** The NIC information of the source server. */
  networks?: NetWork[];
  /** The domain ID of a tenant. */
  domain_id?: string;
  /** Indicates whether rsync is installed; mandatory for Linux. */
  has_rsync?: boolean;
  /** Specifies whether the source server is paravirtualized; mandatory for Linux. */
  paravirtualization?: boolean;
  /** The list of raw devices; mandatory for Linux. */
  raw_devices?: string;
  /** Specifies whether any driver files are missing; mandatory for Windows. */
  driver_files?: boolean;
  /** Specifies whether there are abnormal services; mandatory for Windows. */
  system_services?: boolean;
  /** Specifies whether the account has the required permissions; mandatory for Windows. */
  account_rights?: boolean;
  /** The system boot loader; mandatory for Linux. */
  boot_loader?: "GRUB" | "LILO" | (string & {});
  /** The system directory; mandatory for Windows. */
  system_dir?: string;
  /** LVM volume groups; mandatory for Linux, [] if none. */
  volume_groups?: VolumeGroups[];
  /** The Agent version. */
  agent_version?: string;
  /** The kernel version. */
  kernel_version?: string;
  /** Current migration stage of the source server. */
  migration_cycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {});
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "cutovering" | "finished" | (string & {});
  /** Indicates whether the OS is an OEM version (Windows). */
  oem_system?: boolean;
  /** Startup mode: MANUAL, MGC or empty string. */
  start_type?: "MANUAL" | "MGC" | (string & {});
  /** The disk read latency (in ms). */
  io_read_wait?: number;
  /** Indicates whether TC is installed; mandatory for Linux. */
  has_tc?: boolean;
  /** Source platform (hw, ali, aws, azure, gcp, tencent, vmware, hyperv, other). */
  platform?: "hw" | "ali" | "aws" | "azure" | "gcp" | "tencent" | "vmware" | "hyperv" | "other" | (string & {});
}
export interface RegisterServerResponse {
  /** The source server ID. */
  id?: string | null;
}

// ListServers: GET /v3/sources (§5.3.3) Listing Source Servers
export interface ListServersQuery {
  /** Filter by source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "cutovering" | "finished" | (string & {});
  /** Filter by source server name. */
  name?: string;
  /** Filter by source server ID. */
  id?: string;
  /** Filter by source server IP. */
  ip?: string;
  /** Only return servers of tasks in this migration project. */
  migproject?: string;
  /** Page size; 0 means the default 200. */
  limit?: number;
  /** Pagination offset. */
  offset?: number;
  /** Filter by migration stage. */
  migration_cycle?: "checking" | "setting" | "replicating" | "syncing" | "cutovering" | "cutovered" | (string & {});
  /** Whether to query source servers disconnected from SMS. */
  connected?: boolean;
  /** Enterprise project ID filter. */
  enterprise_project_id?: string;
  /** Filter on whether consistency verification results exist. */
  is_consistency_result_exist?: boolean;
}
export interface ListServersResponse {
  /** Total matching servers (unaffected by limit/offset). */
  count: number;
  /** The list of the queried source servers. */
  source_servers: SourceServersResponseBody[];
}

// DeleteServers: POST /v3/sources/delete (§5.3.4) Batch Deleting Source Server Records
export interface DeleteServersRequestBody {
  /** IDs of the source servers to delete (items up to 255 chars). */
  ids: string[];
}
export type DeleteServersResponse = UnnamedStringResponse;

// UpdateServerName: PUT /v3/sources/{source_id} (§5.3.5) Modifying Source Server Information
export interface UpdateServerNamePathParams {
  /** ID of the source server in SMS. */
  source_id: string;
}
export interface UpdateServerNameRequestBody {
  /** New source server name. */
  name?: string;
  /** ID of the migration project the server moves to. */
  migprojectid?: string;
  /** Disk adjustments. */
  disks?: PutDisk[];
  /** Volume group adjustments; seed table spells it volume_group_s. */
  volume_groups?: PutVolumeGroups[];
}
export type UpdateServerNameResponse = UnnamedStringResponse;

// UpdateCopyState: PUT /v3/sources/{source_id}/changestate (§5.3.6) Updating the Migration Task Status of a Source Server
export interface UpdateCopyStatePathParams {
  /** ID of the source server in SMS. */
  source_id: string;
}
export interface UpdateCopyStateRequestBody {
  /** Source server replication status (UPPERCASE CopyState). */
  copystate?: "UNAVAILABLE" | "WAITING" | "INIT" | "REPLICATE" | "SYNCING" | "STOPPING" | "STOPPED" | "DELETING" | "ERROR" | "CLONING" | "CUTOVERING" | "FINISHED" | (string & {});
  /** Migration stage (MigrationCycle). */
  migrationcycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {});
}
export type UpdateCopyStateResponse = UnnamedStringResponse;

// DeleteServer: DELETE /v3/sources/{source_id} (§5.3.7) Deleting a Source Server Record
export interface DeleteServerPathParams {
  /** ID of the source server in SMS. */
  source_id: string;
}
export type DeleteServerResponse = UnnamedStringResponse;

// ShowServer: GET /v3/sources/{source_id} (§5.3.8) Querying Details About a Source Server
export interface ShowServerPathParams {
  /** ID of the source server in SMS. */
  source_id: string;
}
export interface ShowServerResponse {
  /** The source server ID. */
  id?: string | null;
  /** The IP address of the source server. */
  ip?: string | null;
  /** The source server name in SMS. */
  name?: string | null;
  /** Source server hostname. */
  hostname?: string | null;
  /** The enterprise project ID. */
  enterprise_project_id?: string | null;
  /** Registration time (epoch ms). */
  add_date?: number | null;
  /** Source OS type. */
  os_type?: string | null;
  /** OS version. */
  os_version?: string | null;
  /** Indicates whether the OS is an OEM version (Windows). */
  oem_system?: boolean | null;
  /** Source server status. */
  state?: "unavailable" | "waiting" | "initialize" | "replicate" | "syncing" | "stopping" | "stopped" | "deleting" | "error" | "cloning" | "testing" | "finished" | (string & {}) | null;
  /** Indicate whether the Agent installed on the source server is connected to SMS. */
  connected?: boolean | null;
  /** The boot mode. */
  firmware?: "BIOS" | "UEFI" | (string & {}) | null;
  /** The recommended configuration for the target server. */
  init_target_server?: InitTargetServer | null;
  /** The number of CPUs on the source server. */
  cpu_quantity?: number | null;
  /** Physical memory size (seed says MB; example value is bytes). */
  memory?: number | null;
  /** The migration task associated with the source server. */
  current_task?: TaskByServerSource | null;
  /** The disk information of the source server. */
  disks?: ServerDisk[] | null;
  /** Volume groups; [] if none. */
  volume_groups?: VolumeGroups[] | null;
  /** Btrfs file systems; mandatory for Linux, [] if none. */
  btrfs_list?: BtrfsFileSystem[] | null;
  /** The NIC information of the source server. */
  networks?: NetWork[] | null;
  /** Environment check results. */
  checks?: EnvironmentCheck[] | null;
  /** Current migration stage of the source server. */
  migration_cycle?: "cutovering" | "cutovered" | "checking" | "setting" | "replicating" | "syncing" | (string & {}) | null;
  /** Time state last changed (epoch ms). */
  state_action_time?: number | null;
  /** Data already migrated, in bytes. */
  replicatesize?: number | null;
  /** The volume of data to be migrated, in bytes. */
  totalsize?: number | null;
  /** Time the Agent connection status last changed (epoch ms). */
  last_visit_time?: number | null;
  /** Time migration_cycle last changed (epoch ms). */
  stage_action_time?: number | null;
  /** The Agent version. */
  agent_version?: string | null;
  /** Whether TC is installed; mandatory for Linux. */
  has_tc?: boolean | null;
}

// ShowOverview: GET /v3/sources/overview (§5.3.9) Obtaining the Summary of Source Servers
export interface ShowOverviewResponse {
  /** Servers waiting for migration. */
  waiting?: number | null;
  /** Servers replicating. */
  replicate?: number | null;
  /** Servers synchronizing. */
  syncing?: number | null;
  /** Servers paused. */
  stopped?: number | null;
  /** Servers being deleted. */
  deleting?: number | null;
  /** Servers whose target is being launched. */
  cutovering?: number | null;
  /** Servers that failed the environment check. */
  unavailable?: number | null;
  /** Servers pausing. */
  stopping?: number | null;
  /** Servers whose target has been launched. */
  finished?: number | null;
  /** Servers initializing. */
  initialize?: number | null;
  /** Servers in error. */
  error?: number | null;
  /** Servers whose target is being cloned. */
  cloning?: number | null;
  /** Servers without a target server configuration. */
  unconfigured?: number | null;
}

// UpdateDiskInfo: PUT /v3/sources/{source_id}/diskinfo (§5.3.10) Updating Disk Information
export interface UpdateDiskInfoPathParams {
  /** The source server ID. */
  source_id: string;
}
export interface UpdateDiskInfoRequestBody {
  /** New disk information (replaces the old). */
  disks?: ServerDisk[];
  /** New volume group information (note: no underscore). */
  volumegroups?: VolumeGroups[];
  /** New Btrfs information. */
  btrfs_list?: BtrfsFileSystem[];
}
export type UpdateDiskInfoResponse = UnnamedStringResponse;

// CreateTask: POST /v3/tasks (§5.4.1) Creating a Migration Task
export interface CreateTaskRequestBody {
  /** The task name. */
  name: string;
  /** Task type: MIGRATE_FILE file-level, MIGRATE_BLOCK block-level. */
  type: "MIGRATE_FILE" | "MIGRATE_BLOCK" | (string & {});
  /** Start the target server after migration completes. */
  start_target_server?: boolean;
  /** Start the migration automatically after creation. */
  auto_start?: boolean;
  /** OS type (WINDOWS/LINUX). */
  os_type: string;
  /** The source server information. */
  source_server: SourceServerByTask;
  /** The target server information. */
  target_server: TargetServerByTask;
  /** IP used for migration; not needed if the target is created automatically. */
  migration_ip?: string;
  /** The region name. */
  region_name: string;
  /** The region ID. */
  region_id: string;
  /** The project name. */
  project_name: string;
  /** The project ID. */
  project_id: string;
  /** Migration priority; default 1. */
  priority?: number;
  /** The ID of the template used to create the target server automatically. */
  vm_template_id?: string;
  /** Migrate over a public IP. */
  use_public_ip?: boolean;
  /** Whether IPv6 is used. */
  use_ipv6?: boolean;
  /** Continuously synchronize after the first replication. */
  syncing?: boolean;
  /** Use an existing server as the target (seed: "checks whether the service exists"). */
  exist_server?: boolean;
  /** Measure network performance. */
  start_network_check?: boolean;
  /** Migration speed limit (Mbit/s). */
  speed_limit?: number;
  /** Overspeed threshold (%) above which the task is stopped. */
  over_speed_threshold?: number;
  /** Enable consistency verification (example sends 'is_need_consistency_result'). */
  is_need_consistency_check?: boolean;
  /** Not in the 5.4.1 table; the chapter 4.1 example sends it. */
  auto_install_pvdriver?: boolean;
}
export interface CreateTaskResponse {
  /** The task ID returned when the task is created successfully. */
  id?: string | null;
}

// ListTasks: GET /v3/tasks (§5.4.2) Listing Migration Tasks
export interface ListTasksQuery {
  /** Filter by task status. */
  state?: "READY" | "RUNNING" | "SYNCING" | "MIGRATE_SUCCESS" | "MIGRATE_FAIL" | "ABORTING" | "ABORT" | "DELETING" | "SYNC_F_ROLLBACKING" | "SYNC_F_ROLLBACK_SUCCESS" | (string & {});
  /** Filter by task name. */
  name?: string;
  /** Filter by task ID. */
  id?: string;
  /** Filter by source server ID. */
  source_server_id?: string;
  /** Tasks per page. */
  limit?: number;
  /** Pagination offset. */
  offset?: number;
  /** Enterprise project ID filter. */
  enterprise_project_id?: string;
}
export interface ListTasksResponse {
  /** Total matching tasks (unaffected by pagination). */
  count: number;
  /** The information about the queried tasks. */
  tasks: TasksResponseBody[];
}

// DeleteTasks: POST /v3/tasks/delete (§5.4.3) Batch Deleting Migration Tasks
export interface DeleteTasksRequestBody {
  /** IDs of the tasks to delete (items up to 255 chars). */
  ids: string[];
}
export type DeleteTasksResponse = UnnamedStringResponse;

// DeleteTask: DELETE /v3/tasks/{task_id} (§5.4.4) Deleting a Migration Task
export interface DeleteTaskPathParams {
  /** ID of the task to delete. */
  task_id: string;
}
export type DeleteTaskResponse = UnnamedStringResponse;

// ShowTask: GET /v3/tasks/{task_id} (§5.4.5) Querying Details About a Migration Task
export interface ShowTaskPathParams {
  /** The migration task ID. */
  task_id: string;
}
export interface ShowTaskResponse {
  /** User-defined task name. */
  name?: string | null;
  /** Task type (MIGRATE_FILE/MIGRATE_BLOCK). */
  type?: "MIGRATE_FILE" | "MIGRATE_BLOCK" | (string & {}) | null;
  /** OS type (WINDOWS/LINUX). */
  os_type?: "WINDOWS" | "LINUX" | (string & {}) | null;
  /** The migration task ID. */
  id?: string | null;
  /** Priority: 0 low, 1 standard (default), 2 high. */
  priority?: number | null;
  /** The migration rate limit. */
  speed_limit?: number | null;
  /** Region ID of the target server. */
  region_id?: string | null;
  /** Whether the target is started (true) or stopped (false) after migration. */
  start_target_server?: boolean | null;
  /** The enterprise project ID. */
  enterprise_project_id?: string | null;
  /** Target IP used for migration (EIP for public network, private IP for private line). */
  migration_ip?: string | null;
  /** Region name of the target server. */
  region_name?: string | null;
  /** Project name of the target server. */
  project_name?: string | null;
  /** Project ID of the target server. */
  project_id?: string | null;
  /** The template ID. */
  vm_template_id?: string | null;
  /** Source server of the task. */
  source_server?: SourceServerResponse | null;
  /** Target server of the task. */
  target_server?: TaskTargetServer | null;
  /** Task status (TaskState). */
  state?: string | null;
  /** Estimated completion time (epoch ms); seed table spells it estimate_completion_time. */
  estimate_complete_time?: number | null;
  /** Connection status. */
  connected?: boolean | null;
  /** Creation time (epoch ms). */
  create_date?: number | null;
  /** Start time (epoch ms). */
  start_date?: number | null;
  /** End time (epoch ms). */
  finish_date?: number | null;
  /** The migration rate, in MB/s. */
  migrate_speed?: number | null;
  /** The compression rate. */
  compress_rate?: number | null;
  /** The error message. */
  error_json?: string | null;
  /** The task duration. */
  total_time?: number | null;
  /** Kept only for compatibility with old SMS-Agent versions. */
  float_ip?: string | null;
  /** The remaining migration time, in seconds. */
  remain_seconds?: number | null;
  /** The ID of the snapshot for the target server. */
  target_snapshot_id?: string | null;
  /** The information about the cloned server. */
  clone_server?: CloneServer | null;
  /** Subtasks of the migration task. */
  sub_tasks?: SubTask[] | null;
  /** Network performance metrics and evaluation. */
  network_check_info?: NetworkCheckInfoRequestBody | null;
  /** Server CPU usage (%). */
  total_cpu_usage?: number | null;
  /** Agent CPU usage (%). */
  agent_cpu_usage?: number | null;
  /** Server memory usage (MB). */
  total_mem_usage?: number | null;
  /** Agent memory usage (MB). */
  agent_mem_usage?: number | null;
  /** Server disk I/O (MB/s). */
  total_disk_io?: number | null;
  /** Agent disk I/O (MB/s). */
  agent_disk_io?: number | null;
}

// UpdateTask: PUT /v3/tasks/{task_id} (§5.4.6) Updating a Migration Task
export interface UpdateTaskPathParams {
  /** Migration task ID. */
  task_id: string;
}
export interface UpdateTaskRequestBody {
  /** User-defined task name. */
  name?: string;
  /** Task type (MIGRATE_FILE/MIGRATE_BLOCK). */
  type?: "MIGRATE_FILE" | "MIGRATE_BLOCK" | (string & {});
  /** OS type (WINDOWS/LINUX). */
  os_type?: "WINDOWS" | "LINUX" | (string & {});
  /** The migration task ID. */
  id?: string;
  /** Priority: 0 low, 1 standard (default), 2 high. */
  priority?: number;
  /** Region ID of the target server. */
  region_id?: string;
  /** Whether the target is started (true) or stopped (false) after migration. */
  start_target_server?: boolean;
  /** The enterprise project ID. */
  enterprise_project_id?: string;
  /** true: use an existing server as target; false: create a new one. */
  exist_server?: boolean;
  /** Target IP used for migration (EIP for public network, private IP for private line). */
  migration_ip?: string;
  /** Region name of the target server. */
  region_name?: string;
  /** Migration rate limit (Mbit/s). */
  speed_limit?: number;
  /** Project name of the target server. */
  project_name?: string;
  /** Project ID of the target server. */
  project_id?: string;
  /** The template ID. */
  vm_template_id?: string;
  /** Source server of the task. */
  source_server?: PostSourceServerBody;
  /** Target server of the task. */
  target_server?: TargetServer;
  /** Task status. */
  state?: string;
  /** Estimated completion time (epoch ms); seed table spells it estimate_completion_time. */
  estimate_complete_time?: number;
  /** Connection status. */
  connected?: boolean;
  /** Creation time (epoch ms). */
  create_date?: number;
  /** Start time (epoch ms). */
  start_date?: number;
  /** End time (epoch ms). */
  finish_date?: number;
  /** The migration rate, in MB/s. */
  migrate_speed?: number;
  /** The error message. */
  error_json?: string;
  /** The task duration. */
  total_time?: number;
  /** Kept only for compatibility with old SMS-Agent versions. */
  float_ip?: string;
  /** The remaining migration time, in seconds. */
  remain_seconds?: number;
  /** The ID of the snapshot for the target server. */
  target_snapshot_id?: string;
  /** The information about the cloned server. */
  clone_server?: CloneServer;
  /** Subtasks of the migration task. */
  sub_tasks?: SubTask[];
}
/** The table says unnamed String; the example (and the SDK) return `{"id": ...}`. */
export interface UpdateTaskResponse { id?: string | null; [key: string]: unknown }

// UpdateTaskStatus: POST /v3/tasks/{task_id}/action (§5.4.7) Managing Migration Tasks
export interface UpdateTaskStatusPathParams {
  /** The migration task ID. */
  task_id: string;
}
export interface UpdateTaskStatusRequestBody {
  /** Action: start, stop, test, clone_test, restart or network_check. */
  operation: "start" | "stop" | "test" | "clone_test" | "restart" | "network_check" | (string & {});
  /** Template ID (required for clone_test). */
  template_id?: string;
  /** Switch the target OS to Huawei Cloud EulerOS. */
  switch_hce?: boolean;
  /** Enable consistency verification. */
  is_need_consistency_check?: boolean;
}
export type UpdateTaskStatusResponse = UnnamedStringResponse;

// UpdateTaskSpeed: PUT /v3/tasks/{task_id}/progress (§5.4.8) Reporting Migration Progress and Rate
export interface UpdateTaskSpeedPathParams {
  /** The migration task ID. */
  task_id: string;
}
export interface UpdateTaskSpeedRequestBody {
  /** Subtask whose progress is reported (SubtaskName). */
  subtask_name: "CREATE_CLOUD_SERVER" | "SSL_CONFIG" | "ATTACH_AGENT_IMAGE" | "DETTACH_AGENT_IMAGE" | "FORMAT_DISK_LINUX" | "FORMAT_DISK_LINUX_FILE" | "FORMAT_DISK_LINUX_BLOCK" | "FORMAT_DISK_WINDOWS" | "MIGRATE_LINUX_FILE" | "MIGRATE_LINUX_BLOCK" | "MIGRATE_WINDOWS_BLOCK" | "CLONE_VM" | "SYNC_LINUX_FILE" | "SYNC_LINUX_BLOCK" | "SYNC_WINDOWS_BLOCK" | "CONFIGURE_LINUX" | "CONFIGURE_LINUX_BLOCK" | "CONFIGURE_LINUX_FILE" | "CONFIGURE_WINDOWS" | (string & {});
  /** Subtask progress (%). */
  progress: number;
  /** Data replicated by the subtask, in bytes. */
  replicatesize: number;
  /** Total data the subtask must migrate. */
  totalsize: number;
  /** Detailed migration/synchronization progress. */
  process_trace: string;
  /** Migration rate (Mbit/s). */
  migrate_speed?: number;
  /** File compression rate. */
  compress_rate?: number;
  /** Remaining time. */
  remain_time?: number;
  /** Server CPU usage (%). */
  total_cpu_usage?: number;
  /** Agent CPU usage (%). */
  agent_cpu_usage?: number;
  /** Server memory usage (MB). */
  total_mem_usage?: number;
  /** Agent memory usage (MB). */
  agent_mem_usage?: number;
  /** Server disk I/O (MB/s). */
  total_disk_io?: number;
  /** Agent disk I/O (MB/s). */
  agent_disk_io?: number;
  /** Source local time, used for time-segment overspeed detection. */
  agent_time?: string;
}
export type UpdateTaskSpeedResponse = UnnamedStringResponse;

// ShowsSpeedLimits: GET /v3/tasks/{task_id}/speed-limit (§5.4.9) Querying the Migration Rate Limit Rules of a Migration Task
export interface ShowsSpeedLimitsPathParams {
  /** Task ID. */
  task_id: string;
}
export interface ShowsSpeedLimitsResponse {
  /** Time-segment rate limit rules. */
  speed_limit?: SpeedLimitlJson[] | null;
}

// UpdateSpeed: POST /v3/tasks/{task_id}/speed-limit (§5.4.10) Setting Migration Rate Limit Rules for a Migration Task
export interface UpdateSpeedPathParams {
  /** The migration task ID. */
  task_id: string;
}
export interface UpdateSpeedRequestBody {
  /** Time-segment rate limit rules. */
  speed_limit: SpeedLimitlJson[];
}
export type UpdateSpeedResponse = UnnamedStringResponse;

// UnlockTargetEcs: POST /v3/tasks/{task_id}/unlock (§5.4.11) Unlocking a Target Server
export interface UnlockTargetEcsPathParams {
  /** The task ID. */
  task_id: string;
}
export type UnlockTargetEcsResponse = UnnamedStringResponse;

// CheckNetAcl: GET /v3/tasks/{t_project_id}/networkacl/{t_network_id}/check (§5.4.12) Checking NICs and Security Groups
export interface CheckNetAclPathParams {
  /** Project ID of the target server. */
  t_project_id: string;
  /** Subnet ID of the target server. */
  t_network_id: string;
}
export interface CheckNetAclQuery {
  /** Region ID. */
  region_id: string;
  /** OS type. */
  os_type: string;
}
export type CheckNetAclResponse = UnnamedStringResponse;

// ShowPassphrase: GET /v3/tasks/{task_id}/passphrase (§5.4.13) Querying a Certificate Passphrase
export interface ShowPassphrasePathParams {
  /** The task ID. */
  task_id: string;
}
export interface ShowPassphraseResponse {
  /** The task ID. */
  task_id?: string | null;
  /** Passphrase of the secure transmission channel certificate. */
  passphrase?: string | null;
}

// CollectLog: POST /v3/tasks/{task_id}/log (§5.4.14) Uploading Migration Task Logs
export interface CollectLogPathParams {
  /** The migration task ID. */
  task_id: string;
}
export interface CollectLogRequestBody {
  /** OBS bucket name for the logs. */
  log_bucket: string;
  /** Validity period of the log share URL (s). */
  log_expire: number;
}
export type CollectLogResponse = UnnamedStringResponse;

// ShowConsistencyResult: GET /v3/tasks/{task_id}/consistency-result (§5.4.15) Obtaining Consistency Verification Results
export interface ShowConsistencyResultPathParams {
  /** The task ID. */
  task_id: string;
}
export interface ShowConsistencyResultResponse {
  /** Consistency verification results. */
  result_list?: result_list[] | null;
  /** The task ID. */
  task_id?: string | null;
}

// UpdateConsistencyResult: POST /v3/tasks/{task_id}/consistency-result (§5.4.16) Uploading Consistency Verification Results
export interface UpdateConsistencyResultPathParams {
  /** The task ID. */
  task_id: string;
}
export interface UpdateConsistencyResultRequestBody {
  /** Per-directory verification results. */
  consistency_result?: ConsistencyResult[];
}
export type UpdateConsistencyResultResponse = UnnamedStringResponse;

// ShowCommand: GET /v3/sources/{server_id}/command (§5.5.1) Obtaining Commands from SMS
export interface ShowCommandPathParams {
  /** Source server ID whose Agent the command is for. */
  server_id: string;
}
export interface ShowCommandResponse {
  /** START, STOP, DELETE, SYNC (UPLOAD_LOG / RSET_LOG_ACL appear in results). Empty when nothing is pending (not documented; simulator's choice). */
  command_name?: CommandName | (string & {}) | null;
  command_param?: ComandParam | null;
}

// UpdateCommandResult: POST /v3/sources/{server_id}/command_result (§5.5.2) Reporting the Command Execution Result to SMS
export interface UpdateCommandResultPathParams {
  /** Source server ID for which the Agent reports the result. */
  server_id: string;
}
export interface UpdateCommandResultRequestBody {
  /** Command name. */
  command_name: "START" | "STOP" | "DELETE" | "SYNC" | "UPLOAD_LOG" | "RSET_LOG_ACL" | (string & {});
  /** Execution result: success or fail. */
  result: "success" | "fail" | (string & {});
  /** Execution result as JSON; only saved to the SMS database. */
  result_detail: Record<string, unknown> | string;
}
export type UpdateCommandResultResponse = UnnamedStringResponse;

// CreateTemplate: POST /v3/vm/templates (§5.6.1) Creating a Template
export interface CreateTemplateRequestBody {
  /** Template information. */
  template: TemplateRequest;
}
export interface CreateTemplateResponse {
  /** ID of the newly created template. */
  id?: string | null;
}

// ListTemplates: GET /v3/vm/templates (§5.6.2) Listing Templates
export interface ListTemplatesQuery {
  /** Template name filter. */
  name?: string;
  /** AZ filter. */
  availability_zone?: string;
  /** Region ID filter. */
  region?: string;
  /** Records per page. */
  limit?: number;
  /** Offset. */
  offset?: number;
}
export interface ListTemplatesResponse {
  /** Number of templates. */
  count: number;
  /** Template information. */
  templates: TemplateResponseBody[];
}

// DeleteTemplates: POST /v3/vm/templates/delete (§5.6.3) Batch Deleting Templates
export interface DeleteTemplatesRequestBody {
  /** IDs of the templates to delete. */
  ids?: string[];
}
export type DeleteTemplatesResponse = UnnamedStringResponse;

// DeleteTemplate: DELETE /v3/vm/templates/{id} (§5.6.4) Deleting a Template
export interface DeleteTemplatePathParams {
  /** ID of the template to delete. */
  id: string;
}
export type DeleteTemplateResponse = UnnamedStringResponse;

// ShowTemplate: GET /v3/vm/templates/{id} (§5.6.5) Querying Details About a Template
export interface ShowTemplatePathParams {
  /** ID of the template to query. */
  id: string;
}
export interface ShowTemplateResponse {
  /** Template information. */
  template?: TemplateResponseBody | null;
}

// UpdateTemplate: PUT /v3/vm/templates/{id} (§5.6.6) Modifying a Template
export interface UpdateTemplatePathParams {
  /** ID of the template to modify. */
  id: string;
}
export interface UpdateTemplateRequestBody {
  /** Template information. */
  template?: TemplateRequest;
}
export type UpdateTemplateResponse = UnnamedStringResponse;

// ShowTargetPassword: GET /v3/vm/templates/{id}/target-password (§5.6.7) Querying the Target Server Password in a Template
export interface ShowTargetPasswordPathParams {
  /** Template ID. */
  id: string;
}
export interface ShowTargetPasswordResponse {
  /** Template ID. */
  template_id?: string | null;
  /** Password for logging in to the target server. */
  target_password?: string | null;
}

// ShowCertKey: GET /v3/tasks/{task_id}/certkey (§5.7.1) Obtaining an SSL Certificate and Private Key
export interface ShowCertKeyPathParams {
  /** Migration task ID. */
  task_id: string;
}
export interface ShowCertKeyQuery {
  /** Whether to generate a CA certificate (example and SDK spell it enable_ca_cert). */
  enable_ca_certificate?: boolean;
  /** The name the example and the SDK send (the table says enable_ca_certificate). */
  enable_ca_cert?: boolean;
}
export interface ShowCertKeyResponse {
  /** Source certificate (PEM). */
  cert?: string | null;
  /** Source private key (PEM). */
  private_key?: string | null;
  /** CA certificate (PEM). */
  ca?: string | null;
  /** Target server certificate for task management. */
  target_mgmt_cert?: string | null;
  /** Target server private key for task management. */
  target_mgmt_private_key?: string | null;
  /** Target server certificate for data migration. */
  target_data_cert?: string | null;
  /** Target server private key for data migration. */
  target_data_private_key?: string | null;
}

// ShowSha256: GET /v3/sha256/{key} (§5.7.2) Calculating an SHA256 Hash
export interface ShowSha256PathParams {
  /** Value to hash; must be in UUID format. */
  key: string;
}
export interface ShowSha256Response {
  /** SHA256 hash value. */
  value?: string | null;
}

// CreateMigproject: POST /v3/migprojects (§5.8.1) Creating a Migration Project
export interface CreateMigprojectRequestBody {
  /** Migration project name; must be unique. */
  name: string;
  /** Project description. */
  description?: string;
  /** Whether this is the default migration project. */
  isdefault?: boolean;
  /** Region name. */
  region: string;
  /** Whether to start the target server after migration. */
  start_target_server?: boolean;
  /** Migration rate limit in Mbit/s. */
  speed_limit?: number;
  /** Whether a public IP address is used for migration. */
  use_public_ip: boolean;
  /** Whether to use an existing ECS as the target server. */
  exist_server: boolean;
  /** Migration project type: MIGRATE_BLOCK block-level, MIGRATE_FILE file-level. */
  type: "MIGRATE_BLOCK" | "MIGRATE_FILE" | (string & {});
  /** Enterprise project name. */
  enterprise_project?: string;
  /** Whether to keep synchronizing after the first replication or synchronization. */
  syncing: boolean;
  /** Whether to measure network performance. */
  start_network_check?: boolean;
}
export interface CreateMigprojectResponse {
  /** ID of the new migration project. */
  id?: string | null;
}

// ListMigprojects: GET /v3/migprojects (§5.8.2) Listing Migration Projects
export interface ListMigprojectsQuery {
  /** Migration projects per page. */
  limit?: number;
  /** Offset. */
  offset?: number;
}
export interface ListMigprojectsResponse {
  /** Number of migration projects queried. */
  count: number;
  /** Migration project details. */
  migprojects: MigprojectsResponseBody[];
}

// ShowMigproject: GET /v3/migprojects/{mig_project_id} (§5.8.3) Querying Details About a Migration Project
export interface ShowMigprojectPathParams {
  /** Migration project ID. */
  mig_project_id: string;
}
export interface ShowMigprojectResponse {
  /** Migration project ID. */
  id?: string | null;
  /** Migration project name. */
  name?: string | null;
  /** Project description. */
  description?: string | null;
  /** Whether this is the default migration project. */
  isdefault?: boolean | null;
  /** Region name. */
  region?: string | null;
  /** Whether the target server is started after migration. */
  start_target_server?: boolean | null;
  /** Migration rate limit in Mbit/s. */
  speed_limit?: number | null;
  /** Whether a public IP address is used for migration. */
  use_public_ip?: boolean | null;
  /** Whether to use an existing ECS as the target server. */
  exist_server?: boolean | null;
  /** Migration project type. */
  type?: "MIGRATE_BLOCK" | "MIGRATE_FILE" | (string & {}) | null;
  /** Enterprise project name. */
  enterprise_project?: string | null;
  /** Whether to keep synchronizing after the first replication. */
  syncing?: boolean | null;
  /** Whether to measure network performance. */
  start_network_check?: boolean | null;
}

// DeleteMigproject: DELETE /v3/migprojects/{mig_project_id} (§5.8.4) Deleting a Migration Project
export interface DeleteMigprojectPathParams {
  /** ID of the migration project to delete. */
  mig_project_id: string;
}
export type DeleteMigprojectResponse = UnnamedStringResponse;

// UpdateMigproject: PUT /v3/migprojects/{mig_project_id} (§5.8.5) Modifying a Migration Project
export interface UpdateMigprojectPathParams {
  /** Migration project ID. */
  mig_project_id: string;
}
export interface UpdateMigprojectRequestBody {
  /** Migration project ID. */
  id?: string;
  /** Migration project name; must be unique. */
  name: string;
  /** Project description. */
  description?: string;
  /** Whether this is the default migration project. */
  isdefault?: boolean;
  /** Region name. */
  region: string;
  /** Whether to start the target server after migration. */
  start_target_server?: boolean;
  /** Migration rate limit in Mbit/s. */
  speed_limit?: number;
  /** Whether a public IP address is used for migration. */
  use_public_ip: boolean;
  /** Whether to use an existing ECS as the target server. */
  exist_server: boolean;
  /** Migration project type: MIGRATE_BLOCK block-level, MIGRATE_FILE file-level. */
  type: "MIGRATE_BLOCK" | "MIGRATE_FILE" | (string & {});
  /** Enterprise project name. */
  enterprise_project?: string;
  /** Whether to keep synchronizing after the first replication or synchronization. */
  syncing: boolean;
  /** Whether to measure network performance. */
  start_network_check?: boolean;
}
export type UpdateMigprojectResponse = UnnamedStringResponse;

// UpdateDefaultMigproject: PUT /v3/migprojects/{mig_project_id}/default (§5.8.6) Changing the Default Migration Project
export interface UpdateDefaultMigprojectPathParams {
  /** ID of the project to make default. */
  mig_project_id: string;
}
export type UpdateDefaultMigprojectResponse = UnnamedStringResponse;

// UpdateNetworkCheckInfo: POST /v3/{task_id}/update-network-check-info (§5.9.1) Updating Network Measurement Information
export interface UpdateNetworkCheckInfoPathParams {
  /** Task ID. */
  task_id: string;
}
export interface UpdateNetworkCheckInfoRequestBody {
  /** Connectivity to domain names. */
  domain_connectivity?: boolean;
  /** Connectivity to the target server. */
  destination_connectivity?: boolean;
  /** Network latency. */
  network_delay: number;
  /** Network jitter. */
  network_jitter: number;
  /** Bandwidth. */
  migration_speed: number;
  /** Packet loss rate. */
  loss_percentage: number;
  /** CPU usage. */
  cpu_usage: number;
  /** Memory usage. */
  mem_usage: number;
  /** Network evaluation result. */
  evaluation_result: string;
}
/** The table says unnamed String; the example returns `{"task_id": ...}`. */
export interface UpdateNetworkCheckInfoResponse { task_id?: string | null; [key: string]: unknown }

// UploadSpecialConfigurationSetting: POST /v3/tasks/{task_id}/configuration-setting (§5.10.1) Configuring Advanced Migration Options
export interface UploadSpecialConfigurationSettingPathParams {
  /** Task ID. */
  task_id: string;
}
export interface UploadSpecialConfigurationSettingRequestBody {
  /** Advanced migration options. */
  configurations: ConfigBody[];
}
export type UploadSpecialConfigurationSettingResponse = UnnamedStringResponse;

// ShowConfigSetting: GET /v3/tasks/{task_id}/configuration-setting (§5.10.2) Querying the Settings of Advanced Migration Options of a Task
export interface ShowConfigSettingPathParams {
  /** Task ID. */
  task_id: string;
}
export interface ShowConfigSettingQuery {
  /** Advanced option key to query. */
  config_key?: string;
}
export interface ShowConfigSettingResponse {
  /** Task ID. */
  task_id?: string | null;
  /** Migration method. */
  migrate_type?: string | null;
  /** Advanced option settings. */
  configurations?: ConfigBody[] | null;
}

// CreatePrivacyAgreements: POST /v3/privacy-agreements (§5.11.1) Signing the Privacy Agreement
export type CreatePrivacyAgreementsResponse = UnnamedStringResponse;

// ShowPrivacyAgreements: GET /v3/privacy-agreements (§5.11.2) Querying Whether a User Has Signed the Privacy Agreement
export interface ShowPrivacyAgreementsResponse {
  /** Whether the user has signed the privacy agreement. */
  flag?: boolean | null;
}

// ---------------------------------------------------------------------------------------------
// Operation table

export type OperationSide = 'user' | 'agent';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface OperationSpec {
  id: string;
  method: HttpMethod;
  /** Catalog path template, e.g. `/v3/tasks/{task_id}`. */
  path: string;
  /**
   * `agent`: only the SMS Agent on a source server calls it (it reports or fetches agent state or key
   * material); `user`: the console / a client library. See README.md for the reasoning.
   */
  side: OperationSide;
  /** Catalog group. */
  group: string;
  /** Query parameter names the catalog documents (the only ones the client sends). */
  query: readonly string[];
  /** Whether the operation takes a JSON request body. */
  hasBody: boolean;
}

export const OPERATIONS = [
  { id: 'ListApiVersion', method: 'GET', path: '/', side: 'user', group: 'version', query: [], hasBody: false },
  { id: 'ShowApiVersion', method: 'GET', path: '/{version}', side: 'user', group: 'version', query: [], hasBody: false },
  { id: 'ShowConfig', method: 'GET', path: '/v3/config', side: 'agent', group: 'agent', query: [], hasBody: false },
  { id: 'ListErrorServers', method: 'GET', path: '/v3/errors', side: 'user', group: 'source', query: ["limit", "offset", "migproject", "enterprise_project_id"], hasBody: false },
  { id: 'RegisterServer', method: 'POST', path: '/v3/sources', side: 'agent', group: 'source', query: [], hasBody: true },
  { id: 'ListServers', method: 'GET', path: '/v3/sources', side: 'user', group: 'source', query: ["state", "name", "id", "ip", "migproject", "limit", "offset", "migration_cycle", "connected", "enterprise_project_id", "is_consistency_result_exist"], hasBody: false },
  { id: 'DeleteServers', method: 'POST', path: '/v3/sources/delete', side: 'user', group: 'source', query: [], hasBody: true },
  { id: 'UpdateServerName', method: 'PUT', path: '/v3/sources/{source_id}', side: 'user', group: 'source', query: [], hasBody: true },
  { id: 'UpdateCopyState', method: 'PUT', path: '/v3/sources/{source_id}/changestate', side: 'agent', group: 'source', query: [], hasBody: true },
  { id: 'DeleteServer', method: 'DELETE', path: '/v3/sources/{source_id}', side: 'user', group: 'source', query: [], hasBody: false },
  { id: 'ShowServer', method: 'GET', path: '/v3/sources/{source_id}', side: 'user', group: 'source', query: [], hasBody: false },
  { id: 'ShowOverview', method: 'GET', path: '/v3/sources/overview', side: 'user', group: 'source', query: [], hasBody: false },
  { id: 'UpdateDiskInfo', method: 'PUT', path: '/v3/sources/{source_id}/diskinfo', side: 'agent', group: 'source', query: [], hasBody: true },
  { id: 'CreateTask', method: 'POST', path: '/v3/tasks', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'ListTasks', method: 'GET', path: '/v3/tasks', side: 'user', group: 'task', query: ["state", "name", "id", "source_server_id", "limit", "offset", "enterprise_project_id"], hasBody: false },
  { id: 'DeleteTasks', method: 'POST', path: '/v3/tasks/delete', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'DeleteTask', method: 'DELETE', path: '/v3/tasks/{task_id}', side: 'user', group: 'task', query: [], hasBody: false },
  { id: 'ShowTask', method: 'GET', path: '/v3/tasks/{task_id}', side: 'user', group: 'task', query: [], hasBody: false },
  { id: 'UpdateTask', method: 'PUT', path: '/v3/tasks/{task_id}', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'UpdateTaskStatus', method: 'POST', path: '/v3/tasks/{task_id}/action', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'UpdateTaskSpeed', method: 'PUT', path: '/v3/tasks/{task_id}/progress', side: 'agent', group: 'task', query: [], hasBody: true },
  { id: 'ShowsSpeedLimits', method: 'GET', path: '/v3/tasks/{task_id}/speed-limit', side: 'user', group: 'task', query: [], hasBody: false },
  { id: 'UpdateSpeed', method: 'POST', path: '/v3/tasks/{task_id}/speed-limit', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'UnlockTargetEcs', method: 'POST', path: '/v3/tasks/{task_id}/unlock', side: 'user', group: 'task', query: [], hasBody: false },
  { id: 'CheckNetAcl', method: 'GET', path: '/v3/tasks/{t_project_id}/networkacl/{t_network_id}/check', side: 'user', group: 'task', query: ["region_id", "os_type"], hasBody: false },
  { id: 'ShowPassphrase', method: 'GET', path: '/v3/tasks/{task_id}/passphrase', side: 'agent', group: 'task', query: [], hasBody: false },
  { id: 'CollectLog', method: 'POST', path: '/v3/tasks/{task_id}/log', side: 'user', group: 'task', query: [], hasBody: true },
  { id: 'ShowConsistencyResult', method: 'GET', path: '/v3/tasks/{task_id}/consistency-result', side: 'user', group: 'task', query: [], hasBody: false },
  { id: 'UpdateConsistencyResult', method: 'POST', path: '/v3/tasks/{task_id}/consistency-result', side: 'agent', group: 'task', query: [], hasBody: true },
  { id: 'ShowCommand', method: 'GET', path: '/v3/sources/{server_id}/command', side: 'agent', group: 'command', query: [], hasBody: false },
  { id: 'UpdateCommandResult', method: 'POST', path: '/v3/sources/{server_id}/command_result', side: 'agent', group: 'command', query: [], hasBody: true },
  { id: 'CreateTemplate', method: 'POST', path: '/v3/vm/templates', side: 'user', group: 'template', query: [], hasBody: true },
  { id: 'ListTemplates', method: 'GET', path: '/v3/vm/templates', side: 'user', group: 'template', query: ["name", "availability_zone", "region", "limit", "offset"], hasBody: false },
  { id: 'DeleteTemplates', method: 'POST', path: '/v3/vm/templates/delete', side: 'user', group: 'template', query: [], hasBody: true },
  { id: 'DeleteTemplate', method: 'DELETE', path: '/v3/vm/templates/{id}', side: 'user', group: 'template', query: [], hasBody: false },
  { id: 'ShowTemplate', method: 'GET', path: '/v3/vm/templates/{id}', side: 'user', group: 'template', query: [], hasBody: false },
  { id: 'UpdateTemplate', method: 'PUT', path: '/v3/vm/templates/{id}', side: 'user', group: 'template', query: [], hasBody: true },
  { id: 'ShowTargetPassword', method: 'GET', path: '/v3/vm/templates/{id}/target-password', side: 'user', group: 'template', query: [], hasBody: false },
  { id: 'ShowCertKey', method: 'GET', path: '/v3/tasks/{task_id}/certkey', side: 'agent', group: 'key', query: ["enable_ca_certificate", "enable_ca_cert"], hasBody: false },
  { id: 'ShowSha256', method: 'GET', path: '/v3/sha256/{key}', side: 'agent', group: 'key', query: [], hasBody: false },
  { id: 'CreateMigproject', method: 'POST', path: '/v3/migprojects', side: 'user', group: 'project', query: [], hasBody: true },
  { id: 'ListMigprojects', method: 'GET', path: '/v3/migprojects', side: 'user', group: 'project', query: ["limit", "offset"], hasBody: false },
  { id: 'ShowMigproject', method: 'GET', path: '/v3/migprojects/{mig_project_id}', side: 'user', group: 'project', query: [], hasBody: false },
  { id: 'DeleteMigproject', method: 'DELETE', path: '/v3/migprojects/{mig_project_id}', side: 'user', group: 'project', query: [], hasBody: false },
  { id: 'UpdateMigproject', method: 'PUT', path: '/v3/migprojects/{mig_project_id}', side: 'user', group: 'project', query: [], hasBody: true },
  { id: 'UpdateDefaultMigproject', method: 'PUT', path: '/v3/migprojects/{mig_project_id}/default', side: 'user', group: 'project', query: [], hasBody: false },
  { id: 'UpdateNetworkCheckInfo', method: 'POST', path: '/v3/{task_id}/update-network-check-info', side: 'agent', group: 'network', query: [], hasBody: true },
  { id: 'UploadSpecialConfigurationSetting', method: 'POST', path: '/v3/tasks/{task_id}/configuration-setting', side: 'user', group: 'options', query: [], hasBody: true },
  { id: 'ShowConfigSetting', method: 'GET', path: '/v3/tasks/{task_id}/configuration-setting', side: 'user', group: 'options', query: ["config_key"], hasBody: false },
  { id: 'CreatePrivacyAgreements', method: 'POST', path: '/v3/privacy-agreements', side: 'user', group: 'privacy', query: [], hasBody: false },
  { id: 'ShowPrivacyAgreements', method: 'GET', path: '/v3/privacy-agreements', side: 'user', group: 'privacy', query: [], hasBody: false },
] as const satisfies readonly OperationSpec[];

export type OperationId = (typeof OPERATIONS)[number]['id'];

export const OPERATIONS_BY_ID: Readonly<Record<OperationId, OperationSpec>> = Object.freeze(
  Object.fromEntries(OPERATIONS.map((op) => [op.id, op])) as unknown as Record<OperationId, OperationSpec>,
);

/** Type-level map of each operation's parts (`never` where the operation has none). */
export interface OperationTypes {
  ListApiVersion: { pathParams: never; query: never; body: never; response: ListApiVersionResponse };
  ShowApiVersion: { pathParams: ShowApiVersionPathParams; query: never; body: never; response: ShowApiVersionResponse };
  ShowConfig: { pathParams: never; query: never; body: never; response: ShowConfigResponse };
  ListErrorServers: { pathParams: never; query: ListErrorServersQuery; body: never; response: ListErrorServersResponse };
  RegisterServer: { pathParams: never; query: never; body: RegisterServerRequestBody; response: RegisterServerResponse };
  ListServers: { pathParams: never; query: ListServersQuery; body: never; response: ListServersResponse };
  DeleteServers: { pathParams: never; query: never; body: DeleteServersRequestBody; response: DeleteServersResponse };
  UpdateServerName: { pathParams: UpdateServerNamePathParams; query: never; body: UpdateServerNameRequestBody; response: UpdateServerNameResponse };
  UpdateCopyState: { pathParams: UpdateCopyStatePathParams; query: never; body: UpdateCopyStateRequestBody; response: UpdateCopyStateResponse };
  DeleteServer: { pathParams: DeleteServerPathParams; query: never; body: never; response: DeleteServerResponse };
  ShowServer: { pathParams: ShowServerPathParams; query: never; body: never; response: ShowServerResponse };
  ShowOverview: { pathParams: never; query: never; body: never; response: ShowOverviewResponse };
  UpdateDiskInfo: { pathParams: UpdateDiskInfoPathParams; query: never; body: UpdateDiskInfoRequestBody; response: UpdateDiskInfoResponse };
  CreateTask: { pathParams: never; query: never; body: CreateTaskRequestBody; response: CreateTaskResponse };
  ListTasks: { pathParams: never; query: ListTasksQuery; body: never; response: ListTasksResponse };
  DeleteTasks: { pathParams: never; query: never; body: DeleteTasksRequestBody; response: DeleteTasksResponse };
  DeleteTask: { pathParams: DeleteTaskPathParams; query: never; body: never; response: DeleteTaskResponse };
  ShowTask: { pathParams: ShowTaskPathParams; query: never; body: never; response: ShowTaskResponse };
  UpdateTask: { pathParams: UpdateTaskPathParams; query: never; body: UpdateTaskRequestBody; response: UpdateTaskResponse };
  UpdateTaskStatus: { pathParams: UpdateTaskStatusPathParams; query: never; body: UpdateTaskStatusRequestBody; response: UpdateTaskStatusResponse };
  UpdateTaskSpeed: { pathParams: UpdateTaskSpeedPathParams; query: never; body: UpdateTaskSpeedRequestBody; response: UpdateTaskSpeedResponse };
  ShowsSpeedLimits: { pathParams: ShowsSpeedLimitsPathParams; query: never; body: never; response: ShowsSpeedLimitsResponse };
  UpdateSpeed: { pathParams: UpdateSpeedPathParams; query: never; body: UpdateSpeedRequestBody; response: UpdateSpeedResponse };
  UnlockTargetEcs: { pathParams: UnlockTargetEcsPathParams; query: never; body: never; response: UnlockTargetEcsResponse };
  CheckNetAcl: { pathParams: CheckNetAclPathParams; query: CheckNetAclQuery; body: never; response: CheckNetAclResponse };
  ShowPassphrase: { pathParams: ShowPassphrasePathParams; query: never; body: never; response: ShowPassphraseResponse };
  CollectLog: { pathParams: CollectLogPathParams; query: never; body: CollectLogRequestBody; response: CollectLogResponse };
  ShowConsistencyResult: { pathParams: ShowConsistencyResultPathParams; query: never; body: never; response: ShowConsistencyResultResponse };
  UpdateConsistencyResult: { pathParams: UpdateConsistencyResultPathParams; query: never; body: UpdateConsistencyResultRequestBody; response: UpdateConsistencyResultResponse };
  ShowCommand: { pathParams: ShowCommandPathParams; query: never; body: never; response: ShowCommandResponse };
  UpdateCommandResult: { pathParams: UpdateCommandResultPathParams; query: never; body: UpdateCommandResultRequestBody; response: UpdateCommandResultResponse };
  CreateTemplate: { pathParams: never; query: never; body: CreateTemplateRequestBody; response: CreateTemplateResponse };
  ListTemplates: { pathParams: never; query: ListTemplatesQuery; body: never; response: ListTemplatesResponse };
  DeleteTemplates: { pathParams: never; query: never; body: DeleteTemplatesRequestBody; response: DeleteTemplatesResponse };
  DeleteTemplate: { pathParams: DeleteTemplatePathParams; query: never; body: never; response: DeleteTemplateResponse };
  ShowTemplate: { pathParams: ShowTemplatePathParams; query: never; body: never; response: ShowTemplateResponse };
  UpdateTemplate: { pathParams: UpdateTemplatePathParams; query: never; body: UpdateTemplateRequestBody; response: UpdateTemplateResponse };
  ShowTargetPassword: { pathParams: ShowTargetPasswordPathParams; query: never; body: never; response: ShowTargetPasswordResponse };
  ShowCertKey: { pathParams: ShowCertKeyPathParams; query: ShowCertKeyQuery; body: never; response: ShowCertKeyResponse };
  ShowSha256: { pathParams: ShowSha256PathParams; query: never; body: never; response: ShowSha256Response };
  CreateMigproject: { pathParams: never; query: never; body: CreateMigprojectRequestBody; response: CreateMigprojectResponse };
  ListMigprojects: { pathParams: never; query: ListMigprojectsQuery; body: never; response: ListMigprojectsResponse };
  ShowMigproject: { pathParams: ShowMigprojectPathParams; query: never; body: never; response: ShowMigprojectResponse };
  DeleteMigproject: { pathParams: DeleteMigprojectPathParams; query: never; body: never; response: DeleteMigprojectResponse };
  UpdateMigproject: { pathParams: UpdateMigprojectPathParams; query: never; body: UpdateMigprojectRequestBody; response: UpdateMigprojectResponse };
  UpdateDefaultMigproject: { pathParams: UpdateDefaultMigprojectPathParams; query: never; body: never; response: UpdateDefaultMigprojectResponse };
  UpdateNetworkCheckInfo: { pathParams: UpdateNetworkCheckInfoPathParams; query: never; body: UpdateNetworkCheckInfoRequestBody; response: UpdateNetworkCheckInfoResponse };
  UploadSpecialConfigurationSetting: { pathParams: UploadSpecialConfigurationSettingPathParams; query: never; body: UploadSpecialConfigurationSettingRequestBody; response: UploadSpecialConfigurationSettingResponse };
  ShowConfigSetting: { pathParams: ShowConfigSettingPathParams; query: ShowConfigSettingQuery; body: never; response: ShowConfigSettingResponse };
  CreatePrivacyAgreements: { pathParams: never; query: never; body: never; response: CreatePrivacyAgreementsResponse };
  ShowPrivacyAgreements: { pathParams: never; query: never; body: never; response: ShowPrivacyAgreementsResponse };
}
