import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { boundedContexts } from '@app/contexts';
import { RegisterPersonCommand } from '@app/people';
import { ProjectionsService } from '@app/projections';
import { GetPersonSharingQuery, type PersonSharing } from '@app/sharing';
import { startTestApp, type TestApp } from '@app/testing';
import { loadSharingDemo } from '../apps/cli/src/demo-sharing.js';
import { DEMO_CALLER, DEMO_PARTNERSHIP, demoContext } from '../apps/cli/src/demo-ids.js';

/** `npm run demo`'s consent and sharing load through the buses; the people's sharing pages show them. */
describe('the consent and sharing demo', () => {
  let harness: TestApp;
  const partnershipId = DEMO_PARTNERSHIP;
  const caller = DEMO_CALLER;
  const ctx = demoContext;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('records consent, a decision to share without consent and a share per victim, and adds nothing when run again', async () => {
    const commands = harness.app.get(CommandBus);
    const victims: { personId: string; referredOn: string }[] = [];
    for (let n = 0; n < 6; n++) {
      const { personId } = await commands.execute(
        new RegisterPersonCommand(caller, ctx(`test/person/${n}`, '2025-01-10'), {
          partnershipId,
          identity: { fullName: `Demo Victim ${n}` },
          newPerson: true,
        }),
      );
      victims.push({ personId, referredOn: '2025-01-10' });
    }
    const stats = await loadSharingDemo(commands, caller, ctx, victims);
    expect(stats).toEqual({ consents: 3, decisions: 1, shares: 6 });
    const sharingEvents = async () =>
      (await harness.app.get(DataSource).query("SELECT count(*)::int AS n FROM es_events WHERE stream_name LIKE 'sharing-%'"))[0]
        .n as number;
    const loaded = await sharingEvents();
    expect(loaded).toBe(3 + 1 + 6);
    await loadSharingDemo(commands, caller, ctx, victims);
    expect(await sharingEvents()).toBe(loaded);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const pageOf = (personId: string): Promise<PersonSharing> =>
      harness.app.get(QueryBus).execute(new GetPersonSharingQuery(caller, { personId }));

    const consented = await pageOf(victims[0].personId);
    expect(consented.recorded).toEqual([expect.objectContaining({ agency: 'idva', standing: 'consent' })]);
    expect(consented.shares).toEqual([expect.objectContaining({ agency: 'idva', on: '2025-01-11', standing: 'consent' })]);

    const refused = await pageOf(victims[1].personId);
    expect(refused.recorded).toEqual([
      expect.objectContaining({
        agency: 'housing',
        standing: 'basis',
        basis: 'crime-and-disorder-act-s115',
        consent: expect.objectContaining({ decision: 'refused' }),
        decision: expect.objectContaining({ decidedBy: 'MARAC chair', reason: expect.stringContaining('high risk') }),
      }),
    ]);
    expect(refused.shares).toEqual([expect.objectContaining({ agency: 'housing', standing: 'basis' })]);

    const onDefault = await pageOf(victims[2].personId);
    expect(onDefault.recorded).toEqual([]);
    expect(onDefault.shares).toEqual([
      expect.objectContaining({ agency: 'police', standing: 'default-basis', basis: 'crime-and-disorder-act-s115' }),
    ]);
  });
});
