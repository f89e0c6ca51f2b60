import { randomUUID } from 'node:crypto';
import { IllegalStateError, NotFoundError, type Decider } from '@app/domain';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { WrongExpectedVersionError } from '../errors.js';
import { CommandExecutor } from './command-executor.js';

type TallyEvent = { type: 'Counted'; data: { owner: string; by: number } };
interface TallyState {
  owner: string | null;
  total: number;
}
const tally: Pick<Decider<unknown, TallyState, TallyEvent>, 'initialState' | 'evolve'> = {
  initialState: () => ({ owner: null, total: 0 }),
  evolve: (state, event) => ({ owner: state.owner ?? event.data.owner, total: state.total + event.data.by }),
};

/** Alice's command (a new id unless given) and one that counts `by` on her tally: the dry-run and read-ahead tests' commands. */
const aliceContext = (commandId: string = randomUUID()) => ({
  commandId,
  correlationId: 'c',
  causationId: 'c',
  actor: 'alice',
  occurredAt: '2026-01-01T00:00:00Z',
});
const aliceCounts = (by: number) => (): TallyEvent[] => [{ type: 'Counted', data: { owner: 'alice', by } }];

/** The executor's `admit` hook: access is checked on the state it decides on, from one read of the stream. */
describe('CommandExecutor admit', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let reads: number;

  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { Counted: 1 } });
    const readStreamsToFold = platform.store.readStreamsToFold.bind(platform.store);
    platform.store.readStreamsToFold = (...args) => {
      reads++;
      return readStreamsToFold(...args);
    };
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform.dispose();
  });
  beforeEach(() => {
    reads = 0;
  });

  const context = (actor: string) => ({
    commandId: randomUUID(),
    correlationId: 'c',
    causationId: 'c',
    actor,
    occurredAt: '2026-01-01T00:00:00Z',
  });
  const count = (owner: string, by: number) => (): TallyEvent[] => [{ type: 'Counted', data: { owner, by } }];
  /** Only the stream's owner may add to it; the events carry the owner's partnership. */
  const ownerOnly = (actor: string) => (state: TallyState) => {
    if (state.owner !== null && state.owner !== actor) throw new NotFoundError('No such tally.');
    return { partnershipId: `partnership-of-${state.owner ?? actor}` };
  };

  it('reads the stream once, and puts what admit adds into the events', async () => {
    const stream = `tally-${randomUUID()}`;
    await executor.handle(stream, tally, count('alice', 1), { context: context('alice'), admit: ownerOnly('alice') });
    const result = await executor.handle(stream, tally, count('alice', 2), { context: context('alice'), admit: ownerOnly('alice') });
    expect(result).toMatchObject({ revision: 1, state: { owner: 'alice', total: 3 }, replayed: false });
    expect(reads).toBe(2); // one per command
    const stored = await platform.store.readStream(stream);
    expect(stored.map((e) => e.metadata.partnershipId)).toEqual(['partnership-of-alice', 'partnership-of-alice']);
  });

  it('refuses before anything is decided, appended or compared with If-Match', async () => {
    const stream = `tally-${randomUUID()}`;
    await executor.handle(stream, tally, count('alice', 1), { context: context('alice'), admit: ownerOnly('alice') });
    let decided = 0;
    const decide = () => {
      decided++;
      return count('bob', 5)();
    };
    await expect(executor.handle(stream, tally, decide, { context: context('bob'), admit: ownerOnly('bob') })).rejects.toThrow(
      NotFoundError,
    );
    // A stale If-Match on a stream bob may not touch is still a 404, so it does not tell him the stream exists.
    await expect(
      executor.handle(stream, tally, decide, { context: context('bob'), expectedRevision: 7, admit: ownerOnly('bob') }),
    ).rejects.toThrow(NotFoundError);
    expect(decided).toBe(0);
    expect(await platform.store.readStream(stream)).toHaveLength(1);
    // For alice the same stale If-Match is a conflict.
    await expect(
      executor.handle(stream, tally, count('alice', 1), { context: context('alice'), expectedRevision: 7, admit: ownerOnly('alice') }),
    ).rejects.toThrow(WrongExpectedVersionError);
  });
});

