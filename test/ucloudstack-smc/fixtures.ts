/**
 * SMCInfo fixtures built from the seed's field list and the catalogue's documented examples
 * (OS Linux, Arch x86_64, CentOS 7.9, kernel 3.10.0-1160, UEFI, FsType ext4, /dev/vda1, Speed
 * "100MB/s", Bandwidth in Mbps, Memory in MB, Unix-second times) and the digest's envelope example.
 */
import type { DescribeSMCResponse, SMCInfo } from '../../adapters/ucloudstack-smc/generated/wire.js';

/** The digest's envelope example, verbatim. */
export const EMPTY_DESCRIBE: DescribeSMCResponse = { Action: 'DescribeSMCResponse', RetCode: 0, Message: '', TotalCount: 0, Infos: [] };

export const SYNCING_INFO: SMCInfo = {
  SMCID: 'smc-xxxx',
  Name: 'erp-db-01',
  Remark: 'ERP database',
  Region: 'cn',
  RegionAlias: 'China',
  CompanyID: 100,
  CompanyName: 'Test Tenant',
  Email: 'ops@example.com',
  ProjectID: 'prj-a',
  ProjectName: 'A',
  Reason: '',
  CreateTime: 1768464000, // 2026-01-15T08:00:00Z
  UpdateTime: 1768464600, // +10 min
  Tags: [
    { Key: 'env', Value: 'prod' },
    { Key: 'team', Value: 'erp' },
  ],
  OS: 'Linux',
  Arch: 'x86_64',
  Distribution: 'CentOS',
  DistributionVersion: '7.9',
  Kernel: '3.10.0-1160',
  Cores: 8,
  Memory: 16384,
  Hostname: 'erp-db-01.example.internal',
  IP: '10.0.0.21',
  BootloaderType: 'UEFI',
  DoneSubtask: 1,
  TotalSubtask: 2,
  Subtasks: [
    { Name: '/dev/vda1', Progress: 100, Speed: '0B/s' },
    { Name: '/dev/vdb1', Progress: 50, Speed: '100MB/s' },
  ],
  State: 'Syncing',
  VMID: 'vm-xxxx',
  Host: '10.0.0.5',
  Bandwidth: 100,
  Locked: false,
  LastSyncedTime: 0,
  User: 'root',
  DiskMappings: [
    { Device: '/dev/vda1', MountPoint: '/', FsType: 'ext4', Size: 40, Avail: 30, IsRoot: true, MappingDiskID: 'disk-xxxx' },
    { Device: '/dev/vdb1', MountPoint: '/data', FsType: 'ext4', Size: 50, Avail: 30, IsRoot: false, MappingDiskID: 'disk-yyyy' },
  ],
};

export function info(overrides: Partial<SMCInfo>): SMCInfo {
  return { ...structuredClone(SYNCING_INFO), ...overrides };
}
