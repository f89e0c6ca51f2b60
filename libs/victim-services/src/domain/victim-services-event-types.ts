import type { VsCaseEvent } from './asb-case.events.js';
import type { VictimServiceEvent } from './victim-service.decider.js';
import type { VictimServicesSettingsChanged } from './victim-services-settings.decider.js';

/** Every event type of the victim-services context under its stable name, with its schema version. */
export const victimServicesEventTypes = {
  VictimServiceRegistered: 1,
  VictimServiceAimsSet: 1,
  VsVictimReferred: 1,
  VsRiskAssessed: 1,
  VsNeedsAssessed: 1,
  VsSupportContactRecorded: 1,
  VsCaseClosed: 1,
  VsExitSurveyCompleted: 1,
  VsExitSurveyDeclined: 1,
  VsFurtherReportRecorded: 1,
  VsCaseReviewNoticeGiven: 1,
  VsOutcomeScoresRecorded: 1,
  VictimServicesSettingsChanged: 1,
} as const satisfies Record<VsCaseEvent['type'] | VictimServiceEvent['type'] | VictimServicesSettingsChanged['type'], number>;
