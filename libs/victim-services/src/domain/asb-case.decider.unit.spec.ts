import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { decidingOn, given } from '@app/testing';
import { vsCaseDecider, type CaseLists } from './asb-case.decider.js';
import type { SupportContactRecorded, VictimCaseClosed, VictimReferred, VsCaseEvent } from './asb-case.events.js';
import { DEFAULT_RISK_QUESTIONNAIRE, scoreRiskAnswers, type RiskAnswer } from './risk-questionnaire.js';
import {
  DEFAULT_BEHAVIOUR_TYPES,
  DEFAULT_FURTHER_REPORT_RULES,
  DEFAULT_NEEDS,
  DEFAULT_OUTCOME_DOMAINS,
  DEFAULT_REFERRING_PARTNERS,
} from './victim-services-codes.js';

const TODAY = '2026-06-30';
const decider = decidingOn(vsCaseDecider, TODAY);
const lists: CaseLists = {
  referringPartners: DEFAULT_REFERRING_PARTNERS,
  behaviourTypes: DEFAULT_BEHAVIOUR_TYPES,
  needs: DEFAULT_NEEDS,
  outcomeDomains: DEFAULT_OUTCOME_DOMAINS,
};
const caseId = 'case-1';

const refer = {
  type: 'ReferVictim',
  caseId,
  serviceId: 'asb-1',
  partnershipId: 'csp-1',
  personId: 'victim-1',
  referralDate: '2025-05-01',
  referringPartner: 'police',
  asbCategory: 'personal',
  behaviourTypes: ['harassment', 'noise', 'noise'],
  perpetratorPersonIds: ['perp-1'],
  location: ' 1 High Street ',
  lists,
} as const;
const referred: VictimReferred = {
  type: 'VsVictimReferred',
  data: {
    caseId,
    serviceId: 'asb-1',
    partnershipId: 'csp-1',
    personId: 'victim-1',
    referralDate: '2025-05-01',
    route: 'partner',
    referringPartner: 'police',
    asbCategory: 'personal',
    behaviourTypes: ['harassment', 'noise'],
    perpetratorPersonIds: ['perp-1'],
    location: { subjectId: 'victim-1', personal: { location: '1 High Street' } },
  },
};
const needsAssessed: VsCaseEvent = { type: 'VsNeedsAssessed', data: { caseId, assessedOn: '2025-05-02', needs: ['safety', 'housing'] } };
const contact: SupportContactRecorded = {
  type: 'VsSupportContactRecorded',
  data: { caseId, contactId: 'c1', date: '2025-05-10', kind: 'home-visit', by: 'caseworker-1', agency: null, onwardTo: null },
};
const closed: VictimCaseClosed = {
  type: 'VsCaseClosed',
  data: { caseId, closedOn: '2025-06-01', reason: 'planned-exit', needOutcomes: [] },
};
const yesToAll = {
  needsMet: 'yes',
  improvedWellbeing: 'yes',
  satisfiedWithService: 'yes',
  satisfiedWithPoliceOrCouncil: 'dont-know',
  reducedRisk: 'no',
} as const;
const answers = (yes: string[]): RiskAnswer[] => DEFAULT_RISK_QUESTIONNAIRE.questions.map((q) => (yes.includes(q.id) ? 'yes' : 'no'));

describe('victim-service case: referral', () => {
  it('records a partner referral with the location as personal data of the victim', () => {
    given(decider).when(refer).then([referred]);
  });
  it("records on the referral that the Case Review notice is due across the victim's cases, without changing the case's own notice", () => {
    given(decider)
      .when({ ...refer, caseReviewNoticeDue: true })
      .then([{ ...referred, data: { ...referred.data, caseReviewNoticeDue: true } }]);
    given(decider)
      .when({ ...refer, caseReviewNoticeDue: true })
      .thenState((state) => expect(state).toMatchObject({ status: 'open', caseReviewNoticeDue: false }));
    given(decider)
      .when({ ...refer, caseReviewNoticeDue: false })
      .then([referred]);
  });
  it('records a self-referral when no partner is named', () => {
    given(decider)
      .when({ ...refer, referringPartner: null })
      .thenState((state) => expect(state.status).toBe('open'));
    const [event] = decider.decide({ ...refer, referringPartner: null }, vsCaseDecider.initialState()) as VictimReferred[];
    expect(event.data).toMatchObject({ route: 'self', referringPartner: null });
  });
  it('refuses a second referral of the same case (409)', () => {
    given(decider, [referred]).when(refer).thenThrows(IllegalStateError, 'This case is already referred.');
  });
  it('refuses a referral dated later than today, an unknown partner, behaviour or category, no location, and a victim among the perpetrators (400)', () => {
    given(decider)
      .when({ ...refer, referralDate: '2026-07-01' })
      .thenThrows(InvalidCommandError, 'The referral date cannot be later than today.');
    given(decider)
      .when({ ...refer, referringPartner: 'fire-service' })
      .thenThrows(InvalidCommandError, /referring partner must be one of/);
    given(decider)
      .when({ ...refer, behaviourTypes: ['shouting'] })
      .thenThrows(InvalidCommandError, /behaviour type must be one of/);
    given(decider)
      .when({ ...refer, behaviourTypes: [] })
      .thenThrows(InvalidCommandError, 'Name at least one behaviour type.');
    given(decider)
      .when({ ...refer, asbCategory: 'criminal' as never })
      .thenThrows(InvalidCommandError, /ASB category/);
    given(decider)
      .when({ ...refer, location: ' ' })
      .thenThrows(InvalidCommandError, 'The location is missing.');
    given(decider)
      .when({ ...refer, perpetratorPersonIds: ['victim-1'] })
      .thenThrows(InvalidCommandError, /cannot also be an alleged perpetrator/);
  });
});

