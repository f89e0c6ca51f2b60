import { MaracRetentionSource } from './application/marac-retention.source.js';
import { MaracRegistry } from './application/marac-registry.js';
import { AddAgencyActionHandler } from './application/add-agency-action/add-agency-action.handler.js';
import { AmendCaseRecordHandler } from './application/amend-case-record/amend-case-record.handler.js';
import { ChangePartnershipSettingsHandler } from './application/change-partnership-settings/change-partnership-settings.handler.js';
import { CancelMeetingHandler } from './application/cancel-meeting/cancel-meeting.handler.js';
import { CloseCaseHandler } from './application/close-case/close-case.handler.js';
import { CompleteAgencyActionHandler } from './application/complete-agency-action/complete-agency-action.handler.js';
import { GetAgencyEngagementHandler } from './application/get-agency-engagement/get-agency-engagement.handler.js';
import { GetCaseHandler } from './application/get-case/get-case.handler.js';
import { GetMeetingAgendaHandler } from './application/get-meeting-agenda/get-meeting-agenda.handler.js';
import { GetPartnershipSettingsHandler } from './application/get-partnership-settings/get-partnership-settings.handler.js';
import { GetQuarterlyRepeatRatesHandler } from './application/get-quarterly-repeat-rates/get-quarterly-repeat-rates.handler.js';
import { GetRepeatRateHandler } from './application/get-repeat-rate/get-repeat-rate.handler.js';
import { GetRepeatRatesAcrossMaracsHandler } from './application/get-repeat-rates-across-maracs/get-repeat-rates-across-maracs.handler.js';
import { ImportMaracHistoryHandler } from './application/import-history/import-marac-history.handler.js';
import { ImportPersonMatcher } from './application/import-history/import-person-matcher.js';
import { GetSafeLivesReportHandler } from './application/get-safelives-report/get-safelives-report.handler.js';
import { ListCaseForMeetingHandler } from './application/list-case-for-meeting/list-case-for-meeting.handler.js';
import { MarkMeetingHeldHandler } from './application/mark-meeting-held/mark-meeting-held.handler.js';
import { ListMaracsHandler } from './application/list-maracs/list-maracs.handler.js';
import { ListCasesHandler } from './application/list-cases/list-cases.handler.js';
import { ListDepersonalisedCasesHandler } from './application/list-depersonalised-cases/list-depersonalised-cases.handler.js';
import { OverrideMaracSettingsHandler } from './application/override-marac-settings/override-marac-settings.handler.js';
import { RecordCaseHeardHandler } from './application/record-case-heard/record-case-heard.handler.js';
import { RecordDashAssessmentHandler } from './application/record-dash-assessment/record-dash-assessment.handler.js';
import { RecordPoliceCallOutHandler } from './application/record-police-call-out/record-police-call-out.handler.js';
import { PeopleNamedInCasesHandler } from './application/people-named-in-cases/people-named-in-cases.handler.js';
import { ReferCaseHandler } from './application/refer-case/refer-case.handler.js';
import { ReferralPeople } from './application/refer-case/referral-people.js';
import { RegisterMaracHandler } from './application/register-marac/register-marac.handler.js';
import { RenameMaracHandler } from './application/rename-marac/rename-marac.handler.js';
import { ReportFurtherIncidentHandler } from './application/report-further-incident/report-further-incident.handler.js';
import { ScheduleMeetingHandler } from './application/schedule-meeting/schedule-meeting.handler.js';
import { VoidCaseRecordHandler } from './application/void-case-record/void-case-record.handler.js';
import { CaseListReader } from './read-models/case-list.reader.js';
import { DepersonalisedCasesReader } from './read-models/depersonalised-cases.reader.js';
import { AnalystFiguresReader } from './read-models/analyst-figures.reader.js';
import { MaracPanelsReader } from './read-models/marac-panels.reader.js';
import { MaracReportsReader } from './read-models/marac-reports.reader.js';
import { MaracSettingsReader } from './read-models/marac-settings.reader.js';
import { MeetingAgendaReader } from './read-models/meeting-agenda.reader.js';
import { MaracSubjectAccessSource } from './application/marac-subject-access.source.js';

/** The MARAC context's command and query handlers: the buses find them among a module's providers. */
export const maracHandlers = [
  AddAgencyActionHandler,
  AmendCaseRecordHandler,
  CancelMeetingHandler,
  ChangePartnershipSettingsHandler,
  CloseCaseHandler,
  CompleteAgencyActionHandler,
  GetAgencyEngagementHandler,
  GetCaseHandler,
  GetMeetingAgendaHandler,
  GetPartnershipSettingsHandler,
  GetQuarterlyRepeatRatesHandler,
  GetRepeatRateHandler,
  GetRepeatRatesAcrossMaracsHandler,
  GetSafeLivesReportHandler,
  ImportMaracHistoryHandler,
  ListCaseForMeetingHandler,
  ListCasesHandler,
  ListMaracsHandler,
  ListDepersonalisedCasesHandler,
  MarkMeetingHeldHandler,
  OverrideMaracSettingsHandler,
  PeopleNamedInCasesHandler,
  RecordCaseHeardHandler,
  RecordDashAssessmentHandler,
  RecordPoliceCallOutHandler,
  ReferCaseHandler,
  RegisterMaracHandler,
  RenameMaracHandler,
  ReportFurtherIncidentHandler,
  ScheduleMeetingHandler,
  VoidCaseRecordHandler,
];

/** Every handler of the MARAC context and what they read through (the HTTP module and the demo loader use the same ones). */
export const maracApplicationProviders = [
  ...maracHandlers,
  MaracRegistry,
  ImportPersonMatcher,
  ReferralPeople,
  MaracPanelsReader,
  MaracSettingsReader,
  CaseListReader,
  MeetingAgendaReader,
  MaracReportsReader,
  AnalystFiguresReader,
  DepersonalisedCasesReader,
  MaracRetentionSource,
  MaracSubjectAccessSource,
];
