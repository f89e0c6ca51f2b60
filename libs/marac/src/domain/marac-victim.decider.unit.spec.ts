import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { decidingOn, given } from '@app/testing';
import type { RepeatReclassificationReason } from './marac-codes.js';
import { DEFAULT_POLICE_CALLOUT_THRESHOLD, DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS } from './marac-defaults.js';
import type { RegisterReferral, RegisterReferredCase } from './marac-victim.commands.js';
import { maracVictimDecider } from './marac-victim.decider.js';
import type { MaracVictimEvent, PoliceCallOutRecorded, VictimReferralReclassified, VictimReferred } from './marac-victim.events.js';

/** The day the commands are decided on (the UK date at the command's time): after every date below. */
const TODAY = '2026-06-30';
const victimDecider = decidingOn(maracVictimDecider, TODAY);

const personId = 'person-victim-1';
/** The perpetrator every referral below names unless it says otherwise. */
const perpetrator = 'person-perpetrator-1';

function callOut(callOutId: string, date: string): PoliceCallOutRecorded {
  return { type: 'PoliceCallOutRecorded', data: { personId, callOutId, date } };
}

function referred(caseId: string, referralDate: string, extra: Partial<VictimReferred['data']> = {}): VictimReferred {
  return {
    type: 'VictimReferred',
    data: {
      personId,
      caseId,
      maracId: 'marac-north',
      referralDate,
      criterion: 'professional-judgement',
      perpetratorPersonIds: [perpetrator],
      repeat: false,
      previousCaseId: null,
      policeCallOutsInWindow: 0,
      ...extra,
    },
  };
}

function register(caseId: string, referralDate: string, extra: Partial<RegisterReferral> = {}): Omit<RegisterReferral, 'today'> {
  return {
    type: 'RegisterReferral',
    personId,
    caseId,
    maracId: 'marac-north',
    referralDate,
    criterion: 'professional-judgement',
    perpetratorPersonIds: [perpetrator],
    policeCallOutThreshold: DEFAULT_POLICE_CALLOUT_THRESHOLD,
    policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
    ...extra,
  };
}

function registerCase(
  caseId: string,
  referralDate: string,
  recorded = { repeat: false, previousCaseId: null as string | null },
  extra: Partial<RegisterReferredCase> = {},
): Omit<RegisterReferredCase, 'today'> {
  return {
    type: 'RegisterReferredCase',
    personId,
    caseId,
    maracId: 'marac-north',
    referralDate,
    criterion: 'professional-judgement',
    perpetratorPersonIds: [perpetrator],
    recorded,
    policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
    ...extra,
  };
}

function reclassified(
  caseId: string,
  repeat: boolean,
  previousCaseId: string | null,
  reason: RepeatReclassificationReason = 'referrals-raced',
): VictimReferralReclassified {
  return { type: 'VictimReferralReclassified', data: { personId, caseId, repeat, previousCaseId, reason } };
}

describe('marac_victim: police call-outs', () => {
  it('records a call-out', () => {
    given(victimDecider)
      .when({ type: 'RecordPoliceCallOut', personId, callOutId: 'co-1', date: '2025-01-05' })
      .then([callOut('co-1', '2025-01-05')]);
  });

  it('refuses the same call-out twice', () => {
    given(victimDecider, [callOut('co-1', '2025-01-05')])
      .when({ type: 'RecordPoliceCallOut', personId, callOutId: 'co-1', date: '2025-01-05' })
      .thenThrows(IllegalStateError, 'This police call-out is already recorded.');
  });

  it('refuses a date that is not a calendar date', () => {
    given(victimDecider)
      .when({ type: 'RecordPoliceCallOut', personId, callOutId: 'co-1', date: '2025-02-30' })
      .thenThrows(InvalidCommandError, 'The date of the police call-out must be a date written YYYY-MM-DD.');
  });

  it("refuses a call-out later than today (the UK date at the command's time) or before 1900", () => {
    given(victimDecider)
      .when({ type: 'RecordPoliceCallOut', personId, callOutId: 'co-1', date: '2025-01-06', today: '2025-01-05' })
      .thenThrows(InvalidCommandError, 'The date of the police call-out cannot be later than today (2025-01-05 in the UK).');
    given(victimDecider)
      .when({ type: 'RecordPoliceCallOut', personId, callOutId: 'co-1', date: '1899-12-31' })
      .thenThrows(InvalidCommandError, 'The date of the police call-out cannot be earlier than 1900-01-01.');
    given(victimDecider)
      .when({ ...register('case-1', '2025-01-06'), today: '2025-01-05' })
      .thenThrows(InvalidCommandError, 'The referral date cannot be later than today (2025-01-05 in the UK).');
  });

  it('refuses a call-out for another person on this victim’s stream', () => {
    given(victimDecider, [callOut('co-1', '2025-01-05')])
      .when({ type: 'RecordPoliceCallOut', personId: 'someone-else', callOutId: 'co-2', date: '2025-01-06' })
      .thenThrows(InvalidCommandError, /different person/);
  });
});

