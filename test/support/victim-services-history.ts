import { v5 as uuidv5 } from 'uuid';
import type { Decider, DomainEvent } from '@app/domain';
import { streamName, type CommandContext, type EventCodec, type EventStore, type EventToAppend } from '@app/event-store';
import { addDays, type IsoDate } from '@app/periods';
import { PERSON_MERGES_STREAM_CATEGORY, personMergesDecider } from '@app/people';
import {
  caseListsIn,
  CLOSURE_REASONS,
  DEFAULT_RISK_QUESTIONNAIRE,
  DEFAULT_VICTIM_SERVICES_SETTINGS,
  furtherReportRulesIn,
  SERVICE_KINDS,
  VICTIM_SERVICE_STREAM_CATEGORY,
  victimServiceDecider,
  VS_CASE_STREAM_CATEGORY,
  vsCaseDecider,
  type ContactKind,
  type VsCaseState,
} from '@app/victim-services';
import { mulberry32 } from './marac-history.js';

/**
 * A victim-services history for the rebuild benchmark (a log mixed with MARAC's): services of two
 * partnerships with their aims, and victims' cases referred, risk- and needs-assessed, contacted, scored,
 * given further reports (some a second report within 6 months, with the Case Review notice recorded), most
 * closed with an exit survey (some declined). Some victims are referred again, to the same or another service,
 * and some of those under a duplicate person record that the partnership's merge ledger later merges.
 *
 * The fast path: every event comes out of the real deciders in memory (no command bus, no read before each
 * append), is encoded by the given codec (the app's: personal data encrypted per subject) and appended one
 * stream per call by several writers, so a case of ten commands costs one append.
 */
export interface VictimServicesHistoryOptions {
  seed: string;
  /** Generates cases until at least this many events. */
  events: number;
  concurrency?: number;
}

export interface VictimServicesHistory {
  events: number;
  streams: number;
  cases: number;
  reports: number;
  merges: number;
}

interface StreamPlan {
  name: string;
  events: EventToAppendLater[];
}
interface EventToAppendLater {
  events: DomainEvent[];
  context: CommandContext;
}

const NAMESPACE = '0b8e0a1c-8c2f-4d55-9a51-2f1c7e4d9b11';
const PARTNERSHIPS = ['csp-vs-history-north', 'csp-vs-history-south'];
const FIRST_REFERRAL: IsoDate = '2021-04-01';
const REFERRAL_DAYS = 4 * 365;
const HISTORY_TODAY: IsoDate = '2027-12-31';
const SERVICES_PER_PARTNERSHIP = 3;
const YEARS = ['2021-22', '2022-23', '2023-24', '2024-25', '2025-26'];

type WithoutToday<C> = C extends unknown ? Omit<C, 'today'> : never;

