import { chasesActions, isActionOverdue, outstandingActions, overdueActions } from './agency-actions.js';
import { maracCaseDecider } from './marac-case.decider.js';
import type { MaracCaseEvent } from './marac-case.events.js';

describe('overdue agency actions', () => {
  it('is not overdue on its due date, and is the day after', () => {
    expect(isActionOverdue({ dueDate: '2025-04-01', completedOn: null }, '2025-04-01')).toBe(false);
    expect(isActionOverdue({ dueDate: '2025-04-01', completedOn: null }, '2025-04-02')).toBe(true);
  });

  it('is never overdue once voided', () => {
    const voided = { correction: 'voided' as const, fields: [], correctedAt: '2025-04-03T10:00:00Z', correctedBy: 'c' };
    expect(isActionOverdue({ dueDate: '2025-04-01', completedOn: null, corrections: [voided] }, '2025-04-02')).toBe(false);
  });

  it('is never overdue once completed, even late', () => {
    expect(isActionOverdue({ dueDate: '2025-04-01', completedOn: '2025-04-10' }, '2025-05-01')).toBe(false);
  });

  it('lists a case’s overdue and outstanding actions', () => {
    const base = { caseId: 'c', maracId: 'm', meetingId: null, agency: 'police' as const, description: { subjectId: 'v', personal: null } };
    const events: MaracCaseEvent[] = [
      {
        type: 'CaseReferred',
        data: {
          caseId: 'c',
          maracId: 'm',
          partnershipId: 'p',
          referralDate: '2025-03-10',
          referringAgency: 'police',
          criterion: 'professional-judgement',
          isRepeat: false,
          previousCaseId: null,
          victim: {
            personId: 'v',
            details: { subjectId: 'v', personal: null },
            profile: {
              sex: 'female',
              ageBand: 'not-known',
              aged16or17: false,
              ethnicity: 'not-known',
              disabled: null,
              lgbtPlus: null,
              childrenInHousehold: null,
            },
          },
          perpetrators: [],
        },
      },
      { type: 'AgencyActionAdded', data: { ...base, actionId: 'a-1', dueDate: '2025-04-01' } },
      { type: 'AgencyActionAdded', data: { ...base, actionId: 'a-2', dueDate: '2025-05-01' } },
      { type: 'AgencyActionAdded', data: { ...base, actionId: 'a-3', dueDate: '2025-03-20' } },
      {
        type: 'AgencyActionCompleted',
        data: {
          caseId: 'c',
          maracId: 'm',
          actionId: 'a-3',
          agency: 'police',
          dueDate: '2025-03-20',
          completedOn: '2025-03-25',
          completedLate: true,
        },
      },
    ];
    const state = events.reduce(maracCaseDecider.evolve, maracCaseDecider.initialState());
    expect(overdueActions(state, '2025-04-15').map((a) => a.actionId)).toEqual(['a-1']);
    expect(outstandingActions(state).map((a) => a.actionId)).toEqual(['a-1', 'a-2']);
    expect(overdueActions(maracCaseDecider.initialState(), '2025-04-15')).toEqual([]);

    // A closed case chases none of its actions; reopened (a further incident), it chases them again.
    const closed = maracCaseDecider.evolve(state, {
      type: 'CaseClosed',
      data: { caseId: 'c', maracId: 'm', closedOn: '2025-04-10', reason: 'risk-reduced', note: null },
    });
    expect(chasesActions(closed)).toBe(false);
    expect(overdueActions(closed, '2025-04-15')).toEqual([]);
    expect(outstandingActions(closed)).toEqual([]);
    const reopened = maracCaseDecider.evolve(closed, {
      type: 'CaseReopened',
      data: { caseId: 'c', maracId: 'm', reopenedOn: '2025-04-12', incidentId: 'i-1' },
    });
    expect(overdueActions(reopened, '2025-04-15').map((a) => a.actionId)).toEqual(['a-1']);
  });
});
