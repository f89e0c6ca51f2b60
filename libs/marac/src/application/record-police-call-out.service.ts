import { Inject, Injectable } from '@nestjs/common';
import { CommandExecutor, EVENT_STORE, streamName, type CommandContext, type EventStore } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider, type RecordPoliceCallOut } from '../domain/index.js';
import { assertCallerMayAccess, assertCallerRole, PARTNERSHIP_NOT_FOUND, type Caller } from './caller.js';
import { assertVictimInCallerScope } from './victim-scope.js';

/**
 * A police call-out to a victim (potential escalation), recorded under the partnership the caller
 * names; a victim whose history another partnership holds is a 404 (assertVictimInCallerScope).
 */
@Injectable()
export class RecordPoliceCallOutService {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(
    caller: Caller,
    context: CommandContext,
    input: Omit<RecordPoliceCallOut, 'type'> & { partnershipId: string },
  ): Promise<{ personId: string; callOutId: string; policeCallOuts: number; revision: number }> {
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    await assertVictimInCallerScope(this.store, caller, input.personId);
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      maracVictimDecider,
      (state) => maracVictimDecider.decide({ type: 'RecordPoliceCallOut', personId: input.personId, callOutId: input.callOutId, date: input.date }, state),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return { personId: input.personId, callOutId: input.callOutId, policeCallOuts: result.state.policeCallOuts.length, revision: result.revision };
  }
}
