import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { decidingOn, given } from '@app/testing';
import type { DashAnswer } from './dash.js';
import type { ReferCase } from './marac-case.commands.js';
import { maracCaseDecider } from './marac-case.decider.js';
import type {
  AgencyActionAdded,
  CaseClosed,
  CaseHeard,
  CaseListedForMeeting,
  CaseReferred,
  CaseRepeatReclassified,
  DashAssessmentRecorded,
  FurtherIncidentReported,
  MaracCaseEvent,
} from './marac-case.events.js';

/** The day the commands are decided on (the UK date at the command's time): after every date below. */
const TODAY = '2026-06-30';
const caseDecider = decidingOn(maracCaseDecider, TODAY);

const caseId = 'case-1';
const maracId = 'marac-north';
const victimId = 'person-victim-1';
const perpetratorId = 'person-perp-1';

/** A checklist with `yes` yes answers, then alternating no / not-known. */
function checklist(yes: number): DashAnswer[] {
  return Array.from({ length: 24 }, (_, i) => (i < yes ? 'yes' : i % 2 === 0 ? 'no' : 'not-known'));
}

function referCase(extra: Partial<ReferCase> = {}): Omit<ReferCase, 'today'> {
  return {
    type: 'ReferCase',
    caseId,
    maracId,
    partnershipId: 'csp-1',
    referralDate: '2025-03-10',
    referringAgency: 'idva',
    criterion: 'professional-judgement',
    victim: {
      personId: victimId,
      details: { fullName: 'Alex Example', dateOfBirth: '1990-06-15', phone: '07700 900000' },
      profile: { sex: 'female', ethnicity: 'not-racially-minoritised', disabled: false, lgbtPlus: null, childrenInHousehold: 2 },
    },
    perpetrators: [{ personId: perpetratorId, relationship: 'ex-partner', details: { fullName: 'Sam Sample' } }],
    isRepeat: false,
    previousCaseId: null,
    ...extra,
  };
}

function caseReferred(extra: Partial<CaseReferred['data']> = {}): CaseReferred {
  return {
    type: 'CaseReferred',
    data: {
      caseId,
      maracId,
      partnershipId: 'csp-1',
      referralDate: '2025-03-10',
      referringAgency: 'idva',
      criterion: 'professional-judgement',
      isRepeat: false,
      previousCaseId: null,
      victim: {
        personId: victimId,
        details: { subjectId: victimId, personal: { fullName: 'Alex Example', dateOfBirth: '1990-06-15', phone: '07700 900000' } },
        profile: {
          sex: 'female',
          ageBand: '25-34',
          aged16or17: false,
          ethnicity: 'not-racially-minoritised',
          disabled: false,
          lgbtPlus: null,
          childrenInHousehold: 2,
        },
      },
      perpetrators: [
        {
          personId: perpetratorId,
          relationship: 'ex-partner',
          details: { subjectId: perpetratorId, personal: { fullName: 'Sam Sample' } },
        },
      ],
      ...extra,
    },
  };
}

function dashRecorded(score: number, extra: Partial<DashAssessmentRecorded['data']> = {}): DashAssessmentRecorded {
  const band = score >= 14 ? 'high' : score >= 10 ? 'medium' : 'standard';
  return {
    type: 'DashAssessmentRecorded',
    data: {
      caseId,
      maracId,
      assessedOn: '2025-03-10',
      score,
      actuarialBand: band,
      riskBand: band,
      override: null,
      answers: { subjectId: victimId, personal: { answers: checklist(score) } },
      ...extra,
    },
  };
}

function listed(meetingId: string, meetingDate: string, relisting = false): CaseListedForMeeting {
  return { type: 'CaseListedForMeeting', data: { caseId, maracId, meetingId, meetingDate, relisting } };
}

function heard(meetingId: string, heardOn: string, extra: Partial<CaseHeard['data']> = {}): CaseHeard {
  return {
    type: 'CaseHeard',
    data: { caseId, maracId, meetingId, heardOn, agenciesPresent: ['police', 'idva'], asRepeat: false, riskBand: null, ...extra },
  };
}

function actionAdded(actionId: string, dueDate: string, extra: Partial<AgencyActionAdded['data']> = {}): AgencyActionAdded {
  return {
    type: 'AgencyActionAdded',
    data: {
      caseId,
      maracId,
      actionId,
      meetingId: null,
      agency: 'housing',
      dueDate,
      description: { subjectId: victimId, personal: { text: 'Fit a door alarm' } },
      ...extra,
    },
  };
}

function incident(incidentId: string, date: string, reportedOn = date): FurtherIncidentReported {
  return {
    type: 'FurtherIncidentReported',
    data: {
      caseId,
      maracId,
      incidentId,
      date,
      reportedOn,
      reportingAgency: 'health',
      description: { subjectId: victimId, personal: { text: 'Unwanted contact at the GP surgery' } },
      makesRepeat: true,
    },
  };
}

function closed(closedOn: string, extra: Partial<CaseClosed['data']> = {}): CaseClosed {
  return { type: 'CaseClosed', data: { caseId, maracId, closedOn, reason: 'risk-reduced', note: null, ...extra } };
}

const reportIncident = (incidentId: string, date: string, reportedOn = date) =>
  ({
    type: 'ReportFurtherIncident',
    caseId,
    incidentId,
    date,
    reportedOn,
    reportingAgency: 'health',
    description: 'Unwanted contact at the GP surgery',
  }) as const;

