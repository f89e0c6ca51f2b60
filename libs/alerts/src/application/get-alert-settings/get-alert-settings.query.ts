import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { AlertSettingsView } from '../alert-settings-view.js';

export class GetAlertSettingsQuery extends CallerQuery<{ partnershipId: string; on: IsoDate }, AlertSettingsView> {}
