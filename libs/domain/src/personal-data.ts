/**
 * Personal data (names, dates of birth, addresses, contact details, free-text notes) travels in events
 * only inside this envelope. The event store encrypts `personal` with the key of `subjectId`; once the
 * subject is erased the key is destroyed and `personal` reads back as null, while every other field of
 * the event (dates, risk band, agencies) stays readable so that historic counts do not change.
 */
export interface PersonalData<Details> {
  subjectId: string;
  personal: Details | null;
}

export function isPersonalData(value: unknown): value is PersonalData<unknown> {
  return (
    typeof value === 'object' && value !== null && typeof (value as { subjectId?: unknown }).subjectId === 'string' && 'personal' in value
  );
}

/** Wraps a person's details in their envelope. */
export function personalData<Details>(subjectId: string, personal: Details): PersonalData<Details> {
  return { subjectId, personal };
}
