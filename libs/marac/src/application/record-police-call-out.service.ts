import { Injectable } from '@nestjs/common';
import { CommandExecutor, streamName, type CommandContext } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider, type RecordPoliceCallOut } from '../domain/index.js';
import { assertCallerMayAccess, PARTNERSHIP_NOT_FOUND, type Caller } from './caller.js';

/**
 * A police call-out to a victim (potential escalation). The victim's history is not itself owned by a
 * partnership; the call-out is recorded under the partnership the caller names.
 */
@Injectable()
export class RecordPoliceCallOutService {
  constructor(private readonly executor: CommandExecutor) {}

  async execute(
    caller: Caller,
    context: CommandContext,
    input: Omit<RecordPoliceCallOut, 'type'> & { partnershipId: string },
  ): Promise<{ personId: string; callOutId: string; policeCallOuts: number; revision: number }> {
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      maracVictimDecider,
      (state) => maracVictimDecider.decide({ type: 'RecordPoliceCallOut', personId: input.personId, callOutId: input.callOutId, date: input.date }, state),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return { personId: input.personId, callOutId: input.callOutId, policeCallOuts: result.state.policeCallOuts.length, revision: result.revision };
  }
}
