import { assertNever, replay, type Decider, type DomainEvent } from './decider.js';

type CounterEvent = DomainEvent<'Incremented', { by: number }>;
const counter: Decider<{ by: number }, number, CounterEvent> = {
  initialState: () => 0,
  evolve: (state, event) => state + event.data.by,
  decide: (command) => [{ type: 'Incremented', data: { by: command.by } }],
};

describe('replay', () => {
  it('folds events over the initial state in order', () => {
    expect(
      replay(counter, [
        { type: 'Incremented', data: { by: 2 } },
        { type: 'Incremented', data: { by: 3 } },
      ]),
    ).toBe(5);
  });
  it('returns the initial state for no events', () => {
    expect(replay(counter, [])).toBe(0);
  });
  it('assertNever throws for a value that escaped an exhaustive switch', () => {
    expect(() => assertNever('x' as never)).toThrow(/unexpected value/);
  });
});
