import type { QueryBus } from '@nestjs/cqrs';
import { streamName, type CommandExecutor, type CommandContext } from '@app/event-store';
import { CanonicalPersonIdsQuery, PersonGroupQuery } from '@app/people';
import {
  MARAC_VICTIM_STREAM_CATEGORY,
  maracVictimDecider,
  withCanonicalPerpetrators,
  type MaracVictimEvent,
  type MaracVictimState,
} from '../domain/index.js';

export function victimStream(personId: string): string {
  return streamName(MARAC_VICTIM_STREAM_CATEGORY, personId);
}

/** Person ids as the partnership's merges read them now: a perpetrator's duplicate record reads as the perpetrator. */
export async function canonicalPersonIds(queryBus: QueryBus, partnershipId: string, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const canonical = await queryBus.execute(new CanonicalPersonIdsQuery({ partnershipId, personIds }));
  return personIds.map((id) => canonical[id] ?? id);
}

/** The perpetrators a history names that the merges read as someone else (id -> canonical id). */
async function canonicalPerpetratorsOf(queryBus: QueryBus, partnershipId: string, states: readonly MaracVictimState[]) {
  const named = [...new Set(states.flatMap((state) => state.referrals.flatMap((referral) => referral.perpetratorPersonIds ?? [])))];
  const canonical = await canonicalPersonIds(queryBus, partnershipId, named);
  return new Map(named.flatMap((id, index) => (canonical[index] === id ? [] : [[id, canonical[index]] as const])));
}

/**
 * A victim's MARAC history across every person record of theirs (the canonical one first, then records
 * merged into it): one state whose referrals and police call-outs are all of theirs, so a referral is
 * decided as a repeat of one filed under a duplicate record. Perpetrators read as the merges read them, so
 * a referral naming a perpetrator's duplicate record shares that perpetrator. The person id is the first record's.
 */
export async function loadVictimHistory(
  executor: CommandExecutor,
  queryBus: QueryBus,
  partnershipId: string,
  recordIds: readonly string[],
): Promise<MaracVictimState> {
  const states = await Promise.all(recordIds.map(async (id) => (await executor.load(victimStream(id), maracVictimDecider)).state));
  return withCanonicalPerpetrators(mergedHistories(recordIds[0], states), await canonicalPerpetratorsOf(queryBus, partnershipId, states));
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
 * merged into the same person, by the partnership's ledger) and every perpetrator read as the merges read
 * them: what the victim's history decides next (a referral registered, a correction followed) counts the
 * whole person's referrals against the whole perpetrators. The reaction's context carries the partnership;
 * without one, the record's own history alone.
 */
export async function victimDeciderFor(
  executor: CommandExecutor,
  queryBus: QueryBus,
  context: CommandContext,
  personId: string,
): Promise<Pick<typeof maracVictimDecider, 'initialState' | 'evolve'>> {
  const partnershipId = context.partnershipId;
  if (!partnershipId) return maracVictimDecider;
  const { recordIds } = await queryBus.execute(new PersonGroupQuery({ partnershipId, personId }));
  const others = recordIds.filter((id) => id !== personId);
  const prior: MaracVictimState =
    others.length === 0
      ? maracVictimDecider.initialState()
      : { ...(await loadVictimHistory(executor, queryBus, partnershipId, others)), personId: null };
  const own = (await executor.load(victimStream(personId), maracVictimDecider)).state;
  const canonical = await canonicalPerpetratorsOf(queryBus, partnershipId, [own]);
  return {
    initialState: () => prior,
    evolve: (state: MaracVictimState, event: MaracVictimEvent) =>
      withCanonicalPerpetrators(maracVictimDecider.evolve(state, event), canonical),
  };
}
