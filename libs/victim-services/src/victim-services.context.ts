import type { BoundedContext } from '@app/kit';
import { victimServicesEventTypes } from './domain/index.js';
import { VictimServicesHttpModule } from './http/victim-services-http.module.js';
import { VictimServices1766000000000 } from './read-models/victim-services.migration.js';
import { victimServicesProjection } from './read-models/victim-services.projection.js';
import { VsCase, VsContact, VsService, VsServiceAim } from './read-models/victim-services.entities.js';
import { VictimServicesCaseReviewLink1766300000000 } from './read-models/vs-case-review-link.migration.js';
import { VsOutcomeScores } from './read-models/vs-outcome-scores.entity.js';
import { VictimServicesOutcomeScores1766200000000 } from './read-models/vs-outcome-scores.migration.js';
import { outcomeScoresProjection } from './read-models/vs-outcome-scores.projection.js';
import { VsPersonMerge } from './read-models/vs-person-merge.entity.js';
import { VictimServicesPersonMerges1767100000000 } from './read-models/vs-person-merges.migration.js';
import { victimPersonMergesProjection } from './read-models/vs-person-merges.projection.js';
import { VsReport } from './read-models/vs-report.entity.js';
import { VictimServicesReports1766100000000 } from './read-models/vs-reports.migration.js';
import { victimReportsProjection } from './read-models/vs-reports.projection.js';

export const victimServicesMigrations = [
  VictimServices1766000000000,
  VictimServicesReports1766100000000,
  VictimServicesOutcomeScores1766200000000,
  VictimServicesCaseReviewLink1766300000000,
  VictimServicesPersonMerges1767100000000,
];
export const victimServicesProjections = [
  victimServicesProjection,
  victimReportsProjection,
  outcomeScoresProjection,
  victimPersonMergesProjection,
];
export const victimServicesEntities = [VsService, VsServiceAim, VsCase, VsContact, VsReport, VsOutcomeScores, VsPersonMerge];

/** Victim services (ASB support, IDVA, group programmes): casework and the quarterly tables made from it. */
export const victimServicesContext: BoundedContext = {
  name: 'victim-services',
  eventTypes: victimServicesEventTypes,
  entities: victimServicesEntities,
  migrations: victimServicesMigrations,
  projections: victimServicesProjections,
  httpModule: VictimServicesHttpModule,
};
