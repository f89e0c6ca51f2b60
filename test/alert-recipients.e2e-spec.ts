import { jest } from '@jest/globals';
import request from 'supertest';
import { bearer, RetentionService, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { startTestApp, type TestApp } from '@app/testing';
import { DataSource } from 'typeorm';

/**
 * What alert e-mails keep about users (`alert_recipients`: their address, roles, teams and partnerships, from
 * their tokens) is personal data: it follows their token on every authenticated request (a changed claim is
 * written, an unchanged one writes nothing), goes when the token has no address any more, is deleted by the
 * retention sweep when the user has not been seen for ALERT_RECIPIENT_RETENTION_DAYS (30 here), and an admin
 * of the user's partnership deletes it at once (audited; 404 for anyone else's or nobody's).
 */
const NORTH = 'csp-recipients-north';
const SOUTH = 'csp-recipients-south';

interface RecipientRow {
  email: string;
  roles: string[];
  partnerships: string[];
  teams: string[];
  /** The row version: it changes on every write of the row. */
  xmin: string;
}

describe('alert recipients: refreshed, kept no longer than needed, deleted on request', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  type Claims = { roles?: Role[]; partnerships?: string[]; email?: string; teams?: string[] };
  const as = async (id: string, { roles = ['coordinator'], partnerships = [NORTH], email, teams }: Claims = {}) => {
    const authorization = await bearer(harness.app, { id, roles, partnerships, email, teams });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      delete: (path: string) => request(server).delete(path).set('Authorization', authorization),
    };
  };
  const row = async (userId: string): Promise<RecipientRow | undefined> =>
    (
      await harness.app
        .get(DataSource)
        .query<RecipientRow[]>('SELECT email, roles, partnerships, teams, xmin::text AS xmin FROM alert_recipients WHERE user_id = $1', [
          userId,
        ])
    )[0];
  /** Makes a user a recipient the way users become one: opening their alerts with an e-mail claim. */
  const recipient = async (id: string, claims: Claims) => {
    await (await as(id, claims)).get('/alerts').expect(200);
    expect(await row(id)).toBeDefined();
  };
  const lastSeen = (userId: string, daysAgo: number) =>
    harness.app
      .get(DataSource)
      .query(`UPDATE alert_recipients SET seen_at = now() - make_interval(days => $2) WHERE user_id = $1`, [userId, daysAgo]);

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, {
      RETENTION_INTERVAL_MS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      ALERT_RECIPIENT_RETENTION_DAYS: '30',
    });
    server = harness.app.getHttpServer();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('follows the claims of every authenticated request: changed ones are written, unchanged ones write nothing', async () => {
    await recipient('rcpt-changing', { email: 'first@north.example', teams: ['marac-north'] });
    const first = (await row('rcpt-changing'))!;
    expect(first).toMatchObject({ email: 'first@north.example', roles: ['coordinator'], partnerships: [NORTH], teams: ['marac-north'] });

    // The same claims on any route (here not an alerts one): the row is not written again.
    await (
      await as('rcpt-changing', { email: 'first@north.example', teams: ['marac-north'] })
    ).get(`/partnerships/${NORTH}/alert-settings`);
    await (await as('rcpt-changing', { email: 'first@north.example', teams: ['marac-north'] })).get('/alerts').expect(200);
    expect((await row('rcpt-changing'))!.xmin).toBe(first.xmin);
    // Nor queried: this process refreshed the same claims today already (no round trip on a command's path).
    const queries = jest.spyOn(harness.app.get(DataSource), 'query');
    try {
      await (
        await as('rcpt-changing', { email: 'first@north.example', teams: ['marac-north'] })
      ).get(`/partnerships/${NORTH}/alert-settings`);
      expect(queries.mock.calls.filter(([sql]) => String(sql).includes('alert_recipients'))).toEqual([]);
    } finally {
      queries.mockRestore();
    }

    // A new address, another team, another role and partnership: written by the next request, whatever its route.
    await (
      await as('rcpt-changing', {
        email: 'second@north.example',
        roles: ['coordinator', 'service-manager'],
        partnerships: [NORTH, SOUTH],
        teams: ['asb-north'],
      })
    ).get(`/partnerships/${NORTH}/alert-settings`);
    expect(await row('rcpt-changing')).toMatchObject({
      email: 'second@north.example',
      roles: ['coordinator', 'service-manager'],
      partnerships: [NORTH, SOUTH],
      teams: ['asb-north'],
    });

    // A token without an address any more: nothing is kept.
    await (await as('rcpt-changing')).get(`/partnerships/${NORTH}/alert-settings`).expect(200);
    expect(await row('rcpt-changing')).toBeUndefined();

    // A user who never opened their alerts is not made a recipient by other requests.
    await (await as('rcpt-bystander', { email: 'bystander@north.example' })).get(`/partnerships/${NORTH}/alert-settings`).expect(200);
    expect(await row('rcpt-bystander')).toBeUndefined();
  });

  it('is deleted by the retention sweep once the user has not been seen for ALERT_RECIPIENT_RETENTION_DAYS', async () => {
    await recipient('rcpt-gone', { email: 'gone@north.example' });
    await recipient('rcpt-recent', { email: 'recent@north.example' });
    await recipient('rcpt-back', { email: 'back@north.example' });
    await lastSeen('rcpt-gone', 31);
    await lastSeen('rcpt-recent', 29);
    await lastSeen('rcpt-back', 31);
    // Seen again before the sweep (the first request of the day touches the row): kept.
    await (await as('rcpt-back', { email: 'back@north.example' })).get(`/partnerships/${NORTH}/alert-settings`).expect(200);

    await harness.app.get(RetentionService).sweep();
    expect(await row('rcpt-gone')).toBeUndefined();
    expect(await row('rcpt-recent')).toBeDefined();
    expect(await row('rcpt-back')).toBeDefined();
  });

  it('is deleted at once by an admin of the partnership with DELETE /alert-recipients/{userId}: 204, audited; 404 otherwise', async () => {
    await recipient('rcpt-leaver', { email: 'leaver@north.example' });
    await recipient('rcpt-south', { email: 'someone@south.example', partnerships: [SOUTH] });
    const admin = await as('rcpt-admin', { roles: ['admin'] });

    const removed = await admin.delete('/alert-recipients/rcpt-leaver').expect(204);
    expect(removed.text).toBe('');
    expect(await row('rcpt-leaver')).toBeUndefined();
    const audit = await harness.app
      .get(DataSource)
      .query(`SELECT method, route, record_kind, record_id, outcome FROM audit_log WHERE actor = 'rcpt-admin' ORDER BY id`);
    expect(audit).toEqual([
      {
        method: 'DELETE',
        route: '/alert-recipients/:userId',
        record_kind: 'alert_recipient',
        record_id: 'rcpt-leaver',
        outcome: 'success',
      },
    ]);

    // Gone already, never there, or another partnership's user: the same 404, and the other's row stays.
    for (const userId of ['rcpt-leaver', 'rcpt-never', 'rcpt-south']) {
      const missing = await admin.delete(`/alert-recipients/${userId}`).expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(missing.body.detail).toBe('There is no such alert recipient.');
    }
    expect(await row('rcpt-south')).toBeDefined();
    await (await as('rcpt-coordinator')).delete('/alert-recipients/rcpt-south').expect(403);
    await (await as('rcpt-south-admin', { roles: ['admin'], partnerships: [SOUTH] })).delete('/alert-recipients/rcpt-south').expect(204);
    expect(await row('rcpt-south')).toBeUndefined();
    await admin.delete(`/alert-recipients/${'x'.repeat(201)}`).expect(400);
  });
});
