import type { CommandBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { deriveId, type CommandContext } from '@app/event-store';
import {
  AdoptOffenderCommand,
  ChangeOffenderStatusCommand,
  DEFAULT_OFFENCE_CATEGORIES,
  ExitOffenderCommand,
  RecordOffenceCommand,
  RecordOffenceOutcomeCommand,
  RegisterCohortCommand,
  type ExitReason,
  type OffenceOutcome,
} from '@app/iom';
import { addDays, isAfter, isBefore } from '@app/periods';
import { RegisterPersonCommand } from '@app/people';
import { mulberry32 } from './demo-random.js';

export interface IomDemoStats {
  cohorts: { cohortId: string; area: string }[];
  members: number;
  offences: number;
  /** Offences dated on a day their member was on the cohort (what the measures count as reoffending). */
  offencesWhileOnCohort: number;
  exits: number;
}

const COHORT_NAMESPACE = '0f6b8e2a-4c1d-4b7e-9a35-2d8c6e1f7b40';
const MEMBERS_PER_COHORT = 24;

/** The cohorts the demo loads (one per area, so the per-area figures have two areas). */
export function iomDemoCohorts(partnershipId: string): { cohortId: string; area: string; name: string }[] {
  return ['North', 'South'].map((area) => ({
    cohortId: deriveId(COHORT_NAMESPACE, `${partnershipId}/${area}`),
    area,
    name: `Demo ${area} IOM cohort`,
  }));
}

type Step = { date: string; order: number; run: () => Promise<unknown> };

/**
 * A synthetic IOM history for the demo partnership: two cohorts (North and South areas) of 24 people each,
 * adopted between July 2023 and June 2024, with the offences of the year before each adoption (the
 * baseline) and the offending after it to the demo's today (two years of offending), some in custody for a
 * while (some adopted in custody and released later), exits, and outcomes (charges, convictions, cautions,
 * no further action) dated after their offences. Through the same command buses the API dispatches to, in
 * date order per member (the decider refuses status changes out of order); deterministic (seeded PRNG,
 * command ids from fixed keys).
 */
export async function loadIomDemo(
  commands: CommandBus,
  partnershipId: string,
  registrar: AuthenticatedUser,
  ctx: (key: string, date: string) => CommandContext,
  today: string,
): Promise<IomDemoStats> {
  const lead: AuthenticatedUser = { id: registrar.id, roles: ['iom-lead'], partnerships: [partnershipId] };
  const random = mulberry32(20230701);
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const categories = DEFAULT_OFFENCE_CATEGORIES.map((category) => category.code);
  const neighbourhood = DEFAULT_OFFENCE_CATEGORIES.filter((category) => category.neighbourhoodCrime).map((category) => category.code);
  const cohorts = iomDemoCohorts(partnershipId);
  const stats: IomDemoStats = { cohorts: [], members: 0, offences: 0, offencesWhileOnCohort: 0, exits: 0 };

  for (const cohort of cohorts) {
    await commands.execute(new RegisterCohortCommand(lead, ctx(`iom/${cohort.area}/cohort`, '2023-06-01'), { ...cohort, partnershipId }));
    stats.cohorts.push({ cohortId: cohort.cohortId, area: cohort.area });
    for (let n = 0; n < MEMBERS_PER_COHORT; n++) {
      const key = `iom/${cohort.area}/${n}`;
      const adoptedOn = addDays('2023-07-01', between(0, 365));
      const personId = (
        await commands.execute(
          new RegisterPersonCommand(registrar, ctx(`${key}/person`, adoptedOn), {
            partnershipId,
            identity: { fullName: `Demo Offender ${cohort.area} ${String(n + 1).padStart(4, '0')}` },
            newPerson: true,
          }),
        )
      ).personId;
      const member = { cohortId: cohort.cohortId, personId };
      const inCustodyOnAdoption = chance(0.15);
      await commands.execute(
        new AdoptOffenderCommand(lead, ctx(`${key}/adopt`, adoptedOn), {
          ...member,
          body: {
            adoptedOn,
            strand: pick(['Fixed', 'Fixed', 'Flex', 'Free']),
            leadAgency: pick(['Police', 'Probation']),
            leadOfficer: 'Demo IOM officer',
            selectionScore: between(20, 80),
            selectionReason: 'Demo: a series of neighbourhood crimes.',
            ...(inCustodyOnAdoption ? { status: 'in-custody' as const, custodyKind: 'sentenced' as const } : {}),
          },
        }),
      );
      stats.members++;

      const status = (stepKey: string, changedOn: string, to: 'in-custody' | 'in-community') =>
        commands.execute(
          new ChangeOffenderStatusCommand(lead, ctx(stepKey, changedOn), {
            ...member,
            body: { status: to, custodyKind: to === 'in-custody' ? 'sentenced' : null, changedOn },
          }),
        );
      const steps: Step[] = [];
      // Status spells and the exit, in date order after the adoption.
      let day = adoptedOn;
      if (inCustodyOnAdoption) {
        day = addDays(day, between(30, 150));
        const releasedOn = day;
        steps.push({ date: releasedOn, order: 0, run: () => status(`${key}/release`, releasedOn, 'in-community') });
      } else if (chance(0.3)) {
        day = addDays(day, between(30, 200));
        const from = day;
        steps.push({ date: from, order: 0, run: () => status(`${key}/custody`, from, 'in-custody') });
        day = addDays(day, between(20, 120));
        const releasedOn = day;
        steps.push({ date: releasedOn, order: 0, run: () => status(`${key}/custody-release`, releasedOn, 'in-community') });
      }
      let exitedOn: string | null = null;
      if (chance(0.3)) {
        const candidate = addDays(day, between(60, 400));
        if (isBefore(candidate, today)) {
          exitedOn = candidate;
          const reason: ExitReason = pick(['completed', 'deselected', 'moved-away']);
          const exitDay = candidate;
          steps.push({
            date: exitDay,
            order: 1,
            run: () =>
              commands.execute(
                new ExitOffenderCommand(lead, ctx(`${key}/exit`, exitDay), { ...member, body: { exitedOn: exitDay, reason } }),
              ),
          });
          stats.exits++;
        }
      }

      // Offending: the year before adoption (the baseline, recorded on adoption) and after it to today, at a lower rate.
      const offenceDates = [
        ...Array.from({ length: between(1, 6) }, () => addDays(adoptedOn, -between(1, 365))),
        ...Array.from({ length: between(0, 4) }, () => addDays(adoptedOn, between(0, 700))).filter((date) => isBefore(date, today)),
      ];
      for (const [i, offenceDate] of offenceDates.entries()) {
        const offenceId = deriveId(COHORT_NAMESPACE, `${key}/offence/${i}`);
        const recordedOn = isAfter(offenceDate, adoptedOn) ? offenceDate : adoptedOn;
        const category = chance(0.6) ? pick(neighbourhood) : pick(categories);
        steps.push({
          date: recordedOn,
          order: 2,
          run: () =>
            commands.execute(
              new RecordOffenceCommand(lead, ctx(`${key}/offence/${i}`, recordedOn), {
                ...member,
                body: { offenceId, offenceDate, category },
              }),
            ),
        });
        stats.offences++;
        if (!isBefore(offenceDate, adoptedOn) && (exitedOn === null || isBefore(offenceDate, exitedOn))) stats.offencesWhileOnCohort++;
        const outcome: OffenceOutcome = pick(['convicted', 'convicted', 'cautioned', 'charged', 'no-further-action']);
        const outcomeDate = addDays(offenceDate, between(14, 300));
        if (!isBefore(outcomeDate, today) || !isAfter(outcomeDate, recordedOn)) continue;
        steps.push({
          date: outcomeDate,
          order: 3,
          run: () =>
            commands.execute(
              new RecordOffenceOutcomeCommand(lead, ctx(`${key}/offence/${i}/outcome`, outcomeDate), {
                ...member,
                body: { offenceId, outcome, outcomeDate },
              }),
            ),
        });
      }
      steps.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
      for (const step of steps) if (isBefore(step.date, today)) await step.run();
    }
  }
  return stats;
}
