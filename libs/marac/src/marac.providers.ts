import { AddAgencyActionService } from './application/add-agency-action.service.js';
import { CancelMeetingService } from './application/cancel-meeting.service.js';
import { CloseCaseService } from './application/close-case.service.js';
import { CompleteAgencyActionService } from './application/complete-agency-action.service.js';
import { GetCaseQuery } from './application/get-case.query.js';
import { MaracRetentionSource } from './application/marac-retention.source.js';
import { ListCaseForMeetingService } from './application/list-case-for-meeting.service.js';
import { PartnershipSettingsService } from './application/partnership-settings.service.js';
import { RecordCaseHeardService } from './application/record-case-heard.service.js';
import { RecordDashAssessmentService } from './application/record-dash-assessment.service.js';
import { RecordPoliceCallOutService } from './application/record-police-call-out.service.js';
import { ReferCaseService } from './application/refer-case.service.js';
import { ReportFurtherIncidentService } from './application/report-further-incident.service.js';
import { ScheduleMeetingService } from './application/schedule-meeting.service.js';
import { CaseListQuery } from './read-models/case-list.query.js';
import { DepersonalisedCasesQuery } from './read-models/depersonalised-cases.query.js';
import { MaracReportsQuery } from './read-models/marac-reports.query.js';
import { MeetingAgendaQuery } from './read-models/meeting-agenda.query.js';

/** Every use case and query of the MARAC context (the HTTP module and the demo loader use the same ones). */
export const maracApplicationProviders = [
  PartnershipSettingsService,
  ReferCaseService,
  RecordPoliceCallOutService,
  RecordDashAssessmentService,
  ScheduleMeetingService,
  CancelMeetingService,
  ListCaseForMeetingService,
  RecordCaseHeardService,
  AddAgencyActionService,
  CompleteAgencyActionService,
  ReportFurtherIncidentService,
  CloseCaseService,
  GetCaseQuery,
  CaseListQuery,
  MeetingAgendaQuery,
  MaracReportsQuery,
  DepersonalisedCasesQuery,
  MaracRetentionSource,
];
