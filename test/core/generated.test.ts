import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as alibabaOps from '../../adapters/alibaba-smc/generated/operations.js';
import { VALIDATORS as alibabaValidators } from '../../adapters/alibaba-smc/generated/validators.js';
import * as huaweiOps from '../../adapters/huawei-sms/generated/operations.js';
import { VALIDATORS as huaweiValidators } from '../../adapters/huawei-sms/generated/validators.js';
import * as ucloudOps from '../../adapters/ucloudstack-smc/generated/operations.js';
import { VALIDATORS as ucloudValidators } from '../../adapters/ucloudstack-smc/generated/validators.js';

// dist/test/core -> repo root
const root = fileURLToPath(new URL('../../../', import.meta.url));

function catalog(provider: string): { operations: { id: string }[] } {
  return JSON.parse(readFileSync(`${root}adapters/${provider}/catalog/${provider}.json`, 'utf8'));
}

describe('adapters/*/generated', () => {
  it('is exactly what `npm run gen` writes from the catalogs and overrides', () => {
    const run = spawnSync(process.execPath, ['scripts/gen/index.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `generated files are stale: run \`npm run gen\` and commit them\n${run.stderr}${run.stdout}`);
  });

  it('lists every catalog operation, in catalog order', () => {
    const tables: [string, readonly { id: string }[]][] = [
      ['huawei-sms', huaweiOps.OPERATIONS],
      ['alibaba-smc', alibabaOps.OPERATIONS],
      ['ucloudstack-smc', ucloudOps.OPERATIONS],
    ];
    for (const [provider, ops] of tables) {
      assert.deepEqual(
        ops.map((op) => op.id),
        catalog(provider).operations.map((op) => op.id),
        provider,
      );
    }
    assert.equal(ucloudOps.OPERATIONS.length, 8);
    assert.equal(huaweiOps.OPERATIONS.length, 51);
  });

  it('marks sides and retry safety from catalog data', () => {
    assert.equal(huaweiOps.OPERATIONS_BY_ID.UpdateTaskSpeed.side, 'agent');
    assert.equal(huaweiOps.OPERATIONS_BY_ID.ListTasks.side, 'user');
    assert.equal(huaweiOps.OPERATIONS_BY_ID.ListTasks.safeToRetry, true);
    assert.equal(huaweiOps.OPERATIONS_BY_ID.CreateTask.safeToRetry, false);
    assert.equal(ucloudOps.OPERATIONS_BY_ID.SMCHeartbeat.side, 'agent');
    assert.deepEqual([...alibabaOps.SAFE_TO_RETRY], ['DescribeSourceServers', 'DescribeReplicationJobs', 'ListTagResources']);
  });

  it('Huawei validators carry the catalog bounds (integer, maximum 10000)', () => {
    const body = huaweiValidators.UpdateTask.body!;
    assert.equal(body.safeParse({ speed_limit: 10000 }).success, true);
    assert.equal(body.safeParse({ speed_limit: 10001 }).success, false);
    assert.equal(body.safeParse({ speed_limit: 12.5 }).success, false);
    assert.equal(body.safeParse({ speed_limit: 100, bogus: 1 }).success, false, 'unknown keys are refused');
    const speed = huaweiValidators.UpdateTaskSpeed.body!;
    const report = { subtask_name: 'CLONE_VM', progress: 50, replicatesize: 1, totalsize: 2, process_trace: 'x' };
    assert.equal(speed.safeParse(report).success, true);
    assert.equal(speed.safeParse({ ...report, migrate_speed: 10001 }).success, false);
    assert.equal(speed.safeParse({ ...report, progress: 12.5 }).success, false);
    assert.equal(speed.safeParse({ ...report, subtask_name: 'NOPE' }).success, false);
  });

  it('Alibaba validators carry bounds, the typed .N shape and strictness', () => {
    const create = alibabaValidators.CreateReplicationJob.request;
    const ok = { RegionId: 'cn-hangzhou', SourceId: 's-1', SystemDiskSize: 40 };
    assert.equal(create.safeParse(ok).success, true);
    assert.equal(create.safeParse({ ...ok, Frequency: -1 }).success, false);
    assert.equal(create.safeParse({ ...ok, SystemDiskSize: 19 }).success, false);
    assert.equal(create.safeParse({ ...ok, DataDisk: [{ Index: 1, Size: 20, Part: [{ Device: '0_1', SizeBytes: 1, Block: true }] }] }).success, true);
    assert.equal(create.safeParse({ ...ok, DataDisk: [{ Index: 17 }] }).success, false);
    assert.equal(create.safeParse({ ...ok, Bandwidth: 10 }).success, false, 'unknown keys are refused');
    assert.equal(create.safeParse({ ...ok, Name: '1abc' }).success, false, 'names start with a letter');
    assert.equal(alibabaValidators.DescribeSourceServers.request.safeParse({ SourceId: ['s-1'], PageSize: 51 }).success, false);
    assert.deepEqual(alibabaOps.REQUIRED_PARAMS.TagResources, ['ResourceId.N', 'ResourceType']);
  });

  it('UCloudStack validators refuse missing required params', () => {
    assert.equal(ucloudValidators.DeleteSMC.request.safeParse({ Region: 'cn' }).success, false);
    assert.equal(ucloudValidators.DeleteSMC.request.safeParse({ Region: 'cn', SMCID: 'smc-1' }).success, true);
    assert.equal(ucloudValidators.DescribeSMC.request.safeParse({ Region: 'cn', Limit: 101 }).success, false);
  });
});
