import { ApiProperty } from '@nestjs/swagger';
import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller, type CallerCommand } from '@app/access';
import { NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor, type HandleResult } from '@app/event-store';
import { todayOf } from '@app/kit';
import type { IsoDate } from '@app/periods';
import {
  APPLICATION_NOT_FOUND,
  CASE_REVIEW_STAGES,
  CASE_REVIEW_STREAM_CATEGORY,
  caseReviewApplicationDecider,
  type CaseReviewApplicationCommand,
  type CaseReviewApplicationEvent,
  type CaseReviewApplicationState,
  type CaseReviewStage,
} from '../domain/index.js';
import { SPOC_ROLE } from './case-review-access.js';

export function applicationStream(applicationId: string): string {
  return streamName(CASE_REVIEW_STREAM_CATEGORY, applicationId);
}

export type ReceivedApplication = Extract<CaseReviewApplicationState, { status: 'received' }>;

/** A stage command as a handler builds it: `today` comes from the command's time. */
export type ApplicationCommandInput = CaseReviewApplicationCommand extends infer C
  ? C extends CaseReviewApplicationCommand
    ? Omit<C, 'today'>
    : never
  : never;

/** What a command on an application answers: where it stands now, no personal data. */
export class ApplicationCommandResult {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: 'integer', example: 2, description: 'Stream revision, also sent as the ETag.' }) revision: number;
  @ApiProperty({ enum: [...CASE_REVIEW_STAGES, 'closed'], example: 'decide', description: 'The stage waiting to be done.' })
  stage: CaseReviewStage | 'closed';
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2026-01-07', description: "The waiting stage's due date." })
  dueOn: IsoDate | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: 'Null until the threshold is decided.' })
  thresholdMet: boolean | null;
}

export function applicationCommandResult(
  result: HandleResult<CaseReviewApplicationState, CaseReviewApplicationEvent>,
): ApplicationCommandResult {
  const state = result.state as ReceivedApplication;
  return {
    applicationId: state.applicationId,
    revision: result.revision,
    stage: state.stage,
    dueOn: state.dueOn,
    thresholdMet: state.thresholdMet,
  };
}

/**
 * The application as a caller may see and act on it: the single point of contact of its partnership; 404
 * for anyone else's and for none, alike. The audit entry names the application and its people.
 */
export function admitApplication(caller: Caller, state: CaseReviewApplicationState): ReceivedApplication {
  if (state.status !== 'received') throw new NotFoundError(APPLICATION_NOT_FOUND);
  noteAudit({
    recordKind: 'case_review_application',
    recordId: state.applicationId,
    partnershipId: state.partnershipId,
    subjectIds: [...new Set([state.applicantPersonId, state.victimPersonId])],
  });
  assertCallerMayAccess(caller, state.partnershipId, APPLICATION_NOT_FOUND);
  return state;
}

/** The write path of every command on a logged application: read it, admit the caller, decide, append at the revision read. */
export async function handleApplicationCommand(
  executor: CommandExecutor,
  { caller, context, input, expectedRevision }: CallerCommand<{ applicationId: string }, unknown>,
  command: ApplicationCommandInput,
): Promise<ApplicationCommandResult> {
  assertCallerRole(caller, SPOC_ROLE);
  const result = await executor.handle(
    applicationStream(input.applicationId),
    caseReviewApplicationDecider,
    (state) => caseReviewApplicationDecider.decide({ ...command, today: todayOf(context) }, state),
    {
      context,
      expectedRevision,
      revealPersonalData: false,
      admit: (state) => ({ partnershipId: admitApplication(caller, state).partnershipId }),
    },
  );
  return applicationCommandResult(result);
}
