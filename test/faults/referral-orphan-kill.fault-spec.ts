import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EmbeddedIssuer, loadAccessConfig } from '@app/access';
import { maracEventTypes } from '@app/marac';
import { loadConfig } from '@app/platform';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { exited, freePort, startNode, waitForHttp } from '../support/processes.js';
import { waitFor } from '../support/task-ledger.js';

/**
 * Issue 10, point 5, with a real crash: the API (a real process) is SIGKILLed after a referral's case is
 * written and before its victim's history is: the history's writes are refused by a trigger on es_events,
 * so the handler's at-once registration fails and the victim-history process manager is still retrying
 * when the process dies. Restarted, the manager reads the CaseReferred again from its checkpoint and
 * registers it once; the victim's next referral is a true repeat of that one case.
 */
const PARTNERSHIP = 'csp-kill';
const API = 'dist/apps/api/src/main.js';

describe('MARAC referral: the API killed between the case and the victim history', () => {
  let platform: TestPlatform;
  const sql = (text: string, params: unknown[] = []) => platform.dataSource.query(text, params);
  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: maracEventTypes });
  });
  // A test that fails midway must not leave its API process running (jest would wait on it for ever).
  const started: ReturnType<typeof startNode>[] = [];
  afterAll(async () => {
    for (const api of started) api.kill('SIGKILL');
    await platform?.dispose();
  });

  it('registers the case once after the restart, and the next referral is a repeat of it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-referral-kill-'));
    const port = String(await freePort());
    const env = { DATABASE_URL: platform.url, DATA_DIR: dataDir, PORT: port, LOG_LEVEL: 'warn' };
    const issuer = await EmbeddedIssuer.open(loadAccessConfig(loadConfig(env)));
    const auth = `Bearer ${await issuer.mint({ user: 'kill-coordinator', roles: ['coordinator'], partnerships: [PARTNERSHIP], ttlSeconds: 3600 })}`;
    let victim = '';
    let perpetrator = ''; // the same at both referrals: the second is a repeat
    const refer = (referralDate: string) =>
      fetch(`http://127.0.0.1:${port}/marac/referrals`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          partnershipId: PARTNERSHIP,
          maracId: 'marac-kill',
          referralDate,
          referringAgency: 'police',
          criterion: 'professional-judgement',
          victim: {
            personId: victim,
            details: { fullName: 'Killed Request Victim' },
            profile: {
              sex: 'female',
              ageAtReferral: 28,
              ethnicity: 'not-known',
              disabled: null,
              lgbtPlus: null,
              childrenInHousehold: null,
            },
          },
          perpetrators: [{ personId: perpetrator, relationship: 'partner', details: { fullName: 'Killed Request Perpetrator' } }],
        }),
      });
    const registered = async () =>
      (await platform.store.readStream(`marac_victim-${victim}`))
        .filter((event) => event.type === 'VictimReferred')
        .map((event) => (event.data as { caseId: string }).caseId);

    let api = startNode(API, env);
    started.push(api);
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`);
    // A MARAC exists only once an admin registers it.
    const admin = `Bearer ${await issuer.mint({ user: 'kill-admin', roles: ['admin'], partnerships: [PARTNERSHIP], ttlSeconds: 3600 })}`;
    const registration = await fetch(`http://127.0.0.1:${port}/maracs`, {
      method: 'POST',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ maracId: 'marac-kill', partnershipId: PARTNERSHIP, name: 'MARAC marac-kill' }),
    });
    expect(registration.status).toBe(201);
    // The victim and perpetrator are person records of the partnership, registered before referrals name them.
    const registerPerson = async (fullName: string) => {
      const person = await fetch(`http://127.0.0.1:${port}/people`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ partnershipId: PARTNERSHIP, identity: { fullName }, newPerson: true }),
      });
      expect(person.status).toBe(201);
      return ((await person.json()) as { personId: string }).personId;
    };
    victim = await registerPerson('Killed Request Victim');
    perpetrator = await registerPerson('Killed Request Perpetrator');
    await sql(`
      CREATE FUNCTION test_refuse_victim_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.category = 'marac_victim' AND EXISTS (SELECT 1 FROM test_refusing) THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$;
      CREATE TABLE test_refusing (since timestamptz NOT NULL DEFAULT now());
      INSERT INTO test_refusing DEFAULT VALUES;
      CREATE TRIGGER test_refuse_victim_history BEFORE INSERT ON es_events FOR EACH ROW EXECUTE FUNCTION test_refuse_victim_history();`);

    const first = await refer('2025-01-10');
    expect(first.status).toBe(201);
    const firstCase = ((await first.json()) as { caseId: string }).caseId;
    // Killed at once: the manager's reaction keeps failing (it parks only after several seconds of retries),
    // so its checkpoint has not passed the CaseReferred.
    api.kill('SIGKILL');
    await exited(api);
    expect(await registered()).toEqual([]);
    expect((await platform.store.readStream(`marac_case-${firstCase}`)).map((event) => event.type)).toEqual(['CaseReferred']);
    // Killed before the reaction was parked: the restart must do it.
    expect(await sql('SELECT count(*)::int AS n FROM process_manager_dead_letters')).toEqual([{ n: 0 }]);

    await sql('DELETE FROM test_refusing');
    api = startNode(API, env);
    started.push(api);
    try {
      await waitForHttp(`http://127.0.0.1:${port}/health/ready`);
      await waitFor(async () => (await registered()).length === 1, 30_000);
      expect(await registered()).toEqual([firstCase]);

      const next = await refer('2025-06-01');
      expect(next.status).toBe(201);
      const nextBody = (await next.json()) as { caseId: string; isRepeat: boolean; previousCaseId: string | null };
      expect(nextBody).toMatchObject({ isRepeat: true, previousCaseId: firstCase });
      await waitFor(async () => (await registered()).length === 2, 30_000);
      expect(await registered()).toEqual([firstCase, nextBody.caseId]);
    } finally {
      api.kill('SIGTERM');
      await exited(api);
    }
  }, 120_000);
});
