import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  computeSignature,
  flattenParams,
  formatValue,
  plainDecimal,
  signParams,
  stringToSign,
  verifySignature,
} from '../../adapters/ucloudstack-smc/signer.js';

// Published vectors (digest §3: doc overview and sdk CredentialTest), quoted verbatim.
const SDK_PUB = 'openapisomeone@example.com1296235120854146120';
const SDK_PRIV = '46f09bb9fab4f12dfc160dae12273d5332b5debe';

test('vector 1 (UCloudStack doc overview): string-to-sign and signature', () => {
  const params = { Action: 'DescribeVMInstance', Offset: 0, Limit: 20, PublicKey: '1UxDcqTHEGGGviQFqlt870EbLuaSJPZOB8hZ74tL' };
  const priv = 'tcgX3Xi_mAKpQayggnVLWzerkWB_fH1KXuk05hUrus8KSziLVyjWXwKZ80FOOldC';
  assert.equal(
    stringToSign(params, priv),
    'ActionDescribeVMInstanceLimit20Offset0PublicKey1UxDcqTHEGGGviQFqlt870EbLuaSJPZOB8hZ74tLtcgX3Xi_mAKpQayggnVLWzerkWB_fH1KXuk05hUrus8KSziLVyjWXwKZ80FOOldC',
  );
  assert.equal(computeSignature(params, priv), '2d86e5b4186ac6e42b628f258a7037c7636c9a81');
});

test('vector 2 (sdk CredentialTest): integer Limit', () => {
  const params = { Action: 'DescribeUHostInstance', Region: 'cn-bj2', Limit: 10, PublicKey: SDK_PUB };
  assert.equal(computeSignature(params, SDK_PRIV), '21225896d287a006487c7007267161244953666c');
});

test('vector 3 (sdk CredentialTest): float 35.0 is signed as "35"', () => {
  const params = { Action: 'DescribeUHostInstance', Region: 'cn-bj2', Proportion: 35.0, PublicKey: SDK_PUB };
  assert.equal(computeSignature(params, SDK_PRIV), 'e026f17a8613fc3e9eace5a6d7e5dc4528b22c89');
  // The same parameter given as the string "35" signs identically; "35.0" would not.
  assert.equal(computeSignature({ ...params, Proportion: '35' }, SDK_PRIV), 'e026f17a8613fc3e9eace5a6d7e5dc4528b22c89');
  assert.notEqual(computeSignature({ ...params, Proportion: '35.0' }, SDK_PRIV), 'e026f17a8613fc3e9eace5a6d7e5dc4528b22c89');
});

test('vector 4 (sdk CredentialTest): float 65.722 in plain decimal', () => {
  const params = { Action: 'DescribeUHostInstance', Region: 'cn-bj2', Proportion: 65.722, PublicKey: SDK_PUB };
  assert.equal(computeSignature(params, SDK_PRIV), 'f5763a30443d793499454e893f9469e7f38fe724');
});

test('float rules: zero fraction trimmed, never scientific notation', () => {
  assert.equal(formatValue(42.0), '42');
  assert.equal(formatValue(0.5), '0.5');
  assert.equal(formatValue(-0), '0');
  assert.equal(plainDecimal(1e21), '1000000000000000000000');
  assert.equal(plainDecimal(1.5e22), '15000000000000000000000');
  assert.equal(plainDecimal(1e-7), '0.0000001');
  assert.equal(plainDecimal(-2.5e-7), '-0.00000025');
  assert.equal(plainDecimal(123.456), '123.456');
  assert.throws(() => formatValue(Number.NaN), RangeError);
  assert.throws(() => formatValue(Number.POSITIVE_INFINITY), RangeError);
});

test('boolean rule: true/false strings', () => {
  assert.equal(formatValue(true), 'true');
  assert.equal(formatValue(false), 'false');
  const a = computeSignature({ Action: 'X', IsRoot: true, PublicKey: 'p' }, 'k');
  const b = computeSignature({ Action: 'X', IsRoot: 'true', PublicKey: 'p' }, 'k');
  assert.equal(a, b);
  assert.equal(stringToSign({ Action: 'X', IsRoot: false, PublicKey: 'p' }, 'k'), 'ActionXIsRootfalsePublicKeypk');
});

