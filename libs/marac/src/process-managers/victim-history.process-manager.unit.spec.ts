import type { CommandContext, EventEnvelope } from '@app/event-store';
import { FollowReferralCorrectionCommand } from '../application/follow-referral-correction/follow-referral-correction.command.js';
import type { MaracRecordAmended, MaracRecordVoided } from '../domain/index.js';
import { VictimHistoryProcessManager } from './victim-history.process-manager.js';

const correction = {
  caseId: 'case-1',
  maracId: 'marac-1',
  victimPersonId: 'victim-1',
  reason: { subjectId: 'victim-1', personal: null },
  correctedAt: '2025-06-01T09:00:00Z',
  correctedBy: 'coordinator-1',
};
const noConsequences = { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: [] };
const context: CommandContext = { commandId: 'derived', correlationId: 'c', causationId: 'e', actor: 'system:marac_victim_history', occurredAt: '2025-06-01T09:00:01Z' };

function envelope(event: MaracRecordVoided | MaracRecordAmended): EventEnvelope<MaracRecordVoided | MaracRecordAmended> {
  const metadata = { eventId: 'e', commandId: 'k', correlationId: 'c', causationId: 'k', actor: 'coordinator-1', occurredAt: correction.correctedAt, partnershipId: 'csp-1' };
  return { event, streamName: 'marac_case-case-1', revision: 4, position: { commit: 10n, prepare: 10n }, metadata, recordedAt: new Date() };
}

/** The commands the reactions dispatch, built with a runner's context. */
function commands(event: MaracRecordVoided | MaracRecordAmended): FollowReferralCorrectionCommand[] {
  return new VictimHistoryProcessManager().react(envelope(event)).map((reaction) => {
    if (reaction.kind !== 'dispatch') throw new Error(`unexpected reaction ${reaction.kind}`);
    return reaction.command(context) as FollowReferralCorrectionCommand;
  });
}

describe('victim history follows referral corrections', () => {
  it("dispatches a void of the referral to the victim's history, under the case's partnership", () => {
    const [command] = commands({ type: 'MaracRecordVoided', data: { ...correction, recordKind: 'referral', recordId: 'case-1', consequences: noConsequences } });
    expect(command).toBeInstanceOf(FollowReferralCorrectionCommand);
    expect(command.input).toEqual({ personId: 'victim-1', caseId: 'case-1', correction: { voided: true } });
    expect(command.context).toEqual({ ...context, partnershipId: 'csp-1' });
  });

  it('dispatches an amended referral date, and nothing for other amendments of the referral', () => {
    expect(commands({ type: 'MaracRecordAmended', data: { ...correction, recordKind: 'referral', recordId: 'case-1', amended: { referralDate: '2025-02-01' } } }).map((c) => c.input.correction)).toEqual([
      { referralDate: '2025-02-01' },
    ]);
    expect(commands({ type: 'MaracRecordAmended', data: { ...correction, recordKind: 'referral', recordId: 'case-1', amended: { referringAgency: 'idva' } } })).toEqual([]);
  });

  it('leaves corrections of hearings, incidents and actions to the case', () => {
    expect(commands({ type: 'MaracRecordVoided', data: { ...correction, recordKind: 'hearing', recordId: 'm1', consequences: noConsequences } })).toEqual([]);
    expect(commands({ type: 'MaracRecordAmended', data: { ...correction, recordKind: 'agency-action', recordId: 'a1', amended: { dueDate: '2025-07-01' } } })).toEqual([]);
  });
});
