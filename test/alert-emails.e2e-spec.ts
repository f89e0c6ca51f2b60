import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { AlertDigests } from '@app/alerts';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { freePort, startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';

/**
 * Issue 16's alert e-mails against a local SMTP server started here: a kind the partnership e-mails at once
 * reaches the coordinators who opened their alerts with an e-mail claim, and no one else; the daily digest
 * carries counts and links only, once a day; no e-mail names anybody.
 */
const NORTH = 'csp-alert-mail';
const MARAC = 'alert-mail-marac';

interface Mail {
  to: string[];
  raw: string;
}

describe('alert e-mails over SMTP', () => {
  let harness: TestApp;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  const ids: Record<string, string> = {};
  const today = todayInLondon(new Date());

  /** The coordinator's tokens all carry their address, as an identity provider's do (a token without one would remove it). */
  const as = async (roles: Role[], id: string, email = id === 'mail-coordinator' ? 'coordinator@example.org' : undefined) => {
    const authorization = await bearer(harness.app, { id, roles, partnerships: [NORTH], ...(email ? { email } : {}) });
    const server = harness.app.getHttpServer();
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object = {}) => request(server).post(path).set('Authorization', authorization).send(body),
      patch: (path: string, body: object) => request(server).patch(path).set('Authorization', authorization).send(body),
    };
  };
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const to = (address: string) => mails.filter((mail) => mail.to.includes(address));

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          // Quoted-printable wraps long lines with a soft break (`=` at the end): joined again, as a mail client shows it.
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.replace(/=\r?\n/g, '') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(port, '127.0.0.1', resolve));
    harness = await startTestApp(boundedContexts, {
      RETENTION_INTERVAL_MS: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_BASE_URL: 'https://panels.example.org',
    });
    await registerTestMarac(harness.app, MARAC, NORTH);
    ids.victim = await registerTestPerson(harness.app, NORTH, 'Octavia Pendlebury');
    const referral = await (
      await as(['coordinator'], 'mail-coordinator')
    )
      .post(
        '/marac/referrals',
        referralBody({ partnershipId: NORTH, maracId: MARAC, victimId: ids.victim, victimName: 'Octavia Pendlebury' }),
      )
      .expect(201);
    ids.case = referral.body.caseId;
  });
  afterAll(async () => {
    await harness?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('e-mails a kind the partnership chooses at once, to those it is for who gave an e-mail, with a link and no name', async () => {
    await (
      await as(['admin'], 'mail-admin')
    )
      .patch(`/partnerships/${NORTH}/alert-settings`, { immediateEmailKinds: ['marac-repeat-awaiting-relisting'] })
      .expect(200);
    // Opening their alerts makes them recipients (the e-mail comes from the token).
    await (await as(['coordinator'], 'mail-coordinator', 'coordinator@example.org')).get('/alerts').expect(200);
    await (await as(['asb-caseworker'], 'mail-caseworker', 'caseworker@example.org')).get('/alerts').expect(200);
    await (
      await as(['coordinator'], 'mail-coordinator')
    )
      .post(`/marac/cases/${ids.case}/incidents`, {
        date: '2024-09-01',
        reportingAgency: 'police',
        description: 'Octavia was followed home',
      })
      .expect(201);
    await waitFor(async () => to('coordinator@example.org').length > 0);
    const [notice] = to('coordinator@example.org');
    expect(notice.raw).toMatch(/Subject: Safer Panels alert: MARAC repeat awaiting relisting/);
    expect(notice.raw).toContain(`https://panels.example.org/marac/cases/${ids.case}`);
    expect(notice.raw).not.toMatch(/Octavia|Pendlebury|followed/);
    await caughtUp();
    expect(to('caseworker@example.org')).toEqual([]);
    expect(to('coordinator@example.org')).toHaveLength(1);
  });

  it('sends the daily digest once, with counts and a link only', async () => {
    await (
      await as(['coordinator'], 'mail-coordinator')
    )
      .post(`/marac/cases/${ids.case}/actions`, {
        actionId: 'alarm',
        agency: 'police',
        description: 'Alarm for Octavia',
        dueDate: '2024-05-01',
      })
      .expect(201);
    await waitFor(async () => {
      await caughtUp();
      const list = await (await as(['coordinator'], 'mail-coordinator')).get('/alerts').expect(200);
      return list.body.total === 2;
    });
    const before = to('coordinator@example.org').length;
    const digests = harness.app.get(AlertDigests);
    expect(await digests.sendDaily(today)).toBe(1);
    expect(await digests.sendDaily(today)).toBe(0); // once a day, whichever process fires it
    await waitFor(async () => to('coordinator@example.org').length === before + 1);
    const digest = to('coordinator@example.org').at(-1)!;
    expect(digest.raw).toMatch(/Subject: Safer Panels: 2 open alerts/);
    expect(digest.raw).toMatch(/MARAC repeat awaiting relisting: 1/);
    expect(digest.raw).toMatch(/MARAC action overdue: 1/);
    expect(digest.raw).toContain('https://panels.example.org/alerts');
    expect(digest.raw).not.toMatch(/Octavia|Pendlebury|Alarm/);
    expect(digest.raw).not.toContain(ids.case);
    // The caseworker has no open alerts of their own: no digest.
    expect(to('caseworker@example.org')).toEqual([]);
  });
});
