import { Module } from '@nestjs/common';
import { caseReviewApplicationProviders } from '../case-review.providers.js';
import { ApplicationsController } from './applications.controller.js';
import { CaseReviewFiguresController } from './figures.controller.js';
import { CaseReviewSettingsController } from './case-review-settings.controller.js';

/** Case Review over HTTP. The figures controller comes first: its fixed paths before `case-reviews/:applicationId`. */
@Module({
  controllers: [CaseReviewFiguresController, ApplicationsController, CaseReviewSettingsController],
  providers: caseReviewApplicationProviders,
})
export class CaseReviewHttpModule {}
