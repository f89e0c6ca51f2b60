import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The alerts read models: each slot's latest raised occurrence, and the feed of changes the live stream follows. */
export class Alerts1767000000000 implements MigrationInterface {
  name = 'Alerts1767000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE alerts (
        alert_id         text PRIMARY KEY,
        partnership_id   text NOT NULL,
        kind             text NOT NULL,
        urgency          integer NOT NULL,
        state            text NOT NULL,
        occurrence       integer NOT NULL,
        record_kind      text NOT NULL,
        record_id        text NOT NULL,
        audience_kind    text NOT NULL,
        audience_value   text NOT NULL,
        due_on           date NOT NULL,
        link             text NOT NULL,
        raised_at        timestamptz NOT NULL,
        acknowledged_at  timestamptz,
        acknowledged_by  text,
        resolved_at      timestamptz,
        resolved_by      text,
        auto_resolved    boolean NOT NULL,
        last_revision    integer NOT NULL
      )`);
    await runner.query(`CREATE INDEX alerts_partnership_state ON alerts (partnership_id, state, urgency, due_on)`);
    await runner.query(`
      CREATE TABLE alert_feed (
        position_commit   numeric NOT NULL,
        position_prepare  bigint NOT NULL,
        alert_id          text NOT NULL,
        partnership_id    text NOT NULL,
        audience_kind     text NOT NULL,
        audience_value    text NOT NULL,
        change            text NOT NULL,
        alert             jsonb NOT NULL,
        PRIMARY KEY (position_commit, position_prepare)
      )`);
    await runner.query(`CREATE INDEX alert_feed_partnership ON alert_feed (partnership_id, position_commit, position_prepare)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE alert_feed`);
    await runner.query(`DROP TABLE alerts`);
  }
}
