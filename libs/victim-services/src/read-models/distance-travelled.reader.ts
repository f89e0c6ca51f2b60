import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DateRange } from '@app/periods';
import type { ScoredCase } from '../domain/index.js';

/** The Outcome Star scorings of a service's cases (all, or those named), with each case's closure date. */
@Injectable()
export class DistanceTravelledReader {
  constructor(private readonly dataSource: DataSource) {}

  async scoredCases(serviceId: string, within: { closedIn?: DateRange; caseIds?: readonly string[] }): Promise<ScoredCase[]> {
    const params: unknown[] = [serviceId];
    let where = 's.service_id = $1 AND s.scorings > 0';
    if (within.closedIn) {
      params.push(within.closedIn.from, within.closedIn.to);
      where += ` AND c.closed_on BETWEEN $2 AND $3`;
    }
    if (within.caseIds) {
      params.push([...within.caseIds]);
      where += ` AND s.case_id = ANY($${params.length})`;
    }
    const rows: {
      case_id: string;
      closed_on: string | null;
      first_scores: Record<string, number>;
      last_scores: Record<string, number>;
      scorings: number;
    }[] = await this.dataSource.query(
      `SELECT s.case_id, c.closed_on::text AS closed_on, s.first_scores, s.last_scores, s.scorings
         FROM vs_outcome_scores s JOIN vs_cases c ON c.case_id = s.case_id WHERE ${where} ORDER BY s.case_id`,
      params,
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      closedOn: row.closed_on,
      first: row.first_scores,
      last: row.last_scores,
      scorings: row.scorings,
    }));
  }
}