describe('victim-service case: risk assessment', () => {
  const assess = { type: 'AssessRisk', assessedOn: '2025-05-02', questionnaire: DEFAULT_RISK_QUESTIONNAIRE } as const;
  it('computes score, vulnerability and level from the versioned questionnaire (22 or more is high)', () => {
    const high = answers([
      'disability-or-illness',
      'mental-health',
      'perpetrator-nearby',
      'repeated-incidents',
      'hate-motivated',
      'violence-or-threats',
      'feels-unsafe',
      'previous-reports',
    ]);
    expect(scoreRiskAnswers(DEFAULT_RISK_QUESTIONNAIRE, high)).toEqual({
      score: 24,
      level: 'high',
      vulnerability: { personal: 6, situational: 3, incidental: 15 },
    });
    const [event] = decider.decide({ ...assess, answers: high }, [referred].reduce(vsCaseDecider.evolve, vsCaseDecider.initialState()));
    expect(event).toEqual({
      type: 'VsRiskAssessed',
      data: {
        caseId,
        assessedOn: '2025-05-02',
        questionnaireVersion: 'default-2026-1',
        score: 24,
        vulnerability: { personal: 6, situational: 3, incidental: 15 },
        computedLevel: 'high',
        level: 'high',
        judgement: null,
        answers: { subjectId: 'victim-1', personal: { answers: high } },
      },
    });
  });
  it('scores medium from 12 and standard below', () => {
    expect(
      scoreRiskAnswers(
        DEFAULT_RISK_QUESTIONNAIRE,
        answers(['disability-or-illness', 'mental-health', 'perpetrator-nearby', 'repeated-incidents']),
      ).level,
    ).toBe('medium');
    expect(scoreRiskAnswers(DEFAULT_RISK_QUESTIONNAIRE, answers(['lives-alone'])).level).toBe('standard');
  });
  it('lets professional judgement raise the level with a reason', () => {
    given(decider, [referred])
      .when({ ...assess, answers: answers([]), judgement: { level: 'high', reason: 'Threats made to the children' } })
      .thenState((state) => expect(state.status !== 'not-referred' && state.riskLevel).toBe('high'));
  });
  it('refuses judgement that lowers the level, or raises it without a reason (400)', () => {
    const high = answers(DEFAULT_RISK_QUESTIONNAIRE.questions.map((q) => q.id));
    given(decider, [referred])
      .when({ ...assess, answers: high, judgement: { level: 'medium', reason: 'Seems fine' } })
      .thenThrows(InvalidCommandError, 'Professional judgement may raise the risk level, never lower it.');
    given(decider, [referred])
      .when({ ...assess, answers: answers([]), judgement: { level: 'high', reason: ' ' } })
      .thenThrows(InvalidCommandError, 'Professional judgement needs a reason.');
  });
  it('refuses answers that do not match the questionnaire (400)', () => {
    given(decider, [referred])
      .when({ ...assess, answers: ['yes'] })
      .thenThrows(InvalidCommandError, /an answer to each of the 14 questions/);
  });
  it('refuses an assessment before the referral (409), later than today (400), on a closed case (409) or no case (404)', () => {
    given(decider, [referred])
      .when({ ...assess, assessedOn: '2025-04-30', answers: answers([]) })
      .thenThrows(IllegalStateError, 'The assessment date cannot be before the referral date (2025-05-01).');
    given(decider, [referred])
      .when({ ...assess, assessedOn: '2026-07-01', answers: answers([]) })
      .thenThrows(InvalidCommandError, /later than today/);
    given(decider, [referred, closed])
      .when({ ...assess, answers: answers([]) })
      .thenThrows(IllegalStateError, /This case is closed/);
    given(decider)
      .when({ ...assess, answers: answers([]) })
      .thenThrows(NotFoundError, 'There is no such victim-service case.');
  });
});

