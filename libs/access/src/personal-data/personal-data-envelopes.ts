import { isPersonalData, type PersonalData } from '@app/domain';

/**
 * Walks event data for PersonalData envelopes (`{ subjectId, personal }`) at any depth, in objects
 * and arrays. An envelope's `personal` is never walked into: it is the opaque unit of encryption.
 */
export function collectEnvelopes(data: unknown, found: PersonalData<unknown>[] = []): PersonalData<unknown>[] {
  if (Array.isArray(data)) {
    for (const item of data) collectEnvelopes(item, found);
  } else if (isPersonalData(data)) {
    found.push(data);
  } else if (typeof data === 'object' && data !== null) {
    for (const value of Object.values(data)) collectEnvelopes(value, found);
  }
  return found;
}

/**
 * A copy of `data` with each envelope's `personal` replaced by `replace(envelope)`. The input is not
 * changed: the command executor goes on evolving state from the same plain events it encoded.
 */
export function mapEnvelopes(data: unknown, replace: (envelope: PersonalData<unknown>) => unknown): unknown {
  if (Array.isArray(data)) return data.map((item) => mapEnvelopes(item, replace));
  if (isPersonalData(data)) return { ...data, personal: replace(data) };
  if (typeof data === 'object' && data !== null) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, mapEnvelopes(value, replace)]));
  }
  return data;
}
