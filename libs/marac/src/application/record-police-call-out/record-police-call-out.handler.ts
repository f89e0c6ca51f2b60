import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import {
  CommandExecutor,
  deriveId,
  EVENT_STORE,
  PERSONAL_DATA_PROTECTOR,
  streamName,
  type EventStore,
  type PersonalDataProtector,
} from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider } from '../../domain/index.js';
import { todayOf } from '../command-time.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { assertVictimInCallerScope } from '../victim-scope.js';
import { RecordPoliceCallOutCommand, type PoliceCallOutResult } from './record-police-call-out.command.js';

/**
 * A victim whose history another partnership holds is a 404 (assertVictimInCallerScope); an erased victim is
 * a 409, as for any other write about them, although a call-out carries no personal data of its own.
 */
@CommandHandler(RecordPoliceCallOutCommand)
export class RecordPoliceCallOutHandler implements ICommandHandler<RecordPoliceCallOutCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_PROTECTOR) private readonly protector: PersonalDataProtector,
  ) {}

  async execute({ caller, context, input }: RecordPoliceCallOutCommand): Promise<PoliceCallOutResult> {
    noteAudit({ recordKind: 'marac_victim', recordId: input.personId, partnershipId: input.partnershipId, subjectIds: [input.personId] });
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    await assertVictimInCallerScope(this.store, caller, input.personId);
    // The key lookup refuses an erased subject (ErasedSubjectError, 409) the way an event naming them would.
    await this.protector.protect([{ subjectId: input.personId, personal: {} }], input.partnershipId);
    const callOutId = input.callOutId ?? deriveId(context.commandId, 'call-out');
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      maracVictimDecider,
      (state) =>
        maracVictimDecider.decide(
          { type: 'RecordPoliceCallOut', personId: input.personId, callOutId, date: input.date, today: todayOf(context) },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return { personId: input.personId, callOutId, policeCallOuts: result.state.policeCallOuts.length, revision: result.revision };
  }
}