describe('marac_case: ReferCase', () => {
  it('records the referral with personal details in envelopes and a non-personal profile', () => {
    given(caseDecider).when(referCase()).then([caseReferred()]);
  });

  it('leaves the case open, not a repeat, with no risk band yet', () => {
    given(caseDecider)
      .when(referCase())
      .thenState((state) => {
        expect(state).toMatchObject({
          status: 'open',
          referralDate: '2025-03-10',
          isRepeat: false,
          riskBand: null,
          awaitingRelisting: false,
        });
      });
  });

  it('records a repeat referral as decided by the victim’s history', () => {
    given(caseDecider)
      .when(referCase({ criterion: 'repeat', isRepeat: true, previousCaseId: 'case-0' }))
      .then([caseReferred({ criterion: 'repeat', isRepeat: true, previousCaseId: 'case-0' })]);
  });

  it('accepts visible high risk with a DASH score of 14, recording the DASH on the referral date', () => {
    given(caseDecider)
      .when(referCase({ criterion: 'visible-high-risk', dash: { answers: checklist(14) } }))
      .then([caseReferred({ criterion: 'visible-high-risk' }), dashRecorded(14)]);
  });

  it('refuses visible high risk with a DASH score of 13', () => {
    given(caseDecider)
      .when(referCase({ criterion: 'visible-high-risk', dash: { answers: checklist(13) } }))
      .thenThrows(
        InvalidCommandError,
        'A referral on the visible high risk criterion needs a DASH score of 14 or more; this checklist scores 13.',
      );
  });

  it('refuses visible high risk on a score of 11 even when professional judgement raises it to high', () => {
    given(caseDecider)
      .when(
        referCase({
          criterion: 'visible-high-risk',
          dash: { answers: checklist(11), override: { level: 'high', reason: 'Strangulation disclosed' } },
        }),
      )
      .thenThrows(
        InvalidCommandError,
        /this checklist scores 11\. If professional judgement puts the risk higher, refer on the professional judgement criterion/,
      );
  });

  it('refuses visible high risk without a DASH', () => {
    given(caseDecider)
      .when(referCase({ criterion: 'visible-high-risk' }))
      .thenThrows(InvalidCommandError, 'A referral on the visible high risk criterion needs a DASH checklist scoring 14 or more.');
  });

  it('records a DASH given with a professional-judgement referral, with its own date', () => {
    given(caseDecider)
      .when(referCase({ dash: { assessedOn: '2025-03-07', answers: checklist(8) } }))
      .then([caseReferred(), dashRecorded(8, { assessedOn: '2025-03-07' })]);
  });

  it('refuses a case referred twice', () => {
    given(caseDecider, [caseReferred()]).when(referCase()).thenThrows(IllegalStateError, 'This case has already been referred.');
  });

  it('refuses the repeat criterion for a referral that is not a repeat', () => {
    given(caseDecider)
      .when(referCase({ criterion: 'repeat' }))
      .thenThrows(
        InvalidCommandError,
        /repeat criterion must follow an earlier MARAC referral of the victim with one of the same perpetrators within 12 months/,
      );
  });

  it('refuses a repeat without the previous case, and a previous case without a repeat', () => {
    given(caseDecider)
      .when(referCase({ isRepeat: true, previousCaseId: null }))
      .thenThrows(InvalidCommandError, 'A repeat referral needs the id of the previous case.');
    given(caseDecider)
      .when(referCase({ isRepeat: false, previousCaseId: 'case-0' }))
      .thenThrows(InvalidCommandError, 'Only a repeat referral names a previous case.');
  });

  it('needs at least one perpetrator', () => {
    given(caseDecider)
      .when(referCase({ perpetrators: [] }))
      .thenThrows(InvalidCommandError, 'A referral needs at least one perpetrator.');
  });

  it('refuses the victim named as a perpetrator, and a perpetrator named twice', () => {
    given(caseDecider)
      .when(referCase({ perpetrators: [{ personId: victimId, relationship: 'partner', details: { fullName: 'X' } }] }))
      .thenThrows(InvalidCommandError, 'The victim cannot also be named as a perpetrator.');
    const perpetrator = { personId: perpetratorId, relationship: 'partner', details: { fullName: 'X' } } as const;
    given(caseDecider)
      .when(referCase({ perpetrators: [perpetrator, perpetrator] }))
      .thenThrows(InvalidCommandError, 'The same perpetrator is named twice.');
  });

  const victimWith = (details: ReferCase['victim']['details'], ageAtReferral?: number) => ({
    ...referCase().victim,
    details,
    profile: { ...referCase().victim.profile, ageAtReferral },
  });
  const profileWith = (ageBand: string, aged16or17: boolean) => ({ ...caseReferred().data.victim.profile, ageBand, aged16or17 }) as never;

  it('counts a victim aged 16 or 17 separately, working the age out from the date of birth on the referral date', () => {
    given(caseDecider)
      .when(referCase({ victim: victimWith({ fullName: 'Alex Example', dateOfBirth: '2008-03-10' }) }))
      .then([
        caseReferred({
          victim: {
            personId: victimId,
            details: { subjectId: victimId, personal: { fullName: 'Alex Example', dateOfBirth: '2008-03-10' } },
            profile: profileWith('16-17', true),
          },
        }),
      ]);
  });

  it('takes the age at referral when the date of birth is not known, and stores only its band', () => {
    given(caseDecider)
      .when(referCase({ victim: victimWith({ fullName: 'Alex Example' }, 70) }))
      .then([
        caseReferred({
          victim: {
            personId: victimId,
            details: { subjectId: victimId, personal: { fullName: 'Alex Example' } },
            profile: profileWith('65+', false),
          },
        }),
      ]);
    given(caseDecider)
      .when(referCase({ victim: victimWith({ fullName: 'Alex Example' }) }))
      .then([
        caseReferred({
          victim: {
            personId: victimId,
            details: { subjectId: victimId, personal: { fullName: 'Alex Example' } },
            profile: profileWith('not-known', false),
          },
        }),
      ]);
  });

  it('refuses a victim under 16, without repeating their details in the message', () => {
    given(caseDecider)
      .when(referCase({ victim: victimWith({ fullName: 'Alex Example', dateOfBirth: '2009-03-11' }) }))
      .thenThrows(InvalidCommandError, /^(?!.*(Alex|2009|15)).*MARAC hears victims aged 16 or over/);
  });

  it('refuses an age that does not match the date of birth', () => {
    given(caseDecider)
      .when(referCase({ victim: victimWith({ fullName: 'Alex Example', dateOfBirth: '1990-06-15' }, 30) }))
      .thenThrows(InvalidCommandError, "The victim's age does not match their date of birth on the referral date.");
  });

  it('refuses an unknown referring agency and a malformed referral date', () => {
    given(caseDecider)
      .when(referCase({ referringAgency: 'fire-service' as never }))
      .thenThrows(InvalidCommandError, 'The referring agency is not one of the MARAC agencies.');
    given(caseDecider)
      .when(referCase({ referralDate: '10/03/2025' }))
      .thenThrows(InvalidCommandError, 'The referral date must be a date written YYYY-MM-DD.');
  });
});

