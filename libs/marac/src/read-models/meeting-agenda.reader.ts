import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { assertCallerMayAccess, assertCallerRole, type Caller } from '@app/access';
import { MEETING_NOT_FOUND } from '../application/not-found-messages.js';
import type { RiskBand } from '../domain/index.js';
import { AgendaListing } from './agenda-listing.entity.js';
import { AgendaMeeting } from './agenda-meeting.entity.js';
import { CaseListAction } from './case-list-action.entity.js';
import { CaseListEntry } from './case-list-entry.entity.js';

export interface AgendaAction {
  actionId: string;
  agency: string;
  dueDate: string;
  overdue: boolean;
}

export interface AgendaItem {
  caseId: string;
  victimPersonId: string | null;
  /** From the case list: null once the victim's personal data is erased. */
  victimName: string | null;
  riskBand: RiskBand | null;
  isRepeat: boolean;
  relisting: boolean;
  /** The case's referral and status, from the case list: null until the case list has applied the referral. */
  referringAgency: string | null;
  referralDate: string | null;
  status: string | null;
  heardOn: string | null;
  agenciesPresent: string[] | null;
  outstandingActions: AgendaAction[];
}

export interface MeetingAgenda {
  meetingId: string;
  maracId: string;
  partnershipId: string;
  date: string;
  status: string;
  /** The agencies present, once the meeting is marked held (empty before). */
  agenciesPresent: string[];
  asOf: string;
  cases: AgendaItem[];
}

/** A meeting's agenda: the cases listed, each with its current risk band, repeat flag and outstanding actions. */
@Injectable()
export class MeetingAgendaReader {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caller: Caller, meetingId: string, asOf: string): Promise<MeetingAgenda> {
    assertCallerRole(caller, 'coordinator');
    const meeting = await this.dataSource.getRepository(AgendaMeeting).findOneBy({ meetingId });
    if (!meeting) throw new NotFoundError(MEETING_NOT_FOUND);
    assertCallerMayAccess(caller, meeting.partnershipId, MEETING_NOT_FOUND);
    const listings = await this.dataSource
      .getRepository(AgendaListing)
      .createQueryBuilder('i')
      .leftJoin(CaseListEntry, 'c', 'c.case_id = i.case_id')
      .where('i.meeting_id = :meetingId', { meetingId })
      .orderBy("CASE c.risk_band WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'standard' THEN 2 ELSE 3 END")
      .addOrderBy('c.referral_date')
      .addOrderBy('i.case_id')
      .getMany();
    const caseIds = listings.map((listing) => listing.caseId);
    const cases = new Map(
      (await this.dataSource.getRepository(CaseListEntry).findBy({ caseId: In(caseIds) })).map((row) => [row.caseId, row]),
    );
    const actions = await this.dataSource.getRepository(CaseListAction).find({
      where: { caseId: In(caseIds), completedOn: IsNull() },
      order: { dueDate: 'ASC', actionId: 'ASC' },
    });
    const items = listings.map((listing): AgendaItem => {
      const row = cases.get(listing.caseId);
      return {
        caseId: listing.caseId,
        victimPersonId: row?.victimPersonId ?? null,
        victimName: row?.victimName ?? null,
        riskBand: row?.riskBand ?? null,
        isRepeat: row?.isRepeat ?? false,
        relisting: listing.relisting,
        referringAgency: row?.referringAgency ?? null,
        referralDate: row?.referralDate ?? null,
        status: row?.status ?? null,
        heardOn: listing.heardOn,
        agenciesPresent: listing.agenciesPresent,
        // A closed case chases none of its actions (chasesActions in the domain).
        outstandingActions: actions
          .filter((action) => action.caseId === listing.caseId && row?.status === 'open')
          .map((action) => ({ actionId: action.actionId, agency: action.agency, dueDate: action.dueDate, overdue: action.dueDate < asOf })),
      };
    });
    return {
      meetingId,
      maracId: meeting.maracId,
      partnershipId: meeting.partnershipId,
      date: meeting.meetingDate,
      status: meeting.status,
      agenciesPresent: meeting.agenciesPresent ?? [],
      asOf,
      cases: items,
    };
  }
}
