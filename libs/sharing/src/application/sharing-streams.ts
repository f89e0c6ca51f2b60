import type { Role } from '@app/access';
import { streamName } from '@app/event-store';
import { SHARING_DEFAULTS_STREAM_CATEGORY, SHARING_STREAM_CATEGORY } from '../domain/index.js';

export function sharingStream(personId: string): string {
  return streamName(SHARING_STREAM_CATEGORY, personId);
}
export function sharingDefaultsStream(partnershipId: string): string {
  return streamName(SHARING_DEFAULTS_STREAM_CATEGORY, partnershipId);
}

/** Who records consent, decisions to share without it and shares: the case workers of every context, and admins. */
export const SHARING_ROLES: Role[] = ['coordinator', 'iom-lead', 'asb-caseworker', 'admin'];

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