describe('marac_case: a case never referred', () => {
  it.each<[string, Parameters<typeof caseDecider.decide>[0]]>([
    ['RecordDashAssessment', { type: 'RecordDashAssessment', caseId, assessedOn: '2025-03-10', answers: checklist(3) }],
    ['ListCaseForMeeting', { type: 'ListCaseForMeeting', caseId, meetingId: 'm-1', meetingDate: '2025-03-20' }],
    ['RecordCaseHeard', { type: 'RecordCaseHeard', caseId, meetingId: 'm-1', heardOn: '2025-03-20', agenciesPresent: ['police'] }],
    ['AddAgencyAction', { type: 'AddAgencyAction', caseId, actionId: 'a-1', agency: 'police', description: 'x', dueDate: '2025-04-01' }],
    ['CompleteAgencyAction', { type: 'CompleteAgencyAction', caseId, actionId: 'a-1', completedOn: '2025-04-01' }],
    ['ReportFurtherIncident', reportIncident('i-1', '2025-04-01')],
    ['CloseCase', { type: 'CloseCase', caseId, closedOn: '2025-04-01', reason: 'risk-reduced' }],
  ])('refuses %s as not found', (_, command) => {
    given(caseDecider).when(command).thenThrows(NotFoundError, 'There is no MARAC referral for this case.');
  });

  it('refuses a command for another case on this stream', () => {
    given(caseDecider, [caseReferred()])
      .when({ type: 'CloseCase', caseId: 'case-2', closedOn: '2025-04-01', reason: 'risk-reduced' })
      .thenThrows(InvalidCommandError, /different case/);
  });
});

describe('marac_case: RecordDashAssessment', () => {
  const assess = (yes: number, override?: { level: 'standard' | 'medium' | 'high'; reason: string }) =>
    ({ type: 'RecordDashAssessment', caseId, assessedOn: '2025-03-12', answers: checklist(yes), override }) as const;

  it.each([
    [0, 'standard'],
    [9, 'standard'],
    [10, 'medium'],
    [13, 'medium'],
    [14, 'high'],
  ])('records a score of %i as %s risk', (score) => {
    given(caseDecider, [caseReferred()])
      .when(assess(score))
      .then([dashRecorded(score, { assessedOn: '2025-03-12' })]);
  });

  it('raises the level on professional judgement, keeping the reason in an envelope with the victim as subject', () => {
    given(caseDecider, [caseReferred()])
      .when(assess(9, { level: 'high', reason: 'Threats to kill the children' }))
      .then([
        dashRecorded(9, {
          assessedOn: '2025-03-12',
          riskBand: 'high',
          override: { level: 'high', reason: { subjectId: victimId, personal: { text: 'Threats to kill the children' } } },
        }),
      ]);
  });

  it('refuses professional judgement lowering the level', () => {
    given(caseDecider, [caseReferred()])
      .when(assess(14, { level: 'medium', reason: 'Victim feels safer' }))
      .thenThrows(InvalidCommandError, /can raise the risk level but never lower it: this checklist scores 14, which is high risk/);
  });

  it('refuses an override without a reason', () => {
    given(caseDecider, [caseReferred()])
      .when(assess(10, { level: 'high', reason: ' ' }))
      .thenThrows(InvalidCommandError, 'Raising the risk level on professional judgement needs a reason.');
  });

  it('refuses a checklist with a missing answer', () => {
    given(caseDecider, [caseReferred()])
      .when({ ...assess(3), answers: checklist(3).slice(0, 23) })
      .thenThrows(InvalidCommandError, 'A DASH checklist has 24 answers; this one has 23.');
  });

  it('sets the case’s risk band from the latest assessment date', () => {
    given(caseDecider, [caseReferred(), dashRecorded(15, { assessedOn: '2025-03-10' })])
      .when(assess(11))
      .thenState((state) => expect(state).toMatchObject({ riskBand: 'medium', dash: { score: 11, assessedOn: '2025-03-12' } }));
    given(caseDecider, [caseReferred(), dashRecorded(15, { assessedOn: '2025-03-20' })])
      .when(assess(11))
      .thenState((state) => expect(state).toMatchObject({ riskBand: 'high', dash: { score: 15, assessedOn: '2025-03-20' } }));
  });

  it('refuses an assessment on a closed case', () => {
    given(caseDecider, [caseReferred(), closed('2025-05-01')])
      .when(assess(3))
      .thenThrows(IllegalStateError, 'This case is closed, so a DASH assessment cannot be recorded on it.');
  });
});

