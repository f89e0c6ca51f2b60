import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId, type ReadElsewhere } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import { todayOf } from '@app/kit';
import { combineEntries, entryKey, sharingDecider, type SharingCommand } from '../../domain/index.js';
import { loadPersonSharing } from '../person-sharing-records.js';
import { SHARING_ROLES, sharingStream } from '../sharing-streams.js';
import { RecordSharingCommand, type SharingChangeResult } from './record-sharing.command.js';

/**
 * The person is one of the caller's partnerships' (ResolvePersonQuery: 404 as for no such person), recorded
 * under their canonical id; a share reads the partnership's default basis from its stream, not a read model, and
 * what the person's other records (merged duplicates) hold, on every attempt of the command, and is appended only
 * while those streams are unchanged (a default cleared, or a consent withdrawn on a duplicate, in between is seen).
 */
@CommandHandler(RecordSharingCommand)
export class RecordSharingHandler implements ICommandHandler<RecordSharingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, context, input, expectedRevision }: RecordSharingCommand): Promise<SharingChangeResult> {
    noteAudit({ recordKind: 'sharing', recordId: input.personId, subjectIds: [input.personId] });
    assertCallerRole(caller, ...SHARING_ROLES);
    const person = await this.queryBus.execute(new ResolvePersonQuery(caller, { personId: input.personId }));
    noteAudit({ partnershipId: person.partnershipId, subjectIds: [person.personId] });
    const about = { personId: person.personId, partnershipId: person.partnershipId, recordedBy: caller.id, today: todayOf(context) };
    const { change } = input;
    const shareId = deriveId(context.commandId, 'share');
    // A share is decided on every record of the person (the canonical one, this command's own stream, read again
    // at its revision) and the partnership's default; consent and decisions on the person's own stream alone.
    const commandOnRecords = async (): Promise<ReadElsewhere<SharingCommand>> => {
      if (change.type !== 'RecordShare') return { value: { ...change, ...about }, streams: [] };
      const recorded = await loadPersonSharing(this.executor, this.queryBus, person.partnershipId, person.personId);
      const otherRecords = combineEntries(recorded.records.map((r) => r.entries[entryKey(change.agency, change.purpose)]));
      return {
        value: { ...change, ...about, shareId, defaultBasis: recorded.defaults[change.purpose], otherRecords },
        streams: recorded.streamsRead,
      };
    };
    const result = await this.executor.handle(
      sharingStream(person.personId),
      sharingDecider,
      (state, command: SharingCommand) => sharingDecider.decide(command, state),
      {
        context: { ...context, partnershipId: person.partnershipId },
        expectedRevision,
        revealPersonalData: false,
        readElsewhere: commandOnRecords,
      },
    );
    return { personId: person.personId, revision: result.revision, shareId: change.type === 'RecordShare' ? shareId : null };
  }
}
