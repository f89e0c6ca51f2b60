import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit, type Caller } from '@app/access';
import { DomainError } from '@app/domain';
import { CommandExecutor, deriveId, type CommandContext } from '@app/event-store';
import { todayOf } from '@app/kit';
import { maracCaseDecider } from '../../domain/index.js';
import { caseStream } from '../case-command.js';
import { ListCaseForMeetingCommand } from '../list-case-for-meeting/list-case-for-meeting.command.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { RecordCaseHeardCommand } from '../record-case-heard/record-case-heard.command.js';
import { ReferCaseCommand, type ReferCaseResult } from '../refer-case/refer-case.command.js';
import { ScheduleMeetingCommand } from '../schedule-meeting/schedule-meeting.command.js';
import { ImportMaracHistoryCommand, type ImportReport } from './import-marac-history.command.js';
import { ImportPersonMatcher } from './import-person-matcher.js';
import { readMaracHistoryCsv, type HistoryRow, type NamedPerson, type RefusedRow } from './marac-history-csv.js';

/** Ids of everything an import writes derive from it and from the rows' content (and the partnership). */
const IMPORT_NAMESPACE = 'c1d9f3a6-2b47-4e8c-9f05-7d3e1a6b8c42';

/**
 * Imports a MARAC history file row by row, through the command bus and the handlers the API uses (their
 * checks, the registry's, the victim's history and the repeat rule all apply), as the admin acting as a
 * coordinator of the partnership (the admin is the actor of every event):
 * - each row: ReferCase (victim and perpetrators matched by ImportPersonMatcher), then for each hearing
 *   date a meeting of that MARAC on that day (one per MARAC and date, scheduled once and shared by the
 *   rows naming it, not marked held: who attended is not in the file), the case listed on it and heard,
 *   with the row's hearing agencies or else the referring agency as present;
 * - rows are imported in referral-date order (a victim's referrals must be in date order), so a file
 *   need not be sorted; a row naming a MARAC not registered in the partnership is refused ("There is no
 *   such MARAC."), as is every row a rule refuses, with the rule's message (never the row's values);
 * - every command id derives from the row's fingerprint (its normalised content and the partnership),
 *   so a second run of the same file, or of a file that repeats its rows, replays each command and adds
 *   nothing; a row repeated within the file is refused as a duplicate;
 * - a dry run does all of it inside CommandExecutor.dryRun: decided, appended nowhere.
 * An outage stops the import (the error goes out); the rows written so far stay, and running it again
 * completes it without writing them twice.
 */