describe('marac_victim: repeat referrals (same person id, within 12 months of the last referral with the same perpetrator)', () => {
  it('a first referral is not a repeat', () => {
    given(victimDecider)
      .when(register('case-1', '2025-03-10'))
      .then([referred('case-1', '2025-03-10')]);
  });

  it('a referral 11 months after the last one is a repeat of it', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-02-10'))
      .then([referred('case-2', '2026-02-10', { repeat: true, previousCaseId: 'case-1' })]);
  });

  it('a referral on the anniversary of the last one is still a repeat', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-03-10'))
      .then([referred('case-2', '2026-03-10', { repeat: true, previousCaseId: 'case-1' })]);
  });

  it('a referral the day after the anniversary is a new case, not a repeat', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-03-11'))
      .then([referred('case-2', '2026-03-11')]);
  });

  it('a referral 13 months after the last one is a new case', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-04-10'))
      .then([referred('case-2', '2026-04-10')]);
  });

  it('counts from the last referral, not the first', () => {
    given(victimDecider, [referred('case-1', '2024-01-15'), referred('case-2', '2025-06-01')])
      .when(register('case-3', '2026-05-20'))
      .then([referred('case-3', '2026-05-20', { repeat: true, previousCaseId: 'case-2' })]);
  });

  it('clamps the anniversary of a 29 February referral to 28 February', () => {
    given(victimDecider, [referred('case-1', '2024-02-29')])
      .when(register('case-2', '2025-03-01'))
      .then([referred('case-2', '2025-03-01')]);
    given(victimDecider, [referred('case-1', '2024-02-29')])
      .when(register('case-2', '2025-02-28'))
      .then([referred('case-2', '2025-02-28', { repeat: true, previousCaseId: 'case-1' })]);
  });

  it('refuses to register the same case twice', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-1', '2025-03-10'))
      .thenThrows(IllegalStateError, 'This case is already registered as a referral of this victim.');
  });

  it('refuses a referral dated before the victim’s latest referral', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-03-09'))
      .thenThrows(IllegalStateError, /dated before the victim's latest MARAC referral/);
  });

  it('accepts the repeat criterion for a repeat', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-09-01', { criterion: 'repeat' }))
      .then([referred('case-2', '2025-09-01', { criterion: 'repeat', repeat: true, previousCaseId: 'case-1' })]);
  });

  it('refuses the repeat criterion when there is no referral in the last 12 months', () => {
    given(victimDecider, [referred('case-1', '2024-03-10')])
      .when(register('case-2', '2025-09-01', { criterion: 'repeat' }))
      .thenThrows(
        InvalidCommandError,
        /repeat criterion needs an earlier MARAC referral of this victim with one of the same perpetrators in the 12 months/,
      );
  });

  it('keeps the history in state for the application layer', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-05-01'))
      .thenState((state) => {
        expect(state.personId).toBe(personId);
        expect(state.referrals.map((r) => [r.caseId, r.repeat])).toEqual([
          ['case-1', false],
          ['case-2', true],
        ]);
      });
  });
});

