import type { BoundedContext } from '@app/kit';
import { iomEventTypes } from './domain/index.js';
import { IomHttpModule } from './http/iom-http.module.js';
import { IomCohortRow, iomMeasuresProjection, IomMemberRow, IomOffenceRow, IomReadModels1766000000000 } from './read-models/index.js';

export const iomMigrations = [IomReadModels1766000000000];
export const iomProjections = [iomMeasuresProjection];
/** One entity per table the migrations create (the schema-drift test holds them to each other). */
export const iomEntities = [IomCohortRow, IomMemberRow, IomOffenceRow];

/** Integrated Offender Management: cohorts, adoptions, status, offences, exits, and the reoffending measures. */
export const iomContext: BoundedContext = {
  name: 'iom',
  eventTypes: iomEventTypes,
  entities: iomEntities,
  migrations: iomMigrations,
  projections: iomProjections,
  httpModule: IomHttpModule,
};