@CommandHandler(ImportMaracHistoryCommand)
export class ImportMaracHistoryHandler implements ICommandHandler<ImportMaracHistoryCommand> {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly executor: CommandExecutor,
    private readonly people: ImportPersonMatcher,
  ) {}

  async execute({ caller, context, input }: ImportMaracHistoryCommand): Promise<ImportReport> {
    const importId = deriveId(IMPORT_NAMESPACE, `${input.partnershipId}/${context.commandId}`);
    noteAudit({ recordKind: 'marac_import', recordId: importId, partnershipId: input.partnershipId });
    assertCallerRole(caller, 'admin');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const file = readMaracHistoryCsv(input.csv, input.partnershipId, todayOf(context));
    const run = () => this.importRows(file.accepted, file.rows, { ...input, caller, context });
    const outcome = input.dryRun ? await this.executor.dryRun(run) : await run();
    // Last, so the entry names the import (the rows' handlers noted their cases; their people accumulate).
    noteAudit({ recordKind: 'marac_import', recordId: importId, partnershipId: input.partnershipId });
    return {
      dryRun: input.dryRun,
      rows: file.rows,
      ...outcome.counts,
      refused: [...file.refused, ...outcome.refused].sort((a, b) => a.row - b.row),
    };
  }

  private async importRows(
    rows: HistoryRow[],
    total: number,
    run: {
      partnershipId: string;
      caller: Caller;
      context: CommandContext;
      onProgress?: (done: number, total: number) => void;
    },
  ): Promise<{ counts: Pick<ImportReport, 'imported' | 'alreadyImported' | 'repeats'>; refused: RefusedRow[] }> {
    const counts = { imported: 0, alreadyImported: 0, repeats: 0 };
    const refused: RefusedRow[] = [];
    // The rows' commands are a coordinator's work in the partnership, done by the admin who imports.
    const coordinator: Caller = { id: run.caller.id, roles: ['coordinator'], partnerships: [run.partnershipId] };
    const contextOf = (key: string): CommandContext => ({
      commandId: deriveId(IMPORT_NAMESPACE, `${run.partnershipId}/${key}`),
      correlationId: run.context.correlationId,
      causationId: run.context.commandId,
      actor: run.caller.id,
      occurredAt: run.context.occurredAt,
      partnershipId: run.partnershipId,
    });
    const inDateOrder = [...rows].sort((a, b) =>
      a.referralDate === b.referralDate ? a.row - b.row : a.referralDate < b.referralDate ? -1 : 1,
    );
    let done = total - rows.length;
    run.onProgress?.(done, total);
    for (const row of inDateOrder) {
      const referral = contextOf(`${row.fingerprint}/referral`);
      const existed = (await this.executor.load(caseStream(deriveId(referral.commandId, 'case')), maracCaseDecider)).revision >= 0;
      const referred = await refusedAs(row, '', () => this.refer(row, coordinator, referral, run.partnershipId));
      if ('refused' in referred) refused.push(referred.refused);
      else {
        counts[existed ? 'alreadyImported' : 'imported']++;
        if (referred.result.isRepeat) counts.repeats++;
        for (const date of row.hearingDates) {
          const heard = await refusedAs(row, `The referral was imported; its hearing on ${date} was refused: `, () =>
            this.hear(row, date, referred.result.caseId, coordinator, contextOf, run.partnershipId),
          );
          if ('refused' in heard) refused.push(heard.refused);
        }
      }
      run.onProgress?.(++done, total);
    }
    return { counts, refused };
  }

  private async refer(row: HistoryRow, caller: Caller, context: CommandContext, partnershipId: string): Promise<ReferCaseResult> {
    const named = async (person: NamedPerson) => {
      const details = { fullName: person.fullName, ...(person.dateOfBirth ? { dateOfBirth: person.dateOfBirth } : {}) };
      return { personId: await this.people.matchPerson(caller, context, partnershipId, person), details };
    };
    const victim = await named(row.victim);
    const perpetrators = [];
    for (const perpetrator of row.perpetrators)
      perpetrators.push({ ...(await named(perpetrator)), relationship: perpetrator.relationship });
    return this.commandBus.execute(
      new ReferCaseCommand(caller, context, {
        partnershipId,
        maracId: row.maracId,
        referralDate: row.referralDate,
        referringAgency: row.referringAgency,
        criterion: row.criterion,
        victim: { ...victim, profile: row.victim.profile },
        perpetrators,
        dash: row.dash ? { answers: row.dash } : null,
      }),
    );
  }

  /** A past hearing: the MARAC's meeting of that day (scheduled once for every row naming it), the case listed and heard there. */
  private async hear(
    row: HistoryRow,
    date: string,
    caseId: string,
    caller: Caller,
    contextOf: (key: string) => CommandContext,
    partnershipId: string,
  ): Promise<void> {
    const meeting = await this.commandBus.execute(
      new ScheduleMeetingCommand(caller, contextOf(`meeting/${row.maracId}/${date}`), { maracId: row.maracId, partnershipId, date }),
    );
    await this.commandBus.execute(
      new ListCaseForMeetingCommand(caller, contextOf(`${row.fingerprint}/list/${date}`), { caseId, meetingId: meeting.meetingId }),
    );
    await this.commandBus.execute(
      new RecordCaseHeardCommand(caller, contextOf(`${row.fingerprint}/heard/${date}`), {
        caseId,
        meetingId: meeting.meetingId,
        agenciesPresent: row.hearingAgencies ?? [row.referringAgency],
      }),
    );
  }
}

/** A rule's refusal of a row's command becomes the row's line in the report; anything else (an outage, a bug) stops the import. */
async function refusedAs<T>(row: HistoryRow, prefix: string, work: () => Promise<T>): Promise<{ result: T } | { refused: RefusedRow }> {
  try {
    return { result: await work() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { refused: { row: row.row, reason: `${prefix}${error.message}` } };
  }
}
