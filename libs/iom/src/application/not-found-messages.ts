/** 404 messages: the same for a record of another partnership as for none (nothing to learn by guessing ids). */
export const COHORT_NOT_FOUND = 'There is no such IOM cohort.';
export const MEMBER_NOT_FOUND = 'This person has no record on this cohort.';
export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
