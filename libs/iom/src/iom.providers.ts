import { AdoptOffenderHandler } from './application/adopt-offender/adopt-offender.handler.js';
import { ChangeOffenderStatusHandler } from './application/change-offender-status/change-offender-status.handler.js';
import { ChangeOffenderStrandHandler } from './application/change-offender-strand/change-offender-strand.handler.js';
import { ExitOffenderHandler } from './application/exit-offender/exit-offender.handler.js';
import { GetAreaReoffendingHandler } from './application/get-area-reoffending/get-area-reoffending.handler.js';
import { GetCohortMeasuresHandler } from './application/get-cohort-measures/get-cohort-measures.handler.js';
import { GetEveryCohortMeasuresHandler } from './application/get-every-cohort-measures/get-every-cohort-measures.handler.js';
import { GetCohortHandler } from './application/get-cohort/get-cohort.handler.js';
import { GetOffenderHandler } from './application/get-offender/get-offender.handler.js';
import { IomRetentionSource } from './application/iom-retention.source.js';
import { ProposeMaracPerpetratorsHandler } from './application/propose-marac-perpetrators/propose-marac-perpetrators.handler.js';
import { RecordOffenceOutcomeHandler } from './application/record-offence-outcome/record-offence-outcome.handler.js';
import { RecordOffenceHandler } from './application/record-offence/record-offence.handler.js';
import { RegisterCohortHandler } from './application/register-cohort/register-cohort.handler.js';
import { IomMeasuresReader } from './read-models/iom-measures.reader.js';
import { IomSubjectAccessSource } from './application/iom-subject-access.source.js';

/** The IOM context's command and query handlers, and what they read through. */
export const iomApplicationProviders = [
  RegisterCohortHandler,
  AdoptOffenderHandler,
  ChangeOffenderStatusHandler,
  ChangeOffenderStrandHandler,
  RecordOffenceHandler,
  RecordOffenceOutcomeHandler,
  ExitOffenderHandler,
  GetCohortHandler,
  GetOffenderHandler,
  GetCohortMeasuresHandler,
  GetEveryCohortMeasuresHandler,
  GetAreaReoffendingHandler,
  ProposeMaracPerpetratorsHandler,
  IomMeasuresReader,
  IomRetentionSource,
  IomSubjectAccessSource,
];
