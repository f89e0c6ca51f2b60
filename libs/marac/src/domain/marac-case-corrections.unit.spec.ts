import { IllegalStateError, InvalidCommandError, NotFoundError, type AmendmentOf } from '@app/domain';
import { decidingOn, given, type WithoutToday } from '@app/testing';
import type { AmendCaseRecord, MaracAmendableFields, MaracCaseCommand, ReferCase, VoidCaseRecord } from './marac-case.commands.js';
import { maracCaseDecider, type ReferredCase } from './marac-case.decider.js';
import type { MaracCaseEvent, MaracRecordAmended, MaracRecordVoided, MaracVoidConsequences } from './marac-case.events.js';

const caseId = 'case-c';
const victimId = 'victim-c';
const at = { correctedAt: '2025-06-01T09:30:00Z', correctedBy: 'coordinator-7' };
const reason = 'Typed from the wrong form';
/** The day the commands are decided on (the UK date at the command's time): after every date below. */
const caseDecider = decidingOn(maracCaseDecider, '2026-06-30');
type Command = WithoutToday<MaracCaseCommand>;

const refer: WithoutToday<ReferCase> = {
  type: 'ReferCase',
  caseId,
  maracId: 'marac-c',
  partnershipId: 'csp-c',
  referralDate: '2025-03-10',
  referringAgency: 'police',
  criterion: 'professional-judgement',
  victim: {
    personId: victimId,
    details: { fullName: 'Vic Tim' },
    profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
  },
  perpetrators: [{ personId: 'perp-c', relationship: 'partner', details: { fullName: 'Per Pet' } }],
  isRepeat: false,
  previousCaseId: null,
};
const listM1: Command = { type: 'ListCaseForMeeting', caseId, meetingId: 'm1', meetingDate: '2025-04-01' };
const hearM1: Command = { type: 'RecordCaseHeard', caseId, meetingId: 'm1', heardOn: '2025-04-01', agenciesPresent: ['police', 'idva'] };
const incident = (incidentId: string, date: string): Command => ({
  type: 'ReportFurtherIncident',
  caseId,
  incidentId,
  date,
  reportedOn: date,
  reportingAgency: 'idva',
  description: 'Texts',
});
const action: Command = { type: 'AddAgencyAction', caseId, actionId: 'a1', agency: 'housing', description: 'Locks', dueDate: '2025-05-01' };

/** The events the decider itself writes for these commands, in order (no hand-written event fixtures). */
function historyOf(...commands: Command[]): MaracCaseEvent[] {
  const events: MaracCaseEvent[] = [];
  for (const command of commands)
    events.push(...caseDecider.decide(command, events.reduce(maracCaseDecider.evolve, maracCaseDecider.initialState())));
  return events;
}

function amend(change: AmendmentOf<MaracAmendableFields> & { recordId: string }): WithoutToday<AmendCaseRecord> {
  return { type: 'AmendCaseRecord', caseId, reason, ...at, ...change };
}

function voidRecord(recordKind: VoidCaseRecord['recordKind'], recordId: string, extra: Partial<VoidCaseRecord> = {}): VoidCaseRecord {
  return { type: 'VoidCaseRecord', caseId, recordKind, recordId, reason, ...at, ...extra };
}

const correction = {
  caseId,
  maracId: 'marac-c',
  victimPersonId: victimId,
  reason: { subjectId: victimId, personal: { text: reason } },
  ...at,
};
const noConsequences: MaracVoidConsequences = { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: [] };

function amended(recordKind: MaracRecordAmended['data']['recordKind'], recordId: string, fields: object): MaracRecordAmended {
  return { type: 'MaracRecordAmended', data: { ...correction, recordKind, recordId, amended: fields } };
}

function voided(recordKind: MaracRecordVoided['data']['recordKind'], recordId: string, consequences = noConsequences): MaracRecordVoided {
  return { type: 'MaracRecordVoided', data: { ...correction, recordKind, recordId, consequences } };
}

const referred = (state: unknown) => state as ReferredCase;

