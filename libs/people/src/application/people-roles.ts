import type { Role } from '@app/access';

/** Who works with people's records: the case-working roles of every context (not analysts or auditors). */
export const CASE_WORKING_ROLES: Role[] = ['coordinator', 'iom-lead', 'asb-caseworker'];

/** Who may merge and unmerge records: case workers, and admins of the partnership (the data's owners). */
export const MERGING_ROLES: Role[] = [...CASE_WORKING_ROLES, 'admin'];

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