describe('marac_victim: the SafeLives rule (a repeat is of the same victim and at least one of the same perpetrators)', () => {
  const other = 'person-perpetrator-2';
  const third = 'person-perpetrator-3';

  it('a referral within 12 months about the same perpetrator is a repeat; about a different one, a new case', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-09-01'))
      .then([referred('case-2', '2025-09-01', { repeat: true, previousCaseId: 'case-1' })]);
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-09-01', { perpetratorPersonIds: [other] }))
      .then([referred('case-2', '2025-09-01', { perpetratorPersonIds: [other] })]);
  });

  it('the 12-month edge holds for the same perpetrator: the anniversary is a repeat, the day after a new case', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-03-10'))
      .then([referred('case-2', '2026-03-10', { repeat: true, previousCaseId: 'case-1' })]);
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-03-11'))
      .then([referred('case-2', '2026-03-11')]);
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2026-03-10', { perpetratorPersonIds: [other] }))
      .then([referred('case-2', '2026-03-10', { perpetratorPersonIds: [other] })]);
  });

  it('a victim with two perpetrators: a referral naming either one is a repeat, one naming only a third is a new case', () => {
    const both = referred('case-1', '2025-03-10', { perpetratorPersonIds: [perpetrator, other] });
    given(victimDecider, [both])
      .when(register('case-2', '2025-06-01', { perpetratorPersonIds: [other] }))
      .then([referred('case-2', '2025-06-01', { perpetratorPersonIds: [other], repeat: true, previousCaseId: 'case-1' })]);
    given(victimDecider, [both])
      .when(register('case-2', '2025-06-01', { perpetratorPersonIds: [third, perpetrator] }))
      .then([referred('case-2', '2025-06-01', { perpetratorPersonIds: [third, perpetrator], repeat: true, previousCaseId: 'case-1' })]);
    given(victimDecider, [both])
      .when(register('case-2', '2025-06-01', { perpetratorPersonIds: [third] }))
      .then([referred('case-2', '2025-06-01', { perpetratorPersonIds: [third] })]);
  });

  it('counts from the last referral with a shared perpetrator, not the victim’s last referral', () => {
    // case-2 (another perpetrator) is the victim's latest, but the referral about the first one repeats case-1.
    given(victimDecider, [referred('case-1', '2025-01-10'), referred('case-2', '2025-05-01', { perpetratorPersonIds: [other] })])
      .when(register('case-3', '2025-08-01'))
      .then([referred('case-3', '2025-08-01', { repeat: true, previousCaseId: 'case-1' })]);
    // The last referral about this perpetrator is more than 12 months back: a new case, although the victim
    // was referred about someone else within 12 months.
    given(victimDecider, [referred('case-1', '2024-01-10'), referred('case-2', '2025-05-01', { perpetratorPersonIds: [other] })])
      .when(register('case-3', '2025-08-01'))
      .then([referred('case-3', '2025-08-01')]);
  });

  it('refuses the repeat criterion for a different perpetrator within 12 months', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(register('case-2', '2025-09-01', { criterion: 'repeat', perpetratorPersonIds: [other] }))
      .thenThrows(InvalidCommandError, /with one of the same perpetrators in the 12 months before it, and there is none/);
  });

  it('keeps date order across the victim’s referrals, whoever the perpetrator', () => {
    given(victimDecider, [referred('case-1', '2025-03-10', { perpetratorPersonIds: [other] })])
      .when(register('case-2', '2025-03-09'))
      .thenThrows(IllegalStateError, /dated before the victim's latest MARAC referral/);
  });

  it('refuses a referral without its perpetrators’ person ids (400)', () => {
    given(victimDecider)
      .when(register('case-1', '2025-03-10', { perpetratorPersonIds: [] }))
      .thenThrows(InvalidCommandError, /needs the person ids of its perpetrators/);
  });

  it('a referral raced in earlier is decided against, and reclassifies, only later referrals sharing a perpetrator', () => {
    given(victimDecider, [referred('case-2', '2025-06-01', { perpetratorPersonIds: [other] }), referred('case-3', '2025-07-01')])
      .when(registerCase('case-1', '2025-03-10'))
      .then([referred('case-1', '2025-03-10'), reclassified('case-3', true, 'case-1')]);
    // Named both: each later referral now repeats it (case-3 had only case-2, of another perpetrator, before it).
    given(victimDecider, [
      referred('case-2', '2025-06-01', { perpetratorPersonIds: [other] }),
      referred('case-3', '2025-07-01', { perpetratorPersonIds: [third] }),
    ])
      .when(registerCase('case-1', '2025-03-10', undefined, { perpetratorPersonIds: [other, third] }))
      .then([
        referred('case-1', '2025-03-10', { perpetratorPersonIds: [other, third] }),
        reclassified('case-2', true, 'case-1'),
        reclassified('case-3', true, 'case-1'),
      ]);
  });

  it('a voided referral’s repeats are decided again against referrals with a shared perpetrator only', () => {
    given(victimDecider, [
      referred('case-1', '2025-01-10'),
      referred('case-2', '2025-03-01', { perpetratorPersonIds: [other] }),
      referred('case-3', '2025-05-01', { repeat: true, previousCaseId: 'case-1' }),
      referred('case-4', '2025-06-01', { repeat: true, previousCaseId: 'case-3' }),
    ])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-3', correction: { voided: true } })
      .then([
        { type: 'VictimReferralVoided', data: { personId, caseId: 'case-3' } },
        reclassified('case-4', true, 'case-1', 'referral-voided'),
      ]);
  });
});

