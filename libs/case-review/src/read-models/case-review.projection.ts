import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, streamId, type Projection } from '@app/projections';
import { CASE_REVIEW_STREAM_CATEGORY, type CaseReviewApplicationEvent, type RelevantBody, type StageTiming } from '../domain/index.js';

const APPLICATION_COLUMNS = [
  ['application_id', 'text'],
  ['partnership_id', 'text'],
  ['received_on', 'date'],
  ['channel', 'text'],
  ['behaviour_types', 'text[]'],
  ['bodies_notified', 'text[]'],
  ['on_behalf_of_victim', 'boolean'],
  ['stage', 'text'],
  ['due_on', 'date'],
  ['acknowledged_on', 'date'],
  ['decided_on', 'date'],
  ['threshold_met', 'boolean'],
  ['qualifying_complaints', 'integer'],
  ['required_complaints', 'integer'],
  ['discretionary_review', 'boolean'],
  ['review_held_on', 'date'],
  ['recommendations', 'integer'],
  ['outcome_sent_on', 'date'],
  ['escalation_requested_on', 'date'],
  ['escalation_decided_on', 'date'],
  ['escalation_outcome', 'text'],
  ['applicant_person_id', 'text'],
  ['victim_person_id', 'text'],
  ['due_soon_working_days', 'integer'],
  ['last_revision', 'integer'],
] as const;

type ApplicationRow = Record<(typeof APPLICATION_COLUMNS)[number][0], unknown> & {
  application_id: string;
  partnership_id: string;
  last_revision: number;
  stage: string;
  outcome_sent_on: string | null;
  review_held_on: string | null;
};

interface StageRow {
  application_id: string;
  revision: number;
  partnership_id: string;
  stage: string;
  due_on: string;
  done_on: string;
  late: boolean;
}

interface RecommendationRow {
  application_id: string;
  recommendation_id: string;
  partnership_id: string;
  body: string;
  made_on: string;
  due_on: string;
  completed: boolean | null;
  recorded_on: string | null;
}

/** `police`, `housing-provider: Riverside Homes`: how the log names a body. */
export function bodyLabel({ body, bodyName }: RelevantBody): string {
  return bodyName ? `${body}: ${bodyName}` : body;
}

// Dates read back as text: pg would make them Dates in the server's time zone.
const selectApplications = APPLICATION_COLUMNS.map(([name, type]) => (type === 'date' ? `${name}::text AS ${name}` : name)).join(', ');
const columnList = APPLICATION_COLUMNS.map(([name]) => name).join(', ');
const columnDefinitions = APPLICATION_COLUMNS.map(([name, type]) => `${name} ${type}`).join(', ');
const UPSERT_APPLICATIONS = `
  INSERT INTO case_review_applications (${columnList})
  SELECT ${columnList} FROM ${batchRows('b', columnDefinitions)}
  ON CONFLICT (application_id) DO UPDATE SET ${APPLICATION_COLUMNS.slice(1)
    .map(([name]) => `${name} = EXCLUDED.${name}`)
    .join(', ')}
  WHERE case_review_applications.last_revision < EXCLUDED.last_revision`;

/**
 * The Case Review read models from the applications' streams: one row per application (its stage, next
 * due date and the date of each event the figures count), the stages done with their timing, and the
 * recommendations. A batch reads the rows of the applications it touches, applies its events to them in
 * order (an event at or below a row's revision was applied already: a replay changes nothing) and writes
 * each table in one statement. No personal data: the free text stays in the events.
 */
