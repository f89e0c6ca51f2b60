import { streamName, type CommandExecutor } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider, type MaracVictimState } from '../domain/index.js';

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
