import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, bulk, streamId, type Projection } from '@app/projections';
import type { VsCaseEvent } from '../domain/index.js';

interface Row {
  case_id: string;
  service_id: string;
  first_scored_on: string | null;
  first_scores: Record<string, number> | null;
  last_scored_on: string | null;
  last_scores: Record<string, number> | null;
  scorings: number;
  last_revision: number;
}
const COLUMNS =
  'case_id text, service_id text, first_scored_on date, first_scores jsonb, last_scored_on date, last_scores jsonb, scorings integer, last_revision integer';
const NAMES = COLUMNS.split(', ').map((c) => c.split(' ')[0]);

/**
 * vs_outcome_scores: a row per case from its referral, its first and last Outcome Star scorings (the decider
 * records them in date order, so the last appended is the latest). Rows are guarded by stream revision: a
 * batch applied twice changes nothing. Its own projection, so it fills from the start of the log.
 */
export const outcomeScoresProjection: Projection = {
  name: 'vs_outcome_scores',
  readsPersonalData: false,
  filter: { categories: ['vs_case'] },
  tables: ['vs_outcome_scores'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const touched = [
      ...new Set(
        (envelopes as EventEnvelope<VsCaseEvent>[])
          .filter((e) => e.event.type === 'VsOutcomeScoresRecorded')
          .map((e) => streamId(e.streamName)),
      ),
    ];
    const existing: Row[] =
      touched.length === 0
        ? []
        : await manager.query(
            `SELECT case_id, service_id, first_scored_on::text AS first_scored_on, first_scores, last_scored_on::text AS last_scored_on,
                    last_scores, scorings, last_revision FROM vs_outcome_scores WHERE case_id = ANY($1)`,
            [touched],
          );
    const rows = new Map(existing.map((row) => [row.case_id, row]));
    const changed = new Set<string>();
    for (const { event, revision } of envelopes as EventEnvelope<VsCaseEvent>[]) {
      if (event.type === 'VsVictimReferred') {
        if (rows.has(event.data.caseId)) continue;
        rows.set(event.data.caseId, {
          case_id: event.data.caseId,
          service_id: event.data.serviceId,
          first_scored_on: null,
          first_scores: null,
          last_scored_on: null,
          last_scores: null,
          scorings: 0,
          last_revision: revision,
        });
        changed.add(event.data.caseId);
      } else if (event.type === 'VsOutcomeScoresRecorded') {
        const row = rows.get(event.data.caseId);
        if (!row || row.last_revision >= revision) continue;
        if (row.scorings === 0) {
          row.first_scored_on = event.data.assessedOn;
          row.first_scores = event.data.scores;
        }
        row.last_scored_on = event.data.assessedOn;
        row.last_scores = event.data.scores;
        row.scorings += 1;
        row.last_revision = revision;
        changed.add(event.data.caseId);
      }
    }
    await bulk(
      manager,
      `INSERT INTO vs_outcome_scores (${NAMES.join(', ')}) SELECT ${NAMES.join(', ')} FROM ${batchRows('x', COLUMNS)}
       ON CONFLICT (case_id) DO UPDATE SET ${NAMES.filter((n) => n !== 'case_id')
         .map((n) => `${n} = EXCLUDED.${n}`)
         .join(', ')}
       WHERE vs_outcome_scores.last_revision < EXCLUDED.last_revision`,
      [...changed].map((id) => rows.get(id)!),
    );
  },
};