test('flattening: scalar arrays Name.N, object arrays Name.N.Field, nested Name.Field; nulls dropped', () => {
  const flat = flattenParams({
    Region: 'cn',
    TagKeyValuePairs: ['env:prod', 'team:erp'],
    DiskMappings: [
      { Device: '/dev/vda1', MountPoint: '/', IsRoot: true, Size: 40, MappingDiskID: 'disk-xxxx' },
      { Device: '/dev/vdb1', FsType: null, Size: 40.5 },
    ],
    Subtasks: [{ Name: '/dev/vda1', Progress: 12.5, Speed: '100MB/s' }],
    Led: { Enabled: true },
    Remark: undefined,
  });
  assert.deepEqual(flat, {
    Region: 'cn',
    'TagKeyValuePairs.0': 'env:prod',
    'TagKeyValuePairs.1': 'team:erp',
    'DiskMappings.0.Device': '/dev/vda1',
    'DiskMappings.0.MountPoint': '/',
    'DiskMappings.0.IsRoot': true,
    'DiskMappings.0.Size': 40,
    'DiskMappings.0.MappingDiskID': 'disk-xxxx',
    'DiskMappings.1.Device': '/dev/vdb1',
    'DiskMappings.1.Size': 40.5,
    'Subtasks.0.Name': '/dev/vda1',
    'Subtasks.0.Progress': 12.5,
    'Subtasks.0.Speed': '100MB/s',
    'Led.Enabled': true,
  });
});

test('sort is byte order (case-sensitive; "CPU" < "ChargeType"; "DiskMappings.10" < "DiskMappings.2")', () => {
  const s = stringToSign({ ChargeType: 'Month', CPU: 2, 'DiskMappings.2.Size': 1, 'DiskMappings.10.Size': 2, action: 'a', PublicKey: 'p' }, 'K');
  assert.equal(s, 'CPU2ChargeTypeMonthDiskMappings.10.Size2DiskMappings.2.Size1PublicKeypactionaK');
});

test('the digest example SetupSMC request signs over its flattened names, no escaping', () => {
  const flat = flattenParams({
    Action: 'SetupSMC',
    Region: 'cn',
    SMCID: 'smc-xxxx',
    VMID: 'vm-xxxx',
    Host: '10.0.0.5',
    Bandwidth: 100,
    DiskMappings: [{ Device: '/dev/vda1', MountPoint: '/', IsRoot: true, Size: 40, MappingDiskID: 'disk-xxxx' }],
  });
  assert.equal(
    stringToSign({ ...flat, PublicKey: 'pub' }, 'priv'),
    'ActionSetupSMCBandwidth100DiskMappings.0.Device/dev/vda1DiskMappings.0.IsRoottrueDiskMappings.0.MappingDiskIDdisk-xxxx' +
      'DiskMappings.0.MountPoint/DiskMappings.0.Size40Host10.0.0.5PublicKeypubRegioncnSMCIDsmc-xxxxVMIDvm-xxxxpriv',
  );
});

test('signParams adds PublicKey and Signature; re-signing replaces the old Signature; verifier agrees', () => {
  const creds = { publicKey: SDK_PUB, privateKey: SDK_PRIV };
  const signed = signParams({ Action: 'DescribeUHostInstance', Region: 'cn-bj2', Limit: 10 }, creds);
  assert.equal(signed.PublicKey, SDK_PUB);
  assert.equal(signed.Signature, '21225896d287a006487c7007267161244953666c');
  assert.deepEqual(signParams(signed, creds), signed);
  // The verifier sees received strings.
  const received = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k, formatValue(v)]));
  assert.equal(verifySignature(received, SDK_PRIV), true);
  assert.equal(verifySignature({ ...received, Limit: '11' }, SDK_PRIV), false);
  assert.equal(verifySignature(received, 'another-private-key'), false);
  assert.equal(verifySignature({ ...received, Signature: 'not-hex' }, SDK_PRIV), false);
  assert.equal(verifySignature({ ...received, Signature: String(received.Signature).toUpperCase() }, SDK_PRIV), true);
});

test('non-ASCII values are signed as UTF-8 without escaping', () => {
  const s = stringToSign({ Name: '数据库-01', PublicKey: 'p' }, 'k');
  assert.equal(s, 'Name数据库-01PublicKeypk');
  assert.match(computeSignature({ Name: '数据库-01', PublicKey: 'p' }, 'k'), /^[0-9a-f]{40}$/);
});
