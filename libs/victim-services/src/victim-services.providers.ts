import { VsCaseCommandHandler } from './application/case-commands/case-commands.handler.js';
import { ListDepersonalisedVsCasesHandler } from './application/list-depersonalised-cases/list-depersonalised-cases.handler.js';
import { ListVsCasesHandler } from './application/list-cases/list-cases.handler.js';
import { ChangeVictimServicesSettingsHandler } from './application/change-settings/change-settings.handler.js';
import { GetVictimServicesSettingsHandler } from './application/get-settings/get-settings.handler.js';
import { CaseReviewNoticeHandler } from './application/case-review-notice/case-review-notice.handler.js';
import { GetDistanceTravelledHandler } from './application/get-distance-travelled/get-distance-travelled.handler.js';
import { GetQuarterlyTableHandler } from './application/get-quarterly-table/get-quarterly-table.handler.js';
import { ReferVictimHandler } from './application/refer-victim/refer-victim.handler.js';
import { RegisterServiceHandler } from './application/register-service/register-service.handler.js';
import { SetServiceAimsHandler } from './application/set-service-aims/set-service-aims.handler.js';
import { VictimServicesRetentionSource } from './application/victim-services-retention.source.js';
import { DistanceTravelledReader } from './read-models/distance-travelled.reader.js';
import { DepersonalisedVsCasesReader } from './read-models/depersonalised-vs-cases.reader.js';
import { QuarterlyTableReader } from './read-models/quarterly-table.reader.js';
import { VictimServicesSubjectAccessSource } from './application/victim-services-subject-access.source.js';
import { VictimReportsReader } from './read-models/victim-reports.reader.js';

/** The victim-services context's handlers, readers and retention source. */
export const victimServicesProviders = [
  RegisterServiceHandler,
  ChangeVictimServicesSettingsHandler,
  GetVictimServicesSettingsHandler,
  SetServiceAimsHandler,
  ReferVictimHandler,
  VsCaseCommandHandler,
  CaseReviewNoticeHandler,
  GetQuarterlyTableHandler,
  GetDistanceTravelledHandler,
  DistanceTravelledReader,
  ListVsCasesHandler,
  ListDepersonalisedVsCasesHandler,
  DepersonalisedVsCasesReader,
  QuarterlyTableReader,
  VictimReportsReader,
  VictimServicesRetentionSource,
  VictimServicesSubjectAccessSource,
];
