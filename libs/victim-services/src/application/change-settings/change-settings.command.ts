import { CallerCommand } from '@app/access';
import type { ChangePartnershipSettingsInput } from '@app/kit';
import type { VictimServicesSettings } from '../../domain/index.js';
import type { VictimServicesSettingsView } from '../vs-settings-in-force.js';

/** Change some of a partnership's victim-services settings from a day on (admins of the partnership). */
export class ChangeVictimServicesSettingsCommand extends CallerCommand<
  ChangePartnershipSettingsInput<VictimServicesSettings>,
  VictimServicesSettingsView
> {}
