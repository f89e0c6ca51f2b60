import { CallerQuery } from '@app/access';
import type { IsoDate } from '@app/periods';
import type { VictimServicesSettingsView } from '../vs-settings-in-force.js';

/** A partnership's victim-services settings in force on a day (admins, service managers and caseworkers of it). */
export class GetVictimServicesSettingsQuery extends CallerQuery<{ partnershipId: string; on: IsoDate }, VictimServicesSettingsView> {}
