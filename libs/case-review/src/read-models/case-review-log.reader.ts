import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isAfter, workingDaysBetween, type IsoDate } from '@app/periods';
import { CaseReviewApplicationRow } from './case-review-application-row.entity.js';

export interface LogFilter {
  partnershipId: string;
  stage?: string;
  overdueOnly: boolean;
  today: IsoDate;
  page: number;
  pageSize: number;
}

export interface LogEntry {
  applicationId: string;
  receivedOn: IsoDate;
  channel: string;
  behaviourTypes: string[];
  stage: string;
  dueOn: IsoDate | null;
  /** Calendar days past the due date of the waiting stage; 0 when not overdue. */
  daysOverdue: number;
  /** Working days (England and Wales) from today to the due date; null when nothing waits or it is overdue. */
  workingDaysLeft: number | null;
  /** Due within the application's procedure's `dueSoonWorkingDays` (the day its due-soon alert is raised) and not overdue. */
  dueSoon: boolean;
  bodiesNotified: string[];
  thresholdMet: boolean | null;
  discretionaryReview: boolean;
  reviewHeldOn: IsoDate | null;
  recommendations: number;
  outcomeSentOn: IsoDate | null;
  escalationOutcome: string | null;
}

/** The single point of contact's log (case_review_applications): overdue first, then by due date. */
@Injectable()
export class CaseReviewLogReader {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: LogFilter): Promise<{ items: LogEntry[]; total: number }> {
    const query = this.dataSource
      .createQueryBuilder(CaseReviewApplicationRow, 'a')
      .where('a.partnership_id = :partnershipId', { partnershipId: filter.partnershipId });
    if (filter.stage) query.andWhere('a.stage = :stage', { stage: filter.stage });
    if (filter.overdueOnly) query.andWhere('a.due_on < CAST(:today AS date)', { today: filter.today });
    const total = await query.getCount();
    const rows = await query
      .select([
        'a.application_id AS application_id',
        'a.received_on::text AS received_on',
        'a.channel AS channel',
        'a.behaviour_types AS behaviour_types',
        'a.stage AS stage',
        'a.due_on::text AS due_on',
        'GREATEST(CAST(:today AS date) - a.due_on, 0) AS days_overdue',
        'a.bodies_notified AS bodies_notified',
        'a.threshold_met AS threshold_met',
        'a.discretionary_review AS discretionary_review',
        'a.review_held_on::text AS review_held_on',
        'a.recommendations AS recommendations',
        'a.outcome_sent_on::text AS outcome_sent_on',
        'a.escalation_outcome AS escalation_outcome',
        'a.due_soon_working_days AS due_soon_working_days',
      ])
      .setParameter('today', filter.today)
      .orderBy('(a.due_on < CAST(:today AS date))', 'DESC', 'NULLS LAST')
      .addOrderBy('a.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('a.received_on', 'DESC')
      .addOrderBy('a.application_id')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getRawMany<Record<string, unknown>>();
    return {
      total,
      items: rows.map((row) => {
        const dueOn = (row.due_on as string | null) ?? null;
        const workingDaysLeft = dueOn === null || isAfter(filter.today, dueOn) ? null : workingDaysBetween(filter.today, dueOn);
        return {
          applicationId: row.application_id as string,
          receivedOn: row.received_on as string,
          channel: row.channel as string,
          behaviourTypes: row.behaviour_types as string[],
          stage: row.stage as string,
          dueOn,
          daysOverdue: Number(row.days_overdue ?? 0),
          workingDaysLeft,
          dueSoon: workingDaysLeft !== null && workingDaysLeft <= Number(row.due_soon_working_days),
          bodiesNotified: row.bodies_notified as string[],
          thresholdMet: row.threshold_met as boolean | null,
          discretionaryReview: row.discretionary_review as boolean,
          reviewHeldOn: (row.review_held_on as string | null) ?? null,
          recommendations: Number(row.recommendations),
          outcomeSentOn: (row.outcome_sent_on as string | null) ?? null,
          escalationOutcome: (row.escalation_outcome as string | null) ?? null,
        };
      }),
    };
  }
}
