import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bearer } from '@app/access';
import { EVENT_STORE, type EventEnvelope, type EventStore } from '@app/event-store';
import type { BoundedContext } from '@app/kit';
import type { Projection } from '@app/projections';
import { CountedEventsTable1763800000001, countingProjection, startTestApp, type TestApp } from '@app/testing';
import { counterContext } from './support/counter.context.js';
import { append, waitFor } from './support/task-ledger.js';

/**
 * One event a projection cannot apply (here a number its integer column cannot hold, appended straight to the
 * event store, past the edge that refuses such numbers; in the reported defect a NUL in a name, which the event
 * store holds encrypted) stops that projection only: /health/ready answers 200 "degraded" naming it
 * and the position it is stuck at, a metric counts its failed attempts, and the API and the other projections
 * go on serving.
 */
class NotesTable1765000000001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE test_notes (event_id uuid PRIMARY KEY, text text NOT NULL, words integer NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE test_notes');
  }
}

const notesProjection: Projection = {
  name: 'test_notes',
  filter: { categories: ['test_note'] },
  tables: ['test_notes'],
  async apply(events: readonly EventEnvelope[], manager: EntityManager) {
    const notes = events.map((e) => e.event.data as { text: string; words: number });
    await manager.query('INSERT INTO test_notes (event_id, text, words) SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[])', [
      events.map((e) => e.metadata.eventId),
      notes.map((note) => note.text),
      notes.map((note) => note.words),
    ]);
  },
};

const notesContext: BoundedContext = {
  name: 'test-notes',
  eventTypes: { NoteWritten: 1, Loaded: 1 },
  entities: [],
  migrations: [NotesTable1765000000001, CountedEventsTable1763800000001],
  projections: [notesProjection, countingProjection()],
};

describe('a projection that cannot apply an event', () => {
  let harness: TestApp;
  let store: EventStore;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  beforeAll(async () => {
    harness = await startTestApp([notesContext, counterContext], { RUN_PROJECTIONS: 'true' });
    store = harness.app.get(EVENT_STORE);
    server = harness.app.getHttpServer();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const ready = async () => (await request(server).get('/health/ready').expect(200)).body;
  const entry = async (name: string) => (await ready()).projections.find((p: { name: string }) => p.name === name);

  it('is reported loudly by name and position while the API and the other projections keep serving', async () => {
    await append(store, `test_note-${randomUUID()}`, 'NoteWritten', { text: 'fine', words: 1 });
    await waitFor(async () => (await ready()).status === 'ok');
    const good = await entry('test_notes');
    expect(good).toMatchObject({ lag: 0, head: good.position });
    expect(good.stalled).toBeUndefined();

    await append(store, `test_note-${randomUUID()}`, 'NoteWritten', { text: 'Secret Name', words: 3_000_000_000 });
    await waitFor(async () => (await entry('test_notes'))?.stalled?.attempts >= 2);
    const body = await ready();
    expect(body.status).toBe('degraded');
    const stuck = body.projections.find((p: { name: string }) => p.name === 'test_notes');
    expect(stuck).toMatchObject({
      name: 'test_notes',
      position: good.position,
      stalled: { position: good.position, error: 'database error 22003' },
    });
    expect(stuck.lag).toBeGreaterThan(0);
    expect(stuck.head).not.toBe(stuck.position);
    expect(JSON.stringify(body)).not.toMatch(/Secret/);

    const admin = await bearer(harness.app, { id: 'e2e-admin', roles: ['admin', 'coordinator'], partnerships: ['north'] });
    const metrics = await request(server).get('/metrics').set('Authorization', admin).expect(200);
    expect(metrics.text).toMatch(/projection_stalled_attempts\{projection="test_notes"\} [1-9]/);
    expect(metrics.text).toMatch(/projection_stalled_attempts\{projection="counted_events"\} 0/);

    // The API keeps serving commands and reads, and another projection keeps applying the log.
    const counter = await request(server).post('/test-counters').set('Authorization', admin).expect(201);
    await request(server).get(`/test-counters/${counter.body.counterId}`).set('Authorization', admin).expect(200);
    await append(store, `load-${randomUUID()}`, 'Loaded', { n: 1 });
    await waitFor(async () => (await entry('counted_events'))?.lag === 0 && (await entry('counted_events'))?.position !== '-1/-1');
    expect((await harness.app.get(DataSource).query('SELECT count(*)::int AS n FROM counted_events'))[0].n).toBe(1);
    expect((await ready()).status).toBe('degraded');
  });
});
