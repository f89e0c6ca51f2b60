import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { PartnershipSettingsView } from '../partnership-settings-view.js';

/** A partnership's MARAC settings in force on a day and their history, for its admins. */
export class GetPartnershipSettingsQuery extends CallerQuery<{ partnershipId: string; on: IsoDate }, PartnershipSettingsView> {}
