import { CallerQuery } from '@app/access';
import type { ReferredCase } from '../../domain/index.js';

export interface CaseDetails extends Omit<ReferredCase, 'actions'> {
  revision: number;
  /** From the referral's PersonalData envelope: null once the victim's personal data is erased. */
  victimName: string | null;
  actions: (ReferredCase['actions'][number] & { overdue: boolean; description: string | null })[];
}

/** One case as it stands, with `asOf` the date its actions' overdue flags are judged on. */
export class GetCaseQuery extends CallerQuery<{ caseId: string; asOf: string }, CaseDetails> {}
