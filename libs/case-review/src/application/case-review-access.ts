import type { Role } from '@app/access';

/** The single point of contact for Case Reviews logs and runs applications (see ARCHITECTURE.md, Case Review). */
export const SPOC_ROLE: Role = 'asb-caseworker';

/** Who may read the statutory figures: published by law, so exact, and holding no personal data. */
export const FIGURE_READER_ROLES: Role[] = ['asb-caseworker', 'analyst', 'admin'];

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
