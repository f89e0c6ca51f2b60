import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, type Caller } from '@app/access';
import { CaseReviewFiguresReader } from '../../read-models/case-review-figures.reader.js';
import { FIGURE_READER_ROLES, PARTNERSHIP_NOT_FOUND } from '../case-review-access.js';
import {
  COUNTED_BY,
  GetCaseReviewFiguresQuery,
  GetRecommendationsByBodyQuery,
  type CaseReviewFigures,
  type RecommendationsByBody,
} from './get-case-review-figures.query.js';

function admitFigureReader(caller: Caller, partnershipId: string): void {
  assertCallerRole(caller, ...FIGURE_READER_ROLES);
  assertCallerMayAccess(caller, partnershipId, PARTNERSHIP_NOT_FOUND);
}

/** The statutory figures: exact counts for every role that may read them (published by law; no personal data). */
@QueryHandler(GetCaseReviewFiguresQuery)
export class GetCaseReviewFiguresHandler implements IQueryHandler<GetCaseReviewFiguresQuery> {
  constructor(private readonly figures: CaseReviewFiguresReader) {}

  async execute({ caller, input }: GetCaseReviewFiguresQuery): Promise<CaseReviewFigures> {
    admitFigureReader(caller, input.partnershipId);
    const counts = await this.figures.counts(input.partnershipId, input.range);
    return {
      partnershipId: input.partnershipId,
      ...input.range,
      period: input.label,
      ...counts,
      shareOfStagesOnTime: counts.stagesDone === 0 ? null : Math.round((counts.stagesDoneOnTime / counts.stagesDone) * 1000) / 1000,
      countedBy: COUNTED_BY,
    };
  }
}

@QueryHandler(GetRecommendationsByBodyQuery)
export class GetRecommendationsByBodyHandler implements IQueryHandler<GetRecommendationsByBodyQuery> {
  constructor(private readonly figures: CaseReviewFiguresReader) {}

  async execute({ caller, input }: GetRecommendationsByBodyQuery): Promise<RecommendationsByBody> {
    admitFigureReader(caller, input.partnershipId);
    const bodies = await this.figures.recommendationsByBody(input.partnershipId, input.range, input.asOf);
    return { partnershipId: input.partnershipId, ...input.range, asOf: input.asOf, bodies };
  }
}
