import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, streamId, type Projection } from '@app/projections';
import { riskRank, type VictimServiceEvent, type VsCaseEvent } from '../domain/index.js';

interface CaseRow {
  case_id: string;
  service_id: string;
  partnership_id: string;
  person_id: string;
  referral_date: string;
  route: string;
  referring_partner: string | null;
  asb_category: string;
  first_needs_assessed_on: string | null;
  first_high_risk_on: string | null;
  risk_level: string | null;
  last_risk_assessed_on: string | null;
  last_contact_on: string | null;
  closed_on: string | null;
  closure_reason: string | null;
  survey_status: string | null;
  survey_answers: Record<string, string> | null;
  last_report_on: string;
  repeat_reports: number;
  case_review_notice_due: boolean;
  case_review_notice_given_on: string | null;
  erased: boolean;
  last_revision: number;
}

const CASE_COLUMNS = [
  'case_id text',
  'service_id text',
  'partnership_id text',
  'person_id text',
  'referral_date date',
  'route text',
  'referring_partner text',
  'asb_category text',
  'first_needs_assessed_on date',
  'first_high_risk_on date',
  'risk_level text',
  'last_risk_assessed_on date',
  'last_contact_on date',
  'closed_on date',
  'closure_reason text',
  'survey_status text',
  'survey_answers jsonb',
  'last_report_on date',
  'repeat_reports integer',
  'case_review_notice_due boolean',
  'case_review_notice_given_on date',
  'erased boolean',
  'last_revision integer',
];
const CASE_NAMES = CASE_COLUMNS.map((c) => c.split(' ')[0]);
const earlier = (a: string | null, b: string) => (a !== null && a <= b ? a : b);
const later = (a: string | null, b: string) => (a !== null && a >= b ? a : b);

/**
 * The victim-services read models: services and their aims (vs_services, vs_service_aims), cases
 * (vs_cases) and contacts (vs_contacts). A batch reads the rows of the cases it touches, folds the events
 * each row has not seen (by stream revision, so a batch applied twice changes nothing) and writes them
 * back whole. No personal data is read: the quarterly tables, the case list and retention need none.
 */
