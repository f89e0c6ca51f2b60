import { CallerCommand } from '@app/access';
import type { ReferCase } from '../../domain/index.js';

export type ReferCaseInput = Omit<ReferCase, 'type' | 'today' | 'caseId' | 'isRepeat' | 'previousCaseId' | 'victim'> & {
  victim: Omit<ReferCase['victim'], 'personId'> & { personId?: string };
};

export interface ReferCaseResult {
  caseId: string;
  personId: string;
  isRepeat: boolean;
  previousCaseId: string | null;
  revision: number;
}

/** Refer a case to a MARAC; a repeat or not is decided from the victim's history (see ReferCaseHandler). */
export class ReferCaseCommand extends CallerCommand<ReferCaseInput, ReferCaseResult> {}
