import { CallerCommand } from '@app/access';
import type { PartnershipSettings, PartnershipSettingsInput } from '../partnership-settings.store.js';

/** Set a partnership's repeat-rate band, adult female population and police call-out threshold. */
export class SetPartnershipSettingsCommand extends CallerCommand<{ partnershipId: string } & PartnershipSettingsInput, PartnershipSettings> {}
