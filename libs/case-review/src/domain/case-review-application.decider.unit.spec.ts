import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { decidingOn, given, type WithoutToday } from '@app/testing';
import type { CaseReviewApplicationCommand, ReceiveApplication } from './case-review-application.commands.js';
import { caseReviewApplicationDecider } from './case-review-application.decider.js';
import type { CaseReviewApplicationEvent, CaseReviewApplicationReceived } from './case-review-application.events.js';
import { DEFAULT_CASE_REVIEW_SETTINGS } from './case-review-settings.js';
import type { Complaint } from './threshold.js';

const TODAY = '2026-01-30';
const decider = decidingOn(caseReviewApplicationDecider, TODAY);
const APP = 'app-1';
const VICTIM = 'victim-1';
const complaint = (madeOn: string): Complaint => ({ madeOn, body: 'police', bodyName: null, behaviourDates: [madeOn], reference: null });

const receive = (extra: Partial<ReceiveApplication> = {}) =>
  ({
    type: 'ReceiveApplication',
    applicationId: APP,
    partnershipId: 'csp',
    // A Friday before Christmas: 10 working days skip the weekends, Christmas Day, Boxing Day and New Year's Day.
    receivedOn: '2025-12-19',
    channel: 'online-form',
    applicantPersonId: VICTIM,
    victimPersonId: VICTIM,
    onBehalfOfVictim: false,
    victimConsentRecorded: false,
    behaviourTypes: ['noise'],
    description: 'Loud music every night',
    complaints: [complaint('2025-10-01'), complaint('2025-11-01'), complaint('2025-12-01')],
    alsoNotified: [{ body: 'housing-provider', bodyName: 'Riverside Homes' }],
    procedure: DEFAULT_CASE_REVIEW_SETTINGS,
    ...extra,
  }) as Omit<ReceiveApplication, 'today'>;

/** The events the commands give, one after another, from an empty stream. */
function history(...commands: WithoutToday<CaseReviewApplicationCommand>[]): CaseReviewApplicationEvent[] {
  const events: CaseReviewApplicationEvent[] = [];
  for (const command of commands) {
    const state = events.reduce(caseReviewApplicationDecider.evolve, caseReviewApplicationDecider.initialState());
    events.push(...decider.decide(command, state));
  }
  return events;
}

const ack = (acknowledgedOn = '2026-01-05') => ({ type: 'AcknowledgeApplication' as const, acknowledgedOn });
const decideIt = (decidedOn = '2026-01-12', discretionaryReview: { review: boolean; reason: string } | null = null) => ({
  type: 'DecideThreshold' as const,
  decidedOn,
  discretionaryReview,
});
const review = (heldOn = '2026-01-20') => ({
  type: 'RecordReview' as const,
  heldOn,
  bodiesPresent: [{ body: 'council', bodyName: null }],
  chair: 'Community safety manager',
  chairIndependent: true,
  victimConsulted: true,
  recommendations: [
    { recommendationId: 'rec-1', body: 'police', bodyName: null, action: 'Patrol the street at night', dueOn: '2026-03-01' },
  ],
});

