import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor } from '@app/event-store';
import { todayOf } from '@app/kit';
import { personDecider, requireIdentity, type PersonEvent } from '../../domain/index.js';
import { writePeopleIndex } from '../../read-models/people-index-writes.js';
import { BLIND_INDEX, PeopleSearch } from '../../search/people-search.js';
import type { BlindIndex } from '../../search/blind-index.js';
import { personStream, PeopleRecords } from '../people-records.js';
import { CASE_WORKING_ROLES, PARTNERSHIP_NOT_FOUND } from '../people-roles.js';
import { PossibleDuplicatesError } from '../possible-duplicates.error.js';
import { registeredPersonId, RegisterPersonCommand, type RegisterPersonResult } from './register-person.command.js';

/**
 * Registers a person after looking for them: close matches in the partnership are a 409 with their ids
 * unless the caller confirmed `newPerson`. A retry of the same command (its id derived person already
 * there) answers the person it made, without looking again. The index rows are written at once as well as
 * by the projection, so a search straight after the registration finds the person.
 */
@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly records: PeopleRecords,
    private readonly search: PeopleSearch,
    private readonly dataSource: DataSource,
    @Inject(BLIND_INDEX) private readonly index: BlindIndex,
  ) {}

  async execute({ caller, context, input }: RegisterPersonCommand): Promise<RegisterPersonResult> {
    const personId = registeredPersonId(context.commandId);
    noteAudit({ recordKind: 'person', recordId: personId, partnershipId: input.partnershipId, subjectIds: [personId] });
    assertCallerRole(caller, ...CASE_WORKING_ROLES);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const identity = requireIdentity(input.identity, todayOf(context));

    const already = await this.records.stateOf(personId);
    if (already.personId === null && input.newPerson !== true) {
      const candidates = await this.search.closeMatches(input.partnershipId, identity);
      if (candidates.length > 0) throw new PossibleDuplicatesError(candidates.map(({ personId: id }) => ({ personId: id })));
    }
    const searchIndex = this.index.entryFor(input.partnershipId, identity);
    const result = await this.executor.handle(
      personStream(personId),
      personDecider,
      (state) =>
        personDecider.decide({ type: 'RegisterPerson', personId, partnershipId: input.partnershipId, identity, searchIndex }, state),
      { context: { ...context, partnershipId: input.partnershipId }, revealPersonalData: false },
    );
    // A dry run writes nothing anywhere: the projection indexes the person once they are registered for real.
    if (!result.replayed && !this.executor.inDryRun()) await this.indexAtOnce(result.events, result.revision);
    return { personId, partnershipId: input.partnershipId, revision: result.revision };
  }

  private async indexAtOnce(events: PersonEvent[], revision: number): Promise<void> {
    const [registered] = events;
    if (!registered) return;
    await this.dataSource.transaction((manager) =>
      writePeopleIndex(manager, [
        {
          personId: registered.data.personId,
          partnershipId: registered.data.partnershipId,
          revision,
          tokens: registered.data.searchIndex.personal?.tokens ?? null,
        },
      ]),
    );
  }
}
