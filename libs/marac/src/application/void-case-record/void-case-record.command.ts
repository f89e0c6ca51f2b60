import { CallerCommand } from '@app/access';
import type { MaracRecordKind } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

export interface VoidCaseRecordInput {
  caseId: string;
  recordKind: MaracRecordKind;
  recordId: string;
  reason: string;
}

/** Void a record of a case entered by mistake, with a reason: voiding the referral voids the case. */
export class VoidCaseRecordCommand extends CallerCommand<VoidCaseRecordInput, CaseCommandResult> {}
