import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { NotFoundError } from '@app/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { assertCallerMayAccess, assertCallerRole, type Caller } from '@app/access';
import { MEETING_NOT_FOUND } from '../application/not-found-messages.js';
import { DateProperty } from '@app/periods';
import { MARAC_AGENCIES, RISK_BANDS, type RiskBand } from '../domain/index.js';
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

export class AgendaAction {
  @ApiProperty({ example: 'action-1' }) actionId: string;
  @ApiProperty({ enum: MARAC_AGENCIES, example: 'housing' }) agency: string;
  @DateProperty({ example: '2025-05-24' }) dueDate: string;
  @ApiProperty({ example: false }) overdue: boolean;
}

/** The case's referral and status come from the case list: null until the case list has applied the referral. */
export class AgendaItem {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_CASE_ID }) caseId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: EXAMPLE_PERSON_ID }) victimPersonId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Demo Victim 0001',
    description: "Null once the victim's personal data is erased.",
  })
  victimName: string | null;
  @ApiProperty({ type: String, enum: [...RISK_BANDS, null], nullable: true, example: 'high' }) riskBand: RiskBand | null;
  @ApiProperty({ example: false }) isRepeat: boolean;
  @ApiProperty({ example: false, description: 'Listed again after a further incident.' }) relisting: boolean;
  @ApiProperty({ type: String, enum: [...MARAC_AGENCIES, null], nullable: true, example: 'police' }) referringAgency: string | null;
  @DateProperty({ example: '2025-04-10', nullable: true }) referralDate: string | null;
  @ApiProperty({ type: String, enum: ['open', 'closed', 'voided', null], nullable: true, example: 'open' }) status: string | null;
  @DateProperty({ example: null, nullable: true, description: 'The day it was heard at this meeting.' }) heardOn: string | null;
  @ApiProperty({ type: [String], nullable: true, example: null, description: 'The agencies present when it was heard.' })
  agenciesPresent: string[] | null;
  @ApiProperty({ type: [AgendaAction] }) outstandingActions: AgendaAction[];
}

export class MeetingAgenda {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_MEETING_ID }) meetingId: string;
  @ApiProperty({ example: EXAMPLE_MARAC_ID }) maracId: string;
  @ApiProperty({ example: EXAMPLE_PARTNERSHIP_ID }) partnershipId: string;
  @DateProperty({ example: '2025-04-24' }) date: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'], example: 'scheduled' }) status: string;
  @ApiProperty({
    type: [String],
    example: ['police', 'idva'],
    description: 'The agencies present, once the meeting is marked held (empty before).',
  })
  agenciesPresent: string[];
  @DateProperty({ example: '2025-04-20' }) asOf: string;
  @ApiProperty({ type: [AgendaItem] }) cases: AgendaItem[];
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