/** A dry run decides through the same write path and appends nothing (imports that validate without writing). */
describe('CommandExecutor dry run', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;

  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { Counted: 1 } });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('reads what is stored and what it decided before, answers as a write would, and stores nothing', async () => {
    const stream = `tally-${randomUUID()}`;
    const stored = randomUUID();
    await executor.handle(stream, tally, aliceCounts(1), { context: aliceContext(stored) });

    const inDryRun = await executor.dryRun(async () => {
      const first = await executor.handle(stream, tally, aliceCounts(2), { context: aliceContext() });
      const again = randomUUID();
      const second = await executor.handle(stream, tally, aliceCounts(3), { context: aliceContext(again) });
      // A command already decided in this dry run, or stored, is answered with its first outcome.
      const replayed = await executor.handle(stream, tally, aliceCounts(99), { context: aliceContext(again) });
      const storedReplay = await executor.handle(stream, tally, aliceCounts(99), { context: aliceContext(stored) });
      const loaded = await executor.load(stream, tally);
      return { first, second, replayed, storedReplay, loaded };
    });
    expect(inDryRun.first).toMatchObject({ revision: 1, state: { total: 3 }, replayed: false });
    expect(inDryRun.second).toMatchObject({ revision: 2, state: { total: 6 }, replayed: false });
    expect(inDryRun.replayed).toMatchObject({ revision: 2, replayed: true, state: { total: 6 } });
    expect(inDryRun.storedReplay).toMatchObject({ revision: 0, replayed: true, state: { total: 1 } });
    expect(inDryRun.loaded).toEqual({ revision: 2, state: { owner: 'alice', total: 6 } });

    expect(await platform.store.readStream(stream)).toHaveLength(1);
    expect(await executor.load(stream, tally)).toEqual({ revision: 0, state: { owner: 'alice', total: 1 } });
    // Two dry runs do not see each other's decisions.
    const separate = await executor.dryRun(() => executor.handle(stream, tally, aliceCounts(5), { context: aliceContext() }));
    expect(separate).toMatchObject({ revision: 1, state: { total: 6 } });
  });
});

/**
 * The executor's `readElsewhere` hook: what a command checks in another stream still holds when its events
 * are written. Here a tally may be added to only while its permit (another stream) is not revoked.
 */
describe('CommandExecutor readElsewhere', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;

  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { Counted: 1, PermitGranted: 1, PermitRevoked: 1 } });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const context = () => ({
    commandId: randomUUID(),
    correlationId: 'c',
    causationId: 'c',
    actor: 'alice',
    occurredAt: '2026-01-01T00:00:00Z',
  });
  const permitEvent = (type: 'PermitGranted' | 'PermitRevoked') => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: {},
    metadata: { ...context(), eventId: '' },
  });
  /** Reads the permit, refuses when it is revoked, and then (once) lets `inBetween` write before the append. */
  const permitted = (permit: string, inBetween?: () => Promise<unknown>) => {
    let reads = 0;
    const check = async () => {
      reads++;
      const events = await platform.store.readStream(permit);
      if (events.at(-1)?.type !== 'PermitGranted') throw new IllegalStateError('The permit was revoked.');
      if (reads === 1) await inBetween?.();
      return { value: events.length, streams: [{ streamName: permit, revision: events.length - 1 }] };
    };
    return { check, reads: () => reads };
  };
  const count = (_: TallyState, permitEvents: number): TallyEvent[] => [{ type: 'Counted', data: { owner: 'alice', by: permitEvents } }];

  it('decides on what it read elsewhere and appends while that is unchanged', async () => {
    const [tallyStream, permit] = [`tally-${randomUUID()}`, `permit-${randomUUID()}`];
    await platform.store.appendToStream(permit, [permitEvent('PermitGranted')], { expectedRevision: 'no_stream' });
    const { check, reads } = permitted(permit);
    const result = await executor.handle(tallyStream, tally, count, { context: context(), readElsewhere: check });
    expect(result).toMatchObject({ revision: 0, state: { total: 1 }, replayed: false });
    expect(reads()).toBe(1);
  });

  it('reads again and refuses when what it read changes before the append, If-Match or not, and appends nothing', async () => {
    for (const expectedRevision of [undefined, 0]) {
      const [tallyStream, permit] = [`tally-${randomUUID()}`, `permit-${randomUUID()}`];
      await executor.handle(tallyStream, tally, () => [{ type: 'Counted', data: { owner: 'alice', by: 0 } }], { context: context() });
      await platform.store.appendToStream(permit, [permitEvent('PermitGranted')], { expectedRevision: 'no_stream' });
      const revoke = () => platform.store.appendToStream(permit, [permitEvent('PermitRevoked')], { expectedRevision: 0 });
      const { check, reads } = permitted(permit, revoke);
      await expect(
        executor.handle(tallyStream, tally, count, { context: context(), expectedRevision, readElsewhere: check }),
      ).rejects.toThrow('The permit was revoked.');
      // Refused on the second reading, not answered as a stale If-Match (the client's revision is still current).
      expect(reads()).toBe(2);
      expect(await platform.store.readStream(tallyStream)).toHaveLength(1);
    }
  });

  it('appends on the second reading when what changed in between still allows the command', async () => {
    const [tallyStream, permit] = [`tally-${randomUUID()}`, `permit-${randomUUID()}`];
    await platform.store.appendToStream(permit, [permitEvent('PermitGranted')], { expectedRevision: 'no_stream' });
    const grantAgain = () => platform.store.appendToStream(permit, [permitEvent('PermitGranted')], { expectedRevision: 0 });
    const { check, reads } = permitted(permit, grantAgain);
    const result = await executor.handle(tallyStream, tally, count, { context: context(), readElsewhere: check });
    // Decided on the second reading: two permit events.
    expect(result).toMatchObject({ revision: 0, state: { total: 2 } });
    expect(reads()).toBe(2);
  });
});

