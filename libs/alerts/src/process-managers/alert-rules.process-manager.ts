import { Inject } from '@nestjs/common';
import { EVENT_STORE, EventCodec, type EventEnvelope, type EventStore } from '@app/event-store';
import { dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import type { IsoDate } from '@app/periods';
import { CheckPersonWatchCommand, type CheckPersonWatchInput } from '../application/check-person-watch/check-person-watch.command.js';
import { ClearAlertCauseCommand } from '../application/clear-alert-cause/clear-alert-cause.command.js';
import { NoteWatchFactCommand } from '../application/note-watch-fact/note-watch-fact.command.js';
import { RaiseAlertCommand, type RaiseAlertInput } from '../application/raise-alert/raise-alert.command.js';
import type { AlertKind, PersonWatchEvent } from '../domain/index.js';
import { isActionOpen, type MaracCaseFact } from './marac-action-status.js';
import {
  CASE_REVIEW_STAGES,
  SOURCE_CATEGORIES,
  type CaseReviewStage,
  type CaseReviewStageAlertData,
  type IomOffenderRef,
  type MaracActionData,
  type MaracCaseReferredData,
  type MaracCaseRef,
  type MaracCorrectionData,
  type VsFurtherReportData,
  type VsReferredData,
  type VsRiskAssessedData,
} from './source-events.js';

export const ALERT_RULES_PROCESS_MANAGER = 'alert_rules';

type Data = Record<string, unknown>;

const raise = (causedAt: string, input: Omit<RaiseAlertInput, 'causedAt'>): Reaction =>
  dispatch((context) => new RaiseAlertCommand({ ...input, causedAt }, context));
const clear = (causedAt: string, kind: AlertKind, about: string, cause: string): Reaction =>
  dispatch((context) => new ClearAlertCauseCommand({ kind, about, cause, causedAt }, context));
const note = (fact: PersonWatchEvent): Reaction => dispatch((context) => new NoteWatchFactCommand(fact, context));
const check = (causedAt: string, input: Omit<CheckPersonWatchInput, 'causedAt'>): Reaction =>
  dispatch((context) => new CheckPersonWatchCommand({ ...input, causedAt }, context));

/**
 * Every alert rule, as one process manager over the contexts' streams: one reader in log order, so the
 * person watch it writes (MARAC cases, IOM periods) holds everything recorded before the other service's
 * event that it checks. Reactions are commands with ids derived from the event (the kit's), and every alert
 * slot's id derives from its kind and subject, so a replay after a crash or a takeover appends nothing twice.
 * `react` is deterministic: besides the event it reads only what was recorded before it in a MARAC case's
 * stream, which never changes: the referral (whom a hearing or closure concerns), and for an action's amended
 * due date the events before it (whether the action is still open).
 */
@DurableProcessManager()
export class AlertRulesProcessManager implements ProcessManager {
  readonly name = ALERT_RULES_PROCESS_MANAGER;
  readonly categories = SOURCE_CATEGORIES;
  readonly eventTypes = [
    'CaseReferred',
    'CaseHeard',
    'CaseClosed',
    'CaseReopened',
    'AgencyActionAdded',
    'AgencyActionCompleted',
    'MaracRecordAmended',
    'MaracRecordVoided',
    'FurtherIncidentReported',
    'CaseListedForMeeting',
    'VsVictimReferred',
    'VsRiskAssessed',
    'VsFurtherReportRecorded',
    'VsCaseReviewNoticeGiven',
    'VsCaseClosed',
    'CaseReviewApplicationReceived',
    'CaseReviewApplicationAcknowledged',
    'CaseReviewThresholdDecided',
    'CaseReviewHeld',
    'CaseReviewRecommendationCompleted',
    'CaseReviewEscalationDecided',
    'CaseReviewOutcomeSent',
    'CaseReviewStageDueSoon',
    'CaseReviewStageOverdue',
    'IomOffenderAdopted',
    'IomOffenderExited',
    'IomOffenceRecorded',
  ];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
  ) {}

  async react(envelope: EventEnvelope): Promise<Reaction[]> {
    const { type } = envelope.event;
    const data = envelope.event.data as Data;
    const partnershipId = (envelope.metadata.partnershipId ?? data.partnershipId) as string | undefined;
    if (!partnershipId) return [];
    // When the cause was recorded: an alert resolved since is not raised again by this event (a replay).
    const causedAt = new Date(envelope.recordedAt).toISOString();
    if (envelope.streamName.startsWith('marac_case-')) return this.marac(type, data, partnershipId, causedAt, envelope.revision);
    if (envelope.streamName.startsWith('vs_case-')) return vsRules(type, data, partnershipId, causedAt);
    if (envelope.streamName.startsWith('case_review-')) return caseReviewRules(type, data, partnershipId, causedAt);
    if (envelope.streamName.startsWith('iom_offender-')) return iomRules(type, data as unknown as IomOffenderRef & Data, causedAt);
    return [];
  }

  private async marac(type: string, data: Data, partnershipId: string, causedAt: string, revision: number): Promise<Reaction[]> {
    const { caseId } = data as unknown as MaracCaseRef;
    const link = `/marac/cases/${caseId}`;
    const coordinators = { kind: 'role', role: 'coordinator' } as const;
    switch (type) {
      case 'CaseReferred': {
        const d = data as unknown as MaracCaseReferredData;
        return [
          note({
            type: 'AlertWatchMaracCaseOpened',
            data: { personId: d.victim.personId, caseId, partnershipId, as: 'victim', referredOn: d.referralDate },
          }),
          ...d.perpetrators.map((p) =>
            note({
              type: 'AlertWatchMaracCaseOpened',
              data: { personId: p.personId, caseId, partnershipId, as: 'perpetrator', referredOn: d.referralDate },
            }),
          ),
        ];
      }
      case 'CaseHeard':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseHeard', data: { personId, caseId, heardOn: data.heardOn as IsoDate } }),
        );
      case 'CaseClosed':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseClosed', data: { personId, caseId, closedOn: data.closedOn as IsoDate } }),
        );
      case 'CaseReopened':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseReopened', data: { personId, caseId, reopenedOn: data.reopenedOn as IsoDate } }),
        );
      case 'AgencyActionAdded': {
        const d = data as unknown as MaracActionData;
        return [actionOverdue(causedAt, d.actionId, caseId, partnershipId, d.dueDate, link)];
      }
      case 'AgencyActionCompleted':
        return [
          clear(causedAt, 'marac-action-overdue', actionSlot(caseId, (data as unknown as MaracActionData).actionId), 'action-completed'),
        ];
      case 'MaracRecordAmended': {
        const d = data as unknown as MaracCorrectionData;
        if (d.recordKind !== 'agency-action' || !d.amended?.dueDate) return [];
        // A completed (or voided) action is overdue on no date: its corrected due date raises nothing.
        if (!isActionOpen(await this.caseEventsBefore(caseId, revision), d.recordId)) return [];
        return [actionOverdue(causedAt, d.recordId, caseId, partnershipId, d.amended.dueDate, link, { movesDueDate: true })];
      }
      case 'MaracRecordVoided': {
        const d = data as unknown as MaracCorrectionData;
        return d.recordKind === 'agency-action'
          ? [clear(causedAt, 'marac-action-overdue', actionSlot(caseId, d.recordId), 'action-voided')]
          : [];
      }
      case 'FurtherIncidentReported':
        if (data.makesRepeat !== true) return [];
        return [
          raise(causedAt, {
            kind: 'marac-repeat-awaiting-relisting',
            about: caseId,
            partnershipId,
            record: { kind: 'marac_case', id: caseId },
            audience: coordinators,
            link,
            dueOn: data.reportedOn as IsoDate,
            timing: { rule: 'now' },
          }),
        ];
      case 'CaseListedForMeeting':
        return data.relisting === true ? [clear(causedAt, 'marac-repeat-awaiting-relisting', caseId, 'case-relisted')] : [];
      default:
        return [];
    }
  }

  /** The events of a MARAC case before the one at `revision`: recorded already, so never changed (a replay reads the same). */
  private async caseEventsBefore(caseId: string, revision: number): Promise<MaracCaseFact[]> {
    if (revision === 0) return [];
    const recorded = await this.store.readStream(`marac_case-${caseId}`, { maxCount: revision });
    return (await this.codec.decode(recorded, { revealPersonalData: false })).map(({ event }) => event);
  }

  /** The victim and perpetrators a MARAC case names, from its referral (the stream's first event, never changed). */
  private async peopleOfCase(caseId: string): Promise<string[]> {
    const [first] = await this.store.readStream(`marac_case-${caseId}`, { maxCount: 1 });
    if (first?.type !== 'CaseReferred') return [];
    const d = first.data as MaracCaseReferredData;
    return [...new Set([d.victim.personId, ...d.perpetrators.map((p) => p.personId)])];
  }
}

