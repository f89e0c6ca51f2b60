import type { CommandBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { addDays, isAfter } from '@app/periods';
import { RegisterPersonCommand } from '@app/people';
import {
  DEFAULT_BEHAVIOUR_TYPES,
  DEFAULT_NEEDS,
  DEFAULT_OUTCOME_DOMAINS,
  DEFAULT_REFERRING_PARTNERS,
  DEFAULT_RISK_QUESTIONNAIRE,
  ReferVictimCommand,
  RegisterServiceCommand,
  SetServiceAimsCommand,
  VsCaseCommand,
  type VsCaseCommandInput,
} from '@app/victim-services';
import type { CommandContext } from '@app/event-store';

export const DEMO_ASB_SERVICE = 'demo-asb-support';

export interface VictimServicesDemoStats {
  cases: number;
  reReferrals: number;
  closures: number;
  notices: number;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A synthetic year of ASB support casework for the demo partnership (FY 2024-25): referrals (some
 * self-referrals, some victims referred again), risk and needs assessments, Outcome Star scores at entry and
 * exit, support contacts, further reports (some making a Case Review notice due, and the notice given),
 * closures with exit surveys (some declined), and the year's aims: every table of the service has data.
 * Through the same commands as the API; deterministic (its own seeded PRNG, command ids from fixed keys).
 */
export async function loadVictimServicesDemo(
  commands: CommandBus,
  partnershipId: string,
  registrar: AuthenticatedUser,
  ctx: (key: string, date: string) => CommandContext,
  today: string,
): Promise<VictimServicesDemoStats> {
  const caseworker: AuthenticatedUser = { id: registrar.id, roles: ['asb-caseworker'], partnerships: [partnershipId] };
  const admin: AuthenticatedUser = { id: registrar.id, roles: ['admin'], partnerships: [partnershipId] };
  const random = mulberry32(20240402);
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const happened = (date: string) => !isAfter(date, today);
  const stats: VictimServicesDemoStats = { cases: 0, reReferrals: 0, closures: 0, notices: 0 };

  await commands.execute(
    new RegisterServiceCommand(admin, ctx('vs/service', '2024-04-01'), {
      serviceId: DEMO_ASB_SERVICE,
      partnershipId,
      name: 'Demo ASB Support Service',
      provider: 'Demo Victim Support',
      kind: 'asb-support',
    }),
  );
  await commands.execute(
    new SetServiceAimsCommand(admin, ctx('vs/aims', '2024-04-01'), {
      serviceId: DEMO_ASB_SERVICE,
      financialYear: '2024-25',
      aims: { needs_assessments_completed: 60, victims_supported: 60, cases_closed: 40, pct_needs_met: 85, pct_high_risk_reduced_risk: 85 },
    }),
  );

  const victims: string[] = [];
  const referralDates = Array.from({ length: 64 }, () => addDays('2024-04-01', between(0, 340))).sort();
  for (const [n, referralDate] of referralDates.entries()) {
    const key = `vs/case/${n}`;
    const onCase = (caseId: string, what: string, date: string, command: VsCaseCommandInput) =>
      commands.execute(new VsCaseCommand(caseworker, ctx(`${key}/${what}`, date), { caseId, command }));
    const again = victims.length > 10 && chance(0.12);
    const personId = again
      ? pick(victims)
      : (
          await commands.execute(
            new RegisterPersonCommand(registrar, ctx(`${key}/person`, referralDate), {
              partnershipId,
              identity: { fullName: `Demo ASB Victim ${String(n + 1).padStart(4, '0')}` },
              newPerson: true,
            }),
          )
        ).personId;
    if (again) stats.reReferrals++;
    else victims.push(personId);
    const { caseId } = await commands.execute(
      new ReferVictimCommand(caseworker, ctx(`${key}/refer`, referralDate), {
        serviceId: DEMO_ASB_SERVICE,
        personId,
        referralDate,
        referringPartner: chance(0.15) ? null : pick(DEFAULT_REFERRING_PARTNERS),
        asbCategory: pick(['personal', 'nuisance', 'environmental'] as const),
        behaviourTypes: [pick(DEFAULT_BEHAVIOUR_TYPES)],
        location: `Demo Street ${n + 1}`,
        perpetratorPersonIds: [],
      }),
    );
    stats.cases++;
    const assessedOn = addDays(referralDate, 1);
    if (!happened(assessedOn)) continue;
    const yesShare = pick([0.2, 0.5, 0.8]);
    await onCase(caseId, 'risk', assessedOn, {
      type: 'AssessRisk',
      assessedOn,
      answers: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => (chance(yesShare) ? 'yes' : 'no')),
    });
    const needs = [...new Set([pick(DEFAULT_NEEDS), pick(DEFAULT_NEEDS)])];
    await onCase(caseId, 'needs', assessedOn, { type: 'AssessNeeds', assessedOn, needs });
    const domains = [...new Set([pick(DEFAULT_OUTCOME_DOMAINS), pick(DEFAULT_OUTCOME_DOMAINS), 'safety'])];
    const entry = Object.fromEntries(domains.map((d) => [d, between(2, 5)]));
    await onCase(caseId, 'entry-scores', assessedOn, { type: 'RecordOutcomeScores', assessedOn, stage: 'entry', scores: entry });
    for (let k = 0; k < between(2, 4); k++) {
      const date = addDays(referralDate, 2 + 7 * k);
      if (!happened(date)) break;
      const kind = pick(['call-attempted', 'call-contact-achieved', 'home-visit', 'joint-visit', 'outreach-appointment'] as const);
      await onCase(caseId, `contact/${k}`, date, {
        type: 'RecordSupportContact',
        date,
        kind,
        agency: kind === 'joint-visit' ? 'police' : undefined,
      });
    }
    if (chance(0.3)) {
      const reportedOn = addDays(referralDate, between(20, 50));
      if (happened(addDays(reportedOn, 1))) {
        await onCase(caseId, 'further-report', reportedOn, { type: 'ReportFurtherIncident', reportedOn });
        if (chance(0.8)) {
          const toldOn = addDays(reportedOn, 1);
          await onCase(caseId, 'notice', toldOn, {
            type: 'RecordCaseReviewNotice',
            toldOn,
            method: pick(['letter', 'phone', 'in-person'] as const),
          });
          stats.notices++;
        }
      }
    }
    const closedOn = addDays(referralDate, between(60, 130));
    if (!chance(0.75) || !happened(closedOn)) continue;
    const exit = Object.fromEntries(domains.map((d) => [d, Math.min(10, Math.max(1, entry[d] + between(-1, 4)))]));
    await onCase(caseId, 'exit-scores', closedOn, { type: 'RecordOutcomeScores', assessedOn: closedOn, stage: 'exit', scores: exit });
    await onCase(caseId, 'close', closedOn, {
      type: 'CloseVictimCase',
      closedOn,
      reason: pick(['planned-exit', 'planned-exit', 'disengaged', 'referred-on'] as const),
      needOutcomes: needs.map((need) => ({ need, outcome: pick(['met', 'met', 'partly-met', 'not-met'] as const) })),
    });
    stats.closures++;
    const answer = () => pick(['yes', 'yes', 'yes', 'no', 'dont-know'] as const);
    await onCase(caseId, 'survey', closedOn, {
      type: 'RecordExitSurvey',
      on: closedOn,
      answers: chance(0.1)
        ? null
        : {
            needsMet: answer(),
            improvedWellbeing: answer(),
            satisfiedWithService: answer(),
            satisfiedWithPoliceOrCouncil: answer(),
            reducedRisk: answer(),
          },
    });
  }
  return stats;
}