describe('marac_case corrections: amending a referral', () => {
  it('replaces the referral date, agency and criterion, and keeps the note of who, when and which fields', () => {
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referralDate: '2025-02-20', referringAgency: 'idva' } }))
      .then([amended('referral', caseId, { referralDate: '2025-02-20', referringAgency: 'idva' })]);
    given(caseDecider, historyOf(refer))
      .when(
        amend({ recordKind: 'referral', recordId: caseId, changes: { referralDate: '2025-02-20', criterion: 'professional-judgement' } }),
      )
      .thenState((state) => {
        expect(referred(state)).toMatchObject({ referralDate: '2025-02-20', criterion: 'professional-judgement' });
        expect(referred(state).corrections).toEqual([{ correction: 'amended', fields: ['referralDate'], ...at }]);
      });
  });

  it('works the profile out again, as on a referral', () => {
    given(caseDecider, historyOf(refer))
      .when(
        amend({
          recordKind: 'referral',
          recordId: caseId,
          changes: { profile: { ...refer.victim.profile, ageAtReferral: 17, sex: 'male' } },
        }),
      )
      .thenState((state) => expect(referred(state).profile).toMatchObject({ sex: 'male', ageBand: '16-17', aged16or17: true }));
  });

  it('needs a reason (400)', () => {
    given(caseDecider, historyOf(refer))
      .when({ ...amend({ recordKind: 'referral', recordId: caseId, changes: { referringAgency: 'idva' } }), reason: ' ' })
      .thenThrows(InvalidCommandError, 'A correction needs a reason: say why the record was wrong.');
  });

  it('refuses a field a referral does not amend, and an amendment that changes nothing (400)', () => {
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { maracId: 'other' } as never }))
      .thenThrows(
        InvalidCommandError,
        'A referral can be amended in these fields only: referralDate, referringAgency, criterion, profile.',
      );
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referringAgency: 'police' } }))
      .thenThrows(InvalidCommandError, /changes nothing/);
  });

  it('refuses a date after a hearing of the case, or one that puts an incident outside 12 months (409)', () => {
    given(caseDecider, historyOf(refer, listM1, hearM1))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referralDate: '2025-04-02' } }))
      .thenThrows(IllegalStateError, 'The corrected referral date is after the date of a meeting it is listed for; correct that first.');
    given(caseDecider, historyOf(refer, incident('i1', '2026-01-10')))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referralDate: '2024-12-01' } }))
      .thenThrows(IllegalStateError, /more than 12 months after the referral/);
  });

  it('refuses a criterion the case does not meet (409)', () => {
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { criterion: 'visible-high-risk' } }))
      .thenThrows(IllegalStateError, /DASH score of 14 or more/);
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { criterion: 'repeat' } }))
      .thenThrows(IllegalStateError, /was not a repeat/);
    given(caseDecider, historyOf(refer))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { criterion: 'potential-escalation' } }))
      .thenThrows(IllegalStateError, /refer again/);
  });

  it('is allowed on a closed case', () => {
    given(caseDecider, historyOf(refer, { type: 'CloseCase', caseId, closedOn: '2025-05-01', reason: 'risk-reduced' }))
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referringAgency: 'health' } }))
      .then([amended('referral', caseId, { referringAgency: 'health' })]);
  });
});

describe('marac_case corrections: voiding a referral voids the case', () => {
  it('marks the case voided, with who and when', () => {
    given(caseDecider, historyOf(refer, listM1, hearM1))
      .when(voidRecord('referral', caseId))
      .thenState((state) => expect(referred(state).corrections).toEqual([{ correction: 'voided', fields: [], ...at }]));
  });

  it('refuses anything more on a voided case, a second void and an amendment included (409)', () => {
    const history = [...historyOf(refer), voided('referral', caseId)];
    given(caseDecider, history)
      .when(voidRecord('referral', caseId))
      .thenThrows(IllegalStateError, /This case was voided/);
    given(caseDecider, history)
      .when(amend({ recordKind: 'referral', recordId: caseId, changes: { referringAgency: 'idva' } }))
      .thenThrows(IllegalStateError, /This case was voided/);
    given(caseDecider, history)
      .when(listM1)
      .thenThrows(IllegalStateError, /This case was voided/);
  });

  it('names the referral by the case id (404 otherwise)', () => {
    given(caseDecider, historyOf(refer))
      .when(voidRecord('referral', 'another-case'))
      .thenThrows(NotFoundError, 'There is no referral with this id on this record.');
  });
});

