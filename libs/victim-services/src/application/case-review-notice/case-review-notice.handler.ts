import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { CaseReviewNoticeQuery, type CaseReviewNoticeRecord } from '@app/people';
import { vsCaseDecider } from '../../domain/index.js';
import { vsCaseStream } from '../vs-common.js';

/** Answers Case Review from the case's own stream (not the lagging list): the notice given on it, if any. */
@QueryHandler(CaseReviewNoticeQuery)
export class CaseReviewNoticeHandler implements IQueryHandler<CaseReviewNoticeQuery> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input }: CaseReviewNoticeQuery): Promise<CaseReviewNoticeRecord | null> {
    const { state } = await this.executor.load(vsCaseStream(input.caseId), vsCaseDecider);
    if (state.status === 'not-referred' || state.partnershipId !== input.partnershipId || state.caseReviewNoticeGivenOn === null)
      return null;
    return { caseId: state.caseId, victimPersonId: state.personId, toldOn: state.caseReviewNoticeGivenOn };
  }
}
