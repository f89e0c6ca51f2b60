import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DateRange, IsoDate } from '@app/periods';

/** The statutory figures and those reported beside them, each counted by the date of its own event. */
export interface CaseReviewFigureCounts {
  applications: number;
  thresholdNotMet: number;
  reviewsCarriedOut: number;
  reviewsWithRecommendations: number;
  discretionaryReviews: number;
  escalations: number;
  escalationsUpheld: number;
  escalationsOverturned: number;
  stagesDone: number;
  stagesDoneOnTime: number;
}

export interface RecommendationsOfBody {
  body: string;
  made: number;
  completed: number;
  notCompleted: number;
  overdue: number;
}

/** Counts over case_review_applications, case_review_stages and case_review_recommendations for a partnership and period. */
@Injectable()
export class CaseReviewFiguresReader {
  constructor(private readonly dataSource: DataSource) {}

  async counts(partnershipId: string, { from, to }: DateRange): Promise<CaseReviewFigureCounts> {
    const within = (column: string) => `${column} BETWEEN CAST($2 AS date) AND CAST($3 AS date)`;
    const [row] = await this.dataSource.query<Record<string, string>[]>(
      `SELECT
         count(*) FILTER (WHERE ${within('received_on')}) AS applications,
         count(*) FILTER (WHERE ${within('decided_on')} AND NOT threshold_met) AS threshold_not_met,
         count(*) FILTER (WHERE ${within('review_held_on')}) AS reviews_carried_out,
         count(*) FILTER (WHERE ${within('review_held_on')} AND recommendations > 0) AS reviews_with_recommendations,
         count(*) FILTER (WHERE ${within('decided_on')} AND discretionary_review) AS discretionary_reviews,
         count(*) FILTER (WHERE ${within('escalation_requested_on')}) AS escalations,
         count(*) FILTER (WHERE ${within('escalation_decided_on')} AND escalation_outcome = 'upheld') AS escalations_upheld,
         count(*) FILTER (WHERE ${within('escalation_decided_on')} AND escalation_outcome = 'overturned') AS escalations_overturned
       FROM case_review_applications WHERE partnership_id = $1`,
      [partnershipId, from, to],
    );
    const [stages] = await this.dataSource.query<Record<string, string>[]>(
      `SELECT count(*) AS done, count(*) FILTER (WHERE NOT late) AS on_time
       FROM case_review_stages WHERE partnership_id = $1 AND ${within('done_on')}`,
      [partnershipId, from, to],
    );
    return {
      applications: Number(row.applications),
      thresholdNotMet: Number(row.threshold_not_met),
      reviewsCarriedOut: Number(row.reviews_carried_out),
      reviewsWithRecommendations: Number(row.reviews_with_recommendations),
      discretionaryReviews: Number(row.discretionary_reviews),
      escalations: Number(row.escalations),
      escalationsUpheld: Number(row.escalations_upheld),
      escalationsOverturned: Number(row.escalations_overturned),
      stagesDone: Number(stages.done),
      stagesDoneOnTime: Number(stages.on_time),
    };
  }

  /** Recommendations made in the period, per body: completed, not completed, and overdue on `asOf` (due and no outcome). */
  async recommendationsByBody(partnershipId: string, { from, to }: DateRange, asOf: IsoDate): Promise<RecommendationsOfBody[]> {
    const rows = await this.dataSource.query<Record<string, string>[]>(
      `SELECT body, count(*) AS made,
              count(*) FILTER (WHERE completed) AS completed,
              count(*) FILTER (WHERE completed = false) AS not_completed,
              count(*) FILTER (WHERE completed IS NULL AND due_on < CAST($4 AS date)) AS overdue
       FROM case_review_recommendations
       WHERE partnership_id = $1 AND made_on BETWEEN CAST($2 AS date) AND CAST($3 AS date)
       GROUP BY body ORDER BY body`,
      [partnershipId, from, to, asOf],
    );
    return rows.map((row) => ({
      body: row.body,
      made: Number(row.made),
      completed: Number(row.completed),
      notCompleted: Number(row.not_completed),
      overdue: Number(row.overdue),
    }));
  }
}
