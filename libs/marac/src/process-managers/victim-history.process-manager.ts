import type { EventEnvelope } from '@app/event-store';
import { dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import { FollowReferralCorrectionCommand } from '../application/follow-referral-correction/follow-referral-correction.command.js';
import { MARAC_CASE_STREAM_CATEGORY, type FollowReferralCorrection, type MaracRecordAmended, type MaracRecordVoided } from '../domain/index.js';

/**
 * Corrections are written to the case's stream only (one request, one stream); the victim's history
 * (`marac_victim-<personId>`) follows here: a voided referral stops counting for the victim's next
 * referral's repeat check, and an amended referral date replaces the one registered. Durable: a crash
 * or a replay dispatches the same command id, and the victim decider appends nothing for a correction
 * already followed.
 */
@DurableProcessManager()
export class VictimHistoryProcessManager implements ProcessManager {
  readonly name = 'marac_victim_history';
  readonly eventTypes = ['MaracRecordVoided', 'MaracRecordAmended'];
  readonly categories = [MARAC_CASE_STREAM_CATEGORY];

  react({ event, metadata }: EventEnvelope<MaracRecordVoided | MaracRecordAmended>): Reaction[] {
    let correction: FollowReferralCorrection['correction'];
    if (event.type === 'MaracRecordVoided' && event.data.recordKind === 'referral') correction = { voided: true };
    else if (event.type === 'MaracRecordAmended' && event.data.recordKind === 'referral' && event.data.amended.referralDate) {
      correction = { referralDate: event.data.amended.referralDate };
    } else return [];
    const input = { personId: event.data.victimPersonId, caseId: event.data.caseId, correction };
    // The victim's history belongs to the case's partnership, like the referral it registered.
    return [dispatch((context) => new FollowReferralCorrectionCommand(input, { ...context, partnershipId: metadata.partnershipId }))];
  }
}
