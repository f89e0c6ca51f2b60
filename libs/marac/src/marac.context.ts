import type { BoundedContext } from '@app/kit';
import { maracEventTypes, maracUpcasters } from './domain/index.js';
import { MaracHttpModule } from './http/marac-http.module.js';
import { MaracProcessManagersModule } from './process-managers/marac-process-managers.module.js';
import { maracRegistryUpgrade } from './upgrade/upgrade-marac-registry.js';
import { maracReferralPerpetratorsUpgrade } from './upgrade/record-referral-perpetrators.js';
import {
  AgendaListing,
  AgendaMeeting,
  CaseListAction,
  CaseListEntry,
  caseListProjection,
  CaseSubject,
  MaracCaseList1763900100000,
  MaracMeetingAgenda1763900100001,
  MaracMeetingAttendance1763900100031,
  MaracPanel,
  maracPanelsProjection,
  MaracRegistry1764800000000,
  MaracReports1763900100002,
  maracReportsProjection,
  MaracReportHearingsByDate1763900100005,
  MaracReportCaseClosures1765300000010,
  MaracRetention1763900100004,
  maracRetentionProjection,
  MaracSettingsChange,
  maracSettingsHistoryProjection,
  meetingAgendaProjection,
  PartnershipSettings1763900100003,
  PartnershipSettingsRecord,
  ReportAction,
  ReportCase,
  ReportCaseClosure,
  ReportHearing,
  RetentionCase,
} from './read-models/index.js';

export const maracMigrations = [
  MaracCaseList1763900100000,
  MaracMeetingAgenda1763900100001,
  MaracReports1763900100002,
  PartnershipSettings1763900100003,
  MaracRetention1763900100004,
  MaracReportHearingsByDate1763900100005,
  MaracMeetingAttendance1763900100031,
  MaracRegistry1764800000000,
  MaracReportCaseClosures1765300000010,
];
export const maracProjections = [
  caseListProjection,
  meetingAgendaProjection,
  maracReportsProjection,
  maracRetentionProjection,
  maracPanelsProjection,
  maracSettingsHistoryProjection,
];
/** One entity per table the migrations create (the schema-drift test holds them to each other). */
export const maracEntities = [
  CaseListEntry,
  CaseListAction,
  AgendaMeeting,
  AgendaListing,
  ReportCase,
  ReportHearing,
  ReportAction,
  ReportCaseClosure,
  PartnershipSettingsRecord,
  RetentionCase,
  CaseSubject,
  MaracPanel,
  MaracSettingsChange,
];

/** MARAC case coordination: referrals, DASH, meetings, actions, further incidents, repeat rates. */
export const maracContext: BoundedContext = {
  name: 'marac',
  eventTypes: maracEventTypes,
  upcasters: maracUpcasters,
  entities: maracEntities,
  migrations: maracMigrations,
  projections: maracProjections,
  httpModule: MaracHttpModule,
  processManagers: MaracProcessManagersModule,
  upgrades: [maracRegistryUpgrade, maracReferralPerpetratorsUpgrade],
};
