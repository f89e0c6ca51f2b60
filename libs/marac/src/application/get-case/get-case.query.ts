import { CallerQuery } from '@app/access';
import type { CorrectionEntry } from '@app/domain';
import type { ReferredCase } from '../../domain/index.js';

export interface CaseDetails extends Omit<ReferredCase, 'actions'> {
  revision: number;
  /** From the referral's PersonalData envelope: null once the victim's personal data is erased. */
  victimName: string | null;
  actions: (ReferredCase['actions'][number] & { overdue: boolean; description: string | null })[];
  /** The referral was voided (entered by mistake): the case no longer counts anywhere. */
  voided: boolean;
  /** Every amendment and void of the case's records, oldest first, with who, when and why. */
  corrections: CorrectionEntry[];
}

/** One case as it stands, with `asOf` the date its actions' overdue flags are judged on. */
export class GetCaseQuery extends CallerQuery<{ caseId: string; asOf: string }, CaseDetails> {}