describe('marac_victim: referrals registered before the history recorded perpetrators', () => {
  const legacy = (caseId: string, referralDate: string) => referred(caseId, referralDate, { perpetratorPersonIds: null });

  it('shares a perpetrator with any referral until its perpetrators are recorded (the rule it was decided under)', () => {
    given(victimDecider, [legacy('case-1', '2025-03-10')])
      .when(register('case-2', '2025-09-01', { perpetratorPersonIds: ['person-perpetrator-9'] }))
      .then([referred('case-2', '2025-09-01', { perpetratorPersonIds: ['person-perpetrator-9'], repeat: true, previousCaseId: 'case-1' })]);
  });

  it('records them from the case once, and the rule then reads them', () => {
    const recorded: MaracVictimEvent = {
      type: 'VictimReferralPerpetratorsRecorded',
      data: { personId, caseId: 'case-1', perpetratorPersonIds: [perpetrator] },
    };
    const record = { type: 'RecordReferralPerpetrators' as const, personId, caseId: 'case-1', perpetratorPersonIds: [perpetrator] };
    given(victimDecider, [legacy('case-1', '2025-03-10')])
      .when(record)
      .then([recorded]);
    given(victimDecider, [legacy('case-1', '2025-03-10'), recorded])
      .when(record)
      .then([]);
    given(victimDecider, [referred('case-2', '2025-03-10')])
      .when(record)
      .then([]);
    given(victimDecider, [legacy('case-1', '2025-03-10'), recorded])
      .when(register('case-2', '2025-09-01', { perpetratorPersonIds: ['person-perpetrator-9'] }))
      .then([referred('case-2', '2025-09-01', { perpetratorPersonIds: ['person-perpetrator-9'] })]);
  });
});

describe('marac_victim: potential escalation (3 police call-outs in the 12 months up to the referral)', () => {
  const escalation = (referralDate: string, extra: Partial<RegisterReferral> = {}) =>
    register('case-1', referralDate, { criterion: 'potential-escalation', ...extra });

  it('is accepted with three call-outs in the window', () => {
    given(victimDecider, [callOut('a', '2024-06-01'), callOut('b', '2024-11-20'), callOut('c', '2025-03-01')])
      .when(escalation('2025-03-10'))
      .then([referred('case-1', '2025-03-10', { criterion: 'potential-escalation', policeCallOutsInWindow: 3 })]);
  });

  it('counts a call-out exactly 12 months before and one on the referral date', () => {
    given(victimDecider, [callOut('a', '2024-03-10'), callOut('b', '2024-11-20'), callOut('c', '2025-03-10')])
      .when(escalation('2025-03-10'))
      .then([referred('case-1', '2025-03-10', { criterion: 'potential-escalation', policeCallOutsInWindow: 3 })]);
  });

  it('is refused with two call-outs in the window (one more than 12 months before does not count)', () => {
    given(victimDecider, [callOut('a', '2024-03-09'), callOut('b', '2024-11-20'), callOut('c', '2025-03-01')])
      .when(escalation('2025-03-10'))
      .thenThrows(
        InvalidCommandError,
        'A referral on the potential escalation criterion needs at least 3 police call-outs in the 12 months up to the referral date; this victim has 2.',
      );
  });

  it('does not count call-outs after the referral date', () => {
    given(victimDecider, [callOut('a', '2024-06-01'), callOut('b', '2024-11-20'), callOut('c', '2025-03-11')])
      .when(escalation('2025-03-10'))
      .thenThrows(InvalidCommandError, /this victim has 2\./);
  });

  it('uses the partnership’s threshold', () => {
    given(victimDecider, [callOut('a', '2024-06-01'), callOut('b', '2024-11-20')])
      .when(escalation('2025-03-10', { policeCallOutThreshold: 2 }))
      .then([referred('case-1', '2025-03-10', { criterion: 'potential-escalation', policeCallOutsInWindow: 2 })]);
  });

  it('uses the partnership’s window', () => {
    given(victimDecider, [callOut('a', '2024-06-01'), callOut('b', '2024-11-20'), callOut('c', '2025-03-01')])
      .when(escalation('2025-03-10', { policeCallOutWindowMonths: 6 }))
      .thenThrows(InvalidCommandError, /at least 3 police call-outs in the 6 months up to the referral date; this victim has 2\./);
  });

  it('records the call-outs counted even when another criterion is used', () => {
    given(victimDecider, [callOut('a', '2024-06-01')])
      .when(register('case-1', '2025-03-10'))
      .then([referred('case-1', '2025-03-10', { policeCallOutsInWindow: 1 })]);
  });

  it('refuses a threshold of 0', () => {
    given(victimDecider, [] as MaracVictimEvent[])
      .when(escalation('2025-03-10', { policeCallOutThreshold: 0 }))
      .thenThrows(InvalidCommandError, 'The police call-out threshold must be a whole number, 1 or more.');
  });
});

