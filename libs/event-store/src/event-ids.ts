import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Namespace of the unkeyed derivation (code that runs no application: unit tests, library tests). */
const NAMESPACE = '6f1c8a52-3f0e-4b8e-9a53-6a0f2d7c1e11';

/** A KeyObject: HMAC with one takes about half the time of HMAC with the raw bytes (no key import per id). */
let key: KeyObject | null = null;

/**
 * Keys every derived id with the server's secret (the `derived-ids` subkey of SERVER_SECRET; the app's core
 * module sets it before anything runs): ids of created records stay stable for a retry of their command but
 * cannot be computed by anyone without the secret, so nobody can work out a record's id in advance and
 * claim it first. Every process of a deployment must use the same key (reaction ids are derived in each).
 * `null` goes back to the unkeyed derivation.
 */
export function useIdDerivationKey(secret: Buffer | null): void {
  key = secret === null ? null : createSecretKey(secret);
}

/** A UUID (version 8, RFC 9562's custom layout) from HMAC-SHA256 of `name`; UUID v5 without a key. */
function derive(name: string): string {
  if (key === null) return uuidv5(name, NAMESPACE);
  const bytes = createHmac('sha256', key).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the n-th event a command produces: the same on every retry of that command. */
export function deriveEventId(commandId: string, index: number): string {
  return derive(`${commandId}/event/${index}`);
}

/** An id derived from a command for something it creates (a case id), stable across retries. */
export function deriveId(commandId: string, purpose: string): string {
  return derive(`${commandId}/${purpose}`);
}
