import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DateRange } from '@app/periods';
import type { VictimReport } from '../domain/index.js';

/**
 * A service's reports (optionally those dated in a period, or those of some cases), each with the date of the
 * same person's previous report across every victim-service case of the partnership (a window function over
 * the person's reports by date; ties by case and report id, so the order is stable).
 */
@Injectable()
export class VictimReportsReader {
  constructor(private readonly dataSource: DataSource) {}

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
    const rows: { case_id: string; person_id: string; reported_on: string; previous_report_on: string | null }[] =
      await this.dataSource.query(
        `WITH history AS (
           SELECT case_id, report_id, service_id, person_id, reported_on,
                  lag(reported_on) OVER (PARTITION BY person_id ORDER BY reported_on, case_id, report_id) AS previous_report_on
           FROM vs_reports
           WHERE partnership_id = $1 AND person_id IN (SELECT person_id FROM vs_reports WHERE ${mine})
         )
         SELECT case_id, person_id, reported_on::text AS reported_on, previous_report_on::text AS previous_report_on
         FROM history WHERE ${mine}
         ORDER BY reported_on, case_id, report_id`,
        params,
      );
    return rows.map((row) => ({
      caseId: row.case_id,
      personId: row.person_id,
      reportedOn: row.reported_on,
      previousReportOn: row.previous_report_on,
    }));
  }
}