describe('marac_case: listing and hearing', () => {
  const list = (meetingId: string, meetingDate: string) => ({ type: 'ListCaseForMeeting', caseId, meetingId, meetingDate }) as const;
  const hear = (meetingId: string, heardOn: string, agenciesPresent: ReferCase['referringAgency'][] = ['police', 'idva']) =>
    ({ type: 'RecordCaseHeard', caseId, meetingId, heardOn, agenciesPresent }) as const;

  it('lists a case for a meeting', () => {
    given(caseDecider, [caseReferred()])
      .when(list('m-1', '2025-03-20'))
      .then([listed('m-1', '2025-03-20')]);
  });

  it('refuses listing a case twice for the same meeting', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(list('m-1', '2025-03-20'))
      .thenThrows(IllegalStateError, 'This case is already listed for this meeting.');
  });

  it('refuses a meeting before the referral date', () => {
    given(caseDecider, [caseReferred()])
      .when(list('m-0', '2025-03-09'))
      .thenThrows(IllegalStateError, /meeting is before the date the case was referred/);
  });

  it('refuses listing a closed case', () => {
    given(caseDecider, [caseReferred(), closed('2025-03-15')])
      .when(list('m-1', '2025-03-20'))
      .thenThrows(IllegalStateError, 'This case is closed, so it cannot be listed for a meeting.');
  });

  it('records the case heard with the agencies present, once each, and the risk band and repeat flag at the time', () => {
    given(caseDecider, [caseReferred(), dashRecorded(16), listed('m-1', '2025-03-20')])
      .when(hear('m-1', '2025-03-20', ['police', 'idva', 'police', 'housing']))
      .then([heard('m-1', '2025-03-20', { agenciesPresent: ['police', 'idva', 'housing'], riskBand: 'high' })]);
  });

  it('records a repeat referral heard as a repeat', () => {
    given(caseDecider, [caseReferred({ isRepeat: true, previousCaseId: 'case-0', criterion: 'repeat' }), listed('m-1', '2025-03-20')])
      .when(hear('m-1', '2025-03-20'))
      .then([heard('m-1', '2025-03-20', { asRepeat: true })]);
  });

  it('refuses hearing a case never listed for that meeting', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(hear('m-2', '2025-04-03'))
      .thenThrows(
        IllegalStateError,
        "This case was not listed for this meeting, so it cannot be recorded as heard there. List it on the meeting's agenda first.",
      );
  });

  it('refuses hearing a case twice at the same meeting', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20'), heard('m-1', '2025-03-20')])
      .when(hear('m-1', '2025-03-20'))
      .thenThrows(IllegalStateError, 'This case is already recorded as heard at this meeting.');
  });

  it('refuses a hearing on any other day than its meeting’s date, before or after it', () => {
    for (const heardOn of ['2025-03-19', '2025-03-21', '2025-09-01']) {
      given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
        .when(hear('m-1', heardOn))
        .thenThrows(IllegalStateError, 'A case is heard on the date of the meeting it is listed for (2025-03-20), not on another day.');
    }
  });

  it('takes the meeting’s date when the hearing gives none', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ type: 'RecordCaseHeard', caseId, meetingId: 'm-1', agenciesPresent: ['police', 'idva'] })
      .then([heard('m-1', '2025-03-20')]);
  });

  it('refuses a hearing at a meeting whose date is later than today', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ ...hear('m-1', '2025-03-20'), heardOn: undefined, today: '2025-03-19' })
      .thenThrows(
        IllegalStateError,
        "This meeting's date is later than today (2025-03-19 in the UK), so the case cannot be recorded as heard yet.",
      );
  });

  it('needs at least one agency present, from the meeting or for the case', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(hear('m-1', '2025-03-20', []))
      .thenThrows(
        InvalidCommandError,
        'Record at least one agency present: mark the meeting held with the agencies present, or give them for this case.',
      );
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ type: 'RecordCaseHeard', caseId, meetingId: 'm-1', meetingAgenciesPresent: null })
      .thenThrows(InvalidCommandError, /^Record at least one agency present/);
  });

  it('takes the agencies recorded at the meeting, less those that left before this case', () => {
    const atMeeting = {
      type: 'RecordCaseHeard' as const,
      caseId,
      meetingId: 'm-1',
      meetingAgenciesPresent: ['police' as const, 'idva' as const, 'housing' as const],
    };
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(atMeeting)
      .then([heard('m-1', '2025-03-20', { agenciesPresent: ['police', 'idva', 'housing'] })]);
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ ...atMeeting, agenciesLeftEarly: ['housing'] })
      .then([heard('m-1', '2025-03-20', { agenciesPresent: ['police', 'idva'] })]);
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ ...atMeeting, agenciesLeftEarly: ['probation'] })
      .thenThrows(InvalidCommandError, 'An agency that left early must be one of the agencies present at the meeting.');
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ ...atMeeting, agenciesPresent: ['police', 'probation'] })
      .thenThrows(IllegalStateError, 'An agency present for this case is not among the agencies recorded at the meeting.');
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when({ ...atMeeting, agenciesLeftEarly: ['police', 'idva', 'housing'] })
      .thenThrows(InvalidCommandError, 'At least one agency must have been present when the case was heard.');
  });

  it('refuses hearing a case closed after it was listed', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20'), closed('2025-03-18', { reason: 'referral-withdrawn' })])
      .when(hear('m-1', '2025-03-20'))
      .thenThrows(IllegalStateError, 'This case is closed, so it cannot be recorded as heard.');
  });

  it('keeps listings and hearings in state', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(hear('m-1', '2025-03-20'))
      .thenState((state) => {
        expect(state).toMatchObject({
          listings: [{ meetingId: 'm-1', meetingDate: '2025-03-20', relisting: false }],
          hearings: [{ meetingId: 'm-1', heardOn: '2025-03-20', asRepeat: false, agenciesPresent: ['police', 'idva'] }],
        });
      });
  });
});

