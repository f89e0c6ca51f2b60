import { CallerQuery } from '@app/access';
import type { PartnershipSettings } from '../partnership-settings.store.js';

/** A partnership's MARAC configuration (the defaults until set), for its admins. */
export class GetPartnershipSettingsQuery extends CallerQuery<{ partnershipId: string }, PartnershipSettings> {}
