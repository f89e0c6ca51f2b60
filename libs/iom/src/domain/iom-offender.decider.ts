import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  personalData,
  requireOneOf,
  requireText,
  requireWholeNumber,
  type Decider,
} from '@app/domain';
import { isAfter, isBefore, requireDate, type IsoDate } from '@app/periods';
import {
  CUSTODY_KINDS,
  EXIT_REASONS,
  OFFENCE_OUTCOMES,
  OFFENDER_STATUSES,
  type CustodyKind,
  type ExitReason,
  type OffenceCategory,
  type OffenceOutcome,
  type OffenderStatus,
} from './iom-defaults.js';
import type { IomOffenderEvent } from './iom-offender.events.js';

/** What a command on a person's cohort record needs to know of the cohort (read from its stream by the handler). */
export interface CohortTerms {
  cohortId: string;
  partnershipId: string;
  strands: readonly string[];
  offenceCategories: readonly OffenceCategory[];
}

interface OffenderCommandBase {
  /** The UK date of the command (no clock in the decider). */
  today: IsoDate;
  cohort: CohortTerms;
}
export interface AdoptOffender extends OffenderCommandBase {
  type: 'AdoptOffender';
  offenderId: string;
  personId: string;
  adoptedOn: IsoDate;
  strand: string;
  leadAgency: string;
  leadOfficer: string;
  selectionScore: number;
  selectionReason: string;
  status?: OffenderStatus;
  custodyKind?: CustodyKind | null;
}
export interface ChangeOffenderStatus extends OffenderCommandBase {
  type: 'ChangeOffenderStatus';
  status: OffenderStatus;
  custodyKind?: CustodyKind | null;
  changedOn: IsoDate;
}
export interface ChangeOffenderStrand extends OffenderCommandBase {
  type: 'ChangeOffenderStrand';
  strand: string;
  changedOn: IsoDate;
}
export interface RecordOffence extends OffenderCommandBase {
  type: 'RecordOffence';
  offenceId: string;
  offenceDate: IsoDate;
  category: string;
  outcome?: OffenceOutcome | null;
  outcomeDate?: IsoDate | null;
}
export interface RecordOffenceOutcome extends OffenderCommandBase {
  type: 'RecordOffenceOutcome';
  offenceId: string;
  outcome: OffenceOutcome;
  outcomeDate: IsoDate;
}
export interface ExitOffender extends OffenderCommandBase {
  type: 'ExitOffender';
  exitedOn: IsoDate;
  reason: ExitReason;
}
export type IomOffenderCommand =
  AdoptOffender | ChangeOffenderStatus | ChangeOffenderStrand | RecordOffence | RecordOffenceOutcome | ExitOffender;

/** One period on the cohort (a re-adopted member has several). */
export interface CohortPeriod {
  period: number;
  adoptedOn: IsoDate;
  exitedOn: IsoDate | null;
  exitReason: ExitReason | null;
}
/** A status from a date on (in date order; the first is the status on adoption). */
export interface StatusSpell {
  status: OffenderStatus;
  custodyKind: CustodyKind | null;
  from: IsoDate;
}
export interface OffenceRecord {
  offenceId: string;
  offenceDate: IsoDate;
  category: string;
  duringCustody: boolean;
  outcome: OffenceOutcome | null;
  outcomeDate: IsoDate | null;
}
export interface AdoptedOffender {
  status: 'known';
  offenderId: string;
  cohortId: string;
  partnershipId: string;
  personId: string;
  onCohort: boolean;
  strand: string;
  leadAgency: string;
  leadOfficer: string;
  /** The latest adoption's selection score and reason (null once the person is erased). */
  selectionScore: number;
  selectionReason: string | null;
  periods: CohortPeriod[];
  statuses: StatusSpell[];
  /** The date of the latest dated change (adoption, status, strand, exit): later changes cannot go before it. */
  lastChangeOn: IsoDate;
  offences: OffenceRecord[];
}
export type IomOffenderState = { status: 'unknown' } | AdoptedOffender;

