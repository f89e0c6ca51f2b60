import { CallerCommand } from '@app/access';
import type { AsbCategory } from '../../domain/index.js';
import type { VsCaseResult } from '../case-commands/case-commands.js';

export interface ReferVictimInput {
  serviceId: string;
  personId: string;
  referralDate: string;
  referringPartner: string | null;
  asbCategory: AsbCategory;
  behaviourTypes: string[];
  location: string;
  perpetratorPersonIds: string[];
}

/**
 * A referral of a victim (a person of the people registry) to a service. The case id derives from the
 * command id, so a retry with the same Idempotency-Key lands on the same case.
 */
export class ReferVictimCommand extends CallerCommand<ReferVictimInput, VsCaseResult> {}