/** An action id is unique within its case only (clients name them: "action-1" in every case), so its slot names both. */
const actionSlot = (caseId: string, actionId: string) => `${caseId}:${actionId}`;

function actionOverdue(
  causedAt: string,
  actionId: string,
  caseId: string,
  partnershipId: string,
  dueOn: IsoDate,
  link: string,
  correction: Pick<RaiseAlertInput, 'movesDueDate'> = {},
): Reaction {
  return raise(causedAt, {
    ...correction,
    kind: 'marac-action-overdue',
    about: actionSlot(caseId, actionId),
    partnershipId,
    record: { kind: 'marac_case', id: caseId },
    audience: { kind: 'role', role: 'coordinator' },
    link,
    dueOn,
    timing: { rule: 'marac-action-overdue', dueOn },
  });
}

function vsRules(type: string, data: Data, partnershipId: string, causedAt: string): Reaction[] {
  const caseId = data.caseId as string;
  const link = `/victim-services/cases/${caseId}`;
  const record = { kind: 'vs_case', id: caseId };
  const caseworkers = { kind: 'role', role: 'asb-caseworker' } as const;
  switch (type) {
    case 'VsVictimReferred': {
      const d = data as unknown as VsReferredData;
      return [
        check(causedAt, {
          rule: 'victim-elsewhere',
          personId: d.personId,
          partnershipId,
          source: { ...record, link },
          occurrence: caseId,
          on: d.referralDate,
        }),
      ];
    }
    case 'VsRiskAssessed': {
      const d = data as unknown as VsRiskAssessedData;
      return [
        clear(causedAt, 'vs-reassessment-overdue', caseId, 'reassessed'),
        raise(causedAt, {
          kind: 'vs-reassessment-overdue',
          about: caseId,
          partnershipId,
          record,
          audience: caseworkers,
          link,
          dueOn: d.assessedOn,
          timing: { rule: 'reassessment-cadence', assessedOn: d.assessedOn, level: d.level },
        }),
      ];
    }
    case 'VsFurtherReportRecorded': {
      const d = data as unknown as VsFurtherReportData;
      const reassess = raise(causedAt, {
        kind: 'vs-reassessment-overdue',
        about: caseId,
        partnershipId,
        record,
        audience: caseworkers,
        link,
        dueOn: d.reportedOn,
        timing: { rule: 'reassessment-overdue', dueOn: d.reportedOn },
      });
      if (!d.caseReviewNoticeDue) return [reassess];
      const notice = raise(causedAt, {
        kind: 'vs-case-review-notice-due',
        about: caseId,
        partnershipId,
        record,
        audience: caseworkers,
        link,
        dueOn: d.reportedOn,
        timing: { rule: 'now' },
      });
      return [reassess, notice];
    }
    case 'VsCaseReviewNoticeGiven':
      return [clear(causedAt, 'vs-case-review-notice-due', caseId, 'notice-given')];
    case 'VsCaseClosed':
      return [
        clear(causedAt, 'vs-reassessment-overdue', caseId, 'case-closed'),
        clear(causedAt, 'vs-case-review-notice-due', caseId, 'case-closed'),
      ];
    default:
      return [];
  }
}

