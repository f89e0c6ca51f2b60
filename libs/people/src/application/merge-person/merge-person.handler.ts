import { Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { canonicalPersonId, personMergesDecider, type PersonMergesCommand } from '../../domain/index.js';
import { mergesStream } from '../person-merges.js';
import { PeopleRecords } from '../people-records.js';
import { MERGING_ROLES } from '../people-roles.js';
import { MergePersonCommand, UnmergePersonCommand, type PersonMergeResult } from './merge-person.command.js';

/**
 * Merge and unmerge write the partnership's merge ledger (one stream: two merges racing each other are
 * decided one after the other, so no cycle can form). Both records must be of a partnership of the
 * caller's, and of the same one: anything else is the 404 of an id nobody holds.
 */
@Injectable()
abstract class PersonMergeHandler {
  constructor(
    protected readonly executor: CommandExecutor,
    protected readonly records: PeopleRecords,
  ) {}

  protected async change(
    { caller, context, expectedRevision }: MergePersonCommand | UnmergePersonCommand,
    personIds: string[],
    command: (partnershipId: string) => PersonMergesCommand,
  ): Promise<PersonMergeResult> {
    noteAudit({ recordKind: 'person', recordId: personIds[0], subjectIds: personIds });
    assertCallerRole(caller, ...MERGING_ROLES);
    const resolved = [];
    for (const personId of personIds) resolved.push(await this.records.resolve(caller, personId));
    const partnershipId = resolved[0].partnershipId;
    noteAudit({ partnershipId, subjectIds: resolved.flatMap((person) => person.recordIds) });
    if (resolved.some((person) => person.partnershipId !== partnershipId)) {
      // Records of two partnerships never meet: as if the second did not exist.
      await this.records.resolve({ ...caller, partnerships: [partnershipId] }, personIds[1]);
    }
    const result = await this.executor.handle(
      mergesStream(partnershipId),
      personMergesDecider,
      (state) => personMergesDecider.decide(command(partnershipId), state),
      { context: { ...context, partnershipId }, expectedRevision, revealPersonalData: false },
    );
    return { personId: personIds[0], canonicalPersonId: canonicalPersonId(result.state, personIds[0]), revision: result.revision };
  }
}

@CommandHandler(MergePersonCommand)
export class MergePersonHandler extends PersonMergeHandler implements ICommandHandler<MergePersonCommand> {
  execute(command: MergePersonCommand): Promise<PersonMergeResult> {
    const { personId, intoPersonId, reason } = command.input;
    return this.change(command, [personId, intoPersonId], (partnershipId) => ({
      type: 'MergePerson',
      personId,
      intoPersonId,
      partnershipId,
      reason,
      by: command.caller.id,
    }));
  }
}

@CommandHandler(UnmergePersonCommand)
export class UnmergePersonHandler extends PersonMergeHandler implements ICommandHandler<UnmergePersonCommand> {
  execute(command: UnmergePersonCommand): Promise<PersonMergeResult> {
    const { personId, reason } = command.input;
    return this.change(command, [personId], (partnershipId) => ({
      type: 'UnmergePerson',
      personId,
      partnershipId,
      reason,
      by: command.caller.id,
    }));
  }
}