describe('marac_case: agency actions', () => {
  const add = (actionId: string, dueDate: string, meetingId?: string) =>
    ({ type: 'AddAgencyAction', caseId, actionId, meetingId, agency: 'housing', description: 'Fit a door alarm', dueDate }) as const;
  const complete = (actionId: string, completedOn: string) => ({ type: 'CompleteAgencyAction', caseId, actionId, completedOn }) as const;

  it('adds an action with its description in an envelope, victim as subject', () => {
    given(caseDecider, [caseReferred()])
      .when(add('a-1', '2025-04-01'))
      .then([actionAdded('a-1', '2025-04-01')]);
  });

  it('adds an action agreed at a meeting the case was listed for', () => {
    given(caseDecider, [caseReferred(), listed('m-1', '2025-03-20')])
      .when(add('a-1', '2025-04-01', 'm-1'))
      .then([actionAdded('a-1', '2025-04-01', { meetingId: 'm-1' })]);
  });

  it('refuses an action against a meeting the case was not listed for', () => {
    given(caseDecider, [caseReferred()])
      .when(add('a-1', '2025-04-01', 'm-9'))
      .thenThrows(IllegalStateError, 'This case was not listed for that meeting, so an action cannot be recorded against it.');
  });

  it('refuses the same action id twice', () => {
    given(caseDecider, [caseReferred(), actionAdded('a-1', '2025-04-01')])
      .when(add('a-1', '2025-05-01'))
      .thenThrows(IllegalStateError, 'An action with this id is already on this case.');
  });

  it('refuses an action due before the referral', () => {
    given(caseDecider, [caseReferred()])
      .when(add('a-1', '2025-03-01'))
      .thenThrows(IllegalStateError, 'An action cannot be due before the date the case was referred.');
  });

  it('refuses an action without a description', () => {
    given(caseDecider, [caseReferred()])
      .when({ ...add('a-1', '2025-04-01'), description: '' })
      .thenThrows(InvalidCommandError, 'An action needs a description.');
  });

  it('refuses an action on a closed case', () => {
    given(caseDecider, [caseReferred(), closed('2025-03-30')])
      .when(add('a-1', '2025-04-01'))
      .thenThrows(IllegalStateError, 'This case is closed, so no action can be added to it.');
  });

  it('completes an action on time (on its due date)', () => {
    given(caseDecider, [caseReferred(), actionAdded('a-1', '2025-04-01')])
      .when(complete('a-1', '2025-04-01'))
      .then([
        {
          type: 'AgencyActionCompleted',
          data: {
            caseId,
            maracId,
            actionId: 'a-1',
            agency: 'housing',
            dueDate: '2025-04-01',
            completedOn: '2025-04-01',
            completedLate: false,
          },
        },
      ]);
  });

  it('completes an action late', () => {
    given(caseDecider, [caseReferred(), actionAdded('a-1', '2025-04-01')])
      .when(complete('a-1', '2025-04-02'))
      .then([
        {
          type: 'AgencyActionCompleted',
          data: {
            caseId,
            maracId,
            actionId: 'a-1',
            agency: 'housing',
            dueDate: '2025-04-01',
            completedOn: '2025-04-02',
            completedLate: true,
          },
        },
      ]);
  });

  it('refuses completing an action twice', () => {
    given(caseDecider, [
      caseReferred(),
      actionAdded('a-1', '2025-04-01'),
      {
        type: 'AgencyActionCompleted',
        data: {
          caseId,
          maracId,
          actionId: 'a-1',
          agency: 'housing',
          dueDate: '2025-04-01',
          completedOn: '2025-03-28',
          completedLate: false,
        },
      },
    ])
      .when(complete('a-1', '2025-03-29'))
      .thenThrows(IllegalStateError, 'This action has already been completed.');
  });

  it('refuses completing an action that does not exist (404)', () => {
    given(caseDecider, [caseReferred(), actionAdded('a-1', '2025-04-01')])
      .when(complete('a-2', '2025-03-29'))
      .thenThrows(NotFoundError, 'There is no action with this id on this case.');
  });

  it('refuses completing an action on a closed case', () => {
    given(caseDecider, [caseReferred(), actionAdded('a-1', '2025-04-01'), closed('2025-03-30')])
      .when(complete('a-1', '2025-03-31'))
      .thenThrows(IllegalStateError, 'This case is closed, so its actions cannot be completed.');
  });
});

