import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, streamId, type Projection } from '@app/projections';
import type { VsCaseEvent } from '../domain/index.js';

/** The report id of a case's referral in vs_reports (further reports keep their own ids). */
export const REFERRAL_REPORT_ID = 'referral';

/**
 * vs_reports: one row per report of a victim. A further report names only its case, so the case's service,
 * partnership and person come from the referral's row (written in an earlier batch, or earlier in this one).
 * Its own projection (own checkpoint), so that it fills from the start of the log where it is deployed.
 * Rows are keyed by (case, report): a batch applied twice writes nothing twice.
 */
export const victimReportsProjection: Projection = {
  name: 'vs_reports',
  readsPersonalData: false,
  filter: { categories: ['vs_case'] },
  tables: ['vs_reports'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const rows: {
      case_id: string;
      report_id: string;
      service_id: string;
      partnership_id: string;
      person_id: string;
      reported_on: string;
    }[] = [];
    const needed = new Set<string>();
    for (const { event, streamName } of envelopes as EventEnvelope<VsCaseEvent>[])
      if (event.type === 'VsFurtherReportRecorded') needed.add(streamId(streamName));
    const known: { case_id: string; service_id: string; partnership_id: string; person_id: string }[] =
      needed.size === 0
        ? []
        : await manager.query(
            'SELECT case_id, service_id, partnership_id, person_id FROM vs_reports WHERE case_id = ANY($1) AND report_id = $2',
            [[...needed], REFERRAL_REPORT_ID],
          );
    const cases = new Map(known.map((row) => [row.case_id, row]));
    for (const { event } of envelopes as EventEnvelope<VsCaseEvent>[]) {
      if (event.type === 'VsVictimReferred') {
        const { caseId, serviceId, partnershipId, personId, referralDate } = event.data;
        const row = { case_id: caseId, service_id: serviceId, partnership_id: partnershipId, person_id: personId };
        cases.set(caseId, row);
        rows.push({ ...row, report_id: REFERRAL_REPORT_ID, reported_on: referralDate });
      } else if (event.type === 'VsFurtherReportRecorded') {
        const row = cases.get(event.data.caseId);
        if (row) rows.push({ ...row, report_id: event.data.reportId, reported_on: event.data.reportedOn });
      }
    }
    await bulk(
      manager,
      `INSERT INTO vs_reports (case_id, report_id, service_id, partnership_id, person_id, reported_on)
       SELECT case_id, report_id, service_id, partnership_id, person_id, reported_on
       FROM ${batchRows('x', 'case_id text, report_id text, service_id text, partnership_id text, person_id text, reported_on date')}
       ON CONFLICT (case_id, report_id) DO NOTHING`,
      rows,
    );
  },
};
