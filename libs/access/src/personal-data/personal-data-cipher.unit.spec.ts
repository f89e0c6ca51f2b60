import { randomBytes } from 'node:crypto';
import { decryptPersonal, encryptPersonal, isEncryptedPersonal, masterKeyId, unwrapKey, wrapKey } from './personal-data-cipher.js';

describe('personal data cipher (AES-256-GCM)', () => {
  const key = randomBytes(32);
  const personal = { name: 'Ada Lovelace', dateOfBirth: '1990-12-10', notes: 'lives with 2 children; ü ✓' };

  it('round-trips a value, and the ciphertext does not contain it', () => {
    const encrypted = encryptPersonal(key, 'subject-1', personal);
    expect(isEncryptedPersonal(encrypted)).toBe(true);
    expect(JSON.stringify(encrypted)).not.toContain('Ada');
    expect(decryptPersonal(key, 'subject-1', encrypted)).toEqual(personal);
  });

  it('uses a fresh IV each time', () => {
    expect(encryptPersonal(key, 's', personal).iv).not.toBe(encryptPersonal(key, 's', personal).iv);
  });

  it('fails with the wrong key', () => {
    const encrypted = encryptPersonal(key, 'subject-1', personal);
    expect(() => decryptPersonal(randomBytes(32), 'subject-1', encrypted)).toThrow();
  });

  it('fails when the ciphertext is moved to another subject or tampered with', () => {
    const encrypted = encryptPersonal(key, 'subject-1', personal);
    expect(() => decryptPersonal(key, 'subject-2', encrypted)).toThrow();
    const flipped = Buffer.from(encrypted.ciphertext, 'base64');
    flipped[0] ^= 1;
    expect(() => decryptPersonal(key, 'subject-1', { ...encrypted, ciphertext: flipped.toString('base64') })).toThrow();
  });

  it('wraps data keys with the master key, bound to their subject', () => {
    const master = randomBytes(32);
    const dataKey = randomBytes(32);
    const wrapped = wrapKey(master, 'subject-1', dataKey);
    expect(unwrapKey(master, 'subject-1', wrapped).equals(dataKey)).toBe(true);
    expect(() => unwrapKey(randomBytes(32), 'subject-1', wrapped)).toThrow();
    expect(() => unwrapKey(master, 'subject-2', wrapped)).toThrow();
    expect(masterKeyId(master)).toHaveLength(16);
    expect(masterKeyId(master)).not.toBe(masterKeyId(randomBytes(32)));
  });
});
