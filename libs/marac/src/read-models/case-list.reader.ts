import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { assertCallerRole, partnershipsOf, type Caller } from '@app/access';
import { DateProperty } from '@app/periods';
import { MARAC_AGENCIES, REFERRAL_CRITERIA, RISK_BANDS, type RiskBand } from '../domain/index.js';
import {
  EXAMPLE_CASE_ID,
  EXAMPLE_MARAC_ID,
  EXAMPLE_MEETING_ID,
  EXAMPLE_PARTNERSHIP_ID,
  EXAMPLE_PERSON_ID,
} from '../application/examples.js';
import { AgendaListing } from './agenda-listing.entity.js';
import { AgendaMeeting } from './agenda-meeting.entity.js';
import { CaseListAction } from './case-list-action.entity.js';
import { CaseListEntry } from './case-list-entry.entity.js';
import { MaracRegistry } from '../application/marac-registry.js';

export interface CaseListFilter {
  status: 'open' | 'closed' | 'voided' | 'all';
  repeat?: boolean;
  riskBand?: RiskBand | 'none';
  /** Cases of one victim: every person record of theirs (a person's merged records, from the people context). */
  victimPersonIds?: readonly string[];
  asOf: string;
  page: number;
  pageSize: number;
}

export class NextMeeting {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_MEETING_ID }) meetingId: string;
  @DateProperty({ example: '2025-05-08' }) date: string;
}

export class CaseListItem {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID }) caseId: string;
  @ApiProperty({ format: 'uuid', example: EXAMPLE_PERSON_ID }) victimPersonId: string;
  @ApiProperty({ type: String, nullable: true, example: 'Demo Victim 0001', description: 'Null once erased.' }) victimName: string | null;
  @DateProperty({ example: '2025-04-10' }) referralDate: string;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'police' }) referringAgency: string;
  @ApiProperty({ enum: REFERRAL_CRITERIA, example: 'visible-high-risk' }) criterion: string;
  @ApiProperty({ enum: ['open', 'closed', 'voided'], example: 'open' }) status: 'open' | 'closed' | 'voided';
  @ApiProperty({ type: String, enum: [...RISK_BANDS, null], nullable: true, example: 'high' }) riskBand: RiskBand | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 16 }) dashScore: number | null;
  @ApiProperty({ example: false }) isRepeat: boolean;
  @ApiProperty({ example: false }) awaitingRelisting: boolean;
  @ApiProperty({ type: NextMeeting, nullable: true }) nextMeeting: NextMeeting | null;
  @ApiProperty({ type: 'integer', example: 2 }) outstandingActions: number;
  @ApiProperty({ type: 'integer', example: 1 }) overdueActions: number;
  @DateProperty({ example: null, nullable: true }) closedOn: string | null;
}

export class CaseListPage {
  @ApiProperty({ example: EXAMPLE_MARAC_ID }) maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID, description: 'The partnership the MARAC belongs to.' }) partnershipId: string;
  @DateProperty({ example: '2025-06-01' }) asOf: string;
  @ApiProperty({ type: 'integer', example: 1 }) page: number;
  @ApiProperty({ type: 'integer', example: 25 }) pageSize: number;
  @ApiProperty({ type: 'integer', example: 1 }) total: number;
  @ApiProperty({ type: [CaseListItem] }) items: CaseListItem[];
}

/**
 * A coordinator's case list for one MARAC, filtered and paged; overdue actions counted on `asOf`. It
 * names victims, so only coordinators of the MARAC's partnership get it (404 for anyone else's MARAC).
 */
