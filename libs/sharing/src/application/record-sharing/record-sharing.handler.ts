import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import { todayOf } from '@app/kit';
import { combineEntries, entryKey, sharingDecider, type SharingCommand } from '../../domain/index.js';
import { loadPersonSharing } from '../person-sharing-records.js';
import { SHARING_ROLES, sharingStream } from '../sharing-streams.js';
import { RecordSharingCommand, type SharingChangeResult } from './record-sharing.command.js';

/**
 * The person is one of the caller's partnerships' (ResolvePersonQuery: 404 as for no such person), recorded
 * under their canonical id; a share reads the partnership's default basis from its stream, not a read model, and
 * what the person's other records (merged duplicates) hold.
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
    let command: SharingCommand;
    let shareId: string | null = null;
    if (input.change.type === 'RecordShare') {
      shareId = deriveId(context.commandId, 'share');
      const { agency, purpose } = input.change;
      // Every record of the person as read now (the canonical one is read again, at its revision, by the append).
      const { defaults, records } = await loadPersonSharing(this.executor, this.queryBus, person.partnershipId, person.personId);
      const otherRecords = combineEntries(records.map((r) => r.entries[entryKey(agency, purpose)]));
      command = { ...input.change, ...about, shareId, defaultBasis: defaults[purpose], otherRecords };
    } else command = { ...input.change, ...about };
    const result = await this.executor.handle(
      sharingStream(person.personId),
      sharingDecider,
      (state) => sharingDecider.decide(command, state),
      {
        context: { ...context, partnershipId: person.partnershipId },
        expectedRevision,
        revealPersonalData: false,
      },
    );
    return { personId: person.personId, revision: result.revision, shareId };
  }
}
