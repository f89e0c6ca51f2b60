import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import { batchRows, streamId, type Projection } from '@app/projections';
import { ALERT_STREAM_CATEGORY, ALERT_URGENCY, type AlertAudience, type AlertEvent } from '../domain/index.js';
import { alertViewOf, type AlertSqlRow } from './alert-view.js';

const COLUMNS = [
  ['alert_id', 'text'],
  ['partnership_id', 'text'],
  ['kind', 'text'],
  ['urgency', 'integer'],
  ['state', 'text'],
  ['occurrence', 'integer'],
  ['record_kind', 'text'],
  ['record_id', 'text'],
  ['audience_kind', 'text'],
  ['audience_value', 'text'],
  ['due_on', 'date'],
  ['link', 'text'],
  ['raised_at', 'timestamptz'],
  ['acknowledged_at', 'timestamptz'],
  ['acknowledged_by', 'text'],
  ['resolved_at', 'timestamptz'],
  ['resolved_by', 'text'],
  ['auto_resolved', 'boolean'],
  ['last_revision', 'integer'],
] as const;

const columnList = COLUMNS.map(([name]) => name).join(', ');
const UPSERT = `
  INSERT INTO alerts (${columnList})
  SELECT ${columnList} FROM ${batchRows('b', COLUMNS.map(([n, t]) => `${n} ${t}`).join(', '))}
  ON CONFLICT (alert_id) DO UPDATE SET ${COLUMNS.slice(1)
    .map(([name]) => `${name} = EXCLUDED.${name}`)
    .join(', ')}
  WHERE alerts.last_revision < EXCLUDED.last_revision`;
const INSERT_FEED = `
  INSERT INTO alert_feed (position_commit, position_prepare, alert_id, partnership_id, audience_kind, audience_value, change, alert)
  SELECT position_commit, position_prepare, alert_id, partnership_id, audience_kind, audience_value, change, alert
  FROM ${batchRows('b', 'position_commit numeric, position_prepare bigint, alert_id text, partnership_id text, audience_kind text, audience_value text, change text, alert jsonb')}
  ON CONFLICT DO NOTHING`;

const audienceValue = (a: AlertAudience) => (a.kind === 'role' ? a.role : a.kind === 'team' ? a.team : a.userId);

/**
 * `alerts` (each slot's latest raised occurrence) and `alert_feed` (each change of a raised alert at its
 * log position) from the alert streams. Scheduled and withdrawn alerts were never seen: no row, no feed
 * entry. An event at or below a row's revision was applied already (a replay changes nothing; the feed's
 * key is the position). No personal data.
 */
export const alertsProjection: Projection = {
  name: 'alerts',
  readsPersonalData: false,
  filter: { categories: [ALERT_STREAM_CATEGORY] },
  tables: ['alerts', 'alert_feed'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const ids = [...new Set(envelopes.map((e) => streamId(e.streamName)))];
    const rows = new Map<string, AlertSqlRow>(
      (
        await manager.query<AlertSqlRow[]>(
          `SELECT ${COLUMNS.map(([n, t]) => (t === 'date' ? `${n}::text AS ${n}` : n)).join(', ')} FROM alerts WHERE alert_id = ANY($1)`,
          [ids],
        )
      ).map((row) => [row.alert_id, { ...row, last_revision: Number(row.last_revision) }]),
    );
    const touched = new Set<string>();
    const feed: Record<string, unknown>[] = [];
    for (const envelope of envelopes) {
      const event = envelope.event as AlertEvent;
      const id = streamId(envelope.streamName);
      const row = rows.get(id);
      if (row && row.last_revision >= envelope.revision) continue;
      const at = envelope.revision;
      let next: AlertSqlRow | undefined;
      let change: string | undefined;
      switch (event.type) {
        case 'AlertRaised': {
          const d = event.data;
          next = {
            alert_id: id,
            partnership_id: d.partnershipId,
            kind: d.kind,
            urgency: ALERT_URGENCY[d.kind],
            state: 'raised',
            occurrence: d.occurrence,
            record_kind: d.record.kind,
            record_id: d.record.id,
            audience_kind: d.audience.kind,
            audience_value: audienceValue(d.audience),
            due_on: d.dueOn,
            link: d.link,
            raised_at: d.raisedAt,
            acknowledged_at: null,
            acknowledged_by: null,
            resolved_at: null,
            resolved_by: null,
            auto_resolved: false,
            last_revision: at,
          };
          change = 'raised';
          break;
        }
        case 'AlertAcknowledged':
          if (row)
            next = { ...row, state: 'acknowledged', acknowledged_at: event.data.at, acknowledged_by: event.data.by, last_revision: at };
          change = 'acknowledged';
          break;
        case 'AlertResolved':
          if (row) next = { ...row, state: 'resolved', resolved_at: event.data.at, resolved_by: event.data.by, last_revision: at };
          change = 'resolved';
          break;
        case 'AlertAutoResolved':
          if (row)
            next = { ...row, state: 'resolved', resolved_at: event.data.at, resolved_by: null, auto_resolved: true, last_revision: at };
          change = 'auto-resolved';
          break;
        case 'AlertScheduled':
        case 'AlertWithdrawn':
          if (row) next = { ...row, last_revision: at };
          break;
      }
      if (!next) continue;
      rows.set(id, next);
      touched.add(id);
      if (change) {
        feed.push({
          position_commit: envelope.position.commit.toString(),
          position_prepare: envelope.position.prepare.toString(),
          alert_id: id,
          partnership_id: next.partnership_id,
          audience_kind: next.audience_kind,
          audience_value: next.audience_value,
          change,
          alert: alertViewOf(next),
        });
      }
    }
    const upserts = [...touched].map((id) => rows.get(id)!);
    if (upserts.length) await manager.query(UPSERT, [JSON.stringify(upserts), upserts.length]);
    if (feed.length) await manager.query(INSERT_FEED, [JSON.stringify(feed), feed.length]);
  },
};