describe('marac_victim: following corrections of a referral on its case', () => {
  const voidedCase = (caseId: string): MaracVictimEvent => ({ type: 'VictimReferralVoided', data: { personId, caseId } });

  it('records a void, and the victim’s next referral is not a repeat because of the voided one', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { voided: true } })
      .then([voidedCase('case-1')]);
    given(victimDecider, [referred('case-1', '2025-03-10'), voidedCase('case-1')])
      .when(register('case-2', '2025-09-01'))
      .then([referred('case-2', '2025-09-01')]);
  });

  it('counts from the last referral that is not voided', () => {
    given(victimDecider, [
      referred('case-1', '2025-01-10'),
      referred('case-2', '2025-08-01', { repeat: true, previousCaseId: 'case-1' }),
      voidedCase('case-2'),
    ])
      .when(register('case-3', '2025-12-01'))
      .then([referred('case-3', '2025-12-01', { repeat: true, previousCaseId: 'case-1' })]);
  });

  it('a corrected referral date moves the repeat window', () => {
    const history: MaracVictimEvent[] = [referred('case-1', '2025-03-10')];
    given(victimDecider, history)
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { referralDate: '2025-01-10' } })
      .then([{ type: 'VictimReferralDateAmended', data: { personId, caseId: 'case-1', referralDate: '2025-01-10' } }]);
    given(victimDecider, [
      ...history,
      { type: 'VictimReferralDateAmended', data: { personId, caseId: 'case-1', referralDate: '2025-01-10' } },
    ])
      .when(register('case-2', '2026-02-01'))
      .then([referred('case-2', '2026-02-01')]);
  });

  it('appends nothing for a correction already followed (a replay), and refuses a case not in the history (404)', () => {
    given(victimDecider, [referred('case-1', '2025-03-10'), voidedCase('case-1')])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { voided: true } })
      .then([]);
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { referralDate: '2025-03-10' } })
      .then([]);
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-9', correction: { voided: true } })
      .thenThrows(NotFoundError, /not a referral in this victim's history/);
  });

  it('decides again the referrals that were repeats of a voided one, against those that still count', () => {
    const history = [
      referred('case-1', '2025-01-10'),
      referred('case-2', '2025-06-01', { repeat: true, previousCaseId: 'case-1' }),
      referred('case-3', '2025-09-01', { repeat: true, previousCaseId: 'case-2' }),
    ];
    given(victimDecider, history)
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-2', correction: { voided: true } })
      .then([voidedCase('case-2'), reclassified('case-3', true, 'case-1', 'referral-voided')]);
    given(victimDecider, history.slice(0, 2))
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { voided: true } })
      .then([voidedCase('case-1'), reclassified('case-2', false, null, 'referral-voided')]);
  });

  it('leaves the referrals that were not repeats of the voided one, and decides none against a later or same-day later-registered one', () => {
    // case-3 (same day as case-2, registered after it) was a repeat of case-2, not of case-1.
    given(victimDecider, [
      referred('case-1', '2025-01-10'),
      referred('case-2', '2025-06-01', { repeat: true, previousCaseId: 'case-1' }),
      referred('case-3', '2025-06-01', { repeat: true, previousCaseId: 'case-2' }),
    ])
      .when({ type: 'FollowReferralCorrection', personId, caseId: 'case-1', correction: { voided: true } })
      .then([voidedCase('case-1'), reclassified('case-2', false, null, 'referral-voided')]);
  });

  it('skips a voided referral when a referral raced in before it is decided against the one after', () => {
    // case-2, dated between them, was voided (and case-4, its repeat, decided again without it).
    given(victimDecider, [
      referred('case-2', '2025-06-01'),
      referred('case-4', '2025-09-01', { repeat: true, previousCaseId: 'case-2' }),
      voidedCase('case-2'),
      reclassified('case-4', false, null, 'referral-voided'),
    ])
      .when(registerCase('case-3', '2025-03-10'))
      .then([referred('case-3', '2025-03-10'), reclassified('case-4', true, 'case-3')]);
    given(victimDecider, [referred('case-2', '2025-06-01'), voidedCase('case-2')])
      .when(registerCase('case-1', '2025-03-10'))
      .then([referred('case-1', '2025-03-10')]);
  });
});

