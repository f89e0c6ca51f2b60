import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** What an encrypted envelope's `personal` holds in the stored event. */
export interface EncryptedPersonal {
  alg: 'A256GCM';
  iv: string;
  tag: string;
  ciphertext: string;
}

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function isEncryptedPersonal(value: unknown): value is EncryptedPersonal {
  const v = value as Partial<EncryptedPersonal> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.alg === 'A256GCM' &&
    typeof v.iv === 'string' &&
    typeof v.tag === 'string' &&
    typeof v.ciphertext === 'string'
  );
}

/**
 * AES-256-GCM with the subject id as associated data, so a ciphertext copied into another subject's
 * envelope does not decrypt. A fresh random 96-bit IV per value.
 */
export function encryptPersonal(key: Buffer, subjectId: string, personal: unknown): EncryptedPersonal {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(personalAad(subjectId));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(personal), 'utf8'), cipher.final()]);
  return {
    alg: 'A256GCM',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Throws when the key is wrong or the value was tampered with (the GCM tag does not verify). */
export function decryptPersonal(key: Buffer, subjectId: string, encrypted: EncryptedPersonal): unknown {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(encrypted.iv, 'base64'), { authTagLength: TAG_BYTES });
  decipher.setAAD(personalAad(subjectId));
  decipher.setAuthTag(Buffer.from(encrypted.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(encrypted.ciphertext, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

/** A data key wrapped by the master key: iv (12) | tag (16) | ciphertext (32), bound to its subject. */
export function wrapKey(masterKey: Buffer, subjectId: string, dataKey: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, masterKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(keyAad(subjectId));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

export function unwrapKey(masterKey: Buffer, subjectId: string, wrapped: Buffer): Buffer {
  const decipher = createDecipheriv(ALGORITHM, masterKey, wrapped.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(keyAad(subjectId));
  decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(wrapped.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** Identifies the master key a data key was wrapped with (so a wrong MASTER_KEY is reported as such). */
export function masterKeyId(masterKey: Buffer): string {
  return createHash('sha256').update('safer-panels:master-key-id').update(masterKey).digest('hex').slice(0, 16);
}

const personalAad = (subjectId: string) => Buffer.from(`safer-panels:personal:v1:${subjectId}`, 'utf8');
const keyAad = (subjectId: string) => Buffer.from(`safer-panels:subject-key:v1:${subjectId}`, 'utf8');