describe('marac_case: further incidents (SafeLives repeat: within 12 months of the referral)', () => {
  const heardCase: MaracCaseEvent[] = [caseReferred(), listed('m-1', '2025-03-20'), heard('m-1', '2025-03-20')];

  it('an incident 11 months after the referral makes the case a repeat that needs relisting', () => {
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2026-02-10'))
      .then([incident('i-1', '2026-02-10')]);
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2026-02-10'))
      .thenState((state) => expect(state).toMatchObject({ status: 'open', isRepeat: true, awaitingRelisting: true }));
  });

  it('accepts an incident on the anniversary of the referral', () => {
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2026-03-10'))
      .then([incident('i-1', '2026-03-10')]);
  });

  it('refuses an incident the day after the anniversary, telling the coordinator to make a new referral', () => {
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2026-03-11'))
      .thenThrows(
        IllegalStateError,
        'This incident is more than 12 months after the case was referred, so it is not a repeat of this case: make a new referral to MARAC.',
      );
  });

  it('uses month ends for a referral on 29 February', () => {
    const leapCase = [caseReferred({ referralDate: '2024-02-29' })];
    given(caseDecider, leapCase)
      .when(reportIncident('i-1', '2025-02-28'))
      .then([incident('i-1', '2025-02-28')]);
    given(caseDecider, leapCase)
      .when(reportIncident('i-1', '2025-03-01'))
      .thenThrows(IllegalStateError, /more than 12 months/);
  });

  it('accepts an incident on the referral date itself, before the case is heard', () => {
    given(caseDecider, [caseReferred()])
      .when(reportIncident('i-1', '2025-03-10'))
      .then([incident('i-1', '2025-03-10')]);
  });

  it('refuses an incident dated before the referral', () => {
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2025-03-09'))
      .thenThrows(IllegalStateError, /dated before the case was referred, so it is not a further incident/);
  });

  it('refuses the same incident twice', () => {
    given(caseDecider, [...heardCase, incident('i-1', '2025-06-01')])
      .when(reportIncident('i-1', '2025-06-01'))
      .thenThrows(IllegalStateError, 'This incident is already recorded on this case.');
  });

  it('refuses an incident reported before it happened', () => {
    given(caseDecider, heardCase)
      .when(reportIncident('i-1', '2025-06-01', '2025-05-31'))
      .thenThrows(InvalidCommandError, 'An incident cannot be reported before the date it happened.');
  });

  it('reopens a closed case that was heard', () => {
    given(caseDecider, [...heardCase, closed('2025-06-01')])
      .when(reportIncident('i-1', '2025-09-01', '2025-09-03'))
      .then([
        incident('i-1', '2025-09-01', '2025-09-03'),
        { type: 'CaseReopened', data: { caseId, maracId, reopenedOn: '2025-09-03', incidentId: 'i-1' } },
      ]);
    given(caseDecider, [...heardCase, closed('2025-06-01')])
      .when(reportIncident('i-1', '2025-09-01', '2025-09-03'))
      .thenState((state) =>
        expect(state).toMatchObject({ status: 'open', closedOn: null, closureReason: null, isRepeat: true, awaitingRelisting: true }),
      );
  });

  it('refuses an incident on a case closed without ever being heard', () => {
    given(caseDecider, [caseReferred(), closed('2025-03-15', { reason: 'referral-withdrawn' })])
      .when(reportIncident('i-1', '2025-04-01'))
      .thenThrows(IllegalStateError, /closed without being heard at MARAC, so a further incident cannot reopen it: make a new referral/);
  });

  it('relists the repeat and hears it as a repeat', () => {
    const afterIncident = [...heardCase, incident('i-1', '2026-02-10')];
    given(caseDecider, afterIncident)
      .when({ type: 'ListCaseForMeeting', caseId, meetingId: 'm-9', meetingDate: '2026-02-19' })
      .then([listed('m-9', '2026-02-19', true)]);
    given(caseDecider, afterIncident)
      .when({ type: 'ListCaseForMeeting', caseId, meetingId: 'm-9', meetingDate: '2026-02-19' })
      .thenState((state) => expect(state).toMatchObject({ awaitingRelisting: false, isRepeat: true }));
    given(caseDecider, [...afterIncident, listed('m-9', '2026-02-19', true)])
      .when({ type: 'RecordCaseHeard', caseId, meetingId: 'm-9', heardOn: '2026-02-19', agenciesPresent: ['police'] })
      .then([heard('m-9', '2026-02-19', { agenciesPresent: ['police'], asRepeat: true })]);
  });
});

describe('marac_case: CloseCase', () => {
  const close = (closedOn: string, note?: string) => ({ type: 'CloseCase', caseId, closedOn, reason: 'risk-reduced', note }) as const;

  it('closes a case, with no note', () => {
    given(caseDecider, [caseReferred()])
      .when(close('2025-06-01'))
      .then([closed('2025-06-01')]);
  });

  it('keeps a closing note in an envelope with the victim as subject', () => {
    given(caseDecider, [caseReferred()])
      .when(close('2025-06-01', 'Moved to a refuge out of area'))
      .then([closed('2025-06-01', { note: { subjectId: victimId, personal: { text: 'Moved to a refuge out of area' } } })]);
  });

  it('refuses closing twice', () => {
    given(caseDecider, [caseReferred(), closed('2025-06-01')])
      .when(close('2025-06-02'))
      .thenThrows(IllegalStateError, 'This case is already closed.');
  });

  it('refuses closing before the referral', () => {
    given(caseDecider, [caseReferred()])
      .when(close('2025-03-09'))
      .thenThrows(IllegalStateError, 'A case cannot be closed before the date it was referred.');
  });

  it('refuses a reason not on the list', () => {
    given(caseDecider, [caseReferred()])
      .when({ ...close('2025-06-01'), reason: 'bored' as never })
      .thenThrows(InvalidCommandError, 'The reason for closing is not one of the listed reasons.');
  });

  it('records the closure in state', () => {
    given(caseDecider, [caseReferred()])
      .when(close('2025-06-01'))
      .thenState((state) => expect(state).toMatchObject({ status: 'closed', closedOn: '2025-06-01', closureReason: 'risk-reduced' }));
  });
});

