import { Inject } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId, PERSONAL_DATA_PROTECTOR, type PersonalDataProtector } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import { todayOf } from '@app/kit';
import { maracVictimDecider } from '../../domain/index.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { victimStream } from '../victim-history.js';
import { RecordPoliceCallOutCommand, type PoliceCallOutResult } from './record-police-call-out.command.js';

/**
 * The victim is a person record of the partnership (404, as for an id nobody holds, for anyone else's:
 * a client can no longer make a victim exist by naming an id); the call-out is filed under their canonical
 * record. An erased victim is a 409, as for any other write about them, although a call-out carries no
 * personal data of its own.
 */
@CommandHandler(RecordPoliceCallOutCommand)
export class RecordPoliceCallOutHandler implements ICommandHandler<RecordPoliceCallOutCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
    @Inject(PERSONAL_DATA_PROTECTOR) private readonly protector: PersonalDataProtector,
  ) {}

  async execute({ caller, context, input }: RecordPoliceCallOutCommand): Promise<PoliceCallOutResult> {
    noteAudit({ recordKind: 'marac_victim', recordId: input.personId, partnershipId: input.partnershipId, subjectIds: [input.personId] });
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const { personId } = await this.queryBus.execute(
      new ResolvePersonQuery(caller, { personId: input.personId, partnershipId: input.partnershipId }),
    );
    // The key lookup refuses an erased subject (ErasedSubjectError, 409) the way an event naming them would.
    await this.protector.protect([{ subjectId: personId, personal: {} }], input.partnershipId);
    const callOutId = input.callOutId ?? deriveId(context.commandId, 'call-out');
    const result = await this.executor.handle(
      victimStream(personId),
      maracVictimDecider,
      (state) =>
        maracVictimDecider.decide({ type: 'RecordPoliceCallOut', personId, callOutId, date: input.date, today: todayOf(context) }, state),
      { context: { ...context, partnershipId: input.partnershipId } },
    );
    return { personId, callOutId, policeCallOuts: result.state.policeCallOuts.length, revision: result.revision };
  }
}
