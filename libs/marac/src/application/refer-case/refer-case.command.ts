import { CallerCommand } from '@app/access';
import type { PerpetratorDetails, ReferCase, VictimDetails } from '../../domain/index.js';
import type { ReferralPersonInput } from './referral-people.js';

/**
 * A referral as a client makes it: the victim and each perpetrator either an existing person record of the
 * partnership (`personId`, found by searching people) or the details of a new person, whom the server
 * registers (never an id the client makes up).
 */
export type ReferCaseInput = Omit<ReferCase, 'type' | 'today' | 'caseId' | 'isRepeat' | 'previousCaseId' | 'victim' | 'perpetrators'> & {
  victim: ReferralPersonInput<VictimDetails> & { profile: ReferCase['victim']['profile'] };
  perpetrators: (ReferralPersonInput<PerpetratorDetails> & { relationship: ReferCase['perpetrators'][number]['relationship'] })[];
};

export interface ReferCaseResult {
  caseId: string;
  /** The victim's person id (canonical). */
  personId: string;
  /** The perpetrators' person ids, in the order given. */
  perpetratorPersonIds: string[];
  isRepeat: boolean;
  previousCaseId: string | null;
  revision: number;
}

/** Refer a case to a MARAC; a repeat or not is decided from the victim's history (see ReferCaseHandler). */
export class ReferCaseCommand extends CallerCommand<ReferCaseInput, ReferCaseResult> {}
