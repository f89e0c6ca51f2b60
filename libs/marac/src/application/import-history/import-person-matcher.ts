import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Depersonaliser, type Caller } from '@app/access';
import { deriveId, type CommandContext } from '@app/event-store';
import { FindPeopleQuery, RegisterPersonCommand } from '@app/people';
import { normalisedName, type NamedPerson } from './marac-history-csv.js';

const IMPORTED_PERSON_NAMESPACE = '0b7c4e52-93a1-4f6d-8e25-6a1f0c9d3b74';

/**
 * Who a person named in an imported row is: the one place an import matches people, on the partnership's
 * person records (libs/people). A person of the partnership with the same normalised full name (case,
 * accents, punctuation and spacing ignored) and the same date of birth (or none on either) is that person,
 * whether the API or an earlier import recorded them; otherwise the import registers them, confirmed new
 * (a history file names people as the spreadsheet had them: a close match is not a reason to stop), under a
 * command id derived from the partnership, name and date of birth with the service's keyed hash
 * (PSEUDONYM_SECRET), so the same person named twice in a file, in two files or in two runs is registered
 * once. Victims and perpetrators are matched alike (one record per person in a partnership). In a dry run
 * the registration is decided like the rest and kept in memory (CommandExecutor.dryRun), so its later rows
 * name the same person and their repeats show as they will when imported.
 */
@Injectable()
export class ImportPersonMatcher {
  constructor(
    private readonly depersonaliser: Depersonaliser,
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  /** The person's id: found, or registered now. */
  async matchPerson(caller: Caller, run: CommandContext, partnershipId: string, person: NamedPerson): Promise<string> {
    const name = normalisedName(person.fullName);
    const found = await this.queryBus.execute(
      new FindPeopleQuery(caller, { partnershipId, name: person.fullName, dateOfBirth: person.dateOfBirth ?? undefined, limit: 10 }),
    );
    const same = found.people.find(
      (candidate) => normalisedName(candidate.fullName) === name && (candidate.dateOfBirth ?? null) === (person.dateOfBirth ?? null),
    );
    if (same) return same.personId;
    const key = ['marac-import-person', partnershipId, name, person.dateOfBirth ?? ''].join('\u0000');
    const context: CommandContext = {
      ...run,
      commandId: deriveId(IMPORTED_PERSON_NAMESPACE, this.depersonaliser.pseudonym(key)),
      partnershipId,
    };
    const registered = await this.commandBus.execute(
      new RegisterPersonCommand(caller, context, {
        partnershipId,
        identity: { fullName: person.fullName, dateOfBirth: person.dateOfBirth },
        newPerson: true,
      }),
    );
    return registered.personId;
  }
}