export function planVictimServicesHistory({ seed, events: target }: VictimServicesHistoryOptions) {
  const random = mulberry32(hashOf(seed));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const id = (kind: string, n: number | string) => uuidv5(`${seed}/${kind}/${n}`, NAMESPACE);
  const settings = DEFAULT_VICTIM_SERVICES_SETTINGS;
  const lists = caseListsIn(settings);
  const rules = furtherReportRulesIn(settings);
  let commandNo = 0;
  let total = 0;
  let reports = 0;
  const streams: StreamPlan[] = [];

  const stream = <C, S, E extends DomainEvent>(name: string, decider: Decider<C, S, E>, partnershipId: string) => {
    const plan: StreamPlan = { name, events: [] };
    streams.push(plan);
    let state = decider.initialState();
    return {
      state: () => state,
      run(command: WithoutToday<C>, on: IsoDate): E[] {
        const events = decider.decide({ ...command, today: HISTORY_TODAY } as C, state);
        state = events.reduce(decider.evolve, state);
        const commandId = id('command', ++commandNo);
        plan.events.push({
          events,
          context: {
            commandId,
            correlationId: commandId,
            causationId: commandId,
            actor: `asb-caseworker-${between(1, 9)}`,
            occurredAt: `${on}T10:15:00.000Z`,
            partnershipId,
          },
        });
        total += events.length;
        return events;
      },
    };
  };

  const services: { serviceId: string; partnershipId: string }[] = [];
  for (const partnershipId of PARTNERSHIPS)
    for (let s = 0; s < SERVICES_PER_PARTNERSHIP; s++) {
      const serviceId = `vs-${seed}-${partnershipId}-${s}`;
      services.push({ serviceId, partnershipId });
      const service = stream(streamName(VICTIM_SERVICE_STREAM_CATEGORY, serviceId), victimServiceDecider, partnershipId);
      service.run(
        { type: 'RegisterVictimService', serviceId, partnershipId, name: `Service ${s}`, provider: 'Provider', kind: SERVICE_KINDS[s % 3] },
        FIRST_REFERRAL,
      );
      for (const financialYear of YEARS)
        service.run(
          { type: 'SetServiceAims', financialYear, aims: { new_referrals: between(40, 120), cases_closed: between(30, 90) } },
          FIRST_REFERRAL,
        );
    }

  const merges: { partnershipId: string; personId: string; intoPersonId: string }[] = [];
  let cases = 0;
  for (let v = 0; total < target; v++) {
    const home = pick(services);
    const personId = id('victim', v);
    const referrals = chance(0.25) ? 2 : 1;
    let referralDate = addDays(FIRST_REFERRAL, between(0, REFERRAL_DAYS));
    for (let r = 0; r < referrals; r++) {
      const service = r === 0 || chance(0.5) ? home : pick(services.filter((s) => s.partnershipId === home.partnershipId));
      if (r === 1) referralDate = addDays(referralDate, chance(0.5) ? between(30, 180) : between(200, 500));
      // Some second referrals are recorded under a duplicate record of the victim, merged later.
      const duplicate = r === 1 && chance(0.2);
      const victimId = duplicate ? id('duplicate', v) : personId;
      if (duplicate) merges.push({ partnershipId: home.partnershipId, personId: victimId, intoPersonId: personId });
      const caseId = id('case', `${v}-${r}`);
      cases++;
      reports++;
      const onCase = stream(streamName(VS_CASE_STREAM_CATEGORY, caseId), vsCaseDecider, service.partnershipId);
      onCase.run(
        {
          type: 'ReferVictim',
          caseId,
          serviceId: service.serviceId,
          partnershipId: service.partnershipId,
          personId: victimId,
          referralDate,
          referringPartner: chance(0.1) ? null : pick(lists.referringPartners),
          asbCategory: pick(['personal', 'nuisance', 'environmental'] as const),
          behaviourTypes: [pick(lists.behaviourTypes)],
          perpetratorPersonIds: chance(0.5) ? [id('perpetrator', `${v}-${r}`)] : [],
          location: `${between(1, 200)} Synthetic Road`,
          lists,
        },
        referralDate,
      );
      let day = addDays(referralDate, between(0, 5));
      const answers = DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => (chance(0.45) ? ('yes' as const) : ('no' as const)));
      onCase.run({ type: 'AssessRisk', assessedOn: day, questionnaire: DEFAULT_RISK_QUESTIONNAIRE, answers }, day);
      const needs = [...new Set([pick(lists.needs), pick(lists.needs)])];
      onCase.run({ type: 'AssessNeeds', assessedOn: day, needs, lists }, day);
      const domains = lists.outcomeDomains.slice(0, between(3, lists.outcomeDomains.length));
      const scores = () => Object.fromEntries(domains.map((d) => [d, between(1, 10)]));
      onCase.run({ type: 'RecordOutcomeScores', assessedOn: day, stage: 'entry', scores: scores(), lists }, day);
      for (let c = between(2, 6); c > 0; c--) {
        day = addDays(day, between(1, 20));
        const kind = pick(['call-attempted', 'call-contact-achieved', 'home-visit', 'outreach-appointment'] as ContactKind[]);
        onCase.run({ type: 'RecordSupportContact', contactId: `contact-${c}`, date: day, kind, by: 'caseworker' }, day);
      }
      if (chance(0.3)) {
        day = addDays(day, between(5, 90));
        reports++;
        onCase.run({ type: 'ReportFurtherIncident', reportId: 'report-1', reportedOn: day, rules }, day);
        const state: VsCaseState = onCase.state();
        if (state.status !== 'not-referred' && state.caseReviewNoticeDue && chance(0.8))
          onCase.run({ type: 'RecordCaseReviewNotice', toldOn: day, method: pick(['phone', 'letter', 'in-person'] as const) }, day);
      }
      if (chance(0.8)) {
        day = addDays(day, between(10, 120));
        onCase.run(
          {
            type: 'CloseVictimCase',
            closedOn: day,
            reason: pick(CLOSURE_REASONS),
            needOutcomes: needs.map((need) => ({ need, outcome: pick(['met', 'partly-met', 'not-met'] as const) })),
          },
          day,
        );
        onCase.run({ type: 'RecordOutcomeScores', assessedOn: day, stage: 'exit', scores: scores(), lists }, day);
        if (chance(0.8)) {
          const answer = () => pick(['yes', 'yes', 'no', 'dont-know'] as const);
          onCase.run(
            {
              type: 'RecordExitSurvey',
              on: day,
              answers: chance(0.15)
                ? null
                : {
                    needsMet: answer(),
                    improvedWellbeing: answer(),
                    satisfiedWithService: answer(),
                    satisfiedWithPoliceOrCouncil: answer(),
                    reducedRisk: answer(),
                  },
            },
            day,
          );
        }
      }
    }
  }

  // Each partnership's merge ledger (one stream), decided by the people context's decider.
  for (const partnershipId of PARTNERSHIPS) {
    const ledger = stream(streamName(PERSON_MERGES_STREAM_CATEGORY, partnershipId), personMergesDecider, partnershipId);
    for (const merge of merges.filter((m) => m.partnershipId === partnershipId))
      ledger.run({ type: 'MergePerson', ...merge, reason: 'Found to be the same person', by: 'asb-caseworker-1' }, HISTORY_TODAY);
  }
  return { streams, events: total, cases, reports, merges: merges.length };
}

/** Writes the planned history through `codec` into `store`, `concurrency` streams at a time. */
export async function appendVictimServicesHistory(
  store: EventStore,
  codec: EventCodec,
  options: VictimServicesHistoryOptions,
): Promise<VictimServicesHistory> {
  const { streams, events, cases, reports, merges } = planVictimServicesHistory(options);
  let next = 0;
  const worker = async () => {
    while (next < streams.length) {
      const plan = streams[next++];
      if (plan.events.length === 0) continue;
      const encoded: EventToAppend[] = [];
      for (const command of plan.events) encoded.push(...(await codec.encode(command.events, command.context)));
      await store.appendToStream(plan.name, encoded, { expectedRevision: 'no_stream' });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
  return { events, streams: streams.filter((s) => s.events.length > 0).length, cases, reports, merges };
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
