/** MARAC's not-found answers; a record of another partnership gets the same one (see assertCallerMayAccess). */
export const CASE_NOT_FOUND = 'There is no MARAC referral for this case.';
export const MEETING_NOT_FOUND = 'There is no such MARAC meeting.';
export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
