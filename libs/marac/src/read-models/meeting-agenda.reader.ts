import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import { DataSource } from 'typeorm';
import { assertCallerMayAccess, assertCallerRole, type Caller } from '@app/access';
import { MEETING_NOT_FOUND } from '../application/not-found-messages.js';
import type { RiskBand } from '../domain/index.js';

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
  referringAgency: string;
  referralDate: string;
  status: string;
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
  asOf: string;
  cases: AgendaItem[];
}

/** A meeting's agenda: the cases listed, each with its current risk band, repeat flag and outstanding actions. */
@Injectable()
export class MeetingAgendaReader {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caller: Caller, meetingId: string, asOf: string): Promise<MeetingAgenda> {
    assertCallerRole(caller, 'coordinator');
    const meetings: Record<string, string>[] = await this.dataSource.query(
      `SELECT meeting_id, marac_id, partnership_id, meeting_date::text AS meeting_date, status FROM marac_meetings WHERE meeting_id = $1`,
      [meetingId],
    );
    if (meetings.length === 0) throw new NotFoundError(MEETING_NOT_FOUND);
    const meeting = meetings[0];
    assertCallerMayAccess(caller, meeting.partnership_id, MEETING_NOT_FOUND);
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT i.case_id, i.relisting, i.heard_on::text AS heard_on, i.agencies_present, c.victim_person_id, c.victim_name, c.risk_band, c.is_repeat, c.referring_agency,
              c.referral_date::text AS referral_date, c.status,
              COALESCE((SELECT json_agg(json_build_object('actionId', a.action_id, 'agency', a.agency, 'dueDate', a.due_date::text,
                                 'overdue', a.due_date < $2::date) ORDER BY a.due_date, a.action_id)
                        FROM marac_case_actions a WHERE a.case_id = i.case_id AND a.completed_on IS NULL), '[]'::json) AS actions
       FROM marac_agenda_items i LEFT JOIN marac_case_list c ON c.case_id = i.case_id
       WHERE i.meeting_id = $1
       ORDER BY CASE c.risk_band WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'standard' THEN 2 ELSE 3 END, c.referral_date, i.case_id`,
      [meetingId, asOf],
    );
    return {
      meetingId,
      maracId: meeting.marac_id,
      partnershipId: meeting.partnership_id,
      date: meeting.meeting_date,
      status: meeting.status,
      asOf,
      cases: rows.map((row) => ({
        caseId: row.case_id as string,
        victimPersonId: (row.victim_person_id as string | null) ?? null,
        victimName: (row.victim_name as string | null) ?? null,
        riskBand: (row.risk_band as RiskBand | null) ?? null,
        isRepeat: Boolean(row.is_repeat),
        relisting: row.relisting as boolean,
        referringAgency: row.referring_agency as string,
        referralDate: row.referral_date as string,
        status: row.status as string,
        heardOn: (row.heard_on as string | null) ?? null,
        agenciesPresent: (row.agencies_present as string[] | null) ?? null,
        outstandingActions: row.actions as AgendaAction[],
      })),
    };
  }
}
