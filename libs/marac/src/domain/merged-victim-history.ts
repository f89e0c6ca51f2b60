import { isBefore } from '@app/periods';
import type { RepeatReclassificationReason } from './marac-codes.js';
import { repeatOf, type MaracVictimState, type RepeatOutcome, type VictimReferral } from './marac-victim.decider.js';
import type { VictimReferralReclassified } from './marac-victim.events.js';

/**
 * Every referral that counts, decided again on a history (one victim's records together, after a merge):
 * each against the referrals before it (dated earlier, or of its date and listed before it) by the MARAC
 * repeat rule (`repeatOf`, the one the referral itself is decided by: the same victim and at least one of the
 * same perpetrators). Voided referrals are not decided.
 */
export function outcomesOnHistory(history: MaracVictimState): Map<string, RepeatOutcome> {
  const outcomes = new Map<string, RepeatOutcome>();
  history.referrals.forEach((referral, at) => {
    if (referral.voided) return;
    const before = (other: VictimReferral, index: number) =>
      isBefore(other.referralDate, referral.referralDate) || (other.referralDate === referral.referralDate && index < at);
    const { repeat, previousCaseId } = repeatOf(
      { ...history, referrals: history.referrals.filter(before) },
      referral.referralDate,
      referral.perpetratorPersonIds,
    );
    outcomes.set(referral.caseId, { repeat, previousCaseId });
  });
  return outcomes;
}

/**
 * The reclassifications one record's history (`own`, its stream) needs so that its referrals read as the
 * victim's whole history decides them (`outcomes`): one per counted referral whose outcome changes.
 */
export function reclassificationsOnHistory(
  own: MaracVictimState,
  outcomes: ReadonlyMap<string, RepeatOutcome>,
  reason: RepeatReclassificationReason,
): VictimReferralReclassified[] {
  if (own.personId === null) return [];
  const personId = own.personId;
  return own.referrals.flatMap((referral): VictimReferralReclassified[] => {
    const outcome = outcomes.get(referral.caseId);
    if (referral.voided || !outcome) return [];
    if (outcome.repeat === referral.repeat && outcome.previousCaseId === referral.previousCaseId) return [];
    return [{ type: 'VictimReferralReclassified', data: { personId, caseId: referral.caseId, ...outcome, reason } }];
  });
}

/**
 * The history with each referral's perpetrators as the partnership's merges read them (`canonical`: id ->
 * canonical id; ids it lacks stand for themselves), so the repeat rule sees a perpetrator recorded under
 * two records as one person.
 */
export function withCanonicalPerpetrators(history: MaracVictimState, canonical: ReadonlyMap<string, string>): MaracVictimState {
  if (canonical.size === 0) return history;
  return {
    ...history,
    referrals: history.referrals.map((referral) =>
      referral.perpetratorPersonIds === null
        ? referral
        : { ...referral, perpetratorPersonIds: referral.perpetratorPersonIds.map((id) => canonical.get(id) ?? id) },
    ),
  };
}
