/**
 * The transfer password as the heartbeat hands it to the agent: "AES-ECB-encrypted with the VMID as
 * key" (sdk SMCHeartbeatResponse). Key derivation, padding and encoding are undocumented; the
 * simulator uses AES-128-ECB, key = the VMID's UTF-8 bytes zero-padded / truncated to 16 bytes,
 * PKCS#7 padding, Base64 output.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';

function keyOf(vmId: string): Buffer {
  const key = Buffer.alloc(16);
  Buffer.from(vmId, 'utf8').copy(key, 0, 0, 16);
  return key;
}

export function encryptTransferPassword(password: string, vmId: string): string {
  const cipher = createCipheriv('aes-128-ecb', keyOf(vmId), null);
  return Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]).toString('base64');
}

export function decryptTransferPassword(encrypted: string, vmId: string): string {
  const decipher = createDecipheriv('aes-128-ecb', keyOf(vmId), null);
  return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]).toString('utf8');
}
