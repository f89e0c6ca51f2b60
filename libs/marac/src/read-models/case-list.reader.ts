import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertCallerRole, partnershipsOf, type Caller } from '@app/access';
import type { RiskBand } from '../domain/index.js';
import { partnershipOfMarac } from './marac-scope.js';

export interface CaseListFilter {
  status: 'open' | 'closed' | 'all';
  repeat?: boolean;
  riskBand?: RiskBand | 'none';
  asOf: string;
  page: number;
  pageSize: number;
}

export interface CaseListItem {
  caseId: string;
  victimPersonId: string;
  victimName: string | null;
  referralDate: string;
  referringAgency: string;
  criterion: string;
  status: 'open' | 'closed';
  riskBand: RiskBand | null;
  dashScore: number | null;
  isRepeat: boolean;
  awaitingRelisting: boolean;
  nextMeeting: { meetingId: string; date: string } | null;
  outstandingActions: number;
  overdueActions: number;
  closedOn: string | null;
}

export interface CaseListPage {
  maracId: string;
  /** The partnership the MARAC belongs to (the first of the caller's that holds it). */
  partnershipId: string;
  asOf: string;
  page: number;
  pageSize: number;
  total: number;
  items: CaseListItem[];
}

/**
 * A coordinator's case list for one MARAC, filtered and paged; overdue actions counted on `asOf`. It
 * names victims, so only coordinators of the MARAC's partnership get it (404 for anyone else's MARAC).
 */
@Injectable()
export class CaseListReader {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caller: Caller, maracId: string, filter: CaseListFilter): Promise<CaseListPage> {
    assertCallerRole(caller, 'coordinator');
    const partnershipId = await partnershipOfMarac(this.dataSource, caller, maracId);
    const where = [`c.marac_id = $1`, `c.partnership_id = ANY($2::text[])`];
    const params: unknown[] = [maracId, partnershipsOf(caller)];
    if (filter.status !== 'all') {
      params.push(filter.status);
      where.push(`c.status = $${params.length}`);
    }
    if (filter.repeat !== undefined) {
      params.push(filter.repeat);
      where.push(`c.is_repeat = $${params.length}`);
    }
    if (filter.riskBand === 'none') where.push('c.risk_band IS NULL');
    else if (filter.riskBand !== undefined) {
      params.push(filter.riskBand);
      where.push(`c.risk_band = $${params.length}`);
    }
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM marac_case_list c WHERE ${where.join(' AND ')}`, params);
    params.push(filter.asOf, filter.pageSize, (filter.page - 1) * filter.pageSize);
    const n = params.length;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.case_id, c.victim_person_id, c.victim_name, c.referral_date::text AS referral_date, c.referring_agency, c.criterion, c.status,
              c.risk_band, c.dash_score, c.is_repeat, c.awaiting_relisting, c.closed_on::text AS closed_on,
              (SELECT count(*)::int FROM marac_case_actions a WHERE a.case_id = c.case_id AND a.completed_on IS NULL) AS outstanding,
              (SELECT count(*)::int FROM marac_case_actions a WHERE a.case_id = c.case_id AND a.completed_on IS NULL AND a.due_date < $${n - 2}::date) AS overdue,
              next.meeting_id AS next_meeting_id, next.meeting_date::text AS next_meeting_date
       FROM marac_case_list c
       LEFT JOIN LATERAL (
         SELECT i.meeting_id, i.meeting_date FROM marac_agenda_items i JOIN marac_meetings m ON m.meeting_id = i.meeting_id
         WHERE i.case_id = c.case_id AND i.heard_on IS NULL AND m.status <> 'cancelled' AND i.meeting_date >= $${n - 2}::date
         ORDER BY i.meeting_date LIMIT 1
       ) next ON true
       WHERE ${where.join(' AND ')}
       ORDER BY c.referral_date DESC, c.case_id
       LIMIT $${n - 1} OFFSET $${n}`,
      params,
    );
    return {
      maracId,
      partnershipId,
      asOf: filter.asOf,
      page: filter.page,
      pageSize: filter.pageSize,
      total,
      items: rows.map((row) => ({
        caseId: row.case_id as string,
        victimPersonId: row.victim_person_id as string,
        victimName: (row.victim_name as string | null) ?? null,
        referralDate: row.referral_date as string,
        referringAgency: row.referring_agency as string,
        criterion: row.criterion as string,
        status: row.status as 'open' | 'closed',
        riskBand: (row.risk_band as RiskBand | null) ?? null,
        dashScore: (row.dash_score as number | null) ?? null,
        isRepeat: row.is_repeat as boolean,
        awaitingRelisting: row.awaiting_relisting as boolean,
        nextMeeting: row.next_meeting_id ? { meetingId: row.next_meeting_id as string, date: row.next_meeting_date as string } : null,
        outstandingActions: row.outstanding as number,
        overdueActions: row.overdue as number,
        closedOn: (row.closed_on as string | null) ?? null,
      })),
    };
  }
}
