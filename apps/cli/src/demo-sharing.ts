import type { CommandBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { addDays } from '@app/periods';
import { RecordSharingCommand, type SharingChange } from '@app/sharing';

export interface SharingDemoStats {
  consents: number;
  decisions: number;
  shares: number;
}

/** How many of the demo's MARAC victims get consent and sharing recorded. */
const VICTIMS_WITH_SHARING = 30;

/**
 * Consent and sharing for the first of the demo's MARAC victims, after their cases are loaded (so no agency action
 * of theirs meets a refusal): every fifth gives IDVA written consent, and the IDVA is sent the referral; the next
 * refuses housing, the MARAC chair decides to share anyway under s.115 (with a reason), and housing is sent it;
 * the rest are shared with the police on the partnership's default basis. Deterministic: command ids from fixed keys.
 */
export async function loadSharingDemo(
  commands: CommandBus,
  recorder: AuthenticatedUser,
  ctx: (key: string, date: string) => CommandContext,
  victims: readonly { personId: string; referredOn: string }[],
): Promise<SharingDemoStats> {
  const stats: SharingDemoStats = { consents: 0, decisions: 0, shares: 0 };
  const record = (key: string, date: string, personId: string, change: SharingChange) =>
    commands.execute(new RecordSharingCommand(recorder, ctx(key, date), { personId, change }));
  for (const [n, { personId, referredOn }] of victims.slice(0, VICTIMS_WITH_SHARING).entries()) {
    const key = `sharing/${n}`;
    const sharedOn = addDays(referredOn, 1);
    const purpose = 'marac';
    if (n % 5 === 0) {
      await record(`${key}/consent`, referredOn, personId, {
        type: 'RecordConsent',
        agency: 'idva',
        purpose,
        decision: 'given',
        how: 'written',
        on: referredOn,
      });
      stats.consents++;
      await record(`${key}/share`, sharedOn, personId, { type: 'RecordShare', agency: 'idva', purpose, on: sharedOn });
    } else if (n % 5 === 1) {
      await record(`${key}/consent`, referredOn, personId, {
        type: 'RecordConsent',
        agency: 'housing',
        purpose,
        decision: 'refused',
        how: 'verbal',
        on: referredOn,
      });
      stats.consents++;
      await record(`${key}/decision`, referredOn, personId, {
        type: 'DecideSharingWithoutConsent',
        agency: 'housing',
        purpose,
        basis: 'crime-and-disorder-act-s115',
        decidedBy: 'MARAC chair',
        reason: 'Demo reason: high risk of serious harm; housing must act to keep the victim safe.',
        on: referredOn,
      });
      stats.decisions++;
      await record(`${key}/share`, sharedOn, personId, { type: 'RecordShare', agency: 'housing', purpose, on: sharedOn });
    } else {
      await record(`${key}/share`, sharedOn, personId, { type: 'RecordShare', agency: 'police', purpose, on: sharedOn });
    }
    stats.shares++;
  }
  return stats;
}