describe('Case Review application decider', () => {
  it('logs an application once, tells every body complained to and those named, and dates the acknowledgement across bank holidays', () => {
    const [received] = history(receive()) as [CaseReviewApplicationReceived];
    expect(received.data).toMatchObject({
      onBehalfOfVictim: false,
      bodiesNotified: [
        { body: 'police', bodyName: null },
        { body: 'housing-provider', bodyName: 'Riverside Homes' },
      ],
      description: { subjectId: VICTIM, personal: { text: 'Loud music every night' } },
      acknowledgeBy: '2026-01-07',
    });
    given(decider, [received]).when(receive()).thenThrows(IllegalStateError, 'This application is already logged.');
  });

  it('records the victim-service notice an application follows; refuses one about another victim, or given after the application (409)', () => {
    const notice = { victimServiceCaseId: 'vs-case-1', victimPersonId: VICTIM, toldOn: '2025-12-01' };
    const [received] = history(receive({ fromNotice: notice })) as [CaseReviewApplicationReceived];
    expect(received.data.fromNotice).toEqual({ victimServiceCaseId: 'vs-case-1', toldOn: '2025-12-01' });
    expect('fromNotice' in (history(receive())[0] as CaseReviewApplicationReceived).data).toBe(false);
    given(decider)
      .when(receive({ fromNotice: { ...notice, victimPersonId: 'someone-else' } }))
      .thenThrows(IllegalStateError, 'The victim-service case named is about another victim than this application.');
    given(decider)
      .when(receive({ fromNotice: { ...notice, toldOn: '2025-12-20' } }))
      .thenThrows(IllegalStateError, /cannot follow a notice given after it was received \(the victim was told on 2025-12-20\)/);
  });

  it("refuses an application on someone's behalf without the victim's consent, one dated after today, and a housing provider without a name", () => {
    given(decider)
      .when(receive({ applicantPersonId: 'someone-else' }))
      .thenThrows(InvalidCommandError, /consent/);
    given(decider)
      .when(receive({ receivedOn: '2026-02-01' }))
      .thenThrows(IllegalStateError, /later than today/);
    given(decider)
      .when(receive({ alsoNotified: [{ body: 'housing-provider', bodyName: null }] }))
      .thenThrows(InvalidCommandError, /name it/);
    given(decider)
      .when(receive({ behaviourTypes: [] }))
      .thenThrows(InvalidCommandError, /behaviour type/);
  });

  it('takes the stages in order: acknowledge, decide, review, outcome', () => {
    given(decider, history(receive()))
      .when(decideIt())
      .thenThrows(IllegalStateError, /Acknowledge the application/);
    given(decider, history(receive()))
      .when(review())
      .thenThrows(IllegalStateError, /not decided yet/);
    given(decider, history(receive(), ack()))
      .when({ type: 'SendOutcome', sentOn: '2026-01-10', channel: 'letter' })
      .thenThrows(IllegalStateError, /not decided yet/);
    given(decider, history(receive()))
      .when(ack('2025-12-18'))
      .thenThrows(IllegalStateError, /before the application was received/);
  });

  it('computes the threshold from the complaints and records a late acknowledgement as late', () => {
    const events = history(receive(), ack('2026-01-09'), decideIt());
    expect(events[1]).toMatchObject({ data: { timing: { dueOn: '2026-01-07', late: true } } });
    expect(events[2]).toMatchObject({
      type: 'CaseReviewThresholdDecided',
      data: { qualifyingComplaints: 3, required: 3, met: true, discretionaryReview: false, next: { stage: 'review' } },
    });
  });

  it('refuses a review when the threshold was not met and no discretionary review was decided; records one that was', () => {
    const notMet = receive({ complaints: [complaint('2025-12-01')] });
    given(decider, history(notMet, ack(), decideIt()))
      .when(review())
      .thenThrows(IllegalStateError, 'The threshold was not met and no discretionary review was decided: there is no review to record.');
    const discretionary = history(
      notMet,
      ack(),
      decideIt('2026-01-12', { review: true, reason: 'Persistent harm to a vulnerable victim' }),
    );
    expect(discretionary[2]).toMatchObject({ data: { met: false, discretionaryReview: true, next: { stage: 'review' } } });
    given(decider, discretionary)
      .when(review())
      .thenState((state) => expect(state).toMatchObject({ stage: 'outcome', heldOn: '2026-01-20' }));
    given(decider, history(receive(), ack()))
      .when(decideIt('2026-01-12', { review: true, reason: 'x' }))
      .thenThrows(InvalidCommandError, /threshold is met/);
  });

  it('refuses a recommendation completed before the review made it, and records its outcome once', () => {
    const held = history(receive(), ack(), decideIt(), review());
    given(decider, held)
      .when({ type: 'RecordRecommendationOutcome', recommendationId: 'rec-1', recordedOn: '2026-01-19', completed: true })
      .thenThrows(IllegalStateError, /before the review that made it/);
    const done = history(receive(), ack(), decideIt(), review(), {
      type: 'RecordRecommendationOutcome',
      recommendationId: 'rec-1',
      recordedOn: '2026-01-28',
      completed: true,
    });
    given(decider, done)
      .when({ type: 'RecordRecommendationOutcome', recommendationId: 'rec-1', recordedOn: '2026-01-29', completed: true })
      .thenThrows(IllegalStateError, /already recorded/);
    given(decider, held)
      .when({ type: 'RecordRecommendationOutcome', recommendationId: 'nope', recordedOn: '2026-01-28', completed: true })
      .thenThrows(IllegalStateError, /no recommendation/);
  });

  it('sends the outcome and closes; an escalation that overturns a refusal sends the application to review', () => {
    const notMet = receive({ complaints: [complaint('2025-12-01')] });
    const refused = history(notMet, ack(), decideIt(), { type: 'SendOutcome', sentOn: '2026-01-14', channel: 'letter' });
    given(decider, refused)
      .when({ type: 'SendOutcome', sentOn: '2026-01-15', channel: 'letter' })
      .thenThrows(IllegalStateError, /already sent/);
    const overturned = history(
      notMet,
      ack(),
      decideIt(),
      { type: 'SendOutcome', sentOn: '2026-01-14', channel: 'letter' },
      { type: 'RequestEscalation', requestedOn: '2026-01-15', grounds: ['threshold-wrongly-refused'] },
      { type: 'DecideEscalation', decidedOn: '2026-01-22', outcome: 'overturned' },
    );
    expect(overturned[5]).toMatchObject({ data: { outcome: 'overturned', reviewBy: '2026-02-19' } });
    given(decider, overturned)
      .when(review('2026-01-26'))
      .thenState((state) => expect(state).toMatchObject({ stage: 'outcome' }));
    given(decider, history(notMet, ack()))
      .when({ type: 'RequestEscalation', requestedOn: '2026-01-15', grounds: ['other'] })
      .thenThrows(IllegalStateError, /not decided yet/);
  });

  it('escalates an application once: a second escalation, after the first is decided, is refused', () => {
    const notMet = receive({ complaints: [complaint('2025-12-01')] });
    const escalated = history(
      notMet,
      ack(),
      decideIt(),
      { type: 'SendOutcome', sentOn: '2026-01-14', channel: 'letter' },
      { type: 'RequestEscalation', requestedOn: '2026-01-15', grounds: ['threshold-wrongly-refused'] },
    );
    given(decider, escalated)
      .when({ type: 'RequestEscalation', requestedOn: '2026-01-16', grounds: ['other'] })
      .thenThrows(IllegalStateError, /already open/);
    const upheld = history(
      notMet,
      ack(),
      decideIt(),
      { type: 'SendOutcome', sentOn: '2026-01-14', channel: 'letter' },
      { type: 'RequestEscalation', requestedOn: '2026-01-15', grounds: ['threshold-wrongly-refused'] },
      { type: 'DecideEscalation', decidedOn: '2026-01-22', outcome: 'upheld' },
    );
    given(decider, upheld)
      .when({ type: 'RequestEscalation', requestedOn: '2026-01-26', grounds: ['evidence-ignored'] })
      .thenThrows(IllegalStateError, /escalated once/);
    const overturnedAndReviewed = history(
      notMet,
      ack(),
      decideIt(),
      { type: 'SendOutcome', sentOn: '2026-01-14', channel: 'letter' },
      { type: 'RequestEscalation', requestedOn: '2026-01-15', grounds: ['threshold-wrongly-refused'] },
      { type: 'DecideEscalation', decidedOn: '2026-01-22', outcome: 'overturned' },
      review('2026-01-26'),
    );
    given(decider, overturnedAndReviewed)
      .when({ type: 'RequestEscalation', requestedOn: '2026-01-28', grounds: ['other'] })
      .thenThrows(IllegalStateError, /escalated once/);
  });

  it('raises a stage alert once, only while the stage is still waiting for that due date', () => {
    const received = history(receive());
    const overdue = { type: 'RaiseStageAlert' as const, stage: 'acknowledge' as const, dueOn: '2026-01-07', kind: 'overdue' as const };
    given(decider, received)
      .when(overdue)
      .then([
        { type: 'CaseReviewStageOverdue', data: { applicationId: APP, partnershipId: 'csp', stage: 'acknowledge', dueOn: '2026-01-07' } },
      ]);
    given(decider, history(receive(), overdue)).when(overdue).then([]);
    given(decider, history(receive(), ack())).when(overdue).then([]);
    // Two working days before the due date (Monday 5 January 2026) the stage is due soon; once overdue, a late "due soon" says nothing.
    given(decidingOn(caseReviewApplicationDecider, '2026-01-05'), received)
      .when({ ...overdue, kind: 'due-soon' })
      .then([
        { type: 'CaseReviewStageDueSoon', data: { applicationId: APP, partnershipId: 'csp', stage: 'acknowledge', dueOn: '2026-01-07' } },
      ]);
    given(decider, received)
      .when({ ...overdue, kind: 'due-soon' })
      .then([]);
  });

  it('counts working days across Easter and the August bank holiday, and weekends, for every stage', () => {
    // Monday 14 April 2025 + 10 working days: Good Friday (18th) and Easter Monday (21st) are not working days.
    const easter = history(
      receive({ receivedOn: '2025-04-14', complaints: [complaint('2025-03-01'), complaint('2025-03-15'), complaint('2025-04-01')] }),
    );
    expect(easter[0]).toMatchObject({ data: { acknowledgeBy: '2025-04-30' } });
    // Received Monday 11 August 2025: acknowledgement due Tuesday 26 August (the summer bank holiday, the 25th, skipped);
    // acknowledged Friday 15 August + 15 working days is Monday 8 September, the bank holiday skipped again.
    const august = history(
      receive({ receivedOn: '2025-08-11', complaints: [complaint('2025-06-01'), complaint('2025-07-01'), complaint('2025-08-01')] }),
      ack('2025-08-15'),
      decideIt('2025-09-08'),
    );
    expect(august[1]).toMatchObject({ data: { decideBy: '2025-09-08', timing: { dueOn: '2025-08-26', late: false } } });
    // Decided Monday 8 September + 20 working days = Monday 6 October; the review held Tuesday 7 October is late.
    expect(august[2]).toMatchObject({ data: { next: { stage: 'review', dueOn: '2025-10-06' }, timing: { late: false } } });
    const late = history(
      receive({ receivedOn: '2025-08-11', complaints: [complaint('2025-06-01'), complaint('2025-07-01'), complaint('2025-08-01')] }),
      ack('2025-08-15'),
      decideIt('2025-09-08'),
      review('2025-10-07'),
    );
    expect(late[3]).toMatchObject({ data: { timing: { dueOn: '2025-10-06', late: true } } });
  });
});