/** The stages an event of an application finishes (their alerts are cleared). */
function caseReviewStagesFinished(type: string): readonly CaseReviewStage[] {
  switch (type) {
    case 'CaseReviewApplicationAcknowledged':
      return ['acknowledge'];
    case 'CaseReviewThresholdDecided':
      return ['decide'];
    case 'CaseReviewHeld':
      return ['review'];
    case 'CaseReviewOutcomeSent':
      return CASE_REVIEW_STAGES;
    default:
      return [];
  }
}

/** Case Review's own alert-ready events, recorded by its stage deadlines only while the stage waits. */
const STAGE_ALERT_KINDS: Readonly<Record<string, AlertKind>> = {
  CaseReviewStageDueSoon: 'case-review-stage-due-soon',
  CaseReviewStageOverdue: 'case-review-stage-overdue',
};

function caseReviewRules(type: string, data: Data, partnershipId: string, causedAt: string): Reaction[] {
  const applicationId = data.applicationId as string;
  const link = `/case-reviews/${applicationId}`;
  const record = { kind: 'case_review', id: applicationId };
  const spoc = { kind: 'role', role: 'asb-caseworker' } as const;
  const reactions: Reaction[] = [];
  if (type === 'CaseReviewApplicationReceived') {
    reactions.push(
      check(causedAt, {
        rule: 'victim-elsewhere',
        personId: data.victimPersonId as string,
        partnershipId,
        source: { ...record, link },
        occurrence: applicationId,
        on: data.receivedOn as IsoDate,
      }),
    );
  }
  for (const stage of caseReviewStagesFinished(type)) {
    reactions.push(clear(causedAt, 'case-review-stage-due-soon', `${applicationId}:${stage}`, 'stage-done'));
    reactions.push(clear(causedAt, 'case-review-stage-overdue', `${applicationId}:${stage}`, 'stage-done'));
  }
  // One timing for a stage's alerts, Case Review's own: raised when its deadlines record the stage due soon or overdue.
  const stageAlert = STAGE_ALERT_KINDS[type];
  if (stageAlert) {
    const d = data as unknown as CaseReviewStageAlertData;
    reactions.push(
      raise(causedAt, {
        kind: stageAlert,
        about: `${applicationId}:${d.stage}`,
        partnershipId,
        record,
        audience: spoc,
        link,
        dueOn: d.dueOn,
        timing: { rule: 'now' },
      }),
    );
  }
  if (type === 'CaseReviewHeld') {
    for (const r of data.recommendations as { recommendationId: string; dueOn: IsoDate }[]) {
      reactions.push(
        raise(causedAt, {
          kind: 'case-review-recommendation-overdue',
          about: `${applicationId}:${r.recommendationId}`,
          partnershipId,
          record,
          audience: spoc,
          link,
          dueOn: r.dueOn,
          timing: { rule: 'recommendation-overdue', dueOn: r.dueOn },
        }),
      );
    }
  }
  if (type === 'CaseReviewRecommendationCompleted') {
    reactions.push(
      clear(causedAt, 'case-review-recommendation-overdue', `${applicationId}:${data.recommendationId as string}`, 'outcome-recorded'),
    );
  }
  return reactions;
}

function iomRules(type: string, data: IomOffenderRef & Data, causedAt: string): Reaction[] {
  const { offenderId, cohortId, partnershipId, personId } = data;
  switch (type) {
    case 'IomOffenderAdopted':
      return [
        note({
          type: 'AlertWatchIomAdopted',
          data: { personId, offenderId, partnershipId, period: data.period as number, adoptedOn: data.adoptedOn as IsoDate },
        }),
      ];
    case 'IomOffenderExited':
      return [
        note({
          type: 'AlertWatchIomExited',
          data: { personId, offenderId, period: data.period as number, exitedOn: data.exitedOn as IsoDate },
        }),
      ];
    case 'IomOffenceRecorded':
      return [
        check(causedAt, {
          rule: 'offending',
          personId,
          partnershipId,
          source: { kind: 'iom_offender', id: offenderId, link: `/iom/cohorts/${cohortId}/members/${personId}` },
          occurrence: data.offenceId as string,
          on: data.offenceDate as IsoDate,
          offenderId,
        }),
      ];
    default:
      return [];
  }
}
