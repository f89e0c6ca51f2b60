import type { Decider, DomainEvent } from '@app/domain';

/**
 * given(decider, [events]).when(command).then([events]) / .thenThrows(ErrorClass, /message/):
 * the unit-test shape for deciders. Pure and synchronous.
 */
export function given<Command, State, Event extends DomainEvent>(decider: Decider<Command, State, Event>, history: readonly Event[] = []) {
  return {
    when(command: Command) {
      const run = () => decider.decide(command, history.reduce(decider.evolve, decider.initialState()));
      return {
        then(expected: readonly Event[]): void {
          expect(run()).toEqual(expected);
        },
        thenThrows(errorClass: abstract new (...args: never[]) => Error, message?: RegExp | string): void {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(errorClass);
          if (message !== undefined) expect((thrown as Error).message).toMatch(message);
        },
        /** The state after the history and the command's events, for rules that are about state. */
        thenState(assert: (state: State) => void): void {
          const state = history.reduce(decider.evolve, decider.initialState());
          assert(run().reduce(decider.evolve, state));
        },
      };
    },
  };
}

/** A command without the `today` its application layer adds (from the command's time). */
export type WithoutToday<Command> = Command extends unknown ? Omit<Command, 'today'> : never;

/**
 * The decider as its handlers call it on the day `today` (the UK date at the command's time): tests write
 * commands without `today` and state the day once. A command that names its own `today` keeps it.
 */
export function decidingOn<Command, State, Event extends DomainEvent>(
  decider: Decider<Command, State, Event>,
  today: string,
): Decider<WithoutToday<Command> & { today?: string }, State, Event> {
  return { ...decider, decide: (command, state) => decider.decide({ today, ...command } as unknown as Command, state) };
}