/** The status recorded for a day (the last spell starting on or before it), or null before the first. */
export function statusOn(statuses: readonly StatusSpell[], day: IsoDate): StatusSpell | null {
  let current: StatusSpell | null = null;
  for (const spell of statuses) if (!isAfter(spell.from, day)) current = spell;
  return current;
}

const NOT_ON_COHORT = 'This person is not on the cohort now: adopt them first.';

function requireNotLater(date: IsoDate, today: IsoDate, what: string): void {
  if (isAfter(date, today)) throw new IllegalStateError(`The ${what} cannot be later than today.`);
}

function requireCustodyKind(status: OffenderStatus, custodyKind: CustodyKind | null | undefined): CustodyKind | null {
  if (status !== 'in-custody') {
    if (custodyKind) throw new InvalidCommandError('A custody kind is given only for a member in custody.');
    return null;
  }
  requireOneOf(custodyKind, CUSTODY_KINDS, 'A member in custody is either remanded or sentenced (custodyKind).');
  return custodyKind;
}

function requireOutcome(outcome: unknown, outcomeDate: unknown, offenceDate: IsoDate, today: IsoDate): void {
  requireOneOf(outcome, OFFENCE_OUTCOMES, 'The outcome must be one of charged, convicted, cautioned, no-further-action.');
  requireDate(outcomeDate, 'outcome date');
  if (isBefore(outcomeDate, offenceDate)) throw new IllegalStateError('The outcome date cannot be before the offence date.');
  requireNotLater(outcomeDate, today, 'outcome date');
}

function ongoing(state: IomOffenderState): AdoptedOffender {
  if (state.status !== 'known' || !state.onCohort) throw new IllegalStateError(NOT_ON_COHORT);
  return state;
}

function requireInOrder(state: AdoptedOffender, date: IsoDate, what: string): void {
  if (isBefore(date, state.lastChangeOn))
    throw new IllegalStateError(`The ${what} is out of date order: it is before the last change recorded (${state.lastChangeOn}).`);
}

function ref(state: AdoptedOffender) {
  return { offenderId: state.offenderId, cohortId: state.cohortId, partnershipId: state.partnershipId, personId: state.personId };
}

function currentPeriod(state: AdoptedOffender): CohortPeriod {
  return state.periods[state.periods.length - 1];
}

/**
 * A person's record on one cohort (`iom_offender-<offenderId>`): adoption periods (a re-adoption after an
 * exit is a new period of the same record), dated status and strand changes (never out of date order, never
 * before adoption, never later than today), offences (before adoption too, for the baseline; one dated in
 * custody is kept but flagged) with outcomes, and exits (never before the adoption).
 */