describe('marac_case: after erasure (personal data reads back as null)', () => {
  const erased: MaracCaseEvent[] = [
    caseReferred({
      victim: { ...caseReferred().data.victim, details: { subjectId: victimId, personal: null } },
      perpetrators: [{ personId: perpetratorId, relationship: 'ex-partner', details: { subjectId: perpetratorId, personal: null } }],
    }),
    dashRecorded(9, {
      riskBand: 'high',
      override: { level: 'high', reason: { subjectId: victimId, personal: null } },
      answers: { subjectId: victimId, personal: null },
    }),
    listed('m-1', '2025-03-20'),
    actionAdded('a-1', '2025-04-01', { description: { subjectId: victimId, personal: null } }),
    {
      ...incident('i-1', '2025-05-01'),
      data: { ...incident('i-1', '2025-05-01').data, description: { subjectId: victimId, personal: null } },
    },
  ];

  it('still decides, and the non-personal facts still count', () => {
    given(caseDecider, erased)
      .when({ type: 'RecordCaseHeard', caseId, meetingId: 'm-1', heardOn: '2025-03-20', agenciesPresent: ['police'] })
      .then([heard('m-1', '2025-03-20', { agenciesPresent: ['police'], asRepeat: true, riskBand: 'high' })]);
    given(caseDecider, erased)
      .when({ type: 'CompleteAgencyAction', caseId, actionId: 'a-1', completedOn: '2025-04-01' })
      .thenState((state) => expect(state).toMatchObject({ actions: [{ actionId: 'a-1', completedOn: '2025-04-01' }] }));
  });
});

describe('marac_case: state holds no personal data', () => {
  it('keeps only ids, dates and codes', () => {
    given(caseDecider, [caseReferred()])
      .when(reportIncident('i-1', '2025-04-01'))
      .thenState((state) => {
        const text = JSON.stringify(state);
        expect(text).not.toMatch(/Alex|Sam Sample|1990-06-15|07700|GP surgery/);
      });
  });
});

describe('marac_case: dates that cannot be true (later than today in the UK, or before 1900)', () => {
  // `today` is the UK date at the command's time (the handler's todayInLondon(occurredAt)).
  const today = '2025-06-30';
  const open = [caseReferred(), listed('m-1', '2025-03-20'), actionAdded('a-1', '2025-04-01')];

  it.each<[string, MaracCaseEvent[], Parameters<typeof caseDecider.decide>[0], string]>([
    ['a referral', [], referCase({ referralDate: '2025-07-01' }), 'The referral date cannot be later than today (2025-06-30 in the UK).'],
    [
      'a victim born tomorrow',
      [],
      referCase({ referralDate: '2025-06-01', victim: { ...referCase().victim, details: { fullName: 'A', dateOfBirth: '2025-07-01' } } }),
      "The victim's date of birth cannot be later than today (2025-06-30 in the UK).",
    ],
    [
      'a perpetrator born in the future',
      [],
      referCase({
        perpetrators: [{ personId: perpetratorId, relationship: 'ex-partner', details: { fullName: 'S', dateOfBirth: '2030-01-01' } }],
      }),
      "The perpetrator's date of birth cannot be later than today (2025-06-30 in the UK).",
    ],
    [
      'a DASH with the referral',
      [],
      referCase({ criterion: 'visible-high-risk', dash: { assessedOn: '2025-07-02', answers: checklist(16) } }),
      'The DASH assessment date cannot be later than today (2025-06-30 in the UK).',
    ],
    [
      'a DASH assessment',
      open,
      { type: 'RecordDashAssessment', caseId, assessedOn: '2025-07-01', answers: checklist(3) },
      'The DASH assessment date cannot be later than today (2025-06-30 in the UK).',
    ],
    ['a hearing', open, hearAt('2025-07-01'), 'The date the case was heard cannot be later than today (2025-06-30 in the UK).'],
    [
      'a completed action',
      open,
      { type: 'CompleteAgencyAction', caseId, actionId: 'a-1', completedOn: '2025-07-01' },
      'The completion date cannot be later than today (2025-06-30 in the UK).',
    ],
    [
      'an incident',
      open,
      reportIncident('i-1', '2025-07-01'),
      'The date of the incident cannot be later than today (2025-06-30 in the UK).',
    ],
    [
      'an incident reported in the future',
      open,
      reportIncident('i-1', '2025-06-01', '2025-07-01'),
      'The date the incident was reported cannot be later than today (2025-06-30 in the UK).',
    ],
    [
      'a closure',
      open,
      { type: 'CloseCase', caseId, closedOn: '2025-07-01', reason: 'risk-reduced' },
      'The closing date cannot be later than today (2025-06-30 in the UK).',
    ],
    ['a referral in 1066', [], referCase({ referralDate: '1066-10-14' }), 'The referral date cannot be earlier than 1900-01-01.'],
    [
      'an action due in 9999',
      open,
      { type: 'AddAgencyAction', caseId, actionId: 'a-2', agency: 'police', description: 'x', dueDate: '9999-12-31' },
      'The due date cannot be more than two years ahead (after 2027-06-30).',
    ],
  ])('refuses %s dated later than today or out of range (400 naming the field)', (_what, history, command, message) => {
    given(caseDecider, history)
      .when({ ...command, today })
      .thenThrows(InvalidCommandError, message);
  });

  it('accepts each of them dated today', () => {
    given(caseDecider)
      .when({ ...referCase({ referralDate: today }), today })
      .thenState((state) => expect(state).toMatchObject({ referralDate: today }));
    given(caseDecider, open)
      .when({ ...reportIncident('i-1', today), today })
      .thenState((state) => expect(state).toMatchObject({ incidents: [{ date: today }] }));
    given(caseDecider, open)
      .when({ type: 'CloseCase', caseId, closedOn: today, reason: 'risk-reduced', today })
      .thenState((state) => expect(state).toMatchObject({ closedOn: today }));
    given(caseDecider, open)
      .when({ type: 'AddAgencyAction', caseId, actionId: 'a-2', agency: 'police', description: 'x', dueDate: '2027-06-30', today })
      .thenState((state) => expect(state).toMatchObject({ actions: [{}, { dueDate: '2027-06-30' }] }));
  });

  function hearAt(heardOn: string) {
    return { type: 'RecordCaseHeard' as const, caseId, meetingId: 'm-1', heardOn, agenciesPresent: ['police' as const] };
  }
});

