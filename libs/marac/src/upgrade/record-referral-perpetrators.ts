import { deriveId, streamName, type EventEnvelope } from '@app/event-store';
import { passOverLog, type ContextUpgrade, type UpgradeDependencies } from '@app/kit';
import { MARAC_CASE_STREAM_CATEGORY, MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider, type CaseReferred } from '../domain/index.js';
import { upgradeContext } from './upgrade-marac-registry.js';

const STEP = 'upgrade_marac_referral_perpetrators';

/**
 * The start-up upgrade that came with the SafeLives repeat rule (the same victim and perpetrator(s)):
 * referrals the victim's history registered before it recorded perpetrators (VictimReferred version 1)
 * get their case's, from the case's CaseReferred, so that later referrals are decided by the rule against
 * them. Until then such a referral shares a perpetrator with any (`sharesPerpetrator`). Outcomes already
 * decided stand (decided under the rule of their day, as an amended referral date leaves them). Reads
 * the log from its own checkpoint under a lock (`passOverLog`); each recording has a command id derived
 * from the case id and appends nothing when the referral has its perpetrators, so it is safe to run at
 * every start and from several processes.
 */
export async function recordReferralPerpetrators(dependencies: UpgradeDependencies): Promise<{ referralPerpetratorsRecorded: number }> {
  let recorded = 0;
  const visit = async ({ event }: EventEnvelope) => {
    if (event.type !== 'CaseReferred') return;
    const { caseId, partnershipId, victim, perpetrators } = (event as CaseReferred).data;
    const commandId = deriveId(STEP, caseId);
    const outcome = await dependencies.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, victim.personId),
      maracVictimDecider,
      (state) =>
        maracVictimDecider.decide(
          {
            type: 'RecordReferralPerpetrators',
            personId: victim.personId,
            caseId,
            perpetratorPersonIds: perpetrators.map((perpetrator) => perpetrator.personId),
          },
          state,
        ),
      { context: upgradeContext(commandId, dependencies.occurredAt, partnershipId), revealPersonalData: false },
    );
    if (outcome.events.length > 0 && !outcome.replayed) recorded++;
  };
  return passOverLog(dependencies, { name: STEP, categories: [MARAC_CASE_STREAM_CATEGORY] }, visit, () => ({
    referralPerpetratorsRecorded: recorded,
  }));
}

/** The MARAC context's start-up upgrade for the perpetrator rule (BoundedContext.upgrades). */
export const maracReferralPerpetratorsUpgrade: ContextUpgrade = { name: 'marac-referral-perpetrators', run: recordReferralPerpetrators };