/** `readTogether`: the streams a handler reads and decides on, in one round trip. */
describe('CommandExecutor readTogether', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  let reads: string[][];

  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { Counted: 1 } });
    const readStreamsToFold = platform.store.readStreamsToFold.bind(platform.store);
    platform.store.readStreamsToFold = (names) => {
      reads.push([...names]);
      return readStreamsToFold(names);
    };
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform.dispose();
  });
  beforeEach(() => {
    reads = [];
  });

  it('answers a load and a command from one read of both streams', async () => {
    const [settings, target] = [`tally-${randomUUID()}`, `tally-${randomUUID()}`];
    await executor.handle(settings, tally, aliceCounts(5), { context: aliceContext() });
    await executor.handle(target, tally, aliceCounts(1), { context: aliceContext() });
    reads = [];
    const result = await executor.readTogether([settings, target], async () => {
      const { state } = await executor.load(settings, tally);
      return executor.handle(target, tally, aliceCounts(state.total), { context: aliceContext() });
    });
    expect(reads).toEqual([[settings, target]]);
    expect(result).toMatchObject({ revision: 1, state: { total: 6 } });
    expect((await executor.load(target, tally)).state.total).toBe(6);
  });

  it('reads the store again after a conflict: a stream that moved since the read ahead is decided on as it is now', async () => {
    const target = `tally-${randomUUID()}`;
    await executor.handle(target, tally, aliceCounts(1), { context: aliceContext() });
    reads = [];
    const result = await executor.readTogether([target], async () => {
      // Another writer appends after the read ahead: the first attempt is stale, the retry reads again.
      await platform.store.appendToStream(target, await platform.codec.encode(aliceCounts(10)(), aliceContext()), { expectedRevision: 0 });
      return executor.handle(target, tally, aliceCounts(100), { context: aliceContext() });
    });
    expect(reads).toEqual([[target], [target]]);
    expect(result).toMatchObject({ revision: 2, state: { total: 111 } });
  });

  it('keeps an If-Match conflict a conflict when the stream moved after the read ahead', async () => {
    const target = `tally-${randomUUID()}`;
    await executor.handle(target, tally, aliceCounts(1), { context: aliceContext() });
    await expect(
      executor.readTogether([target], async () => {
        await platform.store.appendToStream(target, await platform.codec.encode(aliceCounts(10)(), aliceContext()), {
          expectedRevision: 0,
        });
        return executor.handle(target, tally, aliceCounts(100), { context: aliceContext(), expectedRevision: 0 });
      }),
    ).rejects.toThrow(WrongExpectedVersionError);
    expect((await executor.load(target, tally)).state.total).toBe(11);
  });
});