describe('victim-service case: needs, contacts', () => {
  it('records the needs identified from the list', () => {
    given(decider, [referred])
      .when({ type: 'AssessNeeds', assessedOn: '2025-05-02', needs: ['safety', 'housing'], lists })
      .then([needsAssessed]);
  });
  it('refuses a need not on the list (400)', () => {
    given(decider, [referred])
      .when({ type: 'AssessNeeds', assessedOn: '2025-05-02', needs: ['pets'], lists })
      .thenThrows(InvalidCommandError, /need must be one of/);
  });
  it('records a support contact, by whom', () => {
    given(decider, [referred])
      .when({ type: 'RecordSupportContact', contactId: 'c1', date: '2025-05-10', kind: 'home-visit', by: 'caseworker-1' })
      .then([contact]);
  });
  it('refuses a contact dated before the referral (409), a joint visit without its agency and an onward referral without whom (400), the same contact twice (409)', () => {
    const base = { type: 'RecordSupportContact', contactId: 'c2', date: '2025-05-10', by: 'caseworker-1' } as const;
    given(decider, [referred])
      .when({ ...base, kind: 'home-visit', date: '2025-04-01' })
      .thenThrows(IllegalStateError, 'The contact date cannot be before the referral date (2025-05-01).');
    given(decider, [referred])
      .when({ ...base, kind: 'joint-visit' })
      .thenThrows(InvalidCommandError, 'A joint visit names the agency it was made with.');
    given(decider, [referred])
      .when({ ...base, kind: 'onward-referral' })
      .thenThrows(InvalidCommandError, /names whom/);
    given(decider, [referred, contact])
      .when({ ...base, kind: 'home-visit', contactId: 'c1' })
      .thenThrows(IllegalStateError, 'This contact is already recorded.');
    given(decider, [referred, closed])
      .when({ ...base, kind: 'home-visit' })
      .thenThrows(IllegalStateError, /This case is closed/);
  });
});

describe('victim-service case: closure and exit survey', () => {
  const close = { type: 'CloseVictimCase', closedOn: '2025-06-01', reason: 'planned-exit', needOutcomes: [] } as const;
  it('closes with a reason and the outcome of each need identified', () => {
    given(decider, [referred, needsAssessed])
      .when({
        ...close,
        needOutcomes: [
          { need: 'safety', outcome: 'met' },
          { need: 'housing', outcome: 'partly-met' },
        ],
      })
      .then([
        {
          type: 'VsCaseClosed',
          data: {
            caseId,
            closedOn: '2025-06-01',
            reason: 'planned-exit',
            needOutcomes: [
              { need: 'safety', outcome: 'met' },
              { need: 'housing', outcome: 'partly-met' },
            ],
          },
        },
      ]);
  });
  it('refuses a closure without an outcome for each need, or for a need not identified (400)', () => {
    given(decider, [referred, needsAssessed])
      .when({ ...close, needOutcomes: [{ need: 'safety', outcome: 'met' }] })
      .thenThrows(InvalidCommandError, /missing: housing/);
    given(decider, [referred])
      .when({ ...close, needOutcomes: [{ need: 'safety', outcome: 'met' }] })
      .thenThrows(InvalidCommandError, 'The need safety was not identified for this case.');
  });
  it('refuses a second closure, and a closure before the last contact (409)', () => {
    given(decider, [referred, closed]).when(close).thenThrows(IllegalStateError, 'This case is already closed.');
    given(decider, [referred, contact])
      .when({ ...close, closedOn: '2025-05-09' })
      .thenThrows(IllegalStateError, 'The closure date cannot be before the last contact (2025-05-10).');
  });
  it('records a completed survey, or a declined one, on a closed case', () => {
    given(decider, [referred, closed])
      .when({ type: 'RecordExitSurvey', on: '2025-06-01', answers: yesToAll })
      .then([{ type: 'VsExitSurveyCompleted', data: { caseId, completedOn: '2025-06-01', answers: yesToAll } }]);
    given(decider, [referred, closed])
      .when({ type: 'RecordExitSurvey', on: '2025-06-02', answers: null })
      .then([{ type: 'VsExitSurveyDeclined', data: { caseId, offeredOn: '2025-06-02' } }]);
  });
  it("refuses a survey on an open case, a second survey, one dated before the closure (409) and an answer outside yes / no / don't know (400)", () => {
    const survey = { type: 'RecordExitSurvey', on: '2025-06-01', answers: yesToAll } as const;
    given(decider, [referred]).when(survey).thenThrows(IllegalStateError, 'An exit survey is taken at closure: this case is still open.');
    given(decider, [referred, closed, { type: 'VsExitSurveyDeclined', data: { caseId, offeredOn: '2025-06-01' } }])
      .when(survey)
      .thenThrows(IllegalStateError, 'The exit survey of this case is already recorded.');
    given(decider, [referred, closed])
      .when({ ...survey, on: '2025-05-31' })
      .thenThrows(IllegalStateError, /before the closure/);
    given(decider, [referred, closed])
      .when({ ...survey, answers: { ...yesToAll, needsMet: 'maybe' as never } })
      .thenThrows(InvalidCommandError, /needsMet must be one of/);
  });
});

