import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { CanonicalPersonIdsQuery, CaseReviewNoticeQuery, type CaseReviewNoticeRecord } from '@app/people';
import { vsCaseDecider } from '../../domain/index.js';
import { vsCaseStream } from '../vs-common.js';

/**
 * Answers Case Review from the case's own stream (not the lagging list): the notice given on it, if any. The
 * victim is the person the case's record reads as now (merges followed), as Case Review resolves the
 * application's victim: a notice given on a duplicate record later merged still belongs to the victim.
 */
@QueryHandler(CaseReviewNoticeQuery)
export class CaseReviewNoticeHandler implements IQueryHandler<CaseReviewNoticeQuery> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ input }: CaseReviewNoticeQuery): Promise<CaseReviewNoticeRecord | null> {
    const { state } = await this.executor.load(vsCaseStream(input.caseId), vsCaseDecider);
    if (state.status === 'not-referred' || state.partnershipId !== input.partnershipId || state.caseReviewNoticeGivenOn === null)
      return null;
    const canonical = await this.queryBus.execute(
      new CanonicalPersonIdsQuery({ partnershipId: state.partnershipId, personIds: [state.personId] }),
    );
    return { caseId: state.caseId, victimPersonId: canonical[state.personId] ?? state.personId, toldOn: state.caseReviewNoticeGivenOn };
  }
}
