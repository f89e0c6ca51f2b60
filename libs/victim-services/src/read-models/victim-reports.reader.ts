import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DateRange, IsoDate } from '@app/periods';
import type { VictimReport } from '../domain/index.js';

/**
 * A service's reports (optionally those dated in a period, or those of some cases), each with the date and
 * case of the same person's previous report across every victim-service case of the partnership (a window
 * function over the person's reports by date; ties by case and report id, so the order is stable).
 *
 * "The same person" follows the people registry's merges (vs_person_merges, followed to the end as
 * `canonicalPersonId` does): reports recorded under two records later merged are one person's history, and
 * after an unmerge two people's again. Nothing is re-keyed, so the answer is the same live and rebuilt.
 * `personId` in the answer is the canonical person.
 */
/**
 * `canonical (person_id, canonical)`: each merged record of partnership $1 and the record at the end of its
 * merges (vs_person_merges; the ledger forbids cycles, the depth bound only guards the query).
 */
const CANONICAL_CTES = `edges AS (
         SELECT person_id, merged_into FROM vs_person_merges WHERE partnership_id = $1 AND merged_into IS NOT NULL
       ),
       followed (person_id, canonical, depth) AS (
         SELECT person_id, merged_into, 1 FROM edges
         UNION ALL
         SELECT f.person_id, e.merged_into, f.depth + 1 FROM followed f JOIN edges e ON e.person_id = f.canonical WHERE f.depth < 64
       ),
       canonical AS (
         SELECT DISTINCT ON (person_id) person_id, canonical FROM followed ORDER BY person_id, depth DESC
       )`;

@Injectable()
export class VictimReportsReader {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The person each of the partnership's merged records reads as now (only records that are merged; any other
   * id is its own person): the same edges, followed to the end, that the reports are read through.
   */
  async canonicalPeople(partnershipId: string): Promise<Map<string, string>> {
    const rows: { person_id: string; canonical: string }[] = await this.dataSource.query(
      `WITH RECURSIVE ${CANONICAL_CTES} SELECT person_id, canonical FROM canonical`,
      [partnershipId],
    );
    return new Map(rows.map((row) => [row.person_id, row.canonical]));
  }

  /**
   * A report not yet in vs_reports (a referral being recorded) as the window function would read it: the same
   * person's report just before it (by date, then case and report id), on any record of theirs, merges followed.
   */
  async withPreviousReport(
    partnershipId: string,
    report: { caseId: string; reportId: string; personId: string; reportedOn: IsoDate },
  ): Promise<VictimReport> {
    const rows: { case_id: string; reported_on: string }[] = await this.dataSource.query(
      `WITH RECURSIVE ${CANONICAL_CTES},
       victim AS (SELECT coalesce((SELECT canonical FROM canonical WHERE person_id = $2), $2::text) AS person_id),
       records AS (
         SELECT person_id FROM victim
         UNION
         SELECT c.person_id FROM canonical c JOIN victim v ON c.canonical = v.person_id
       )
       SELECT r.case_id, r.reported_on::text AS reported_on
       FROM vs_reports r JOIN records p ON p.person_id = r.person_id
       WHERE r.partnership_id = $1 AND (r.reported_on, r.case_id, r.report_id) < ($3::date, $4::text, $5::text)
       ORDER BY r.reported_on DESC, r.case_id DESC, r.report_id DESC
       LIMIT 1`,
      [partnershipId, report.personId, report.reportedOn, report.caseId, report.reportId],
    );
    return {
      caseId: report.caseId,
      personId: report.personId,
      reportedOn: report.reportedOn,
      previousReportOn: rows[0]?.reported_on ?? null,
      previousCaseId: rows[0]?.case_id ?? null,
    };
  }

  async reportsOfService(
    service: { serviceId: string; partnershipId: string },
    within: { period?: DateRange; caseIds?: readonly string[] } = {},
  ): Promise<VictimReport[]> {
    const params: unknown[] = [service.partnershipId, service.serviceId];
    const filters: string[] = [];
    if (within.period) {
      params.push(within.period.from, within.period.to);
      filters.push(`reported_on BETWEEN $${params.length - 1} AND $${params.length}`);
    }
    if (within.caseIds) {
      params.push([...within.caseIds]);
      filters.push(`case_id = ANY($${params.length})`);
    }
    const mine = ['service_id = $2', ...filters].join(' AND ');
    const rows: {
      case_id: string;
      person_id: string;
      reported_on: string;
      previous_report_on: string | null;
      previous_case_id: string | null;
    }[] = await this.dataSource.query(
      `WITH RECURSIVE ${CANONICAL_CTES},
       victims AS (
         SELECT DISTINCT coalesce(c.canonical, r.person_id) AS victim
         FROM (SELECT DISTINCT person_id FROM vs_reports WHERE ${mine}) r LEFT JOIN canonical c ON c.person_id = r.person_id
       ),
       records AS (
         SELECT victim AS person_id, victim FROM victims
         UNION
         SELECT c.person_id, c.canonical FROM canonical c JOIN victims v ON v.victim = c.canonical
       ),
       history AS (
         SELECT r.case_id, r.report_id, r.service_id, p.victim, r.reported_on,
                lag(r.reported_on) OVER w AS previous_report_on, lag(r.case_id) OVER w AS previous_case_id
         FROM records p JOIN vs_reports r ON r.partnership_id = $1 AND r.person_id = p.person_id
         WINDOW w AS (PARTITION BY p.victim ORDER BY r.reported_on, r.case_id, r.report_id)
       )
       SELECT case_id, victim AS person_id, reported_on::text AS reported_on, previous_report_on::text AS previous_report_on,
              previous_case_id
       FROM history WHERE ${mine}
       ORDER BY reported_on, case_id, report_id`,
      params,
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      personId: row.person_id,
      reportedOn: row.reported_on,
      previousReportOn: row.previous_report_on,
      previousCaseId: row.previous_case_id,
    }));
  }
}
