import pg from 'pg';
import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ALERT_RULES_PROCESS_MANAGER } from '@app/alerts';
import { checkpointNameOf, ProcessManagersService } from '@app/kit';
import { todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from '../support/marac-registration.js';
import { registerTestPerson } from '../support/people.js';
import { exited, startNode } from '../support/processes.js';
import { referralBody } from '../support/referral-body.js';
import { waitFor } from '../support/task-ledger.js';
import { asbServiceBody, asbReferralBody } from '../support/asb-bodies.js';

/**
 * Issue 16: the alert-rules process manager survives SIGKILL without duplicate alerts. A backlog that
 * should raise alerts (overdue MARAC actions, a third of them completed later; MARAC victims referred to
 * the ASB victim service) is recorded by an API without the alerts context, so nothing has been raised;
 * then the projector (a real process, all contexts) works through it and is SIGKILLed again and again,
 * between dispatching a batch's alerts and committing its checkpoint. Restarted, it reads those events
 * again: every expected alert is raised exactly once (a completed action's alert is not raised again after
 * it resolved itself), and none is missing. Action ids repeat across cases, as clients name them.
 */
const PARTNERSHIP = 'csp-alert-kill';
const MARAC = 'alert-kill-marac';
const SERVICE = 'alert-kill-asb';
const CASES = 24;
const ACTIONS_PER_CASE = 16;
const REFERRED_TO_ASB = 12; // the victims of the first cases
const completed = (action: number) => action % 3 === 0;
const PROJECTOR = 'dist/apps/projector/src/main.js';

describe('alert rules killed while raising a backlog of alerts', () => {
  let harness: TestApp;
  const started: ReturnType<typeof startNode>[] = [];
  let pool: pg.Pool | undefined;
  const sql = async <T>(text: string, params: unknown[] = []) => (await pool!.query(text, params)).rows as T;
  // A test that fails midway must not leave a projector running (jest would wait on it for ever).
  afterAll(async () => {
    for (const worker of started) worker.kill('SIGKILL');
    await Promise.all(started.map(exited));
    await pool?.end();
    await harness?.database.drop();
  });

  it('raises each alert exactly once across restarts, and misses none', async () => {
    // The API that records the backlog runs every context but alerts: no rule sees it yet.
    harness = await startTestApp(
      boundedContexts.filter((context) => context.name !== 'alerts'),
      { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' },
    );
    const server = harness.app.getHttpServer();
    const as = async (roles: Role[]) => {
      const authorization = await bearer(harness.app, { id: `alert-kill-${roles.join('+')}`, roles, partnerships: [PARTNERSHIP] });
      return (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body);
    };
    const coordinator = await as(['coordinator']);
    const caseworker = await as(['asb-caseworker']);
    const today = todayInLondon(new Date());
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    await (await as(['admin']))('/victim-services', asbServiceBody(SERVICE, PARTNERSHIP)).expect(201);

    const cases: string[] = [];
    for (let c = 0; c < CASES; c++) {
      const victimId = await registerTestPerson(harness.app, PARTNERSHIP, `Kill Victim ${c}`);
      const referral = await coordinator('/marac/referrals', referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimId })).expect(
        201,
      );
      const caseId = (referral.body as { caseId: string }).caseId;
      cases.push(caseId);
      for (let a = 0; a < ACTIONS_PER_CASE; a++) {
        const action = { actionId: `action-${a}`, agency: 'housing', description: 'Synthetic action', dueDate: '2024-05-01' };
        await coordinator(`/marac/cases/${caseId}/actions`, action).expect(201);
      }
      for (let a = 0; a < ACTIONS_PER_CASE; a++) {
        if (completed(a)) await coordinator(`/marac/cases/${caseId}/actions/action-${a}/complete`, { completedOn: today }).expect(200);
      }
      if (c < REFERRED_TO_ASB) {
        const asb = asbReferralBody(victimId, today, 'Synthetic Road');
        await caseworker(`/victim-services/${SERVICE}/referrals`, asb).expect(201);
      }
    }
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    await harness.app.close();
    pool = new pg.Pool({ connectionString: harness.database.url, max: 2 });

    const raised = async () =>
      (await sql<{ n: number }[]>(`SELECT count(*)::int AS n FROM es_events WHERE event_type = 'AlertRaised'`))[0].n;
    /** Alerts raised by events the rules' checkpoint has not passed: dispatched, the batch not yet committed. */
    const raisedAheadOfCheckpoint = async () =>
      (
        await sql<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM es_events alert
            WHERE alert.event_type = 'AlertRaised'
              AND NOT EXISTS (
                SELECT 1 FROM es_events cause, projection_checkpoints checkpoint
                 WHERE checkpoint.name = $1 AND cause.event_id::text = alert.metadata->>'causationId'
                   AND (cause.transaction_id::text::numeric, cause.global_position)
                       <= (split_part(checkpoint.position, '/', 1)::numeric, split_part(checkpoint.position, '/', 2)::numeric))`,
          [checkpointNameOf({ name: ALERT_RULES_PROCESS_MANAGER })],
        )
      )[0].n;
    const expected = CASES * ACTIONS_PER_CASE + REFERRED_TO_ASB;
    expect(await raised()).toBe(0);

    const env = { DATABASE_URL: harness.database.url, DATA_DIR: harness.dataDir, LOG_LEVEL: 'warn' };
    let previous = 0;
    let killedAheadOfCheckpoint = 0;
    for (let kill = 0; kill < 4; kill++) {
      const worker = startNode(PROJECTOR, env);
      started.push(worker);
      await waitFor(async () => (await raised()) > previous + 30, 60_000);
      worker.kill('SIGKILL');
      await exited(worker);
      if ((await raisedAheadOfCheckpoint()) > 0) killedAheadOfCheckpoint++;
      previous = await raised();
    }
    // The kills landed where the test means them to, and left work for the last process.
    expect(killedAheadOfCheckpoint).toBeGreaterThan(0);
    expect(previous).toBeLessThan(expected);

    const last = startNode(PROJECTOR, env);
    started.push(last);
    await waitFor(async () => (await raised()) >= expected && (await raisedAheadOfCheckpoint()) === 0, 90_000);
    // Room for a duplicate, were there one: the alerts read model catches up meanwhile, resolutions included
    // (the completed actions' clears are appended after their raises, and projected after them).
    const resolvedActions = CASES * Array.from({ length: ACTIONS_PER_CASE }, (_, a) => a).filter(completed).length;
    const projected = async () =>
      (
        await sql<{ n: number; resolved: number }[]>(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'resolved')::int AS resolved FROM alerts`,
        )
      )[0];
    await waitFor(async () => {
      const { n, resolved } = await projected();
      return n === expected && resolved === resolvedActions;
    }, 60_000);
    last.kill('SIGTERM');
    expect(await exited(last)).toBe(0);

    // Every slot raised once; a completed action's alert resolved itself once and was not raised again.
    const slots = await sql<{ kind: string; record: string; raised: number; resolved: number; last: string }[]>(
      `SELECT min(data->>'kind') AS kind, min(data->'record'->>'id') AS record,
              count(*) FILTER (WHERE event_type = 'AlertRaised')::int AS raised,
              count(*) FILTER (WHERE event_type = 'AlertAutoResolved')::int AS resolved,
              (array_agg(event_type ORDER BY stream_revision DESC))[1] AS last
         FROM es_events WHERE category = 'alert' GROUP BY stream_name`,
    );
    expect(slots.filter((slot) => slot.raised !== 1 || slot.resolved > 1)).toEqual([]);
    const overdue = slots.filter((slot) => slot.kind === 'marac-action-overdue');
    expect(overdue).toHaveLength(CASES * ACTIONS_PER_CASE);
    const perCase = (caseId: string) => overdue.filter((slot) => slot.record === caseId);
    for (const caseId of cases) {
      expect(perCase(caseId)).toHaveLength(ACTIONS_PER_CASE);
      expect(perCase(caseId).filter((slot) => slot.last === 'AlertAutoResolved')).toHaveLength(
        Array.from({ length: ACTIONS_PER_CASE }, (_, a) => a).filter(completed).length,
      );
    }
    const crossService = slots.filter((slot) => slot.kind === 'marac-victim-in-other-service');
    expect(crossService.map((slot) => slot.record).sort()).toEqual(cases.slice(0, REFERRED_TO_ASB).sort());
    expect(slots).toHaveLength(expected);

    // The read model says the same: one row per alert, open or resolved as the log says.
    const rows = await sql<{ kind: string; state: string; n: number }[]>(
      'SELECT kind, state, count(*)::int AS n FROM alerts GROUP BY kind, state ORDER BY kind, state',
    );
    expect(rows).toEqual([
      { kind: 'marac-action-overdue', state: 'raised', n: CASES * ACTIONS_PER_CASE - resolvedActions },
      { kind: 'marac-action-overdue', state: 'resolved', n: resolvedActions },
      { kind: 'marac-victim-in-other-service', state: 'raised', n: REFERRED_TO_ASB },
    ]);
  }, 300_000);
});