describe('victim-service case: further reports, repeat victims and the Case Review notice', () => {
  const rules = DEFAULT_FURTHER_REPORT_RULES;
  const report = (reportId: string, reportedOn: string) => ({ type: 'ReportFurtherIncident', reportId, reportedOn, rules }) as const;
  const further = (
    reportId: string,
    reportedOn: string,
    previousReportOn: string,
    repeat: boolean,
    caseReviewNoticeDue: boolean,
  ): VsCaseEvent => ({
    type: 'VsFurtherReportRecorded',
    data: { caseId, reportId, reportedOn, previousReportOn, repeat, caseReviewNoticeDue },
  });

  it('makes a repeat victim of a further report 11 months after the previous one (no Case Review notice: not within 6 months)', () => {
    given(decider, [referred])
      .when(report('r1', '2026-04-01'))
      .then([further('r1', '2026-04-01', '2025-05-01', true, false)]);
  });
  it('is not a repeat more than 12 months (configurable) after the previous report', () => {
    given(decider, [referred])
      .when(report('r1', '2026-05-02'))
      .then([further('r1', '2026-05-02', '2025-05-01', false, false)]);
    given(decider, [referred])
      .when({ ...report('r1', '2026-05-02'), rules: { ...rules, repeatWindowMonths: 18 } })
      .then([further('r1', '2026-05-02', '2025-05-01', true, false)]);
  });
  it('makes a Case Review notice due at the second report within 6 months, until the victim is told', () => {
    given(decider, [referred])
      .when(report('r1', '2025-08-01'))
      .then([further('r1', '2025-08-01', '2025-05-01', true, true)]);
    const due = [referred, further('r1', '2025-08-01', '2025-05-01', true, true)];
    given(decider, due)
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-08-02', method: 'letter' })
      .then([{ type: 'VsCaseReviewNoticeGiven', data: { caseId, toldOn: '2025-08-02', method: 'letter' } }]);
    const told = [...due, { type: 'VsCaseReviewNoticeGiven', data: { caseId, toldOn: '2025-08-02', method: 'letter' } } as VsCaseEvent];
    given(decider, told)
      .when(report('r2', '2025-09-01'))
      .then([further('r2', '2025-09-01', '2025-08-01', true, false)]);
  });
  it("records the notice on a new referral that is the victim's second report within 6 months across their cases, once", () => {
    given(decider, [referred])
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-05-02', method: 'phone', dueAcrossCases: true })
      .then([{ type: 'VsCaseReviewNoticeGiven', data: { caseId, toldOn: '2025-05-02', method: 'phone' } }]);
    given(decider, [referred, { type: 'VsCaseReviewNoticeGiven', data: { caseId, toldOn: '2025-05-02', method: 'phone' } }])
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-05-03', method: 'phone', dueAcrossCases: true })
      .thenThrows(IllegalStateError, /No Case Review notice is due/);
    given(decider, [referred])
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-05-02', method: 'phone', dueAcrossCases: false })
      .thenThrows(IllegalStateError, /No Case Review notice is due/);
  });
  it('refuses a notice when none is due, a method it does not know, and a report on a closed case or before the referral', () => {
    given(decider, [referred])
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-08-02', method: 'letter' })
      .thenThrows(IllegalStateError, /No Case Review notice is due/);
    given(decider, [referred, further('r1', '2025-08-01', '2025-05-01', true, true)])
      .when({ type: 'RecordCaseReviewNotice', toldOn: '2025-08-02', method: 'pigeon' as never })
      .thenThrows(InvalidCommandError, /Say how the victim was told/);
    given(decider, [referred, closed])
      .when(report('r1', '2025-08-01'))
      .thenThrows(IllegalStateError, /This case is closed/);
    given(decider, [referred])
      .when(report('r1', '2025-04-01'))
      .thenThrows(IllegalStateError, /before the referral date/);
    given(decider, [referred, further('r1', '2025-08-01', '2025-05-01', true, true)])
      .when(report('r1', '2025-08-02'))
      .thenThrows(IllegalStateError, 'This further report is already recorded.');
  });
});