describe('marac_case corrections: hearings', () => {
  it('amends the agencies present (as a set: the same set is no change)', () => {
    given(caseDecider, historyOf(refer, listM1, hearM1))
      .when(amend({ recordKind: 'hearing', recordId: 'm1', changes: { agenciesPresent: ['idva', 'police', 'housing', 'idva'] } }))
      .then([amended('hearing', 'm1', { agenciesPresent: ['idva', 'police', 'housing'] })]);
    given(caseDecider, historyOf(refer, listM1, hearM1))
      .when(
        amend({ recordKind: 'hearing', recordId: 'm1', changes: { heardOn: '2025-04-01', agenciesPresent: ['idva', 'police', 'idva'] } }),
      )
      .thenThrows(InvalidCommandError);
  });

  it('amends a date heard recorded off its meeting’s date back to the meeting’s date, and refuses any other (409) and an unknown hearing (404)', () => {
    const offDate = historyOf(refer, listM1, hearM1).map((event) =>
      event.type === 'CaseHeard' ? { ...event, data: { ...event.data, heardOn: '2025-04-03' } } : event,
    );
    given(caseDecider, offDate)
      .when(amend({ recordKind: 'hearing', recordId: 'm1', changes: { heardOn: '2025-04-01' } }))
      .then([amended('hearing', 'm1', { heardOn: '2025-04-01' })]);
    for (const heardOn of ['2025-03-31', '2025-04-02']) {
      given(caseDecider, historyOf(refer, listM1, hearM1))
        .when(amend({ recordKind: 'hearing', recordId: 'm1', changes: { heardOn } }))
        .thenThrows(IllegalStateError, 'A case is heard on the date of the meeting it is listed for (2025-04-01), not on another day.');
    }
    given(caseDecider, historyOf(refer, listM1, hearM1))
      .when({ ...amend({ recordKind: 'hearing', recordId: 'm1', changes: { heardOn: '2025-04-01' } }), today: '2025-03-31' })
      .thenThrows(InvalidCommandError, 'The date the case was heard cannot be later than today (2025-03-31 in the UK).');
    given(caseDecider, historyOf(refer, listM1))
      .when(voidRecord('hearing', 'm1'))
      .thenThrows(NotFoundError, 'There is no hearing with this id on this record.');
  });

  it('refuses amended dates later than today in the UK: referral, incident, action due more than two years ahead', () => {
    const history = historyOf(refer, listM1, hearM1, incident('i1', '2025-05-01'), action);
    const today = '2025-06-30';
    given(caseDecider, history)
      .when({ ...amend({ recordKind: 'referral', recordId: caseId, changes: { referralDate: '2025-07-01' } }), today })
      .thenThrows(InvalidCommandError, 'The referral date cannot be later than today (2025-06-30 in the UK).');
    given(caseDecider, history)
      .when({ ...amend({ recordKind: 'incident', recordId: 'i1', changes: { date: '2025-07-01', reportedOn: '2025-07-01' } }), today })
      .thenThrows(InvalidCommandError, 'The date of the incident cannot be later than today (2025-06-30 in the UK).');
    given(caseDecider, history)
      .when({ ...amend({ recordKind: 'agency-action', recordId: 'a1', changes: { dueDate: '9999-01-01' } }), today })
      .thenThrows(InvalidCommandError, 'The due date cannot be more than two years ahead (after 2027-06-30).');
  });

  it('a voided hearing no longer counts, cannot be corrected again, and the case cannot be heard at that meeting again', () => {
    const history = [...historyOf(refer, listM1, hearM1), voided('hearing', 'm1')];
    given(caseDecider, history)
      .when(voidRecord('hearing', 'm1'))
      .thenThrows(IllegalStateError, 'This hearing was voided, so it cannot be amended or voided again.');
    given(caseDecider, history)
      .when(hearM1)
      .thenThrows(IllegalStateError, /was voided, so it cannot be recorded as heard there again/);
    // Closed without a (counted) hearing: a further incident cannot reopen it.
    given(caseDecider, [
      ...history,
      ...historyOf(refer, { type: 'CloseCase', caseId, closedOn: '2025-05-01', reason: 'risk-reduced' }).slice(1),
    ])
      .when(incident('i1', '2025-05-10'))
      .thenThrows(IllegalStateError, /closed without being heard/);
  });
});

describe('marac_case corrections: further incidents', () => {
  it('voiding the only incident that made the case a repeat undoes the repeat, the relisting and the hearings it made repeats', () => {
    const listM2: Command = { type: 'ListCaseForMeeting', caseId, meetingId: 'm2', meetingDate: '2025-06-01' };
    const hearM2: Command = { type: 'RecordCaseHeard', caseId, meetingId: 'm2', heardOn: '2025-06-01', agenciesPresent: ['police'] };
    const history = historyOf(refer, listM1, hearM1, incident('i1', '2025-05-01'), listM2, hearM2, incident('i2', '2025-07-01'));
    given(caseDecider, history)
      .when(voidRecord('incident', 'i1'))
      .then([voided('incident', 'i1', { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: ['m2'] })]);
    given(caseDecider, [
      ...history,
      voided('incident', 'i1', { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: ['m2'] }),
    ])
      .when(voidRecord('incident', 'i2'))
      .thenState((state) => {
        expect(referred(state)).toMatchObject({ isRepeat: false, awaitingRelisting: false });
        expect(referred(state).hearings.map((h) => [h.meetingId, h.asRepeat])).toEqual([
          ['m1', false],
          ['m2', false],
        ]);
      });
  });

  it('a repeat referral stays a repeat when an incident is voided', () => {
    given(caseDecider, historyOf({ ...refer, isRepeat: true, previousCaseId: 'case-0' }, incident('i1', '2025-05-01')))
      .when(voidRecord('incident', 'i1'))
      .then([voided('incident', 'i1', { caseNoLongerRepeat: false, noLongerAwaitingRelisting: true, hearingsNoLongerRepeat: [] })]);
  });

  it('amends the date, agency and description (description as personal data), within the 12 months', () => {
    given(caseDecider, historyOf(refer, incident('i1', '2025-05-01')))
      .when(amend({ recordKind: 'incident', recordId: 'i1', changes: { date: '2025-04-30', description: 'Calls' } }))
      .then([amended('incident', 'i1', { date: '2025-04-30', description: { subjectId: victimId, personal: { text: 'Calls' } } })]);
    given(caseDecider, historyOf(refer, incident('i1', '2025-05-01')))
      .when(amend({ recordKind: 'incident', recordId: 'i1', changes: { date: '2025-03-01', reportedOn: '2025-03-01' } }))
      .thenThrows(IllegalStateError, /from the referral to 12 months after it/);
    given(caseDecider, historyOf(refer, incident('i1', '2025-05-01')))
      .when(amend({ recordKind: 'incident', recordId: 'i1', changes: { date: '2025-05-02' } }))
      .thenThrows(InvalidCommandError, 'An incident cannot be reported before the date it happened.');
  });
});