describe('marac_case: ReclassifyCaseRepeat (the victim’s history decided the referral otherwise)', () => {
  const reclassify = (repeat: boolean, previousCaseId: string | null) =>
    ({ type: 'ReclassifyCaseRepeat', caseId, repeat, previousCaseId, reason: 'referrals-raced' }) as const;
  const reclassified = (data: Partial<CaseRepeatReclassified['data']>): CaseRepeatReclassified => ({
    type: 'CaseRepeatReclassified',
    data: {
      caseId,
      maracId,
      repeat: true,
      previousCaseId: 'case-0',
      reason: 'referrals-raced',
      isRepeat: true,
      hearingsNowRepeat: [],
      hearingsNoLongerRepeat: [],
      ...data,
    },
  });

  it('makes a case referred as new a repeat of the previous case, and its hearings repeats', () => {
    given(caseDecider, [caseReferred(), listed('m1', '2025-03-20'), heard('m1', '2025-03-20')])
      .when(reclassify(true, 'case-0'))
      .then([reclassified({ hearingsNowRepeat: ['m1'] })]);
  });

  it('is a repeat from then on: the next hearing is heard as a repeat, and the state says of which case', () => {
    given(caseDecider, [caseReferred(), reclassified({}), listed('m1', '2025-03-20')])
      .when({ type: 'RecordCaseHeard', caseId, meetingId: 'm1', heardOn: '2025-03-20', agenciesPresent: ['police'] })
      .then([heard('m1', '2025-03-20', { agenciesPresent: ['police'], asRepeat: true })]);
    given(caseDecider, [caseReferred(), reclassified({})])
      .when(reclassify(true, 'case-0'))
      .thenState((state) => expect(state).toMatchObject({ isRepeat: true, referralIsRepeat: true, previousCaseId: 'case-0' }));
  });

  it('appends nothing when the case already has that outcome (a replay, or the history agreed)', () => {
    given(caseDecider, [caseReferred()]).when(reclassify(false, null)).then([]);
    given(caseDecider, [caseReferred({ isRepeat: true, previousCaseId: 'case-0' })])
      .when(reclassify(true, 'case-0'))
      .then([]);
  });

  it('changes the previous case alone when the case stays a repeat', () => {
    given(caseDecider, [
      caseReferred({ isRepeat: true, previousCaseId: 'case-0' }),
      listed('m1', '2025-03-20'),
      heard('m1', '2025-03-20', { asRepeat: true }),
    ])
      .when(reclassify(true, 'case-00'))
      .then([reclassified({ previousCaseId: 'case-00' })]);
  });

  it('makes a repeat referral new; a hearing after a further incident stays a repeat, and so does the case', () => {
    given(caseDecider, [
      caseReferred({ isRepeat: true, previousCaseId: 'case-0' }),
      listed('m1', '2025-03-20'),
      heard('m1', '2025-03-20', { asRepeat: true }),
      incident('i1', '2025-04-01'),
      listed('m2', '2025-04-10', true),
      heard('m2', '2025-04-10', { asRepeat: true }),
    ])
      .when(reclassify(false, null))
      .then([reclassified({ repeat: false, previousCaseId: null, isRepeat: true, hearingsNoLongerRepeat: ['m1'] })]);
    given(caseDecider, [caseReferred({ isRepeat: true, previousCaseId: 'case-0' })])
      .when(reclassify(false, null))
      .then([reclassified({ repeat: false, previousCaseId: null, isRepeat: false })]);
  });

  it('refuses an outcome that does not hold together, and a case never referred', () => {
    given(caseDecider, [caseReferred()])
      .when(reclassify(true, null))
      .thenThrows(InvalidCommandError, 'A repeat names the previous case, and only a repeat does.');
    given(caseDecider, [caseReferred()])
      .when(reclassify(true, caseId))
      .thenThrows(InvalidCommandError, 'A case cannot be a repeat of itself.');
    given(caseDecider).when(reclassify(true, 'case-0')).thenThrows(NotFoundError, 'There is no MARAC referral for this case.');
  });
});
