import { isPersonalData } from '@app/domain';

/** What stands in an export where an event holds another person's personal data (a perpetrator's details). */
export const WITHHELD = { withheld: "another person's personal data" } as const;

/**
 * The event data as the subject may see it: their own personal-data envelopes opened (null once erased), and
 * everyone else's replaced by WITHHELD. Subject access gives a person their data, not the people around them.
 */
export function withholdOthers(value: unknown, subjectIds: ReadonlySet<string>): unknown {
  if (isPersonalData(value)) return subjectIds.has(value.subjectId) ? (value.personal ?? null) : WITHHELD;
  if (Array.isArray(value)) return value.map((item) => withholdOthers(item, subjectIds));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withholdOthers(item, subjectIds)]));
  return value;
}
