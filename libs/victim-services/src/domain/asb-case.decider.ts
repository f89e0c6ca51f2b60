import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  NotFoundError,
  personalData,
  requireId,
  requireOneOf,
  type Decider,
} from '@app/domain';
import { isAfter, isBefore, isIsoDate, isWithinMonthsAfter, type IsoDate } from '@app/periods';
import type { VsCaseEvent } from './asb-case.events.js';
import { OUTCOME_STAGES, outcomeScoresOf, type OutcomeStage } from './outcome-scores.js';
import { managedLevel, scoreRiskAnswers, type RiskAnswer, type RiskQuestionnaire } from './risk-questionnaire.js';
import {
  ASB_CATEGORIES,
  CLOSURE_REASONS,
  CONTACT_KINDS,
  NEED_OUTCOMES,
  NOTICE_METHODS,
  RISK_LEVELS,
  SURVEY_ANSWERS,
  SURVEY_QUESTIONS,
  type AsbCategory,
  type ClosureReason,
  type ContactKind,
  type ExitSurveyAnswers,
  type FurtherReportRules,
  type NoticeMethod,
  type NeedOutcome,
  type RiskLevel,
} from './victim-services-codes.js';

export const VS_CASE_NOT_FOUND = 'There is no such victim-service case.';

/** The lists a partnership configures, carried on the command (the decider reads no settings). */
export interface CaseLists {
  referringPartners: readonly string[];
  behaviourTypes: readonly string[];
  needs: readonly string[];
  /** Outcome Star style domains scored for distance travelled. */
  outcomeDomains: readonly string[];
}

export interface ReferVictim {
  type: 'ReferVictim';
  caseId: string;
  serviceId: string;
  partnershipId: string;
  personId: string;
  referralDate: IsoDate;
  referringPartner: string | null;
  asbCategory: AsbCategory;
  behaviourTypes: readonly string[];
  perpetratorPersonIds: readonly string[];
  location: string;
  lists: CaseLists;
  /**
   * The referral is the victim's second report within the Case Review window across their cases
   * (`casesWithCaseReviewNoticeDueAcrossCases`, worked out by the application from their other cases):
   * recorded on the referral for the alert rules. The case's own notice state is not changed by it (the
   * case list and `RecordCaseReviewNotice` work it out at read time, so a merge or an unmerge still counts).
   */
  caseReviewNoticeDue?: boolean;
  today: IsoDate;
}
export interface AssessRisk {
  type: 'AssessRisk';
  assessedOn: IsoDate;
  questionnaire: RiskQuestionnaire;
  answers: readonly RiskAnswer[];
  judgement?: { level: RiskLevel; reason: string };
  today: IsoDate;
}
export interface AssessNeeds {
  type: 'AssessNeeds';
  assessedOn: IsoDate;
  needs: readonly string[];
  lists: CaseLists;
  today: IsoDate;
}
export interface RecordSupportContact {
  type: 'RecordSupportContact';
  contactId: string;
  date: IsoDate;
  kind: ContactKind;
  by: string;
  agency?: string;
  onwardTo?: string;
  today: IsoDate;
}
export interface CloseVictimCase {
  type: 'CloseVictimCase';
  closedOn: IsoDate;
  reason: ClosureReason;
  needOutcomes: readonly { need: string; outcome: NeedOutcome }[];
  today: IsoDate;
}
export interface RecordExitSurvey {
  type: 'RecordExitSurvey';
  on: IsoDate;
  /** Null when the victim declined. */
  answers: ExitSurveyAnswers | null;
  today: IsoDate;
}
export interface ReportFurtherIncident {
  type: 'ReportFurtherIncident';
  reportId: string;
  reportedOn: IsoDate;
  rules: FurtherReportRules;
  today: IsoDate;
}
export interface RecordCaseReviewNotice {
  type: 'RecordCaseReviewNotice';
  toldOn: IsoDate;
  method: NoticeMethod;
  /**
   * The notice is due from the victim's other cases: a report on this case came within the window of their
   * previous report on another case (`casesWithCaseReviewNoticeDueAcrossCases`, worked out by the application
   * from every case of the person). A second report within this case is in the state.
   */
  dueAcrossCases?: boolean;
  today: IsoDate;
}
/** Outcome Star style scores (1-10 per domain) at entry, at a review, or at exit. */
export interface RecordOutcomeScores {
  type: 'RecordOutcomeScores';
  assessedOn: IsoDate;
  stage: OutcomeStage;
  scores: Readonly<Record<string, number>>;
  lists: CaseLists;
  today: IsoDate;
}
export type VsCaseCommand =
  | RecordOutcomeScores
  | ReportFurtherIncident
  | RecordCaseReviewNotice
  | ReferVictim
  | AssessRisk
  | AssessNeeds
  | RecordSupportContact
  | CloseVictimCase
  | RecordExitSurvey;

