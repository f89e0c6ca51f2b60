import { AcknowledgeApplicationHandler } from './application/acknowledge-application/acknowledge-application.handler.js';
import { CaseReviewRetentionSource } from './application/case-review-retention.source.js';
import { ChangeCaseReviewSettingsHandler } from './application/change-case-review-settings/change-case-review-settings.handler.js';
import { DecideEscalationHandler } from './application/decide-escalation/decide-escalation.handler.js';
import { DecideThresholdHandler } from './application/decide-threshold/decide-threshold.handler.js';
import { GetApplicationHandler } from './application/get-application/get-application.handler.js';
import {
  GetCaseReviewFiguresHandler,
  GetRecommendationsByBodyHandler,
} from './application/get-case-review-figures/get-case-review-figures.handler.js';
import { GetCaseReviewSettingsHandler } from './application/get-case-review-settings/get-case-review-settings.handler.js';
import { ListApplicationsHandler } from './application/list-applications/list-applications.handler.js';
import { ReceiveApplicationHandler } from './application/receive-application/receive-application.handler.js';
import { RecordRecommendationOutcomeHandler } from './application/record-recommendation-outcome/record-recommendation-outcome.handler.js';
import { RecordReviewHandler } from './application/record-review/record-review.handler.js';
import { RequestEscalationHandler } from './application/request-escalation/request-escalation.handler.js';
import { SendOutcomeHandler } from './application/send-outcome/send-outcome.handler.js';
import { CaseReviewFiguresReader } from './read-models/case-review-figures.reader.js';
import { CaseReviewLogReader } from './read-models/case-review-log.reader.js';
import { CaseReviewSubjectAccessSource } from './application/case-review-subject-access.source.js';

/** The Case Review context's command and query handlers: the buses find them among a module's providers. */
export const caseReviewHandlers = [
  ReceiveApplicationHandler,
  AcknowledgeApplicationHandler,
  DecideThresholdHandler,
  RecordReviewHandler,
  RecordRecommendationOutcomeHandler,
  SendOutcomeHandler,
  RequestEscalationHandler,
  DecideEscalationHandler,
  ChangeCaseReviewSettingsHandler,
  GetCaseReviewSettingsHandler,
  GetApplicationHandler,
  ListApplicationsHandler,
  GetCaseReviewFiguresHandler,
  GetRecommendationsByBodyHandler,
];

export const caseReviewApplicationProviders = [
  ...caseReviewHandlers,
  CaseReviewLogReader,
  CaseReviewFiguresReader,
  CaseReviewRetentionSource,
  CaseReviewSubjectAccessSource,
];
