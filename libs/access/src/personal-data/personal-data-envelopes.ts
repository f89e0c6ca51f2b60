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
 * `data` with each envelope's `personal` replaced by `replace(envelope)`: copied along the paths that lead to
 * an envelope, and sharing the parts that hold none (most of an event), which reading a page of the log would
 * otherwise copy whole for nothing. The input is not changed: the command executor goes on evolving state
 * from the same plain events it encoded.
 */
export function mapEnvelopes(data: unknown, replace: (envelope: PersonalData<unknown>) => unknown): unknown {
  if (isPersonalData(data)) return { ...data, personal: replace(data) };
  if (Array.isArray(data)) {
    let copy: unknown[] | undefined;
    (data as unknown[]).forEach((item, index) => {
      const mapped = mapEnvelopes(item, replace);
      if (mapped !== item) (copy ??= [...(data as unknown[])])[index] = mapped;
    });
    return copy ?? data;
  }
  if (typeof data === 'object' && data !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(data)) {
      const mapped = mapEnvelopes(value, replace);
      if (mapped !== value) (copy ??= { ...data })[key] = mapped;
    }
    return copy ?? data;
  }
  return data;
}
