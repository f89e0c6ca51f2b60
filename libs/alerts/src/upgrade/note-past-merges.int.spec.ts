import { CommandExecutor, positionToString, streamName, type CommandContext } from '@app/event-store';
import { PERSON_MERGES_STREAM_CATEGORY, personMergesDecider, personMergesEventTypes, type PersonMergesCommand } from '@app/people';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { watchMergesStream } from '../application/alert-streams.js';
import { mergeForestBefore } from '../application/watch-group-at.js';
import { alertsEventTypes } from '../domain/index.js';
import { notePastMerges } from './note-past-merges.js';

/**
 * The start-up upgrade against a real PostgreSQL: merges on the people ledger recorded before the alert rules
 * followed them are noted on the alerts' copy at their own log positions, once, however often it runs.
 */
describe('alert watch merges upgrade', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let n = 0;
  const deps = () => ({
    dataSource: platform.dataSource,
    store: platform.store,
    codec: platform.codec,
    executor,
    occurredAt: '2026-06-01T00:00:00Z',
  });
  const context = (): CommandContext => ({
    commandId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    actor: 'coordinator-int',
    occurredAt: '2025-01-01T00:00:00Z',
    partnershipId: 'csp-a',
  });
  const ledger = streamName(PERSON_MERGES_STREAM_CATEGORY, 'csp-a');
  const onLedger = (command: PersonMergesCommand) =>
    executor.handle(ledger, personMergesDecider, (state) => personMergesDecider.decide(command, state), { context: context() });

  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { ...alertsEventTypes, ...personMergesEventTypes } });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('notes each past merge and unmerge once, at its position, so a check reads the group as it then was', async () => {
    const common = { partnershipId: 'csp-a', reason: 'Checked with the caseworker', by: 'coordinator-int' };
    await onLedger({ type: 'MergePerson', personId: 'duplicate', intoPersonId: 'victim', ...common });
    await onLedger({ type: 'UnmergePerson', personId: 'duplicate', ...common });
    const [merged, unmerged] = await platform.store.readStream(ledger);

    const runs = await Promise.all([notePastMerges(deps()), notePastMerges(deps())]);
    expect(runs.map((run) => run.mergesNoted).sort()).toEqual([0, 2]);
    const noted = await platform.store.readStream(watchMergesStream('csp-a'));
    expect(noted.map((e) => [e.type, e.data])).toEqual([
      [
        'AlertWatchPeopleMerged',
        { partnershipId: 'csp-a', personId: 'duplicate', intoPersonId: 'victim', at: positionToString(merged.position) },
      ],
      [
        'AlertWatchPeopleUnmerged',
        { partnershipId: 'csp-a', personId: 'duplicate', fromPersonId: 'victim', at: positionToString(unmerged.position) },
      ],
    ]);
    // Between the merge and the unmerge the duplicate read as the victim; after the unmerge, as itself.
    expect((await mergeForestBefore(executor, 'csp-a', positionToString(unmerged.position))).mergedInto.get('duplicate')).toBe('victim');
    expect((await mergeForestBefore(executor, 'csp-a', positionToString(merged.position))).mergedInto.size).toBe(0);

    // A later start reads only the tail and notes nothing twice; a new merge is noted.
    await onLedger({ type: 'MergePerson', personId: 'duplicate', intoPersonId: 'victim', ...common });
    expect(await notePastMerges(deps())).toEqual({ mergesNoted: 1 });
    expect(await notePastMerges(deps())).toEqual({ mergesNoted: 0 });
    expect(await platform.store.readStream(watchMergesStream('csp-a'))).toHaveLength(3);
  });
});