describe('marac_case corrections: agency actions', () => {
  it('amends the agency and due date; a voided action is neither outstanding nor completable', () => {
    given(caseDecider, historyOf(refer, action))
      .when(amend({ recordKind: 'agency-action', recordId: 'a1', changes: { agency: 'health', dueDate: '2025-05-08' } }))
      .thenState((state) =>
        expect(referred(state).actions[0]).toMatchObject({
          agency: 'health',
          dueDate: '2025-05-08',
          corrections: [{ correction: 'amended', fields: ['agency', 'dueDate'] }],
        }),
      );
    given(caseDecider, [...historyOf(refer, action), voided('agency-action', 'a1')])
      .when({ type: 'CompleteAgencyAction', caseId, actionId: 'a1', completedOn: '2025-04-01' })
      .thenThrows(IllegalStateError, 'This action was voided, so it cannot be completed.');
  });

  it('refuses a due date before the referral (409)', () => {
    given(caseDecider, historyOf(refer, action))
      .when(amend({ recordKind: 'agency-action', recordId: 'a1', changes: { dueDate: '2025-03-01' } }))
      .thenThrows(IllegalStateError, 'An action cannot be due before the date the case was referred.');
  });

  it('keeps descriptions and reasons out of the state (personal data lives only in the events)', () => {
    given(caseDecider, historyOf(refer, action))
      .when(amend({ recordKind: 'agency-action', recordId: 'a1', changes: { description: 'New locks' } }))
      .thenState((state) => {
        expect(JSON.stringify(state)).not.toContain('New locks');
        expect(JSON.stringify(state)).not.toContain(reason);
      });
  });
});

describe('marac_case corrections and a reclassified referral (the victim’s history decided it otherwise)', () => {
  const repeatReferral: WithoutToday<ReferCase> = { ...refer, isRepeat: true, previousCaseId: 'case-0' };
  const reclassifyAsNew: Command = { type: 'ReclassifyCaseRepeat', caseId, repeat: false, previousCaseId: null, reason: 'referral-voided' };

  it('appends nothing for a voided case (it counts nowhere), where other commands on it are refused', () => {
    given(caseDecider, [...historyOf(repeatReferral), voided('referral', caseId)])
      .when(reclassifyAsNew)
      .then([]);
  });

  it('counts only the incidents that still count: with the only one voided, the case and its hearings are no longer repeats', () => {
    const history = historyOf(repeatReferral, incident('i1', '2025-03-20'), listM1, hearM1, voidRecord('incident', 'i1'));
    given(caseDecider, history)
      .when(reclassifyAsNew)
      .thenState((state) => {
        expect(referred(state)).toMatchObject({ referralIsRepeat: false, isRepeat: false, previousCaseId: null });
        expect(referred(state).hearings.map((h) => [h.meetingId, h.asRepeat])).toEqual([['m1', false]]);
      });
  });

  it('keeps a hearing a repeat through a void when another incident before it still counts, after the referral became new', () => {
    const history = historyOf(repeatReferral, incident('i1', '2025-03-20'), incident('i2', '2025-03-25'), listM1, hearM1, reclassifyAsNew);
    expect(referred(history.reduce(maracCaseDecider.evolve, maracCaseDecider.initialState())).hearings[0]).toMatchObject({
      asRepeat: true,
    });
    given(caseDecider, history)
      .when(voidRecord('incident', 'i1'))
      .then([voided('incident', 'i1', { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: [] })]);
  });
});
