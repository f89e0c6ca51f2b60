import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { NotFoundError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { BasisOfReadQuery, ResolvePersonQuery } from '@app/people';
import { iomOffenderDecider } from '../../domain/index.js';
import { admitCohort, offenderStream } from '../cohort-access.js';
import { offenderRecordOf } from '../offender-record.js';
import { MEMBER_NOT_FOUND } from '../not-found-messages.js';
import { offenderRecordView, type OffenderRecordView } from '../offender-views.js';
import { GetOffenderQuery } from './get-offender.query.js';

@QueryHandler(GetOffenderQuery)
export class GetOffenderHandler implements IQueryHandler<GetOffenderQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, input }: GetOffenderQuery): Promise<OffenderRecordView> {
    assertCallerRole(caller, 'iom-lead');
    const cohort = await admitCohort(this.executor, caller, input.cohortId);
    const person = await this.queryBus.execute(
      new ResolvePersonQuery(caller, { personId: input.personId, partnershipId: cohort.partnershipId }),
    );
    const { offenderId } = await offenderRecordOf(this.executor, this.queryBus, cohort, person.personId);
    const { state, revision } = await this.executor.load(offenderStream(offenderId), iomOffenderDecider);
    if (state.status !== 'known') throw new NotFoundError(MEMBER_NOT_FOUND);
    noteAudit({ recordKind: 'iom_offender', recordId: offenderId, partnershipId: cohort.partnershipId, subjectIds: [person.personId] });
    // The audit entry says on what basis the record was read (IOM's default: DPA 2018 Part 3).
    noteAudit({
      sharingBasis: await this.queryBus.execute(
        new BasisOfReadQuery({ partnershipId: cohort.partnershipId, personIds: [person.personId], purpose: 'iom' }),
      ),
    });
    return { ...offenderRecordView(state, revision), personId: person.personId };
  }
}