describe('marac_victim: RegisterReferredCase (the history follows an opened case, one referral after another)', () => {
  it('records the referral as its case decided it, and nothing more', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(registerCase('case-2', '2025-09-01', { repeat: true, previousCaseId: 'case-1' }))
      .then([referred('case-2', '2025-09-01', { repeat: true, previousCaseId: 'case-1' })]);
  });

  it('decides two referrals that raced one after the other: the second is a repeat, reclassified from what its case recorded', () => {
    // Both cases read an empty history, so both were opened as new.
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(registerCase('case-2', '2025-03-10'))
      .then([referred('case-2', '2025-03-10', { repeat: true, previousCaseId: 'case-1' }), reclassified('case-2', true, 'case-1')]);
  });

  it('an earlier-dated referral that arrives second is decided against what came before it, and the later one against it', () => {
    given(victimDecider, [referred('case-0', '2024-01-05'), referred('case-2', '2025-06-01')])
      .when(registerCase('case-1', '2025-03-10'))
      .then([referred('case-1', '2025-03-10'), reclassified('case-2', true, 'case-1')]);
    given(victimDecider, [referred('case-0', '2024-06-05'), referred('case-2', '2025-06-01', { repeat: true, previousCaseId: 'case-0' })])
      .when(registerCase('case-1', '2025-03-10', { repeat: true, previousCaseId: 'case-0' }))
      .then([referred('case-1', '2025-03-10', { repeat: true, previousCaseId: 'case-0' }), reclassified('case-2', true, 'case-1')]);
  });

  it('reclassifies only the referral dated next after it, and only when its outcome changes', () => {
    given(victimDecider, [referred('case-3', '2025-08-01'), referred('case-2', '2025-06-01')])
      .when(registerCase('case-1', '2024-01-01'))
      .then([referred('case-1', '2024-01-01')]);
    given(victimDecider, [referred('case-2', '2025-06-01'), referred('case-3', '2025-08-01', { repeat: true, previousCaseId: 'case-2' })])
      .when(registerCase('case-1', '2025-05-01'))
      .then([referred('case-1', '2025-05-01'), reclassified('case-2', true, 'case-1')]);
  });

  it('refuses nothing the case could not undo: date order, potential escalation and the repeat criterion are not checked again', () => {
    given(victimDecider, [referred('case-2', '2025-06-01')])
      .when(registerCase('case-1', '2025-03-10', { repeat: false, previousCaseId: null }, { criterion: 'potential-escalation' }))
      .then([referred('case-1', '2025-03-10', { criterion: 'potential-escalation' }), reclassified('case-2', true, 'case-1')]);
  });

  it('appends nothing for a case already in the history (a replay, or a history written before the process manager)', () => {
    given(victimDecider, [referred('case-1', '2025-03-10')])
      .when(registerCase('case-1', '2025-03-10'))
      .then([]);
  });

  it('refuses malformed input (400)', () => {
    given(victimDecider)
      .when(registerCase('case-1', '2025-02-30'))
      .thenThrows(InvalidCommandError, /referral date/);
    given(victimDecider, [callOut('co-1', '2025-01-05')])
      .when(registerCase('case-1', '2025-03-10', undefined, { personId: 'someone-else' }))
      .thenThrows(InvalidCommandError, /different person/);
  });

  it('keeps each referral’s outcome as reclassified, for the next decision', () => {
    given(victimDecider, [referred('case-1', '2025-03-10'), referred('case-2', '2025-03-10'), reclassified('case-2', true, 'case-1')])
      .when(registerCase('case-3', '2025-04-01', { repeat: true, previousCaseId: 'case-2' }))
      .thenState((state) =>
        expect(state.referrals.map((r) => [r.caseId, r.repeat, r.previousCaseId])).toEqual([
          ['case-1', false, null],
          ['case-2', true, 'case-1'],
          ['case-3', true, 'case-2'],
        ]),
      );
  });
});