describe('victim-service case: Outcome Star scores (distance travelled)', () => {
  const score = (stage: 'entry' | 'review' | 'exit', assessedOn: string, scores: Record<string, number>) =>
    ({ type: 'RecordOutcomeScores', stage, assessedOn, scores, lists }) as const;
  const scored = (stage: 'entry' | 'review' | 'exit', assessedOn: string, scores: Record<string, number>): VsCaseEvent => ({
    type: 'VsOutcomeScoresRecorded',
    data: { caseId, stage, assessedOn, scores },
  });
  const entry = scored('entry', '2025-05-02', { safety: 3, housing: 5 });

  it('records entry scores, then reviews, then exit (on the open case or after its closure)', () => {
    given(decider, [referred])
      .when(score('entry', '2025-05-02', { safety: 3, housing: 5 }))
      .then([entry]);
    given(decider, [referred, entry])
      .when(score('review', '2025-05-20', { safety: 5 }))
      .then([scored('review', '2025-05-20', { safety: 5 })]);
    given(decider, [referred, entry, closed])
      .when(score('exit', '2025-06-01', { safety: 8, housing: 5 }))
      .then([scored('exit', '2025-06-01', { safety: 8, housing: 5 })]);
  });
  it('refuses a review or exit before the entry scores, a second entry, anything after the exit, and a review of a closed case (409)', () => {
    given(decider, [referred])
      .when(score('review', '2025-05-20', { safety: 5 }))
      .thenThrows(IllegalStateError, 'Record the entry scores first: distance travelled is measured from them.');
    given(decider, [referred, entry])
      .when(score('entry', '2025-05-20', { safety: 5 }))
      .thenThrows(IllegalStateError, 'The entry scores of this case are already recorded.');
    given(decider, [referred, entry, scored('exit', '2025-05-30', { safety: 6 })])
      .when(score('review', '2025-05-31', { safety: 5 }))
      .thenThrows(IllegalStateError, /exit scores of this case are already recorded/);
    given(decider, [referred, entry, closed])
      .when(score('review', '2025-06-01', { safety: 5 }))
      .thenThrows(IllegalStateError, 'This case is closed: only the exit scores can still be recorded.');
  });
  it('refuses scores dated before the referral or the previous scores (409), or later than today (400)', () => {
    given(decider, [referred])
      .when(score('entry', '2025-04-30', { safety: 3 }))
      .thenThrows(IllegalStateError, 'The date of the scores cannot be before the referral date (2025-05-01).');
    given(decider, [referred, entry])
      .when(score('review', '2025-05-01', { safety: 3 }))
      .thenThrows(IllegalStateError, 'The date of the scores cannot be before the previous scores (2025-05-02).');
    given(decider, [referred])
      .when(score('entry', '2026-07-01', { safety: 3 }))
      .thenThrows(InvalidCommandError, /later than today/);
  });
  it('refuses a domain not on the list, a score outside 1-10 or not whole, no scores, an unknown stage (400), and no case (404)', () => {
    given(decider, [referred])
      .when(score('entry', '2025-05-02', { pets: 3 }))
      .thenThrows(InvalidCommandError, /Each domain must be one of/);
    given(decider, [referred])
      .when(score('entry', '2025-05-02', { safety: 11 }))
      .thenThrows(InvalidCommandError, 'The score of safety must be a whole number from 1 to 10.');
    given(decider, [referred])
      .when(score('entry', '2025-05-02', { safety: 2.5 }))
      .thenThrows(InvalidCommandError, /whole number/);
    given(decider, [referred])
      .when(score('entry', '2025-05-02', {}))
      .thenThrows(InvalidCommandError, 'Score at least one domain.');
    given(decider, [referred])
      .when({ ...score('entry', '2025-05-02', { safety: 3 }), stage: 'midway' as never })
      .thenThrows(InvalidCommandError, /The stage must be one of/);
    given(decider)
      .when(score('entry', '2025-05-02', { safety: 3 }))
      .thenThrows(NotFoundError, 'There is no such victim-service case.');
  });
});
