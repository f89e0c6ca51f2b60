import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { ListAlertsQuery, type AlertKind } from '@app/alerts';
import { ReceiveApplicationCommand } from '@app/case-review';
import type { CommandContext } from '@app/event-store';
import { AddAgencyActionCommand, ReferCaseCommand, type DashAnswer } from '@app/marac';
import { addDays, addWorkingDays } from '@app/periods';
import { RegisterPersonCommand } from '@app/people';
import { ReferVictimCommand, RegisterServiceCommand } from '@app/victim-services';

export const DEMO_ASB_SERVICE = 'demo-asb-support';

/** The alerts the demo's live cases raise, one of each kind, and who sees them (the role to give the token). */
export const DEMO_ALERT_KINDS: readonly { kind: AlertKind; role: 'coordinator' | 'asb-caseworker' }[] = [
  { kind: 'marac-action-overdue', role: 'coordinator' },
  { kind: 'marac-victim-in-other-service', role: 'coordinator' },
  { kind: 'case-review-stage-due-soon', role: 'asb-caseworker' },
];

/**
 * The demo's live cases, dated from the day the loader runs (the rest of the demo is history, whose alerts
 * are long overdue): a MARAC case referred five weeks ago with an action due a fortnight ago and not done;
 * its victim referred to the ASB victim service three days ago, which the MARAC coordinators are told of;
 * and an ASB Case Review application whose acknowledgement is due in one working day. The commands' ids
 * come from fixed keys, so loading again (on any day) adds nothing. Names are as synthetic as the rest.
 */
export async function loadAlertsDemo(
  commands: CommandBus,
  partnershipId: string,
  caller: AuthenticatedUser,
  ctx: (key: string, date: string) => CommandContext,
  { maracId, today }: { maracId: string; today: string },
): Promise<void> {
  const caseworker: AuthenticatedUser = { id: caller.id, roles: ['asb-caseworker', 'admin'], partnerships: [partnershipId] };
  const referralDate = addDays(today, -35);
  const register = async (fullName: string, key: string) =>
    (
      await commands.execute(
        new RegisterPersonCommand(caller, ctx(`alerts/person/${key}`, referralDate), {
          partnershipId,
          identity: { fullName },
          newPerson: true,
        }),
      )
    ).personId;
  const victim = await register('Demo Victim A001', 'victim');
  const perpetrator = await register('Demo Perpetrator A001', 'perpetrator');
  const answers: DashAnswer[] = Array.from({ length: 24 }, (_, i) => (i < 16 ? 'yes' : 'no'));
  const { caseId } = await commands.execute(
    new ReferCaseCommand(caller, ctx('alerts/referral', referralDate), {
      partnershipId,
      maracId,
      referralDate,
      referringAgency: 'police',
      criterion: 'visible-high-risk',
      victim: {
        personId: victim,
        profile: {
          sex: 'female',
          ageAtReferral: 31,
          ethnicity: 'not-known',
          disabled: null,
          lgbtPlus: null,
          childrenInHousehold: 1,
        },
      },
      perpetrators: [{ personId: perpetrator, relationship: 'ex-partner' }],
      dash: { answers },
    }),
  );
  await commands.execute(
    new AddAgencyActionCommand(caller, ctx('alerts/action', addDays(referralDate, 7)), {
      caseId,
      actionId: 'live-action-0',
      agency: 'housing',
      description: 'Demo action: fit a door alarm',
      dueDate: addDays(today, -14),
    }),
  );

  await commands.execute(
    new RegisterServiceCommand(caseworker, ctx('alerts/asb-service', referralDate), {
      serviceId: DEMO_ASB_SERVICE,
      partnershipId,
      name: 'Demo ASB Victim Support',
      provider: 'Demo Victim Support',
      kind: 'asb-support',
    }),
  );
  const referredToAsb = addDays(today, -3);
  await commands.execute(
    new ReferVictimCommand(caseworker, ctx('alerts/asb-referral', referredToAsb), {
      serviceId: DEMO_ASB_SERVICE,
      personId: victim,
      referralDate: referredToAsb,
      referringPartner: 'police',
      asbCategory: 'personal',
      behaviourTypes: ['harassment'],
      location: 'Demo estate',
      perpetratorPersonIds: [],
    }),
  );

  // Acknowledgement is due ten working days after receipt: received nine working days ago, it is due tomorrow.
  const receivedOn = addWorkingDays(today, -9);
  const applicant = await register('Demo Applicant A001', 'applicant');
  const complainedOn = addDays(receivedOn, -20);
  await commands.execute(
    new ReceiveApplicationCommand(caseworker, ctx('alerts/case-review', receivedOn), {
      partnershipId,
      receivedOn,
      channel: 'online-form',
      applicantPersonId: applicant,
      victimPersonId: applicant,
      victimConsentRecorded: false,
      behaviourTypes: ['noise'],
      description: 'Demo: loud music most nights.',
      complaints: [{ madeOn: complainedOn, body: 'council', bodyName: null, behaviourDates: [complainedOn], reference: null }],
      alsoNotified: [],
    }),
  );
}

/** How many open alerts of each demo kind a user with its role sees (what the demo prints). */
export async function countDemoAlerts(queries: QueryBus, partnershipId: string): Promise<Map<AlertKind, number>> {
  const counts = new Map<AlertKind, number>();
  for (const { kind, role } of DEMO_ALERT_KINDS) {
    const viewer: AuthenticatedUser = { id: `demo-${role}`, roles: [role], partnerships: [partnershipId] };
    const page = await queries.execute(
      new ListAlertsQuery(viewer, { scope: 'mine', kinds: [kind], state: 'open', partnershipId, page: 1, pageSize: 1 }),
    );
    counts.set(kind, page.total);
  }
  return counts;
}