export const caseReviewProjection: Projection = {
  name: 'case_review',
  readsPersonalData: false,
  filter: { categories: [CASE_REVIEW_STREAM_CATEGORY] },
  tables: ['case_review_applications', 'case_review_stages', 'case_review_recommendations'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const ids = [...new Set(envelopes.map((envelope) => streamId(envelope.streamName)))];
    const applications = new Map<string, ApplicationRow>(
      (
        await manager.query<ApplicationRow[]>(`SELECT ${selectApplications} FROM case_review_applications WHERE application_id = ANY($1)`, [
          ids,
        ])
      ).map((row) => [row.application_id, { ...row, last_revision: Number(row.last_revision) }]),
    );
    const recommendations = new Map<string, RecommendationRow>(
      (
        await manager.query<RecommendationRow[]>(
          `SELECT application_id, recommendation_id, partnership_id, body, made_on::text AS made_on, due_on::text AS due_on, completed,
                recorded_on::text AS recorded_on
         FROM case_review_recommendations WHERE application_id = ANY($1)`,
          [ids],
        )
      ).map((row) => [`${row.application_id}/${row.recommendation_id}`, row]),
    );
    const touchedRecommendations = new Set<string>();
    const stages: StageRow[] = [];

    for (const envelope of envelopes) {
      const event = envelope.event as CaseReviewApplicationEvent;
      const id = streamId(envelope.streamName);
      if (event.type === 'CaseReviewApplicationReceived') {
        if (applications.has(id)) continue;
        const d = event.data;
        applications.set(id, {
          application_id: id,
          partnership_id: d.partnershipId,
          received_on: d.receivedOn,
          channel: d.channel,
          behaviour_types: d.behaviourTypes,
          bodies_notified: d.bodiesNotified.map(bodyLabel),
          on_behalf_of_victim: d.onBehalfOfVictim,
          stage: 'acknowledge',
          due_on: d.acknowledgeBy,
          acknowledged_on: null,
          decided_on: null,
          threshold_met: null,
          qualifying_complaints: null,
          required_complaints: null,
          discretionary_review: false,
          review_held_on: null,
          recommendations: 0,
          outcome_sent_on: null,
          escalation_requested_on: null,
          escalation_decided_on: null,
          escalation_outcome: null,
          applicant_person_id: d.applicantPersonId,
          victim_person_id: d.victimPersonId,
          due_soon_working_days: d.procedure.dueSoonWorkingDays,
          last_revision: envelope.revision,
        });
        continue;
      }
      const row = applications.get(id);
      if (!row || row.last_revision >= envelope.revision) continue;
      row.last_revision = envelope.revision;
      const stageDone = (stage: string, doneOn: string, timing: StageTiming) =>
        stages.push({
          application_id: id,
          revision: envelope.revision,
          partnership_id: row.partnership_id,
          stage,
          due_on: timing.dueOn,
          done_on: doneOn,
          late: timing.late,
        });
      switch (event.type) {
        case 'CaseReviewApplicationAcknowledged':
          Object.assign(row, { acknowledged_on: event.data.acknowledgedOn, stage: 'decide', due_on: event.data.decideBy });
          stageDone('acknowledge', event.data.acknowledgedOn, event.data.timing);
          break;
        case 'CaseReviewThresholdDecided':
          Object.assign(row, {
            decided_on: event.data.decidedOn,
            threshold_met: event.data.met,
            qualifying_complaints: event.data.qualifyingComplaints,
            required_complaints: event.data.required,
            discretionary_review: event.data.discretionaryReview,
            stage: event.data.next.stage,
            due_on: event.data.next.dueOn,
          });
          stageDone('decide', event.data.decidedOn, event.data.timing);
          break;
        case 'CaseReviewHeld':
          Object.assign(row, {
            review_held_on: event.data.heldOn,
            recommendations: event.data.recommendations.length,
            stage: 'outcome',
            due_on: event.data.outcomeBy,
          });
          stageDone('review', event.data.heldOn, event.data.timing);
          for (const recommendation of event.data.recommendations) {
            const key = `${id}/${recommendation.recommendationId}`;
            recommendations.set(key, {
              application_id: id,
              recommendation_id: recommendation.recommendationId,
              partnership_id: row.partnership_id,
              body: bodyLabel(recommendation),
              made_on: event.data.heldOn,
              due_on: recommendation.dueOn,
              completed: null,
              recorded_on: null,
            });
            touchedRecommendations.add(key);
          }
          break;
        case 'CaseReviewRecommendationCompleted': {
          const key = `${id}/${event.data.recommendationId}`;
          const recommendation = recommendations.get(key);
          if (recommendation) Object.assign(recommendation, { completed: event.data.completed, recorded_on: event.data.recordedOn });
          touchedRecommendations.add(key);
          break;
        }
        case 'CaseReviewOutcomeSent':
          Object.assign(row, { outcome_sent_on: event.data.sentOn, stage: 'closed', due_on: null });
          stageDone('outcome', event.data.sentOn, event.data.timing);
          break;
        // One escalation per application in the figures (the decider refuses a second): a stream written before
        // that rule keeps its first escalation and that one's decision here; a later one still moves the stage.
        case 'CaseReviewEscalationRequested':
          if (row.escalation_requested_on === null) Object.assign(row, { escalation_requested_on: event.data.requestedOn });
          break;
        case 'CaseReviewEscalationDecided':
          if (row.escalation_decided_on === null)
            Object.assign(row, { escalation_decided_on: event.data.decidedOn, escalation_outcome: event.data.outcome });
          if (event.data.reviewBy !== null) Object.assign(row, { stage: 'review', due_on: event.data.reviewBy, outcome_sent_on: null });
          break;
        case 'CaseReviewStageDueSoon':
        case 'CaseReviewStageOverdue':
          break;
        default:
          event satisfies never;
      }
    }

    await bulk(manager, UPSERT_APPLICATIONS, [...applications.values()]);
    await bulk(
      manager,
      `INSERT INTO case_review_stages (application_id, revision, partnership_id, stage, due_on, done_on, late)
       SELECT application_id, revision, partnership_id, stage, due_on, done_on, late
       FROM ${batchRows('b', 'application_id text, revision integer, partnership_id text, stage text, due_on date, done_on date, late boolean')}
       ON CONFLICT DO NOTHING`,
      stages,
    );
    await bulk(
      manager,
      `INSERT INTO case_review_recommendations (application_id, recommendation_id, partnership_id, body, made_on, due_on, completed, recorded_on)
       SELECT application_id, recommendation_id, partnership_id, body, made_on, due_on, completed, recorded_on
       FROM ${batchRows('b', 'application_id text, recommendation_id text, partnership_id text, body text, made_on date, due_on date, completed boolean, recorded_on date')}
       ON CONFLICT (application_id, recommendation_id) DO UPDATE SET completed = EXCLUDED.completed, recorded_on = EXCLUDED.recorded_on`,
      [...touchedRecommendations].map((key) => recommendations.get(key)).filter((row) => row !== undefined),
    );
  },
};
