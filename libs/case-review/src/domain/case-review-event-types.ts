import {
  caseReviewApplicationEventTypes,
  caseReviewApplicationUpcasters,
  type CaseReviewApplicationEvent,
} from './case-review-application.events.js';
import type { CaseReviewSettingsChanged } from './case-review-settings.decider.js';

export type CaseReviewEvent = CaseReviewApplicationEvent | CaseReviewSettingsChanged;

/** `{ EventType: schemaVersion }` for every event the Case Review context writes. */
export const caseReviewEventTypes = {
  ...caseReviewApplicationEventTypes,
  CaseReviewSettingsChanged: 1,
} as const satisfies Record<CaseReviewEvent['type'], number>;

/** Upcasters of the Case Review context's events, by type and the version they upgrade (BoundedContext.upcasters). */
export const caseReviewUpcasters = { ...caseReviewApplicationUpcasters };