export interface OpenCaseState {
  status: 'open' | 'closed';
  caseId: string;
  serviceId: string;
  partnershipId: string;
  personId: string;
  referralDate: IsoDate;
  riskLevel: RiskLevel | null;
  lastRiskAssessedOn: IsoDate | null;
  needs: string[];
  contactIds: string[];
  lastContactOn: IsoDate | null;
  closedOn: IsoDate | null;
  survey: 'none' | 'completed' | 'declined';
  /** The referral date and every further report's date, in the order recorded. */
  reports: IsoDate[];
  reportIds: string[];
  caseReviewNoticeDue: boolean;
  caseReviewNoticeGivenOn: IsoDate | null;
  /** The Outcome Star scorings recorded, in date order. */
  outcomeScorings: { stage: OutcomeStage; assessedOn: IsoDate }[];
}
export type VsCaseState = { status: 'not-referred' } | OpenCaseState;

function requireDay(date: unknown, what: string, today: IsoDate): asserts date is IsoDate {
  if (!isIsoDate(date)) throw new InvalidCommandError(`The ${what} must be a date like 2025-04-01.`);
  if (isAfter(date, today)) throw new InvalidCommandError(`The ${what} cannot be later than today.`);
}

function notBeforeReferral(date: IsoDate, state: OpenCaseState, what: string): void {
  if (isBefore(date, state.referralDate))
    throw new IllegalStateError(`The ${what} cannot be before the referral date (${state.referralDate}).`);
}

function admitOpen(state: VsCaseState, doing: string): OpenCaseState {
  if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
  if (state.status === 'closed') throw new IllegalStateError(`This case is closed: ${doing} needs an open case.`);
  return state;
}

function uniqueFrom(values: unknown, allowed: readonly string[], what: string): string[] {
  if (!Array.isArray(values) || values.length === 0) throw new InvalidCommandError(`Name at least one ${what}.`);
  for (const value of values)
    if (typeof value !== 'string' || !allowed.includes(value))
      throw new InvalidCommandError(`Each ${what} must be one of ${allowed.join(', ')}.`);
  return [...new Set(values as string[])];
}

