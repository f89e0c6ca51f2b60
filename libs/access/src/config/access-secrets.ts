import { hkdfSync } from 'node:crypto';
import path from 'node:path';
import type { AccessConfig } from './access-config.js';
import { randomBase64, readOrCreateSecretFile } from './data-dir-secrets.js';

/** The key that wraps every data subject's key: MASTER_KEY, or (embedded default) DATA_DIR/keys/master.key. */
export async function resolveMasterKey(config: AccessConfig): Promise<Buffer> {
  if (config.masterKey) return config.masterKey;
  const raw = await readOrCreateSecretFile(path.join(config.dataDir, 'keys', 'master.key'), () => randomBase64(32));
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error(`${path.join(config.dataDir, 'keys', 'master.key')} does not hold a 32-byte key`);
  return key;
}

/** PSEUDONYM_SECRET, or (embedded default) DATA_DIR/keys/pseudonym.secret. */
export async function resolvePseudonymSecret(config: AccessConfig): Promise<Buffer> {
  if (config.pseudonymSecret) return config.pseudonymSecret;
  return Buffer.from(await readOrCreateSecretFile(path.join(config.dataDir, 'keys', 'pseudonym.secret'), () => randomBase64(32)), 'base64');
}

/** SERVER_SECRET, or (embedded default) DATA_DIR/keys/server.secret. */
export async function resolveServerSecret(config: AccessConfig): Promise<Buffer> {
  if (config.serverSecret) return config.serverSecret;
  return Buffer.from(await readOrCreateSecretFile(path.join(config.dataDir, 'keys', 'server.secret'), () => randomBase64(32)), 'base64');
}

/** A 32-byte key for one purpose (`people-blind-index`, `derived-ids`), from the server secret by HKDF-SHA256. */
export function serverSubkey(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `safer-panels/${purpose}`, 32));
}
