import { assertCallerRole, ErasedSubjectError, noteAudit, type CallerCommand } from '@app/access';
import type { CommandExecutor } from '@app/event-store';
import { ResolvePersonQuery } from '@app/people';
import { todayOf } from '@app/kit';
import type { QueryBus } from '@nestjs/cqrs';
import { iomOffenderDecider, type CohortTerms, type IomOffenderCommand } from '../domain/index.js';
import { admitCohort, offenderStream } from './cohort-access.js';
import { offenderRecordOf } from './offender-record.js';
import { offenderRecordView, type OffenderRecordView } from './offender-views.js';

/** What every command on a person's cohort record names. */
export interface OffenderCommandInput {
  cohortId: string;
  personId: string;
}

/** A command on a person's record as a handler builds it (the handler adds `today` and the cohort's terms). */
export type OffenderCommandBody = IomOffenderCommand extends infer C
  ? C extends IomOffenderCommand
    ? Omit<C, 'today' | 'cohort'>
    : never
  : never;

/**
 * The write path of every command on a person's cohort record: IOM leads only; the cohort must be one of the
 * caller's partnerships (404 as for none); the person must be a person of the cohort's partnership (404 as for
 * none, from the people context) and not erased (409), on their record on the cohort (`offenderRecordOf`: a duplicate's record
 * merged into them is theirs); then one decide and append at the revision read (If-Match honoured).
 */
export async function handleOffenderCommand(
  executor: CommandExecutor,
  queryBus: QueryBus,
  { caller, context, input, expectedRevision }: CallerCommand<OffenderCommandInput, OffenderRecordView>,
  build: (ids: { offenderId: string; personId: string }) => OffenderCommandBody,
): Promise<OffenderRecordView> {
  assertCallerRole(caller, 'iom-lead');
  const cohort = await admitCohort(executor, caller, input.cohortId);
  const person = await queryBus.execute(
    new ResolvePersonQuery(caller, { personId: input.personId, partnershipId: cohort.partnershipId, withIdentity: true }),
  );
  // Nothing new is written about an erased person (409, as MARAC answers): offences carry no personal data, so no key would refuse them.
  if (!person.identity) throw new ErasedSubjectError();
  const { offenderId, personId } = await offenderRecordOf(executor, queryBus, cohort, person.personId);
  noteAudit({ recordKind: 'iom_offender', recordId: offenderId, partnershipId: cohort.partnershipId, subjectIds: [person.personId] });
  const terms: CohortTerms = {
    cohortId: cohort.cohortId,
    partnershipId: cohort.partnershipId,
    strands: cohort.strands,
    offenceCategories: cohort.offenceCategories,
  };
  const today = todayOf(context);
  const command = { ...build({ offenderId, personId }), today, cohort: terms };
  const result = await executor.handle(
    offenderStream(offenderId),
    iomOffenderDecider,
    (state) => iomOffenderDecider.decide(command, state),
    {
      context: { ...context, partnershipId: cohort.partnershipId },
      expectedRevision,
      revealPersonalData: false,
    },
  );
  if (result.state.status !== 'known') throw new Error('the command left the offender record empty');
  // Shown as the person it is now (a duplicate's record answers under the surviving person's id).
  return { ...offenderRecordView(result.state, result.revision), personId: person.personId };
}