export const victimServicesProjection: Projection = {
  name: 'victim_services',
  readsPersonalData: false,
  filter: { categories: ['victim_service', 'vs_case', 'erasure', 'case_review'] },
  tables: ['vs_services', 'vs_service_aims', 'vs_cases', 'vs_contacts'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const services: object[] = [];
    const aims: { service_id: string; financial_year: string; row_name: string; aim: number }[] = [];
    const aimYears: { service_id: string; financial_year: string }[] = [];
    const contacts: object[] = [];
    const erased: string[] = [];
    const applied: { case_id: string; applied_on: string; application_id: string }[] = [];
    const caseIds = [...new Set(envelopes.filter((e) => e.streamName.startsWith('vs_case-')).map((e) => streamId(e.streamName)))];
    const existing: CaseRow[] =
      caseIds.length === 0
        ? []
        : await manager.query(
            `SELECT ${CASE_NAMES.map((n) => (n.endsWith('_on') || n === 'referral_date' ? `${n}::text AS ${n}` : n)).join(', ')} FROM vs_cases WHERE case_id = ANY($1)`,
            [caseIds],
          );
    const cases = new Map(existing.map((row) => [row.case_id, row]));
    const changed = new Set<string>();

    for (const envelope of envelopes) {
      const event = envelope.event as
        VsCaseEvent | VictimServiceEvent | { type: 'PersonalDataErased'; data: { subjectId?: string } } | CaseReviewApplicationFollowed;
      switch (event.type) {
        case 'CaseReviewApplicationReceived':
          // Case Review's published event: an application that follows a notice given on one of these cases.
          if (event.data.fromNotice)
            applied.push({
              case_id: event.data.fromNotice.victimServiceCaseId,
              applied_on: event.data.receivedOn,
              application_id: event.data.applicationId,
            });
          continue;
        case 'PersonalDataErased':
          erased.push(event.data.subjectId ?? streamId(envelope.streamName));
          continue;
        case 'VictimServiceRegistered':
          services.push({ ...snake(event.data), last_revision: envelope.revision });
          continue;
        case 'VictimServiceAimsSet':
          aimYears.push({ service_id: event.data.serviceId, financial_year: event.data.financialYear });
          // A later setting of the same year replaces it as a whole.
          for (let i = aims.length - 1; i >= 0; i--)
            if (aims[i].service_id === event.data.serviceId && aims[i].financial_year === event.data.financialYear) aims.splice(i, 1);
          for (const [row_name, aim] of Object.entries(event.data.aims))
            if (aim !== undefined) aims.push({ service_id: event.data.serviceId, financial_year: event.data.financialYear, row_name, aim });
          continue;
        default:
          break;
      }
      const caseId = streamId(envelope.streamName);
      if (event.type === 'VsVictimReferred') {
        if (cases.has(caseId)) continue;
        const d = event.data;
        cases.set(caseId, {
          case_id: d.caseId,
          service_id: d.serviceId,
          partnership_id: d.partnershipId,
          person_id: d.personId,
          referral_date: d.referralDate,
          route: d.route,
          referring_partner: d.referringPartner,
          asb_category: d.asbCategory,
          first_needs_assessed_on: null,
          first_high_risk_on: null,
          risk_level: null,
          last_risk_assessed_on: null,
          last_contact_on: null,
          closed_on: null,
          closure_reason: null,
          survey_status: null,
          survey_answers: null,
          last_report_on: d.referralDate,
          repeat_reports: 0,
          case_review_notice_due: false,
          case_review_notice_given_on: null,
          erased: false,
          last_revision: envelope.revision,
        });
        changed.add(caseId);
        continue;
      }
      const row = cases.get(caseId);
      if (!row || row.last_revision >= envelope.revision) continue;
      row.last_revision = envelope.revision;
      changed.add(caseId);
      switch (event.type) {
        case 'VsRiskAssessed':
          row.risk_level = event.data.level;
          row.last_risk_assessed_on = later(row.last_risk_assessed_on, event.data.assessedOn);
          if (riskRank(event.data.level) === riskRank('high'))
            row.first_high_risk_on = earlier(row.first_high_risk_on, event.data.assessedOn);
          break;
        case 'VsNeedsAssessed':
          row.first_needs_assessed_on = earlier(row.first_needs_assessed_on, event.data.assessedOn);
          break;
        case 'VsSupportContactRecorded':
          row.last_contact_on = later(row.last_contact_on, event.data.date);
          contacts.push({
            case_id: caseId,
            contact_id: event.data.contactId,
            service_id: row.service_id,
            person_id: row.person_id,
            contact_date: event.data.date,
            kind: event.data.kind,
          });
          break;
        case 'VsCaseClosed':
          row.closed_on = event.data.closedOn;
          row.closure_reason = event.data.reason;
          break;
        case 'VsExitSurveyCompleted':
          row.survey_status = 'completed';
          row.survey_answers = event.data.answers;
          break;
        case 'VsExitSurveyDeclined':
          row.survey_status = 'declined';
          break;
        case 'VsFurtherReportRecorded':
          row.last_report_on = later(row.last_report_on, event.data.reportedOn);
          if (event.data.repeat) row.repeat_reports += 1;
          if (event.data.caseReviewNoticeDue) row.case_review_notice_due = true;
          break;
        case 'VsCaseReviewNoticeGiven':
          row.case_review_notice_due = false;
          row.case_review_notice_given_on = event.data.toldOn;
          break;
        default:
          break;
      }
    }

    await bulk(
      manager,
      `INSERT INTO vs_services (service_id, partnership_id, name, provider, kind, last_revision)
       SELECT service_id, partnership_id, name, provider, kind, last_revision
       FROM ${batchRows('x', 'service_id text, partnership_id text, name text, provider text, kind text, last_revision integer')}
       ON CONFLICT (service_id) DO NOTHING`,
      services,
    );
    await bulk(
      manager,
      `DELETE FROM vs_service_aims a USING ${batchRows('x', 'service_id text, financial_year text')}
       WHERE a.service_id = x.service_id AND a.financial_year = x.financial_year`,
      aimYears,
    );
    await bulk(
      manager,
      `INSERT INTO vs_service_aims (service_id, financial_year, row_name, aim)
       SELECT service_id, financial_year, row_name, aim FROM ${batchRows('x', 'service_id text, financial_year text, row_name text, aim integer')}`,
      aims,
    );
    await bulk(
      manager,
      `INSERT INTO vs_cases (${CASE_NAMES.join(', ')}) SELECT ${CASE_NAMES.join(', ')} FROM ${batchRows('x', CASE_COLUMNS.join(', '))}
       ON CONFLICT (case_id) DO UPDATE SET ${CASE_NAMES.filter((n) => n !== 'case_id')
         .map((n) => `${n} = EXCLUDED.${n}`)
         .join(', ')}
       WHERE vs_cases.last_revision < EXCLUDED.last_revision`,
      [...changed].map((id) => cases.get(id)!),
    );
    await bulk(
      manager,
      `INSERT INTO vs_contacts (case_id, contact_id, service_id, person_id, contact_date, kind)
       SELECT case_id, contact_id, service_id, person_id, contact_date, kind
       FROM ${batchRows('x', 'case_id text, contact_id text, service_id text, person_id text, contact_date date, kind text')}
       ON CONFLICT (case_id, contact_id) DO NOTHING`,
      contacts,
    );
    await bulk(
      manager,
      `UPDATE vs_cases c SET case_review_applied_on = x.applied_on, case_review_application_id = x.application_id
       FROM ${batchRows('x', 'case_id text, applied_on date, application_id text')}
       WHERE c.case_id = x.case_id AND (c.case_review_applied_on IS NULL OR c.case_review_applied_on > x.applied_on)`,
      applied,
    );
    if (erased.length > 0) await manager.query('UPDATE vs_cases SET erased = true WHERE person_id = ANY($1) AND NOT erased', [erased]);
  },
};

/** What this projection reads of Case Review's CaseReviewApplicationReceived (by its stable type, never its code). */
interface CaseReviewApplicationFollowed {
  type: 'CaseReviewApplicationReceived';
  data: { applicationId: string; receivedOn: string; fromNotice?: { victimServiceCaseId: string; toldOn: string } | null };
}

function snake(data: { serviceId: string; partnershipId: string; name: string; provider: string; kind: string }) {
  return { service_id: data.serviceId, partnership_id: data.partnershipId, name: data.name, provider: data.provider, kind: data.kind };
}
