import type { IomCohortEvent } from './iom-cohort.events.js';
import type { IomOffenderEvent } from './iom-offender.events.js';

/** Every IOM event type with the schema version it is written with. */
export const iomEventTypes = {
  IomCohortRegistered: 1,
  IomOffenderAdopted: 1,
  IomOffenderStatusChanged: 1,
  IomOffenderStrandChanged: 1,
  IomOffenceRecorded: 1,
  IomOffenceOutcomeRecorded: 1,
  IomOffenderExited: 1,
} as const satisfies Record<IomCohortEvent['type'] | IomOffenderEvent['type'], number>;
