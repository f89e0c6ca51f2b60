import { assertNever } from '@app/domain';
import { deriveEventId, type CommandContext, type EventEnvelope } from '@app/event-store';
import { deriveReactionId, dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import {
  DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  MARAC_CASE_STREAM_CATEGORY,
  MARAC_VICTIM_STREAM_CATEGORY,
  type CaseReferred,
  type FollowReferralCorrection,
  type MaracRecordAmended,
  type MaracRecordVoided,
  type RegisterReferredCase,
  type VictimReferralReclassified,
} from '../domain/index.js';
import { FollowReferralCorrectionCommand } from '../application/follow-referral-correction/follow-referral-correction.command.js';
import { ReclassifyCaseRepeatCommand } from '../application/reclassify-case-repeat/reclassify-case-repeat.command.js';
import { RegisterReferredCaseCommand } from '../application/register-referred-case/register-referred-case.command.js';

export const VICTIM_HISTORY_PROCESS_MANAGER = 'marac_victim_history';

/** What the victim's history records of a referred case. */
export function registrationOf({ data }: CaseReferred): Omit<RegisterReferredCase, 'type' | 'today'> {
  return {
    personId: data.victim.personId,
    caseId: data.caseId,
    maracId: data.maracId,
    referralDate: data.referralDate,
    criterion: data.criterion,
    perpetratorPersonIds: data.perpetrators.map((perpetrator) => perpetrator.personId),
    recorded: { repeat: data.isRepeat, previousCaseId: data.previousCaseId },
    policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  };
}

/**
 * The context the runner gives this manager's reaction to the CaseReferred that a referral command wrote
 * first (reactionContext in libs/kit): the referral handler registers the case at once under it, so the
 * runner's own reaction later finds the command in the victim's stream and appends nothing.
 */
export function registrationContext(referral: CommandContext): CommandContext {
  const eventId = deriveEventId(referral.commandId, 0);
  return {
    commandId: deriveReactionId(eventId, VICTIM_HISTORY_PROCESS_MANAGER, 0),
    correlationId: referral.correlationId,
    causationId: eventId,
    actor: `system:process-manager:${VICTIM_HISTORY_PROCESS_MANAGER}`,
    occurredAt: referral.occurredAt,
    ...(referral.partnershipId ? { partnershipId: referral.partnershipId } : {}),
  };
}

/** What the victim's history follows of a correction: a referral voided or its date amended; nothing else. */
function referralCorrectionOf(event: MaracRecordVoided | MaracRecordAmended): FollowReferralCorrection['correction'] | null {
  if (event.data.recordKind !== 'referral') return null;
  if (event.type === 'MaracRecordVoided') return { voided: true };
  return event.data.amended.referralDate ? { referralDate: event.data.amended.referralDate } : null;
}

/**
 * A referral writes one stream, its case's; the victim's history (`marac_victim-<personId>`) follows here.
 * - CaseReferred: RegisterReferredCase on the victim's stream, which decides the victim's referrals one
 *   after another. A failure between the two writes leaves a case the history has not yet counted (retried,
 *   then parked and replayable), never a referral counted as a repeat without a case.
 * - MaracRecordVoided / MaracRecordAmended of a referral (corrections write the case's stream only):
 *   FollowReferralCorrection on the victim's stream, so a voided referral stops counting for the victim's
 *   other referrals and an amended date replaces the one registered.
 * - VictimReferralReclassified: the history decided a referral differently from its case (two referrals
 *   raced, or the referral it repeated was voided): ReclassifyCaseRepeat on that case, so the case, its
 *   hearings and the repeat rate follow.
 * Command ids derive from the event ids and the context carries the event's partnership (kit), so a
 * crash, a takeover or a replay appends nothing twice, and the victim's history stays the partnership's.
 */
@DurableProcessManager()
export class VictimHistoryProcessManager implements ProcessManager {
  readonly name = VICTIM_HISTORY_PROCESS_MANAGER;
  readonly eventTypes = ['CaseReferred', 'MaracRecordVoided', 'MaracRecordAmended', 'VictimReferralReclassified'];
  readonly categories = [MARAC_CASE_STREAM_CATEGORY, MARAC_VICTIM_STREAM_CATEGORY];

  react({ event }: EventEnvelope<CaseReferred | MaracRecordVoided | MaracRecordAmended | VictimReferralReclassified>): Reaction[] {
    switch (event.type) {
      case 'CaseReferred':
        return [dispatch((context) => new RegisterReferredCaseCommand(registrationOf(event), context))];
      case 'MaracRecordVoided':
      case 'MaracRecordAmended': {
        const correction = referralCorrectionOf(event);
        if (!correction) return [];
        const input = { personId: event.data.victimPersonId, caseId: event.data.caseId, correction };
        return [dispatch((context) => new FollowReferralCorrectionCommand(input, context))];
      }
      case 'VictimReferralReclassified': {
        const { caseId, repeat, previousCaseId, reason } = event.data;
        return [dispatch((context) => new ReclassifyCaseRepeatCommand({ caseId, repeat, previousCaseId, reason }, context))];
      }
      default:
        return assertNever(event);
    }
  }
}
