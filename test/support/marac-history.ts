import { v5 as uuidv5 } from 'uuid';
import type { Decider, DomainEvent } from '@app/domain';
import { streamName, type CommandContext, type EventCodec, type EventStore, type EventToAppend } from '@app/event-store';
import { addDays, addMonths, type IsoDate } from '@app/periods';
import {
  DEFAULT_POLICE_CALLOUT_THRESHOLD,
  DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  MARAC_AGENCIES,
  MARAC_CASE_STREAM_CATEGORY,
  MARAC_MEETING_STREAM_CATEGORY,
  MARAC_VICTIM_STREAM_CATEGORY,
  maracCaseDecider,
  maracMeetingDecider,
  maracVictimDecider,
  type DashAnswer,
  repeatOf,
  type MaracAgency,
  type ReferralCriterion,
  type VictimReferred,
} from '@app/marac';

/**
 * A realistic MARAC history for fault and load tests: meetings (some cancelled, the past ones held), victims
 * (some referred twice, within 12 months or after), each case referred with or without a DASH checklist,
 * listed, heard, given agency actions (most completed), some further incidents (relisted and heard again),
 * some closed and reopened. Every event comes out of the real deciders (the victim's RegisterReferral, then
 * ReferCase with its outcome: the history as the referral wrote it before the victim-history process
 * manager), is encoded by the given codec (real personal-data
 * encryption when it is the app's) and appended one stream per call, so thousands of commands cost
 * thousands of appends rather than a read, a decide and an append each.
 *
 * The same seed gives the same streams, events and ids (only the ciphertext and the order of streams in the
 * global log differ), so the same history can be written into two databases.
 */
export interface MaracHistoryOptions {
  /** Ids, dates and choices derive from it. */
  seed: string;
  /** Generates streams until at least this many events. */
  events: number;
  /** Appends in flight at once. */
  concurrency?: number;
  /** Wait this long after each stream's append (a trickle of live writes rather than a bulk load). */
  pauseMs?: number;
}

export interface MaracHistory {
  events: number;
  streams: number;
  cases: string[];
  maracs: string[];
}

interface StreamPlan {
  name: string;
  commands: { events: DomainEvent[]; context: CommandContext }[];
  /** Streams appended after this one, in order, by the same writer (a victim's cases after the victim's history). */
  then: StreamPlan[];
}

const NAMESPACE = '6f1d1c35-2c53-4f0e-9a7c-36f9d5b8a0e4';
const PARTNERSHIP = 'csp-history';
const FIRST_MEETING: IsoDate = '2023-04-06';
const MEETINGS_PER_MARAC = 60;
/** The commands' "today": after every date the history holds, so none is refused as in the future. */
const HISTORY_TODAY: IsoDate = '2027-12-31';
/** Every meeting is held with all agencies present; each case heard names some of them. */
const MEETING_ATTENDANCE = [...MARAC_AGENCIES];

type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

