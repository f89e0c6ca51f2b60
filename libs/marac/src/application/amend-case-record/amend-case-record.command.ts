import { CallerCommand } from '@app/access';
import type { AmendmentOf } from '@app/domain';
import type { MaracAmendableFields } from '../../domain/index.js';
import type { CaseCommandResult } from '../case-command.js';

export type AmendCaseRecordInput = { caseId: string; recordId: string; reason: string } & AmendmentOf<MaracAmendableFields>;

/** Amend a record of a case that was entered wrongly (its referral, a hearing, an incident, an action), with a reason. */
export class AmendCaseRecordCommand extends CallerCommand<AmendCaseRecordInput, CaseCommandResult> {}
