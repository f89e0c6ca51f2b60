import type { CommandBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import {
  AcknowledgeApplicationCommand,
  DecideEscalationCommand,
  DecideThresholdCommand,
  assessThreshold,
  DEFAULT_CASE_REVIEW_SETTINGS,
  ReceiveApplicationCommand,
  RecordRecommendationOutcomeCommand,
  RecordReviewCommand,
  RequestEscalationCommand,
  SendOutcomeCommand,
  type BehaviourType,
  type Complaint,
} from '@app/case-review';
import type { CommandContext } from '@app/event-store';
import { addDays, addWorkingDays, isBefore } from '@app/periods';
import { RegisterPersonCommand } from '@app/people';
import { mulberry32 } from './demo-random.js';

export interface CaseReviewDemoStats {
  applications: number;
  reviews: number;
  escalations: number;
}

/**
 * A synthetic year of ASB Case Review applications for the demo partnership (FY 2024-25 and into the next):
 * complaints that meet the threshold or not (some too late after the behaviour, some too old), hate
 * incidents, discretionary reviews, reviews with recommendations completed or not, escalations, and a few
 * stages done late or still open. Deterministic (its own seeded PRNG, command ids from fixed keys).
 */
export async function loadCaseReviewDemo(
  commands: CommandBus,
  partnershipId: string,
  registrar: AuthenticatedUser,
  ctx: (key: string, date: string) => CommandContext,
  today: string,
): Promise<CaseReviewDemoStats> {
  const spoc: AuthenticatedUser = { id: registrar.id, roles: ['asb-caseworker'], partnerships: [partnershipId] };
  const random = mulberry32(20240401);
  const chance = (p: number) => random() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const bodies = ['council', 'police', 'housing-provider'] as const;
  const stats: CaseReviewDemoStats = { applications: 0, reviews: 0, escalations: 0 };
  const receivedDates = Array.from({ length: 40 }, () => addDays('2024-04-02', between(0, 420))).sort();

  for (const [n, receivedOn] of receivedDates.entries()) {
    const key = `case-review/${n}`;
    const when = (date: string) => (isBefore(date, today) ? date : null);
    const victim = (
      await commands.execute(
        new RegisterPersonCommand(registrar, ctx(`${key}/person`, receivedOn), {
          partnershipId,
          identity: { fullName: `Demo Applicant ${String(n + 1).padStart(4, '0')}` },
          newPerson: true,
        }),
      )
    ).personId;
    const hate = chance(0.15);
    const behaviourTypes: BehaviourType[] = hate ? ['hate-incident'] : [pick(['noise', 'harassment', 'criminal-damage', 'drugs'] as const)];
    const complaints: Complaint[] = Array.from({ length: hate ? between(1, 2) : between(1, 5) }, () => {
      const madeOn = addDays(receivedOn, -between(5, 230));
      const behaviourOn = addDays(madeOn, -between(0, chance(0.15) ? 45 : 20));
      const body = pick(bodies);
      return { madeOn, body, bodyName: body === 'housing-provider' ? 'Demo Homes' : null, behaviourDates: [behaviourOn], reference: null };
    });
    const { applicationId } = await commands.execute(
      new ReceiveApplicationCommand(spoc, ctx(`${key}/receive`, receivedOn), {
        partnershipId,
        receivedOn,
        channel: pick(['online-form', 'phone', 'letter', 'email', 'in-person', 'third-party'] as const),
        applicantPersonId: victim,
        victimPersonId: victim,
        victimConsentRecorded: false,
        behaviourTypes,
        description: 'Demo: persistent anti-social behaviour near the applicant’s home.',
        complaints,
        alsoNotified: [
          { body: 'council', bodyName: null },
          { body: 'police', bodyName: null },
          { body: 'icb', bodyName: null },
        ],
      }),
    );
    stats.applications++;
    const on = (stage: string, date: string | null) => (date === null ? null : { context: ctx(`${key}/${stage}`, date), date });

    const ack = on('ack', when(addWorkingDays(receivedOn, between(2, chance(0.1) ? 14 : 9))));
    if (!ack) continue;
    await commands.execute(new AcknowledgeApplicationCommand(spoc, ack.context, { applicationId, acknowledgedOn: ack.date }));
    const decision = on('decide', when(addWorkingDays(ack.date, between(3, chance(0.1) ? 18 : 14))));
    if (!decision) continue;
    // The demo partnership runs the default procedure: the loader knows the decision the handler will compute.
    const met = assessThreshold(complaints, receivedOn, behaviourTypes, DEFAULT_CASE_REVIEW_SETTINGS).met;
    const discretionary = !met && chance(0.3) ? { review: true, reason: 'Demo: persistent behaviour and harm to the victim.' } : null;
    const refusal = !met && !discretionary ? { review: false, reason: 'Demo: the response so far was adequate.' } : null;
    await commands.execute(
      new DecideThresholdCommand(spoc, decision.context, {
        applicationId,
        decidedOn: decision.date,
        discretionaryReview: discretionary ?? refusal,
      }),
    );
    let outcomeFrom = decision.date;
    if (met || discretionary) {
      const review = on('review', when(addWorkingDays(decision.date, between(8, chance(0.15) ? 26 : 19))));
      if (!review) continue;
      const recommendations = chance(0.7)
        ? Array.from({ length: between(1, 3) }, (_, r) => ({
            recommendationId: `rec-${r + 1}`,
            body: pick(bodies),
            bodyName: null as string | null,
            action: 'Demo: named officer and a fortnightly update to the victim.',
            dueOn: addDays(review.date, between(20, 90)),
          })).map((rec) => (rec.body === 'housing-provider' ? { ...rec, bodyName: 'Demo Homes' } : rec))
        : [];
      await commands.execute(
        new RecordReviewCommand(spoc, review.context, {
          applicationId,
          heldOn: review.date,
          bodiesPresent: [
            { body: 'council', bodyName: null },
            { body: 'police', bodyName: null },
          ],
          chair: pick(['Independent chair', 'Community safety manager', 'Neighbouring council ASB lead']),
          chairIndependent: chance(0.6),
          victimConsulted: chance(0.8),
          recommendations,
        }),
      );
      stats.reviews++;
      for (const recommendation of recommendations) {
        const recorded = on(`rec/${recommendation.recommendationId}`, when(addDays(recommendation.dueOn, between(-15, 10))));
        if (!recorded || chance(0.2)) continue;
        await commands.execute(
          new RecordRecommendationOutcomeCommand(spoc, recorded.context, {
            applicationId,
            recommendationId: recommendation.recommendationId,
            recordedOn: recorded.date,
            completed: chance(0.8),
          }),
        );
      }
      outcomeFrom = review.date;
    }
    const outcome = on('outcome', when(addWorkingDays(outcomeFrom, between(1, chance(0.1) ? 8 : 5))));
    if (!outcome) continue;
    await commands.execute(
      new SendOutcomeCommand(spoc, outcome.context, { applicationId, sentOn: outcome.date, channel: pick(['letter', 'email'] as const) }),
    );
    if (!met && !discretionary && chance(0.4)) {
      const requested = on('escalate', when(addDays(outcome.date, between(3, 20))));
      if (!requested) continue;
      await commands.execute(
        new RequestEscalationCommand(spoc, requested.context, {
          applicationId,
          requestedOn: requested.date,
          grounds: ['threshold-wrongly-refused'],
        }),
      );
      stats.escalations++;
      const answered = on('escalation-decision', when(addWorkingDays(requested.date, between(5, 15))));
      if (!answered) continue;
      await commands.execute(
        new DecideEscalationCommand(spoc, answered.context, {
          applicationId,
          decidedOn: answered.date,
          outcome: chance(0.4) ? 'overturned' : 'upheld',
        }),
      );
    }
  }
  return stats;
}
