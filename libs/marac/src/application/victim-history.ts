import type { QueryBus } from '@nestjs/cqrs';
import { streamName, type CommandExecutor, type CommandContext } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider, type MaracVictimEvent, type MaracVictimState } from '../domain/index.js';

export function victimStream(personId: string): string {
  return streamName(MARAC_VICTIM_STREAM_CATEGORY, personId);
}

/**
 * A victim's MARAC history across every person record of theirs (the canonical one first, then records
 * merged into it): one state whose referrals and police call-outs are all of theirs, so a referral is
 * decided as a repeat of one filed under a duplicate record. The person id is the first record's.
 */
export async function loadVictimHistory(executor: CommandExecutor, recordIds: readonly string[]): Promise<MaracVictimState> {
  const states = await Promise.all(recordIds.map(async (id) => (await executor.load(victimStream(id), maracVictimDecider)).state));
  return mergedHistories(recordIds[0], states);
}

/** Several records' histories as one (in record order; within a record, in the order registered). */
export function mergedHistories(personId: string, states: readonly MaracVictimState[]): MaracVictimState {
  return {
    personId: states.some((state) => state.personId !== null) ? personId : null,
    policeCallOuts: states.flatMap((state) => state.policeCallOuts),
    referrals: states.flatMap((state) => state.referrals),
  };
}

/**
 * The victim decider over one record's stream with the victim's other records' referrals before it (people
 * merged into the same person, by the partnership's ledger): what the victim's history decides next (a
 * referral registered, a correction followed) counts the whole person's referrals. The reaction's context
 * carries the partnership; without one, or for a person never merged, the record's own history alone.
 */
export async function victimDeciderFor(
  executor: CommandExecutor,
  queryBus: QueryBus,
  context: CommandContext,
  personId: string,
): Promise<Pick<typeof maracVictimDecider, 'initialState' | 'evolve'>> {
  if (!context.partnershipId) return maracVictimDecider;
  const { recordIds } = await queryBus.execute(new PersonGroupQuery({ partnershipId: context.partnershipId, personId }));
  const others = recordIds.filter((id) => id !== personId);
  if (others.length === 0) return maracVictimDecider;
  const prior: MaracVictimState = { ...(await loadVictimHistory(executor, others)), personId: null };
  return {
    initialState: () => prior,
    evolve: (state: MaracVictimState, event: MaracVictimEvent) => maracVictimDecider.evolve(state, event),
  };
}