export const iomOffenderDecider: Decider<IomOffenderCommand, IomOffenderState, IomOffenderEvent> = {
  initialState: () => ({ status: 'unknown' }),
  evolve(state, event) {
    switch (event.type) {
      case 'IomOffenderAdopted': {
        const { data } = event;
        const before = state.status === 'known' ? state : { periods: [], statuses: [], offences: [] };
        return {
          status: 'known',
          offenderId: data.offenderId,
          cohortId: data.cohortId,
          partnershipId: data.partnershipId,
          personId: data.personId,
          onCohort: true,
          strand: data.strand,
          leadAgency: data.leadAgency,
          leadOfficer: data.leadOfficer,
          selectionScore: data.selectionScore,
          selectionReason: data.selectionReason.personal?.text ?? null,
          periods: [...before.periods, { period: data.period, adoptedOn: data.adoptedOn, exitedOn: null, exitReason: null }],
          statuses: [...before.statuses, { status: data.status, custodyKind: data.custodyKind, from: data.adoptedOn }],
          lastChangeOn: data.adoptedOn,
          offences: before.offences,
        };
      }
      case 'IomOffenderStatusChanged':
        if (state.status !== 'known') return state;
        return {
          ...state,
          statuses: [...state.statuses, { status: event.data.status, custodyKind: event.data.custodyKind, from: event.data.changedOn }],
          lastChangeOn: event.data.changedOn,
        };
      case 'IomOffenderStrandChanged':
        if (state.status !== 'known') return state;
        return { ...state, strand: event.data.strand, lastChangeOn: event.data.changedOn };
      case 'IomOffenceRecorded': {
        if (state.status !== 'known') return state;
        const { offenceId, offenceDate, category, duringCustody, outcome, outcomeDate } = event.data;
        return { ...state, offences: [...state.offences, { offenceId, offenceDate, category, duringCustody, outcome, outcomeDate }] };
      }
      case 'IomOffenceOutcomeRecorded':
        if (state.status !== 'known') return state;
        return {
          ...state,
          offences: state.offences.map((offence) =>
            offence.offenceId === event.data.offenceId
              ? { ...offence, outcome: event.data.outcome, outcomeDate: event.data.outcomeDate }
              : offence,
          ),
        };
      case 'IomOffenderExited':
        if (state.status !== 'known') return state;
        return {
          ...state,
          onCohort: false,
          periods: state.periods.map((period) =>
            period.period === event.data.period ? { ...period, exitedOn: event.data.exitedOn, exitReason: event.data.reason } : period,
          ),
          // Out of custody once off the cohort: the status is no longer followed.
          statuses: [...state.statuses, { status: 'in-community', custodyKind: null, from: event.data.exitedOn }],
          lastChangeOn: event.data.exitedOn,
        };
      default:
        return assertNever(event);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'AdoptOffender': {
        if (state.status === 'known' && state.onCohort) throw new IllegalStateError('This person is already on the cohort.');
        requireDate(command.adoptedOn, 'adoption date');
        requireNotLater(command.adoptedOn, command.today, 'adoption date');
        if (state.status === 'known' && isBefore(command.adoptedOn, state.lastChangeOn))
          throw new IllegalStateError(`A re-adoption cannot be dated before the last exit (${state.lastChangeOn}).`);
        requireOneOf(
          command.strand,
          command.cohort.strands,
          `The strand must be one of the cohort's: ${command.cohort.strands.join(', ')}.`,
        );
        requireText(command.leadAgency, 'The lead agency is required.');
        requireText(command.leadOfficer, 'The lead officer is required.');
        requireWholeNumber(command.selectionScore, 0, 'The selection score must be a whole number of zero or more.');
        requireText(command.selectionReason, 'The selection reason is required.');
        const status = command.status ?? 'in-community';
        requireOneOf(status, OFFENDER_STATUSES, `The status must be one of ${OFFENDER_STATUSES.join(', ')}.`);
        const custodyKind = requireCustodyKind(status, command.custodyKind);
        return [
          {
            type: 'IomOffenderAdopted',
            data: {
              offenderId: command.offenderId,
              cohortId: command.cohort.cohortId,
              partnershipId: command.cohort.partnershipId,
              personId: command.personId,
              period: state.status === 'known' ? state.periods.length + 1 : 1,
              adoptedOn: command.adoptedOn,
              strand: command.strand,
              leadAgency: command.leadAgency.trim(),
              leadOfficer: command.leadOfficer.trim(),
              selectionScore: command.selectionScore,
              selectionReason: personalData(command.personId, { text: command.selectionReason.trim() }),
              status,
              custodyKind,
            },
          },
        ];
      }
      case 'ChangeOffenderStatus': {
        const current = ongoing(state);
        requireOneOf(command.status, OFFENDER_STATUSES, `The status must be one of ${OFFENDER_STATUSES.join(', ')}.`);
        const custodyKind = requireCustodyKind(command.status, command.custodyKind);
        requireDate(command.changedOn, 'status change date');
        requireNotLater(command.changedOn, command.today, 'status change date');
        requireInOrder(current, command.changedOn, 'status change');
        const now = current.statuses[current.statuses.length - 1];
        if (now.status === command.status && now.custodyKind === custodyKind)
          throw new IllegalStateError('The member already has this status.');
        return [
          {
            type: 'IomOffenderStatusChanged',
            data: {
              ...ref(current),
              period: currentPeriod(current).period,
              status: command.status,
              custodyKind,
              changedOn: command.changedOn,
            },
          },
        ];
      }
      case 'ChangeOffenderStrand': {
        const current = ongoing(state);
        requireOneOf(
          command.strand,
          command.cohort.strands,
          `The strand must be one of the cohort's: ${command.cohort.strands.join(', ')}.`,
        );
        requireDate(command.changedOn, 'strand change date');
        requireNotLater(command.changedOn, command.today, 'strand change date');
        requireInOrder(current, command.changedOn, 'strand change');
        if (current.strand === command.strand) throw new IllegalStateError('The member is already in this strand.');
        return [
          {
            type: 'IomOffenderStrandChanged',
            data: { ...ref(current), period: currentPeriod(current).period, strand: command.strand, changedOn: command.changedOn },
          },
        ];
      }
      case 'RecordOffence': {
        if (state.status !== 'known') throw new IllegalStateError(NOT_ON_COHORT);
        if (state.offences.some((offence) => offence.offenceId === command.offenceId))
          throw new IllegalStateError('This offence is already recorded.');
        requireDate(command.offenceDate, 'offence date');
        requireNotLater(command.offenceDate, command.today, 'offence date');
        const category = command.cohort.offenceCategories.find((candidate) => candidate.code === command.category);
        if (!category)
          throw new InvalidCommandError(
            `The category must be one of the cohort's: ${command.cohort.offenceCategories.map((known) => known.code).join(', ')}.`,
          );
        const outcome = command.outcome ?? null;
        const outcomeDate = command.outcomeDate ?? null;
        if (outcome !== null || outcomeDate !== null) requireOutcome(outcome, outcomeDate, command.offenceDate, command.today);
        const duringCustody = statusOn(state.statuses, command.offenceDate)?.status === 'in-custody';
        return [
          {
            type: 'IomOffenceRecorded',
            data: {
              ...ref(state),
              offenceId: command.offenceId,
              offenceDate: command.offenceDate,
              category: category.code,
              neighbourhoodCrime: category.neighbourhoodCrime,
              severityWeight: category.severityWeight,
              duringCustody,
              outcome,
              outcomeDate,
            },
          },
        ];
      }
      case 'RecordOffenceOutcome': {
        if (state.status !== 'known') throw new IllegalStateError(NOT_ON_COHORT);
        const offence = state.offences.find((candidate) => candidate.offenceId === command.offenceId);
        if (!offence) throw new IllegalStateError('There is no such offence on this record.');
        if (offence.outcome !== null && offence.outcome !== 'charged')
          throw new IllegalStateError('This offence already has a final outcome.');
        requireOutcome(command.outcome, command.outcomeDate, offence.offenceDate, command.today);
        if (offence.outcomeDate !== null && isBefore(command.outcomeDate, offence.outcomeDate))
          throw new IllegalStateError('The outcome is out of date order: it is before the outcome already recorded.');
        return [
          {
            type: 'IomOffenceOutcomeRecorded',
            data: { ...ref(state), offenceId: command.offenceId, outcome: command.outcome, outcomeDate: command.outcomeDate },
          },
        ];
      }
      case 'ExitOffender': {
        const current = ongoing(state);
        requireDate(command.exitedOn, 'exit date');
        requireNotLater(command.exitedOn, command.today, 'exit date');
        if (isBefore(command.exitedOn, currentPeriod(current).adoptedOn))
          throw new IllegalStateError('The exit cannot be before the adoption.');
        requireInOrder(current, command.exitedOn, 'exit');
        requireOneOf(command.reason, EXIT_REASONS, `The exit reason must be one of ${EXIT_REASONS.join(', ')}.`);
        return [
          {
            type: 'IomOffenderExited',
            data: { ...ref(current), period: currentPeriod(current).period, exitedOn: command.exitedOn, reason: command.reason },
          },
        ];
      }
      default:
        return assertNever(command);
    }
  },
};
