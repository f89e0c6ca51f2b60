import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { boundedContexts } from '@app/contexts';
import { Deadlines, ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { loadConfig, resolveDatabase } from '@app/platform';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { addDays, isBefore, todayInLondon } from '@app/periods';
import { IllegalStateError } from '@app/domain';
import {
  AddAgencyActionCommand,
  CloseCaseCommand,
  CompleteAgencyActionCommand,
  GetQuarterlyRepeatRatesQuery,
  ChangePartnershipSettingsCommand,
  ListCaseForMeetingCommand,
  RecordCaseHeardCommand,
  RecordPoliceCallOutCommand,
  ReferCaseCommand,
  RegisterMaracCommand,
  ReportFurtherIncidentCommand,
  ScheduleMeetingCommand,
  type DashAnswer,
  type MaracAgency,
  type ReferralCriterion,
} from '@app/marac';
import { RegisterPersonCommand } from '@app/people';
import { AppModule } from '../../api/src/app.module.js';
import { DEMO_CALLER, DEMO_MARACS, DEMO_PARTNERSHIP, demoContext } from './demo-ids.js';
import { loadCaseReviewDemo } from './demo-case-review.js';
import { loadIomDemo } from './demo-iom.js';
import { mulberry32 } from './demo-random.js';
import { DEMO_ASB_SERVICE, loadVictimServicesDemo } from './demo-victim-services.js';
import { loadSharingDemo } from './demo-sharing.js';
import { countDemoAlerts, DEMO_ALERT_KINDS, loadAlertsDemo } from './demo-alerts.js';

/**
 * `npm run demo`: loads a clearly synthetic partnership ("Demo Victim 0001", ...) with three MARACs,
 * fifteen months of fortnightly meetings and about 300 referrals with DASH checklists, hearings, agency
 * actions, further incidents (some cases become repeats) and closures, through the same command and
 * query buses (and handlers) the API dispatches to. Deterministic (seeded PRNG, command ids derived from fixed keys): running it twice adds
 * nothing the second time. Uses the embedded database or DATABASE_URL, like `npm start`.
 */
const PARTNERSHIP = DEMO_PARTNERSHIP;
const MARACS = DEMO_MARACS;
const FIRST_MEETING = '2024-04-04';
const MEETINGS_PER_MARAC = 33; // fortnightly to late June 2025
const DEMO_TODAY = '2025-07-01';
const REFERRALS = 300;
const random = mulberry32(20250701);
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const pad = (n: number) => String(n).padStart(4, '0');

const ctx = demoContext;

function dash(yes: number): DashAnswer[] {
  return Array.from({ length: 24 }, (_, i) => (i < yes ? 'yes' : chance(0.15) ? 'not-known' : 'no'));
}

async function main(): Promise<void> {
  const config = { ...loadConfig(), runProjections: true, logLevel: 'warn' };
  const database = await resolveDatabase(config);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: database.url, contexts: boundedContexts, http: true }),
    { logger: ['error', 'warn'] },
  );
  const commands = app.get(CommandBus);
  const queries = app.get(QueryBus);
  try {
    const started = Date.now();
    await commands.execute(
      new ChangePartnershipSettingsCommand(DEMO_CALLER, ctx('settings', FIRST_MEETING), {
        partnershipId: PARTNERSHIP,
        effectiveFrom: FIRST_MEETING,
        changes: { repeatBandLow: 0.28, repeatBandHigh: 0.4, adultFemalePopulation: 52_000, policeCallOutThreshold: 3 },
      }),
    );
    // A MARAC exists once registered: before any meeting or referral names it.
    for (const maracId of MARACS) {
      const name = `Demo MARAC ${maracId.slice('demo-marac-'.length)}`;
      await commands
        .execute(
          new RegisterMaracCommand(DEMO_CALLER, ctx(`marac/${maracId}`, FIRST_MEETING), { maracId, partnershipId: PARTNERSHIP, name }),
        )
        .catch((error: unknown) => {
          // A database the demo loaded before the registry existed: the start-up upgrade registered it already.
          if (!(error instanceof IllegalStateError)) throw error;
        });
    }

    // Meetings: fortnightly per MARAC, staggered by two days.
    const meetings = new Map<string, { meetingId: string; date: string }[]>();
    for (const [m, maracId] of MARACS.entries()) {
      const list: { meetingId: string; date: string }[] = [];
      for (let k = 0; k < MEETINGS_PER_MARAC; k++) {
        const date = addDays(FIRST_MEETING, 14 * k + 2 * m);
        const result = await commands.execute(
          new ScheduleMeetingCommand(DEMO_CALLER, ctx(`meeting/${maracId}/${k}`, date), { maracId, partnershipId: PARTNERSHIP, date }),
        );
        list.push({ meetingId: result.meetingId, date });
      }
      meetings.set(maracId, list);
    }
    const nextMeeting = (maracId: string, after: string) => meetings.get(maracId)!.find((meeting) => isBefore(after, meeting.date));

    // Referral dates spread over the period, in date order (a victim's referrals must be entered in order).
    const referralDates = Array.from({ length: REFERRALS }, () => addDays('2024-03-25', between(0, 440))).sort();
    const victims: { personId: string; perpetratorId: string; name: string; maracId: string; referredOn: string; profile: object }[] = [];
    const stats = { referrals: 0, reReferrals: 0, incidents: 0, hearings: 0, actions: 0, closures: 0 };
    const agencies: MaracAgency[] = [
      'health',
      'housing',
      'childrens-social-care',
      'adult-social-care',
      'probation',
      'mental-health',
      'substance-misuse',
      'education',
    ];

    for (const [r, referralDate] of referralDates.entries()) {
      const key = `referral/${r}`;
      let victim: (typeof victims)[number];
      if (victims.length > 20 && chance(0.18)) {
        victim = pick(victims.slice(-60));
        stats.reReferrals++;
      } else {
        const n = victims.length + 1;
        const age = chance(0.03) ? between(16, 17) : between(18, 70);
        // People are the partnership's records: registered once (as new: the demo's names are distinct), then referred by id.
        const register = async (fullName: string, label: string) =>
          (
            await commands.execute(
              new RegisterPersonCommand(DEMO_CALLER, ctx(`${label}/${n}`, referralDate), {
                partnershipId: PARTNERSHIP,
                identity: { fullName },
                newPerson: true,
              }),
            )
          ).personId;
        victim = {
          personId: await register(`Demo Victim ${pad(n)}`, 'person/victim'),
          perpetratorId: await register(`Demo Perpetrator ${pad(n)}`, 'person/perpetrator'),
          name: `Demo Victim ${pad(n)}`,
          maracId: MARACS[n % MARACS.length],
          referredOn: referralDate,
          profile: {
            sex: chance(0.06) ? 'male' : 'female',
            ageAtReferral: age,
            ethnicity: chance(0.16) ? 'black-asian-racially-minoritised' : chance(0.9) ? 'not-racially-minoritised' : 'not-known',
            disabled: chance(0.9) ? chance(0.13) : null,
            lgbtPlus: chance(0.9) ? chance(0.04) : null,
            childrenInHousehold: chance(0.95) ? between(0, 3) : null,
          },
        };
        victims.push(victim);
      }
      const { maracId } = victim;
      const roll = random();
      const criterion: ReferralCriterion =
        roll < 0.6 ? 'visible-high-risk' : roll < 0.9 ? 'professional-judgement' : 'potential-escalation';
      const score = criterion === 'visible-high-risk' ? between(14, 21) : between(6, 13);
      if (criterion === 'potential-escalation') {
        for (let c = 0; c < 3; c++) {
          const date = addDays(referralDate, -between(10, 300));
          await commands.execute(
            new RecordPoliceCallOutCommand(DEMO_CALLER, ctx(`${key}/call-out/${c}`, date), {
              partnershipId: PARTNERSHIP,
              personId: victim.personId,
              callOutId: `demo-call-out-${r}-${c}`,
              date,
            }),
          );
        }
      }
      const referringAgency: MaracAgency = chance(0.65) ? 'police' : chance(0.6) ? 'idva' : pick(agencies);
      const referred = await commands.execute(
        new ReferCaseCommand(DEMO_CALLER, ctx(key, referralDate), {
          partnershipId: PARTNERSHIP,
          maracId,
          referralDate,
          referringAgency,
          criterion,
          victim: { personId: victim.personId, profile: victim.profile as never },
          perpetrators: [
            {
              personId: victim.perpetratorId,
              relationship: pick(['partner', 'ex-partner', 'ex-partner', 'other-family-member'] as const),
            },
          ],
          dash: { answers: dash(score) },
        }),
      );
      stats.referrals++;
      const caseId = referred.caseId;

      // Heard at the next meeting, with actions agreed there.
      let lastHeard: string | null = null;
      const hear = async (label: string, after: string): Promise<string | null> => {
        const meeting = nextMeeting(maracId, after);
        if (!meeting || !isBefore(meeting.date, DEMO_TODAY)) return null;
        await commands.execute(
          new ListCaseForMeetingCommand(DEMO_CALLER, ctx(`${key}/${label}/list`, after), { caseId, meetingId: meeting.meetingId }),
        );
        const present: MaracAgency[] = ['police', ...(chance(0.92) ? (['idva'] as const) : []), ...agencies.filter(() => chance(0.45))];
        await commands.execute(
          new RecordCaseHeardCommand(DEMO_CALLER, ctx(`${key}/${label}/heard`, meeting.date), {
            caseId,
            meetingId: meeting.meetingId,
            heardOn: meeting.date,
            agenciesPresent: present,
          }),
        );
        stats.hearings++;
        for (let a = 0; a < between(1, 3); a++) {
          const agency = pick(present);
          const dueDate = addDays(meeting.date, between(14, 42));
          await commands.execute(
            new AddAgencyActionCommand(DEMO_CALLER, ctx(`${key}/${label}/action/${a}`, meeting.date), {
              caseId,
              actionId: `${label}-action-${a}`,
              meetingId: meeting.meetingId,
              agency,
              description: `Demo action ${a + 1} for ${agency}`,
              dueDate,
            }),
          );
          stats.actions++;
          const completedOn = addDays(dueDate, between(-10, 12));
          if (chance(0.8) && isBefore(completedOn, DEMO_TODAY)) {
            await commands.execute(
              new CompleteAgencyActionCommand(DEMO_CALLER, ctx(`${key}/${label}/action/${a}/done`, completedOn), {
                caseId,
                actionId: `${label}-action-${a}`,
                completedOn: isBefore(completedOn, meeting.date) ? meeting.date : completedOn,
              }),
            );
          }
        }
        return meeting.date;
      };
      lastHeard = await hear('first', referralDate);
      if (!lastHeard) continue;

      // About a third have a further incident within 12 months: a repeat, relisted and heard again.
      if (chance(0.3)) {
        const date = addDays(referralDate, between(20, 330));
        const reportedOn = addDays(date, between(0, 3));
        if (isBefore(lastHeard, date) && isBefore(reportedOn, DEMO_TODAY)) {
          await commands.execute(
            new ReportFurtherIncidentCommand(DEMO_CALLER, ctx(`${key}/incident`, reportedOn), {
              caseId,
              incidentId: 'incident-1',
              date,
              reportedOn,
              reportingAgency: chance(0.7) ? 'police' : pick(agencies),
              description: 'Demo further incident',
            }),
          );
          stats.incidents++;
          lastHeard = (await hear('relisted', reportedOn)) ?? lastHeard;
        }
      }
      const closedOn = addDays(lastHeard, between(45, 120));
      if (isBefore(closedOn, DEMO_TODAY) && chance(0.75)) {
        await commands.execute(
          new CloseCaseCommand(DEMO_CALLER, ctx(`${key}/close`, closedOn), {
            caseId,
            closedOn,
            reason: pick(['risk-reduced', 'actions-completed', 'actions-completed', 'victim-moved-away'] as const),
            note: null,
          }),
        );
        stats.closures++;
      }
    }

    const caseReviews = await loadCaseReviewDemo(commands, PARTNERSHIP, DEMO_CALLER, ctx, DEMO_TODAY);
    const iom = await loadIomDemo(commands, PARTNERSHIP, DEMO_CALLER, ctx, DEMO_TODAY);
    const asb = await loadVictimServicesDemo(commands, PARTNERSHIP, DEMO_CALLER, ctx, DEMO_TODAY);
    // After every MARAC action is loaded, so no action meets a refusal recorded here.
    const sharing = await loadSharingDemo(commands, DEMO_CALLER, ctx, victims);

    // Live cases dated from today, so that their alerts are current (the history's are long overdue).
    await loadAlertsDemo(commands, PARTNERSHIP, DEMO_CALLER, ctx, { maracId: MARACS[0], today: todayInLondon(new Date()) });

    process.stdout.write('Waiting for the alert rules and the read models to catch up...\n');
    // The alert rules dispatch the alerts' commands; the read models then project them.
    await app.get(ProcessManagersService).waitUntilCaughtUp(300_000);
    // A Case Review stage's alerts follow its deadlines: those already due fire, then the alert rules read what they recorded.
    await app.get(Deadlines).waitUntilDueFired(300_000);
    await app.get(ProcessManagersService).waitUntilCaughtUp(300_000);
    await app.get(ProjectionsService).waitUntilCaughtUp(300_000);
    process.stdout.write(
      `\nLoaded a synthetic partnership "${PARTNERSHIP}" in ${((Date.now() - started) / 1000).toFixed(1)} s: ${stats.referrals} referrals ` +
        `(${stats.reReferrals} of victims referred before), ${stats.hearings} hearings, ${stats.actions} actions, ` +
        `${stats.incidents} further incidents, ${stats.closures} closures, ${MARACS.length * MEETINGS_PER_MARAC} meetings; ` +
        `${caseReviews.applications} ASB Case Review applications (${caseReviews.reviews} reviews, ${caseReviews.escalations} escalations); ` +
        `${iom.members} IOM members on ${iom.cohorts.length} cohorts with ${iom.offences} offences (${iom.exits} exits); ` +
        `${asb.cases} ASB support cases (${asb.reReferrals} victims referred again, ${asb.closures} closed, ${asb.notices} told of their right to a Case Review); ` +
        `${sharing.consents} consent decisions, ${sharing.decisions} decisions to share without consent, ${sharing.shares} shares.\n\n`,
    );
    for (const maracId of MARACS) {
      const year = await queries.execute(new GetQuarterlyRepeatRatesQuery(DEMO_CALLER, { maracId, financialYear: '2024-25' }));
      const rate = typeof year.year.rate !== 'number' ? 'n/a' : `${(year.year.rate * 100).toFixed(1)}%`;
      process.stdout.write(
        `  ${maracId}: FY 2024-25 ${year.year.cases} cases heard, ${year.year.repeatCases} repeats, repeat rate ${rate} (${year.year.status})\n`,
      );
    }
    const base = `http://${config.host}:${config.port}`;
    const alerts = await countDemoAlerts(queries, PARTNERSHIP);
    process.stdout.write(
      `\n  Open alerts: ${DEMO_ALERT_KINDS.map(({ kind, role }) => `${alerts.get(kind)} ${kind} (${role})`).join(', ')}\n`,
    );
    process.stdout.write(
      `\nStart the API with \`npm start\` (same database). Every endpoint needs a bearer token, e.g.\n` +
        `  TOKEN=$(npm run --silent token -- --user you --role coordinator --role admin --partnership ${PARTNERSHIP})   (an analyst: --role analyst)\n` +
        `  curl -H "Authorization: Bearer $TOKEN" ${base}/maracs/demo-marac-north/cases\n` +
        `Then look at:\n` +
        `  ${base}/docs                                                      OpenAPI\n` +
        `  ${base}/maracs/demo-marac-north/cases?asOf=${DEMO_TODAY}         case list\n` +
        `  ${base}/maracs/demo-marac-north/repeat-rate?from=2024-04-01&to=2025-03-31\n` +
        `  ${base}/maracs/demo-marac-north/repeat-rate/quarters?financialYear=2024-25\n` +
        `  ${base}/maracs/demo-marac-north/safelives?quarter=2024-25-Q3   (add &format=csv for CSV)\n` +
        `  ${base}/maracs/demo-marac-north/agency-engagement?from=2024-04-01&to=2025-03-31&asOf=${DEMO_TODAY}\n` +
        `  ${base}/maracs/demo-marac-north/cases/depersonalised?from=2024-04-01&to=2025-03-31   (analysts: no personal data)\n` +
        `  ${base}/partnerships/${PARTNERSHIP}/settings\n` +
        `  ${base}/case-reviews/figures?partnershipId=${PARTNERSHIP}&financialYear=2024-25   (ASB Case Review statutory figures; --role asb-caseworker or analyst)\n` +
        `  ${base}/case-reviews?partnershipId=${PARTNERSHIP}                        (the Case Review log: --role asb-caseworker)\n` +
        `  ${base}/iom/cohorts/${iom.cohorts[0].cohortId}/measures?financialYear=2024-25   (IOM measures; --role iom-lead or analyst)\n` +
        `  ${base}/iom/areas/reoffending?partnershipId=${PARTNERSHIP}&financialYear=2024-25   (reoffending individuals per area)\n` +
        `  ${base}/victim-services/${DEMO_ASB_SERVICE}/quarterly-table?financialYear=2024-25   (--role service-manager, or analyst; &format=csv)\n` +
        `  ${base}/victim-services/${DEMO_ASB_SERVICE}/distance-travelled?financialYear=2024-25\n` +
        `  ${base}/victim-services/${DEMO_ASB_SERVICE}/cases   (--role asb-caseworker)\n` +
        `  ${base}/sharing/people/{personId}                                  (consent, bases and shares: a victim id from a case)\n` +
        `  ${base}/sharing/partnerships/${PARTNERSHIP}/defaults                (the default basis per purpose)\n` +
        `  ${base}/alerts                          your open alerts, most urgent first (overdue MARAC actions, MARAC victims in another service)\n` +
        `  ${base}/alerts?kind=marac-victim-in-other-service   (a MARAC victim referred to the ASB victim service: --role coordinator)\n` +
        `  ${base}/alerts?kind=case-review-stage-due-soon      (a Case Review stage due in two working days: --role asb-caseworker)\n` +
        `  ${base}/alerts/stream                   the same, live (text/event-stream; a browser: POST /alerts/stream-tickets, then ?ticket=)\n` +
        `Meeting agendas: GET /marac/meetings/{meetingId}/agenda (meeting ids are in each case's listings: GET /marac/cases/{caseId}).\n`,
    );
  } finally {
    await app.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
