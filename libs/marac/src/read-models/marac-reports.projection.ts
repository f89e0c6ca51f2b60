import { In, IsNull, LessThan, type EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { CaseRepeatReclassified, MaracCaseEvent, MaracRecordAmended, MaracRecordVoided } from '../domain/index.js';
import { AgencyActionRows } from './agency-action-rows.js';
import { batchRows, bulk, LaterStatements, setFields } from '@app/projections';
import { ReportCase } from './report-case.entity.js';
import { ReportCaseClosure } from './report-case-closure.entity.js';
import { ReportHearing } from './report-hearing.entity.js';

interface ClosureRow {
  case_id: string;
  closed_revision: number;
  closed_on: string;
  reopened_on: string | null;
}

/**
 * The depersonalised MARAC figures: each case's profile as referred (sex, age band, ethnicity, flags,
 * children: never a name or a date of birth), each hearing (the unit of the repeat rate), each agency
 * action, and each time a case was closed until reopened (a closed case's actions are not overdue).
 * Nothing here is personal data, so erasure does not touch it and the historic counts stand.
 * Corrections and reclassifications follow (after the batch's inserts, in event order): an amended
 * referral or hearing replaces its columns; a voided hearing or action is deleted, a voided referral
 * deletes the case with its hearings, actions and closures, so no figure counts them; a voided incident
 * clears the repeat flag of the hearings it alone made repeats; a reclassified referral
 * (CaseRepeatReclassified) changes the case's repeat flag and its hearings' "heard as a repeat".
 */
export const maracReportsProjection: Projection = {
  name: 'marac_reports',
  readsPersonalData: false,
  filter: { categories: ['marac_case'] },
  tables: ['marac_report_cases', 'marac_report_hearings', 'marac_report_actions', 'marac_report_case_closures'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const cases: object[] = [];
    const hearings: object[] = [];
    const actions = new AgencyActionRows('marac_report_actions');
    const closures: ClosureRow[] = [];
    /** The batch's closures not reopened yet, by case. */
    const openClosures = new Map<string, ClosureRow>();
    const corrections = new LaterStatements();

    for (const envelope of envelopes) {
      const event = envelope.event as MaracCaseEvent;
      const partnershipId = envelope.metadata.partnershipId ?? '';
      switch (event.type) {
        case 'CaseReferred': {
          const profile = event.data.victim.profile;
          cases.push({
            case_id: event.data.caseId,
            marac_id: event.data.maracId,
            partnership_id: event.data.partnershipId,
            referral_date: event.data.referralDate,
            referring_agency: event.data.referringAgency,
            criterion: event.data.criterion,
            repeat_referral: event.data.isRepeat,
            sex: profile.sex,
            age_band: profile.ageBand,
            aged_16_17: profile.aged16or17,
            ethnicity: profile.ethnicity,
            disabled: profile.disabled,
            lgbt_plus: profile.lgbtPlus,
            children_in_household: profile.childrenInHousehold,
          });
          break;
        }
        case 'CaseHeard':
          hearings.push({
            case_id: event.data.caseId,
            meeting_id: event.data.meetingId,
            marac_id: event.data.maracId,
            partnership_id: partnershipId,
            heard_on: event.data.heardOn,
            as_repeat: event.data.asRepeat,
            risk_band: event.data.riskBand,
            agencies_present: event.data.agenciesPresent,
          });
          break;
        case 'AgencyActionAdded':
          actions.add({
            case_id: event.data.caseId,
            action_id: event.data.actionId,
            marac_id: event.data.maracId,
            partnership_id: partnershipId,
            agency: event.data.agency,
            due_date: event.data.dueDate,
          });
          break;
        case 'AgencyActionCompleted':
          actions.complete(event.data.caseId, event.data.actionId, event.data.completedOn);
          break;
        case 'MaracRecordAmended':
          actions.correct(event);
          amendReports(corrections, event);
          break;
        case 'MaracRecordVoided':
          actions.correct(event);
          voidInReports(corrections, event);
          break;
        case 'CaseRepeatReclassified':
          reclassifyInReports(corrections, event);
          break;
        case 'CaseClosed': {
          const closure = {
            case_id: event.data.caseId,
            closed_revision: envelope.revision,
            closed_on: event.data.closedOn,
            reopened_on: null,
          };
          closures.push(closure);
          openClosures.set(event.data.caseId, closure);
          break;
        }
        case 'CaseReopened': {
          const { caseId, reopenedOn } = event.data;
          const closure = openClosures.get(caseId);
          openClosures.delete(caseId);
          if (closure) closure.reopened_on = reopenedOn;
          else {
            const before = LessThan(envelope.revision);
            corrections.add((manager) =>
              manager.update(ReportCaseClosure, { caseId, reopenedOn: IsNull(), closedRevision: before }, { reopenedOn }),
            );
          }
          break;
        }
        default:
          break;
      }
    }

    await bulk(
      manager,
      `INSERT INTO marac_report_cases (case_id, marac_id, partnership_id, referral_date, referring_agency, criterion, repeat_referral, sex, age_band,
         aged_16_17, ethnicity, disabled, lgbt_plus, children_in_household)
       SELECT * FROM ${batchRows(
         'x',
         `case_id text, marac_id text, partnership_id text, referral_date date, referring_agency text, criterion text,
         repeat_referral boolean, sex text, age_band text, aged_16_17 boolean, ethnicity text, disabled boolean,
         lgbt_plus boolean, children_in_household integer`,
       )}
       ON CONFLICT (case_id) DO NOTHING`,
      cases,
    );
    await bulk(
      manager,
      `INSERT INTO marac_report_hearings (case_id, meeting_id, marac_id, partnership_id, heard_on, as_repeat, risk_band, agencies_present)
       SELECT * FROM ${batchRows(
         'x',
         `case_id text, meeting_id text, marac_id text, partnership_id text, heard_on date, as_repeat boolean, risk_band
         text, agencies_present text[]`,
       )}
       ON CONFLICT (case_id, meeting_id) DO NOTHING`,
      hearings,
    );
    await actions.write(manager);
    await bulk(
      manager,
      `INSERT INTO marac_report_case_closures (case_id, closed_revision, closed_on, reopened_on)
       SELECT * FROM ${batchRows('x', 'case_id text, closed_revision integer, closed_on date, reopened_on date')}
       ON CONFLICT (case_id, closed_revision) DO NOTHING`,
      closures,
    );
    await corrections.run(manager);
  },
};

function amendReports(corrections: LaterStatements, { data }: MaracRecordAmended): void {
  if (data.recordKind === 'referral') {
    const { referralDate, referringAgency, criterion, profile } = data.amended;
    const fields = setFields({
      referralDate,
      referringAgency,
      criterion,
      ...(profile && {
        sex: profile.sex,
        ageBand: profile.ageBand,
        aged16To17: profile.aged16or17,
        ethnicity: profile.ethnicity,
        disabled: profile.disabled,
        lgbtPlus: profile.lgbtPlus,
        childrenInHousehold: profile.childrenInHousehold,
      }),
    });
    corrections.add((manager) => manager.update(ReportCase, { caseId: data.caseId }, fields));
  } else if (data.recordKind === 'hearing') {
    const fields = setFields({ heardOn: data.amended.heardOn, agenciesPresent: data.amended.agenciesPresent });
    corrections.add((manager) => manager.update(ReportHearing, { caseId: data.caseId, meetingId: data.recordId }, fields));
  }
}

function voidInReports(corrections: LaterStatements, { data }: MaracRecordVoided): void {
  if (data.recordKind === 'referral') {
    corrections.add((manager) => manager.delete(ReportHearing, { caseId: data.caseId }));
    corrections.add((manager) => manager.delete(ReportCase, { caseId: data.caseId }));
    corrections.add((manager) => manager.delete(ReportCaseClosure, { caseId: data.caseId }));
  } else if (data.recordKind === 'hearing') {
    corrections.add((manager) => manager.delete(ReportHearing, { caseId: data.caseId, meetingId: data.recordId }));
  } else {
    markHearingsRepeat(corrections, data.caseId, data.consequences.hearingsNoLongerRepeat, false);
  }
}

function reclassifyInReports(corrections: LaterStatements, { data }: CaseRepeatReclassified): void {
  corrections.add((manager) => manager.update(ReportCase, { caseId: data.caseId }, { repeatReferral: data.repeat }));
  markHearingsRepeat(corrections, data.caseId, data.hearingsNowRepeat, true);
  markHearingsRepeat(corrections, data.caseId, data.hearingsNoLongerRepeat, false);
}

function markHearingsRepeat(corrections: LaterStatements, caseId: string, meetingIds: string[], asRepeat: boolean): void {
  if (meetingIds.length === 0) return;
  corrections.add((manager) => manager.update(ReportHearing, { caseId, meetingId: In(meetingIds) }, { asRepeat }));
}