@Injectable()
export class CaseListReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: MaracRegistry,
  ) {}

  async execute(caller: Caller, maracId: string, filter: CaseListFilter): Promise<CaseListPage> {
    assertCallerRole(caller, 'coordinator');
    const partnershipId = await this.registry.partnershipOfMarac(caller, maracId);
    const matching = this.dataSource
      .getRepository(CaseListEntry)
      .createQueryBuilder('c')
      .where('c.marac_id = :maracId', { maracId })
      .andWhere('c.partnership_id = ANY(:partnerships)', { partnerships: partnershipsOf(caller) });
    if (filter.status !== 'all') matching.andWhere('c.status = :status', { status: filter.status });
    if (filter.repeat !== undefined) matching.andWhere('c.is_repeat = :repeat', { repeat: filter.repeat });
    if (filter.riskBand === 'none') matching.andWhere('c.risk_band IS NULL');
    else if (filter.riskBand !== undefined) matching.andWhere('c.risk_band = :riskBand', { riskBand: filter.riskBand });
    if (filter.victimPersonIds) matching.andWhere('c.victim_person_id = ANY(:victims)', { victims: [...filter.victimPersonIds] });
    const { total } = (await matching.clone().select('count(*)::int', 'total').getRawOne<{ total: number }>())!;
    const entries = await matching
      .orderBy('c.referral_date', 'DESC')
      .addOrderBy('c.case_id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .getMany();
    const caseIds = entries.map((entry) => entry.caseId);
    const [actions, nextMeetings] = await Promise.all([this.actionCounts(caseIds, filter.asOf), this.nextMeetings(caseIds, filter.asOf)]);
    return {
      maracId,
      partnershipId,
      asOf: filter.asOf,
      page: filter.page,
      pageSize: filter.pageSize,
      total,
      items: entries.map((entry) => ({
        caseId: entry.caseId,
        victimPersonId: entry.victimPersonId,
        victimName: entry.victimName,
        referralDate: entry.referralDate,
        referringAgency: entry.referringAgency,
        criterion: entry.criterion,
        status: entry.status,
        riskBand: entry.riskBand,
        dashScore: entry.dashScore,
        isRepeat: entry.isRepeat,
        awaitingRelisting: entry.awaitingRelisting,
        nextMeeting: nextMeetings.get(entry.caseId) ?? null,
        outstandingActions: actions.get(entry.caseId)?.outstanding ?? 0,
        overdueActions: actions.get(entry.caseId)?.overdue ?? 0,
        closedOn: entry.closedOn,
      })),
    };
  }

  /** Outstanding actions of each case, and how many of them are overdue on `asOf`. */
  private async actionCounts(caseIds: string[], asOf: string): Promise<Map<string, { outstanding: number; overdue: number }>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder(CaseListAction, 'a')
      .select('a.case_id', 'case_id')
      .addSelect('count(*)::int', 'outstanding')
      .addSelect('(count(*) FILTER (WHERE a.due_date < :asOf))::int', 'overdue')
      // A closed case chases none of its actions (chasesActions in the domain): none outstanding, none overdue.
      .innerJoin(CaseListEntry, 'c', "c.case_id = a.case_id AND c.status = 'open'")
      .where('a.case_id = ANY(:caseIds)', { caseIds, asOf })
      .andWhere('a.completed_on IS NULL')
      .groupBy('a.case_id')
      .getRawMany<{ case_id: string; outstanding: number; overdue: number }>();
    return new Map(rows.map((row) => [row.case_id, row]));
  }

  /** The first meeting on or after `asOf`, not cancelled, at which each case is listed and not yet heard. */
  private async nextMeetings(caseIds: string[], asOf: string): Promise<Map<string, { meetingId: string; date: string }>> {
    if (caseIds.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder(AgendaListing, 'i')
      .innerJoin(AgendaMeeting, 'm', 'm.meeting_id = i.meeting_id')
      .distinctOn(['i.case_id'])
      .select('i.case_id', 'case_id')
      .addSelect('i.meeting_id', 'meeting_id')
      .addSelect('i.meeting_date::text', 'meeting_date')
      .where('i.case_id = ANY(:caseIds)', { caseIds })
      .andWhere('i.heard_on IS NULL')
      .andWhere("m.status <> 'cancelled'")
      .andWhere('i.meeting_date >= :asOf', { asOf })
      .orderBy('i.case_id')
      .addOrderBy('i.meeting_date')
      .getRawMany<{ case_id: string; meeting_id: string; meeting_date: string }>();
    return new Map(rows.map((row) => [row.case_id, { meetingId: row.meeting_id, date: row.meeting_date }]));
  }
}
