import { ApiProperty } from '@nestjs/swagger';
import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller, type CallerCommand } from '@app/access';
import { isVoided, NotFoundError } from '@app/domain';
import { streamName, type CommandExecutor, type HandleResult, type ReadElsewhere } from '@app/event-store';
import { todayOf } from '@app/kit';
import {
  MARAC_CASE_STREAM_CATEGORY,
  maracCaseDecider,
  type MaracCaseCommand,
  type MaracCaseEvent,
  type MaracCaseState,
  RISK_BANDS,
  type ReferredCase,
  type RiskBand,
} from '../domain/index.js';
import { EXAMPLE_CASE_ID } from './examples.js';
import { CASE_NOT_FOUND } from './not-found-messages.js';

export function caseStream(caseId: string): string {
  return streamName(MARAC_CASE_STREAM_CATEGORY, caseId);
}

/** A case command as a handler builds it: `today` is added from the command's time. */
export type CaseCommandInput = MaracCaseCommand extends infer C ? (C extends MaracCaseCommand ? Omit<C, 'today'> : never) : never;

/** What a command on a case answers with: no personal data, the revision for the ETag. */
export class CaseCommandResult {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID })
  caseId: string;
  @ApiProperty({ type: 'integer', example: 4, description: 'Stream revision, also sent as the ETag.' })
  revision: number;
  @ApiProperty({ enum: ['open', 'closed'], example: 'open' })
  status: 'open' | 'closed';
  @ApiProperty({ example: false })
  isRepeat: boolean;
  @ApiProperty({ example: false, description: 'A further incident was reported and the case has not been listed since.' })
  awaitingRelisting: boolean;
  @ApiProperty({ type: String, enum: [...RISK_BANDS, null], nullable: true, example: 'high' })
  riskBand: RiskBand | null;
  @ApiProperty({ example: false, description: "The case's referral was voided: it no longer counts anywhere." })
  voided: boolean;
}

export function caseCommandResult(result: HandleResult<MaracCaseState, MaracCaseEvent>): CaseCommandResult {
  const state = result.state as ReferredCase;
  return {
    caseId: state.caseId,
    revision: result.revision,
    status: state.status,
    isRepeat: state.isRepeat,
    awaitingRelisting: state.awaitingRelisting,
    riskBand: state.riskBand,
    voided: isVoided(state),
  };
}

/**
 * The case as a caller may see and act on it: coordinators of its partnership; 404 for anyone else's, and
 * for no case. The audit entry names the case, its partnership and its people, refused or not.
 */
export function admitCase(caller: Caller, state: MaracCaseState): ReferredCase {
  if (state.status === 'not-referred') throw new NotFoundError(CASE_NOT_FOUND);
  noteAudit({
    recordKind: 'marac_case',
    recordId: state.caseId,
    partnershipId: state.partnershipId,
    subjectIds: [state.victimPersonId, ...state.perpetratorPersonIds],
  });
  assertCallerMayAccess(caller, state.partnershipId, CASE_NOT_FOUND);
  return state;
}

/**
 * The write path of every command on an existing case: read the case once, check the caller may act on
 * its partnership, decide and append at the revision read (If-Match honoured). The partnership goes into
 * the events' metadata so that personal data is protected under the right partnership. `readElsewhere`
 * checks what the command needs from other streams on the admitted case (the victim's sharing standing), and
 * the append requires those streams unchanged.
 */
export async function handleCaseCommand(
  executor: CommandExecutor,
  { caller, context, input, expectedRevision }: CallerCommand<{ caseId: string }, unknown>,
  command: (state: ReferredCase) => CaseCommandInput,
  readElsewhere?: (state: ReferredCase) => Promise<ReadElsewhere<undefined>>,
): Promise<CaseCommandResult> {
  assertCallerRole(caller, 'coordinator');
  const today = todayOf(context);
  const result = await executor.handle(
    caseStream(input.caseId),
    maracCaseDecider,
    (state) => maracCaseDecider.decide({ ...command(state as ReferredCase), today } as MaracCaseCommand, state),
    // The case's state holds no personal data (it lives only in the events): no need to decrypt the stream.
    {
      context,
      expectedRevision,
      revealPersonalData: false,
      admit: (state) => ({ partnershipId: admitCase(caller, state).partnershipId }),
      readElsewhere: readElsewhere && ((state) => readElsewhere(state as ReferredCase)),
    },
  );
  return caseCommandResult(result);
}
