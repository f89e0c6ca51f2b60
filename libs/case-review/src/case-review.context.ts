import type { BoundedContext } from '@app/kit';
import { caseReviewEventTypes, caseReviewUpcasters } from './domain/index.js';
import { CaseReviewHttpModule } from './http/case-review-http.module.js';
import { CaseReviewProcessManagersModule } from './process-managers/case-review-process-managers.module.js';
import {
  CaseReview1766000000000,
  CaseReviewApplicationRow,
  caseReviewProjection,
  CaseReviewRecommendationRow,
  CaseReviewStageRow,
  CaseReviewStagesIndex1766100000000,
  CaseReviewDueSoon1767200000000,
} from './read-models/index.js';

/** ASB Case Review (the Community Trigger): applications, the threshold, working-day stages, reviews, escalations, the statutory figures. */
export const caseReviewContext: BoundedContext = {
  name: 'case-review',
  eventTypes: caseReviewEventTypes,
  upcasters: caseReviewUpcasters,
  entities: [CaseReviewApplicationRow, CaseReviewStageRow, CaseReviewRecommendationRow],
  migrations: [CaseReview1766000000000, CaseReviewStagesIndex1766100000000, CaseReviewDueSoon1767200000000],
  projections: [caseReviewProjection],
  httpModule: CaseReviewHttpModule,
  processManagers: CaseReviewProcessManagersModule,
};