export const vsCaseDecider: Decider<VsCaseCommand, VsCaseState, VsCaseEvent> = {
  initialState: () => ({ status: 'not-referred' }),

  evolve(state, event) {
    if (event.type === 'VsVictimReferred') {
      const { caseId, serviceId, partnershipId, personId, referralDate } = event.data;
      return {
        status: 'open',
        caseId,
        serviceId,
        partnershipId,
        personId,
        referralDate,
        riskLevel: null,
        lastRiskAssessedOn: null,
        needs: [],
        contactIds: [],
        lastContactOn: null,
        closedOn: null,
        survey: 'none',
        reports: [referralDate],
        reportIds: [],
        caseReviewNoticeDue: false,
        caseReviewNoticeGivenOn: null,
        outcomeScorings: [],
      };
    }
    if (state.status === 'not-referred') return state;
    switch (event.type) {
      case 'VsRiskAssessed':
        return { ...state, riskLevel: event.data.level, lastRiskAssessedOn: event.data.assessedOn };
      case 'VsNeedsAssessed':
        return { ...state, needs: [...new Set([...state.needs, ...event.data.needs])] };
      case 'VsSupportContactRecorded':
        return {
          ...state,
          contactIds: [...state.contactIds, event.data.contactId],
          lastContactOn: state.lastContactOn && isAfter(state.lastContactOn, event.data.date) ? state.lastContactOn : event.data.date,
        };
      case 'VsCaseClosed':
        return { ...state, status: 'closed', closedOn: event.data.closedOn };
      case 'VsExitSurveyCompleted':
        return { ...state, survey: 'completed' };
      case 'VsExitSurveyDeclined':
        return { ...state, survey: 'declined' };
      case 'VsFurtherReportRecorded':
        return {
          ...state,
          reports: [...state.reports, event.data.reportedOn],
          reportIds: [...state.reportIds, event.data.reportId],
          caseReviewNoticeDue: state.caseReviewNoticeDue || event.data.caseReviewNoticeDue,
        };
      case 'VsCaseReviewNoticeGiven':
        return { ...state, caseReviewNoticeDue: false, caseReviewNoticeGivenOn: event.data.toldOn };
      case 'VsOutcomeScoresRecorded':
        return {
          ...state,
          outcomeScorings: [...state.outcomeScorings, { stage: event.data.stage, assessedOn: event.data.assessedOn }],
        };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'ReferVictim': {
        if (state.status !== 'not-referred') throw new IllegalStateError('This case is already referred.');
        requireId(command.caseId, 'case id');
        requireId(command.personId, 'victim');
        requireDay(command.referralDate, 'referral date', command.today);
        requireOneOf(command.asbCategory, ASB_CATEGORIES, `The ASB category must be one of ${ASB_CATEGORIES.join(', ')}.`);
        const behaviourTypes = uniqueFrom(command.behaviourTypes, command.lists.behaviourTypes, 'behaviour type');
        if (command.referringPartner !== null && !command.lists.referringPartners.includes(command.referringPartner))
          throw new InvalidCommandError(
            `The referring partner must be one of ${command.lists.referringPartners.join(', ')} (or none for a self-referral).`,
          );
        if (typeof command.location !== 'string' || command.location.trim() === '')
          throw new InvalidCommandError('The location is missing.');
        if (command.perpetratorPersonIds.includes(command.personId))
          throw new InvalidCommandError('The victim cannot also be an alleged perpetrator.');
        return [
          {
            type: 'VsVictimReferred',
            data: {
              caseId: command.caseId,
              serviceId: command.serviceId,
              partnershipId: command.partnershipId,
              personId: command.personId,
              referralDate: command.referralDate,
              route: command.referringPartner === null ? 'self' : 'partner',
              referringPartner: command.referringPartner,
              asbCategory: command.asbCategory,
              behaviourTypes,
              perpetratorPersonIds: [...new Set(command.perpetratorPersonIds)],
              location: personalData(command.personId, { location: command.location.trim() }),
              ...(command.caseReviewNoticeDue === true ? { caseReviewNoticeDue: true as const } : {}),
            },
          },
        ];
      }
      case 'AssessRisk': {
        const open = admitOpen(state, 'a risk assessment');
        requireDay(command.assessedOn, 'assessment date', command.today);
        notBeforeReferral(command.assessedOn, open, 'assessment date');
        if (command.judgement) requireOneOf(command.judgement.level, RISK_LEVELS, `The level must be one of ${RISK_LEVELS.join(', ')}.`);
        const scored = scoreRiskAnswers(command.questionnaire, command.answers);
        const level = managedLevel(scored.level, command.judgement);
        return [
          {
            type: 'VsRiskAssessed',
            data: {
              caseId: open.caseId,
              assessedOn: command.assessedOn,
              questionnaireVersion: command.questionnaire.version,
              score: scored.score,
              vulnerability: scored.vulnerability,
              computedLevel: scored.level,
              level,
              judgement: command.judgement
                ? { level: command.judgement.level, reason: personalData(open.personId, { text: command.judgement.reason.trim() }) }
                : null,
              answers: personalData(open.personId, { answers: [...command.answers] }),
            },
          },
        ];
      }
      case 'AssessNeeds': {
        const open = admitOpen(state, 'a needs assessment');
        requireDay(command.assessedOn, 'assessment date', command.today);
        notBeforeReferral(command.assessedOn, open, 'assessment date');
        const needs = uniqueFrom(command.needs, command.lists.needs, 'need');
        return [{ type: 'VsNeedsAssessed', data: { caseId: open.caseId, assessedOn: command.assessedOn, needs } }];
      }
      case 'RecordSupportContact': {
        const open = admitOpen(state, 'a support contact');
        if (open.contactIds.includes(command.contactId)) throw new IllegalStateError('This contact is already recorded.');
        requireDay(command.date, 'contact date', command.today);
        notBeforeReferral(command.date, open, 'contact date');
        requireOneOf(command.kind, CONTACT_KINDS, `The kind of contact must be one of ${CONTACT_KINDS.join(', ')}.`);
        if (typeof command.by !== 'string' || command.by.trim() === '') throw new InvalidCommandError('Say who made the contact.');
        const agency = command.agency?.trim() || null;
        const onwardTo = command.onwardTo?.trim() || null;
        if (command.kind === 'joint-visit' && !agency) throw new InvalidCommandError('A joint visit names the agency it was made with.');
        if (command.kind === 'onward-referral' && !onwardTo)
          throw new InvalidCommandError('An onward referral names whom the victim was referred to.');
        return [
          {
            type: 'VsSupportContactRecorded',
            data: {
              caseId: open.caseId,
              contactId: command.contactId,
              date: command.date,
              kind: command.kind,
              by: command.by.trim(),
              agency,
              onwardTo,
            },
          },
        ];
      }
      case 'CloseVictimCase': {
        if (state.status === 'closed') throw new IllegalStateError('This case is already closed.');
        const open = admitOpen(state, 'a closure');
        requireDay(command.closedOn, 'closure date', command.today);
        notBeforeReferral(command.closedOn, open, 'closure date');
        if (open.lastContactOn && isBefore(command.closedOn, open.lastContactOn))
          throw new IllegalStateError(`The closure date cannot be before the last contact (${open.lastContactOn}).`);
        requireOneOf(command.reason, CLOSURE_REASONS, `The reason for closure must be one of ${CLOSURE_REASONS.join(', ')}.`);
        const outcomes = new Map<string, NeedOutcome>();
        for (const { need, outcome } of command.needOutcomes ?? []) {
          if (!open.needs.includes(need)) throw new InvalidCommandError(`The need ${need} was not identified for this case.`);
          requireOneOf(outcome, NEED_OUTCOMES, `Each need is ${NEED_OUTCOMES.join(', ')}.`);
          outcomes.set(need, outcome);
        }
        const missing = open.needs.filter((need) => !outcomes.has(need));
        if (missing.length > 0)
          throw new InvalidCommandError(`Say whether each need identified was met at closure (missing: ${missing.join(', ')}).`);
        return [
          {
            type: 'VsCaseClosed',
            data: {
              caseId: open.caseId,
              closedOn: command.closedOn,
              reason: command.reason,
              needOutcomes: [...outcomes].map(([need, outcome]) => ({ need, outcome })),
            },
          },
        ];
      }
      case 'ReportFurtherIncident': {
        const open = admitOpen(state, 'a further report');
        if (open.reportIds.includes(command.reportId)) throw new IllegalStateError('This further report is already recorded.');
        requireDay(command.reportedOn, 'report date', command.today);
        notBeforeReferral(command.reportedOn, open, 'report date');
        // The previous report: the latest on or before this one (a report may be recorded late).
        const previousReportOn = open.reports
          .filter((d) => !isAfter(d, command.reportedOn))
          .sort()
          .at(-1)!;
        const repeat = isWithinMonthsAfter(previousReportOn, command.reportedOn, command.rules.repeatWindowMonths);
        const secondWithin = isWithinMonthsAfter(previousReportOn, command.reportedOn, command.rules.caseReviewWindowMonths);
        return [
          {
            type: 'VsFurtherReportRecorded',
            data: {
              caseId: open.caseId,
              reportId: command.reportId,
              reportedOn: command.reportedOn,
              previousReportOn,
              repeat,
              caseReviewNoticeDue: secondWithin && open.caseReviewNoticeGivenOn === null,
            },
          },
        ];
      }
      case 'RecordCaseReviewNotice': {
        if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
        const dueAcrossCases = command.dueAcrossCases === true && state.caseReviewNoticeGivenOn === null;
        if (!state.caseReviewNoticeDue && !dueAcrossCases)
          throw new IllegalStateError('No Case Review notice is due on this case: it is due at a second report within the window.');
        requireDay(command.toldOn, 'date the victim was told', command.today);
        notBeforeReferral(command.toldOn, state, 'date the victim was told');
        requireOneOf(command.method, NOTICE_METHODS, `Say how the victim was told: ${NOTICE_METHODS.join(', ')}.`);
        return [{ type: 'VsCaseReviewNoticeGiven', data: { caseId: state.caseId, toldOn: command.toldOn, method: command.method } }];
      }
      case 'RecordOutcomeScores': {
        if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
        requireOneOf(command.stage, OUTCOME_STAGES, `The stage must be one of ${OUTCOME_STAGES.join(', ')}.`);
        requireDay(command.assessedOn, 'date of the scores', command.today);
        notBeforeReferral(command.assessedOn, state, 'date of the scores');
        const scorings = state.outcomeScorings;
        const last = scorings.at(-1);
        if (command.stage === 'entry' && scorings.length > 0)
          throw new IllegalStateError('The entry scores of this case are already recorded.');
        if (command.stage !== 'entry' && !last)
          throw new IllegalStateError('Record the entry scores first: distance travelled is measured from them.');
        if (last?.stage === 'exit')
          throw new IllegalStateError('The exit scores of this case are already recorded: nothing is scored after them.');
        if (command.stage !== 'exit' && state.status === 'closed')
          throw new IllegalStateError(`This case is closed: only the exit scores can still be recorded.`);
        if (last && isBefore(command.assessedOn, last.assessedOn))
          throw new IllegalStateError(`The date of the scores cannot be before the previous scores (${last.assessedOn}).`);
        return [
          {
            type: 'VsOutcomeScoresRecorded',
            data: {
              caseId: state.caseId,
              assessedOn: command.assessedOn,
              stage: command.stage,
              scores: outcomeScoresOf(command.scores, command.lists.outcomeDomains),
            },
          },
        ];
      }
      case 'RecordExitSurvey': {
        if (state.status === 'not-referred') throw new NotFoundError(VS_CASE_NOT_FOUND);
        if (state.status === 'open') throw new IllegalStateError('An exit survey is taken at closure: this case is still open.');
        if (state.survey !== 'none') throw new IllegalStateError('The exit survey of this case is already recorded.');
        requireDay(command.on, 'survey date', command.today);
        if (isBefore(command.on, state.closedOn!))
          throw new IllegalStateError(`The survey date cannot be before the closure (${state.closedOn}).`);
        if (command.answers === null) return [{ type: 'VsExitSurveyDeclined', data: { caseId: state.caseId, offeredOn: command.on } }];
        const answers = {} as ExitSurveyAnswers;
        for (const question of SURVEY_QUESTIONS) {
          const answer: unknown = (command.answers as Partial<ExitSurveyAnswers>)[question];
          requireOneOf(answer, SURVEY_ANSWERS, `The survey answer ${question} must be one of ${SURVEY_ANSWERS.join(', ')}.`);
          answers[question] = answer;
        }
        return [{ type: 'VsExitSurveyCompleted', data: { caseId: state.caseId, completedOn: command.on, answers } }];
      }
      default:
        return assertNever(command);
    }
  },
};