export function planMaracHistory({ seed, events: target }: MaracHistoryOptions): {
  streams: StreamPlan[];
  events: number;
  cases: string[];
  maracs: string[];
} {
  const random = mulberry32(hash(seed));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const id = (kind: string, n: number | string) => uuidv5(`${seed}/${kind}/${n}`, NAMESPACE);
  let commandNo = 0;
  let total = 0;

  const streams: StreamPlan[] = [];
  /** Runs commands through a decider from the empty state, as CommandExecutor would one at a time. */
  const stream = <C, S, E extends DomainEvent>(name: string, decider: Decider<C, S, E>, after?: StreamPlan) => {
    const plan: StreamPlan = { name, commands: [], then: [] };
    (after?.then ?? streams).push(plan);
    let state = decider.initialState();
    return {
      plan,
      state: () => state,
      run(command: WithoutToday<C>, on: IsoDate): E[] {
        const events = decider.decide({ ...command, today: HISTORY_TODAY } as C, state);
        state = events.reduce(decider.evolve, state);
        const commandId = id('command', ++commandNo);
        plan.commands.push({
          events,
          context: {
            commandId,
            correlationId: commandId,
            causationId: commandId,
            actor: `coordinator-${between(1, 12)}`,
            occurredAt: `${on}T09:30:00.000Z`,
            partnershipId: PARTNERSHIP,
          },
        });
        total += events.length;
        return events;
      },
    };
  };

  const maracs = ['north', 'south', 'east'].map((area) => `marac-${seed}-${area}`);
  const meetingsOf = new Map<string, { meetingId: string; date: IsoDate }[]>();
  for (const maracId of maracs) {
    const open: { meetingId: string; date: IsoDate }[] = [];
    for (let m = 0; m < MEETINGS_PER_MARAC; m++) {
      const meetingId = id(`meeting-${maracId}`, m);
      const date = addDays(FIRST_MEETING, 14 * m + maracs.indexOf(maracId));
      const meeting = stream(streamName(MARAC_MEETING_STREAM_CATEGORY, meetingId), maracMeetingDecider);
      meeting.run({ type: 'ScheduleMeeting', meetingId, maracId, partnershipId: PARTNERSHIP, date }, addDays(date, -28));
      if (m % 17 === 5) {
        meeting.run(
          {
            type: 'CancelMeeting',
            meetingId,
            cancelledOn: addDays(date, -3),
            reason: pick(['not-quorate', 'rescheduled', 'no-cases', 'other'] as const),
          },
          addDays(date, -3),
        );
      } else {
        if (m < MEETINGS_PER_MARAC - 8)
          meeting.run({ type: 'MarkMeetingHeld', meetingId, heldOn: date, agenciesPresent: MEETING_ATTENDANCE }, date);
        open.push({ meetingId, date });
      }
    }
    meetingsOf.set(maracId, open);
  }
  const lastMeeting = addDays(FIRST_MEETING, 14 * (MEETINGS_PER_MARAC - 1));
  const nextMeeting = (maracId: string, after: IsoDate) => meetingsOf.get(maracId)!.find((m) => m.date > after);

  const dash = (yes: number): DashAnswer[] => {
    const answers: DashAnswer[] = Array.from({ length: 24 }, (_, i) => (i < yes ? 'yes' : chance(0.2) ? 'not-known' : 'no'));
    for (let i = answers.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [answers[i], answers[j]] = [answers[j], answers[i]];
    }
    return answers;
  };
  const agencies = (): MaracAgency[] =>
    [...new Set(['police', 'idva', ...Array.from({ length: between(0, 4) }, () => pick(MARAC_AGENCIES))])] as MaracAgency[];

  const cases: string[] = [];
  for (let v = 0; total < target; v++) {
    const maracId = pick(maracs);
    const personId = id('victim', v);
    const victim = stream(streamName(MARAC_VICTIM_STREAM_CATEGORY, personId), maracVictimDecider);
    let referralDate = addDays(FIRST_MEETING, between(-20, 14 * (MEETINGS_PER_MARAC - 12)));
    const referrals = chance(0.2) ? 2 : 1;
    for (let r = 0; r < referrals; r++) {
      if (r === 1) referralDate = addDays(referralDate, chance(0.6) ? between(60, 330) : between(400, 500));
      if (referralDate >= lastMeeting) break;
      let criterion: ReferralCriterion = pick([
        'visible-high-risk',
        'visible-high-risk',
        'visible-high-risk',
        'professional-judgement',
        'potential-escalation',
      ] as const);
      // The victim's first perpetrator is named at every referral (SafeLives: a repeat is of the same perpetrators).
      const firstPerpetrator = id('perpetrator', `${v}-0`);
      if (repeatOf(victim.state(), referralDate, [firstPerpetrator]).repeat && chance(0.3)) criterion = 'repeat';
      if (criterion === 'potential-escalation') {
        for (let c = 0; c < DEFAULT_POLICE_CALLOUT_THRESHOLD; c++) {
          const date = addDays(referralDate, -between(1, 300));
          victim.run({ type: 'RecordPoliceCallOut', personId, callOutId: id(`call-out-${personId}`, `${r}-${c}`), date }, date);
        }
      }
      const caseId = id('case', `${v}-${r}`);
      // Written after the victim's history, as a history from before the victim-history process manager
      // (which, if running, finds each case already registered and appends nothing).
      const onCase = stream(streamName(MARAC_CASE_STREAM_CATEGORY, caseId), maracCaseDecider, victim.plan);
      cases.push(caseId);
      const score = criterion === 'visible-high-risk' ? between(14, 22) : between(4, 16);
      // The case's fields are drawn before the victim's registration (which draws nothing), in the order
      // they always were, so a seed still gives the history it gave before perpetrators were registered.
      const referral = {
        type: 'ReferCase' as const,
        caseId,
        maracId,
        partnershipId: PARTNERSHIP,
        referralDate,
        referringAgency: pick(MARAC_AGENCIES),
        criterion,
        victim: {
          personId,
          details: { fullName: `Victim ${seed} ${v}`, ...(chance(0.5) ? { phone: `07700 9${String(v).padStart(5, '0')}` } : {}) },
          profile: {
            sex: pick(['female', 'female', 'female', 'female', 'male', 'other', 'not-known'] as const),
            ageAtReferral: chance(0.9) ? between(16, 80) : null,
            ethnicity: pick(['black-asian-racially-minoritised', 'not-racially-minoritised', 'not-known'] as const),
            disabled: chance(0.1) ? null : chance(0.2),
            lgbtPlus: chance(0.2) ? null : chance(0.05),
            childrenInHousehold: chance(0.1) ? null : between(0, 4),
          },
        },
        perpetrators: Array.from({ length: chance(0.1) ? 2 : 1 }, (_, p) => ({
          personId: p === 0 ? firstPerpetrator : id('perpetrator', `${v}-${r}-${p}`),
          relationship: pick(['partner', 'ex-partner', 'parent', 'child', 'sibling', 'other-family-member', 'other'] as const),
          details: { fullName: `Perpetrator ${seed} ${v}-${p}` },
        })),
        dash: criterion === 'visible-high-risk' || chance(0.7) ? { answers: dash(score) } : null,
      };
      const [referred] = victim.run(
        {
          type: 'RegisterReferral',
          personId,
          caseId,
          maracId,
          referralDate,
          criterion,
          perpetratorPersonIds: referral.perpetrators.map((perpetrator) => perpetrator.personId),
          policeCallOutThreshold: DEFAULT_POLICE_CALLOUT_THRESHOLD,
          policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
        },
        referralDate,
      ) as VictimReferred[];
      onCase.run({ ...referral, isRepeat: referred.data.repeat, previousCaseId: referred.data.previousCaseId }, referralDate);
      if (chance(0.3))
        onCase.run(
          { type: 'RecordDashAssessment', caseId, assessedOn: addDays(referralDate, between(-3, 10)), answers: dash(between(8, 20)) },
          referralDate,
        );

      let day = referralDate;
      let actions = 0;
      const hear = () => {
        const meeting = nextMeeting(maracId, day);
        if (!meeting) return false;
        onCase.run({ type: 'ListCaseForMeeting', caseId, meetingId: meeting.meetingId, meetingDate: meeting.date }, day);
        day = meeting.date;
        onCase.run(
          {
            type: 'RecordCaseHeard',
            caseId,
            meetingId: meeting.meetingId,
            heardOn: meeting.date,
            meetingAgenciesPresent: MEETING_ATTENDANCE,
            agenciesPresent: agencies(),
          },
          day,
        );
        for (let a = between(1, 3); a > 0; a--) {
          const actionId = `action-${++actions}`;
          const dueDate = addDays(day, between(7, 60));
          onCase.run(
            {
              type: 'AddAgencyAction',
              caseId,
              actionId,
              meetingId: meeting.meetingId,
              agency: pick(MARAC_AGENCIES),
              description: `Safety action ${actions} for case ${v}`,
              dueDate,
            },
            day,
          );
          if (chance(0.65)) onCase.run({ type: 'CompleteAgencyAction', caseId, actionId, completedOn: addDays(day, between(3, 80)) }, day);
        }
        return true;
      };
      if (!chance(0.05) && hear()) {
        let incidents = 0;
        const incident = () => {
          const date = addDays(day, between(10, 90));
          if (date > addMonths(referralDate, 12)) return false;
          day = addDays(date, between(0, 5));
          onCase.run(
            {
              type: 'ReportFurtherIncident',
              caseId,
              incidentId: `incident-${++incidents}`,
              date,
              reportedOn: day,
              reportingAgency: pick(MARAC_AGENCIES),
              description: `Further incident ${incidents}`,
            },
            day,
          );
          return true;
        };
        if (chance(0.25) && incident() && chance(0.8)) hear();
        if (chance(0.5)) {
          day = addDays(day, between(20, 120));
          onCase.run(
            {
              type: 'CloseCase',
              caseId,
              closedOn: day,
              reason: pick(['risk-reduced', 'actions-completed', 'victim-moved-away', 'other'] as const),
              note: chance(0.3) ? 'Closed at review' : null,
            },
            day,
          );
          if (chance(0.1)) incident();
        }
      } else if (chance(0.5)) {
        onCase.run({ type: 'CloseCase', caseId, closedOn: addDays(day, 5), reason: 'referral-withdrawn' }, addDays(day, 5));
      }
    }
  }
  return { streams, events: total, cases, maracs };
}

/** A plan and the streams that follow it, in the order they are appended. */
const inOrder = (plan: StreamPlan): StreamPlan[] => [plan, ...plan.then.flatMap(inOrder)];

/** Writes the planned history through `codec` into `store`. */
export async function appendMaracHistory(store: EventStore, codec: EventCodec, options: MaracHistoryOptions): Promise<MaracHistory> {
  const { streams, events, cases, maracs } = planMaracHistory(options);
  let next = 0;
  const worker = async () => {
    while (next < streams.length) {
      for (const plan of inOrder(streams[next++])) {
        const encoded: EventToAppend[] = [];
        for (const command of plan.commands) encoded.push(...(await codec.encode(command.events, command.context)));
        await store.appendToStream(plan.name, encoded, { expectedRevision: 'no_stream' });
        if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return { events, streams: streams.flatMap(inOrder).length, cases, maracs };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A small seeded PRNG, so a history can be written twice identically. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
