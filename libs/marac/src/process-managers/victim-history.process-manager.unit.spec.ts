import type { EventEnvelope } from '@app/event-store';
import { reactionContext } from '@app/kit';
import { FollowReferralCorrectionCommand } from '../application/follow-referral-correction/follow-referral-correction.command.js';
import { ReclassifyCaseRepeatCommand } from '../application/reclassify-case-repeat/reclassify-case-repeat.command.js';
import type { CaseReferred, MaracRecordAmended, MaracRecordVoided, VictimReferralReclassified } from '../domain/index.js';
import { registrationOf, VictimHistoryProcessManager } from './victim-history.process-manager.js';

const correction = {
  caseId: 'case-1',
  maracId: 'marac-1',
  victimPersonId: 'victim-1',
  reason: { subjectId: 'victim-1', personal: null },
  correctedAt: '2025-06-01T09:00:00Z',
  correctedBy: 'coordinator-1',
};
const noConsequences = { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: [] };
type Reacted = MaracRecordVoided | MaracRecordAmended | VictimReferralReclassified;

function envelope(event: Reacted): EventEnvelope<Reacted> {
  const metadata = {
    eventId: 'e',
    commandId: 'k',
    correlationId: 'c',
    causationId: 'k',
    actor: 'coordinator-1',
    occurredAt: correction.correctedAt,
    partnershipId: 'csp-1',
  };
  return { event, streamName: 'marac_case-case-1', revision: 4, position: { commit: 10n, prepare: 10n }, metadata, recordedAt: new Date() };
}

/** The commands the reactions dispatch, built with the context the runner gives them. */
function commands<C = FollowReferralCorrectionCommand>(event: Reacted): C[] {
  const manager = new VictimHistoryProcessManager();
  return manager.react(envelope(event)).map((reaction, index) => {
    if (reaction.kind !== 'dispatch') throw new Error(`unexpected reaction ${reaction.kind}`);
    return reaction.command(reactionContext(manager, envelope(event), index)) as C;
  });
}

describe('victim history follows referral corrections', () => {
  it("dispatches a void of the referral to the victim's history, under the case's partnership", () => {
    const [command] = commands({
      type: 'MaracRecordVoided',
      data: { ...correction, recordKind: 'referral', recordId: 'case-1', consequences: noConsequences },
    });
    expect(command).toBeInstanceOf(FollowReferralCorrectionCommand);
    expect(command.input).toEqual({ personId: 'victim-1', caseId: 'case-1', correction: { voided: true } });
    expect(command.context).toMatchObject({
      partnershipId: 'csp-1',
      correlationId: 'c',
      causationId: 'e',
      actor: 'system:process-manager:marac_victim_history',
    });
  });

  it('dispatches an amended referral date, and nothing for other amendments of the referral', () => {
    expect(
      commands({
        type: 'MaracRecordAmended',
        data: { ...correction, recordKind: 'referral', recordId: 'case-1', amended: { referralDate: '2025-02-01' } },
      }).map((c) => c.input.correction),
    ).toEqual([{ referralDate: '2025-02-01' }]);
    expect(
      commands({
        type: 'MaracRecordAmended',
        data: { ...correction, recordKind: 'referral', recordId: 'case-1', amended: { referringAgency: 'idva' } },
      }),
    ).toEqual([]);
  });

  it('leaves corrections of hearings, incidents and actions to the case', () => {
    expect(
      commands({ type: 'MaracRecordVoided', data: { ...correction, recordKind: 'hearing', recordId: 'm1', consequences: noConsequences } }),
    ).toEqual([]);
    expect(
      commands({
        type: 'MaracRecordAmended',
        data: { ...correction, recordKind: 'agency-action', recordId: 'a1', amended: { dueDate: '2025-07-01' } },
      }),
    ).toEqual([]);
  });

  it('gives a referral the history decided again (its previous referral voided) to its case', () => {
    const [command] = commands<ReclassifyCaseRepeatCommand>({
      type: 'VictimReferralReclassified',
      data: { personId: 'victim-1', caseId: 'case-2', repeat: false, previousCaseId: null, reason: 'referral-voided' },
    });
    expect(command).toBeInstanceOf(ReclassifyCaseRepeatCommand);
    expect(command.input).toEqual({ caseId: 'case-2', repeat: false, previousCaseId: null, reason: 'referral-voided' });
    expect(command.context).toMatchObject({ partnershipId: 'csp-1' });
  });
});

describe("victim history records a referred case's perpetrators", () => {
  it('registers the case with the person ids of every perpetrator it names (the repeat rule reads them)', () => {
    const personal = (subjectId: string) => ({ subjectId, personal: null });
    const referred: CaseReferred = {
      type: 'CaseReferred',
      data: {
        caseId: 'case-1',
        maracId: 'marac-1',
        partnershipId: 'csp-1',
        referralDate: '2025-03-10',
        referringAgency: 'police',
        criterion: 'professional-judgement',
        isRepeat: false,
        previousCaseId: null,
        victim: {
          personId: 'victim-1',
          details: personal('victim-1'),
          profile: {
            sex: 'female',
            ageBand: '25-34',
            aged16or17: false,
            ethnicity: 'not-known',
            disabled: null,
            lgbtPlus: null,
            childrenInHousehold: null,
          },
        },
        perpetrators: [
          { personId: 'perpetrator-1', relationship: 'partner', details: personal('perpetrator-1') },
          { personId: 'perpetrator-2', relationship: 'sibling', details: personal('perpetrator-2') },
        ],
      },
    };
    expect(registrationOf(referred)).toMatchObject({
      personId: 'victim-1',
      caseId: 'case-1',
      perpetratorPersonIds: ['perpetrator-1', 'perpetrator-2'],
    });
  });
});
