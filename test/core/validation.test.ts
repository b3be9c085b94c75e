/** adapters/common/validation.ts: zod issues -> BAD_USER_INPUT, wire paths -> GraphQL argument paths. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { z } from 'zod';
import { argumentPath, under, wireInputError } from '../../adapters/common/validation.js';

const FIELDS = {
  SystemDiskSize: 'input.options.systemDiskSizeGiB',
  'DataDisk.N.Index': 'input.options.dataDisks.N.index',
  'DataDisk.N.Part.N.Device': 'input.options.dataDisks.N.parts.N.device',
  ReplicationParameters: 'input.options.replicationParameters',
};

describe('argumentPath', () => {
  test('a mapped scalar parameter', () => {
    assert.equal(argumentPath(['SystemDiskSize'], FIELDS), 'input.options.systemDiskSizeGiB');
  });

  test('list indices: the validator numbers from 0 (DataDisk.1 on the wire is index 0), as GraphQL lists do', () => {
    assert.equal(argumentPath(['DataDisk', 0, 'Index'], FIELDS), 'input.options.dataDisks.0.index');
    assert.equal(argumentPath(['DataDisk', 2, 'Part', 5, 'Device'], FIELDS), 'input.options.dataDisks.2.parts.5.device');
  });

  test('inside a mapped parameter: the longest mapped prefix names the argument', () => {
    assert.equal(argumentPath(['ReplicationParameters', 'bandwidth_limit'], FIELDS), 'input.options.replicationParameters');
    assert.equal(argumentPath(['ReplicationParameters', 'bandwidth_limit'], { ...FIELDS, 'ReplicationParameters.bandwidth_limit': 'input.bandwidthLimitMbps' }), 'input.bandwidthLimitMbps');
  });

  test('unmapped, or no map: undefined', () => {
    assert.equal(argumentPath(['Name'], FIELDS), undefined);
    assert.equal(argumentPath(['DataDisk', 0, 'Size'], FIELDS), undefined);
    assert.equal(argumentPath(['SystemDiskSize'], undefined), undefined);
  });

  test('under prefixes every argument path', () => {
    assert.deepEqual(under('input.options', { Name: 'name', 'Tag.N.Key': 'tags.N.key' }), { Name: 'input.options.name', 'Tag.N.Key': 'input.options.tags.N.key' });
    assert.deepEqual(under('', { Name: 'name' }), { Name: 'name' });
  });
});

describe('wireInputError', () => {
  const schema = z.object({ SystemDiskSize: z.number().min(20), Name: z.string().min(2), DataDisk: z.array(z.object({ Index: z.number().max(16) }).strict()).optional() }).strict();
  const issues = (v: unknown) => {
    const r = schema.safeParse(v);
    assert.ok(!r.success);
    return r.error;
  };

  test('mapped issues carry the argument path, unmapped the wire path under params', () => {
    const e = wireInputError(issues({ SystemDiskSize: 5, Name: 'x' }), { fields: FIELDS, context: { provider: 'alibaba-smc', account: 'a' } });
    assert.equal(e.code, 'BAD_USER_INPUT');
    assert.equal(e.field, 'input.options.systemDiskSizeGiB');
    assert.match(e.message, /input\.options\.systemDiskSizeGiB: .*; params\.Name: /);
    assert.equal(e.provider, 'alibaba-smc');
    assert.equal(e.account, 'a');
  });

  test('list entries and unknown keys', () => {
    assert.equal(wireInputError(issues({ SystemDiskSize: 40, Name: 'ok', DataDisk: [{ Index: 1 }, { Index: 17 }] }), { fields: FIELDS }).field, 'input.options.dataDisks.1.index');
    assert.equal(wireInputError(issues({ SystemDiskSize: 40, Name: 'ok', DataDisk: [{ Index: 1, Nope: 1 }] }), { fields: FIELDS }).field, 'params.DataDisk.0.Nope');
  });

  test('inside: issues of a value decoded from one parameter', () => {
    const r = z.object({ bandwidth_limit: z.number().min(0) }).safeParse({ bandwidth_limit: -1 });
    assert.ok(!r.success);
    assert.equal(wireInputError(r.error, { inside: ['ReplicationParameters'] }).field, 'params.ReplicationParameters.bandwidth_limit');
    assert.equal(wireInputError(r.error, { inside: ['ReplicationParameters'], fields: FIELDS }).field, 'input.options.replicationParameters');
  });
});
