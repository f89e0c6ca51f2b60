import { Inject } from '@nestjs/common';
import { EVENT_STORE, EventCodec, positionToString, type EventEnvelope, type EventStore } from '@app/event-store';
import { dispatch, DurableProcessManager, type ProcessManager, type Reaction } from '@app/kit';
import { todayInLondon, type IsoDate } from '@app/periods';
import { PERSON_MERGES_STREAM_CATEGORY, type PersonMergesEvent } from '@app/people';
import { CheckMergedPeopleCommand } from '../application/check-merged-people/check-merged-people.command.js';
import { CheckPersonWatchCommand } from '../application/check-person-watch/check-person-watch.command.js';
import { ClearAlertCauseCommand } from '../application/clear-alert-cause/clear-alert-cause.command.js';
import { NoteWatchFactCommand } from '../application/note-watch-fact/note-watch-fact.command.js';
import { NoteWatchMergeCommand } from '../application/note-watch-merge/note-watch-merge.command.js';
import { RaiseAlertCommand, type RaiseAlertInput } from '../application/raise-alert/raise-alert.command.js';
import { watchMergeOf, type AlertKind, type PersonWatchEvent, type ServiceContact } from '../domain/index.js';
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

/** Where the event stands in the log: every fact noted from it carries this, and every check reads what came before. */
interface LogPoint {
  at: string;
  causedAt: string;
}

/**
/**
 * Another service's contact with a person: checked against the watches of the person's merge group, then
 * kept on the person's own watch for a later merge. The check comes first, so the reactions that were there
 * before contacts were kept keep their indices (and so their derived command ids).
 */
const contactReactions = ({ at, causedAt }: LogPoint, personId: string, contact: ServiceContact): Reaction[] => [
  dispatch((context) => new CheckPersonWatchCommand({ ...contact, personId, at, causedAt }, context)),
  note({ type: 'AlertWatchServiceContactNoted', data: { personId, contact, at } }),
];

/**
 * Every alert rule, as one process manager over the contexts' streams and the people ledger: one reader in
 * log order, so the person watches it writes (MARAC cases, IOM periods, other services' contacts) and its
 * copy of the merges hold everything recorded before the event that it checks; each fact carries its
 * event's log position, and a check reads only what came before its own (a replayed batch reads the same).
 * Reactions are commands with ids derived from the event (the kit's), and every alert slot's id derives from
 * its kind and subject, so a replay after a crash or a takeover appends nothing twice. `react` is
 * deterministic: besides the event it reads only what was recorded before it in a MARAC case's stream, which
 * never changes: the referral (whom a hearing or closure concerns), and for an action's amended due date the
 * events before it (whether the action is still open).
 */
@DurableProcessManager()
export class AlertRulesProcessManager implements ProcessManager {
  readonly name = ALERT_RULES_PROCESS_MANAGER;
  readonly categories = [...SOURCE_CATEGORIES, PERSON_MERGES_STREAM_CATEGORY];
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
    'PersonMergedInto',
    'PersonUnmerged',
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
    const point: LogPoint = { at: positionToString(envelope.position), causedAt };
    if (envelope.streamName.startsWith('marac_case-')) return this.marac(type, data, partnershipId, point, envelope.revision);
    if (envelope.streamName.startsWith('vs_case-')) return vsRules(type, data, partnershipId, point);
    if (envelope.streamName.startsWith('case_review-')) return caseReviewRules(type, data, partnershipId, point);
    if (envelope.streamName.startsWith('iom_offender-')) return iomRules(type, data as unknown as IomOffenderRef & Data, point);
    if (envelope.streamName.startsWith(`${PERSON_MERGES_STREAM_CATEGORY}-`))
      return mergeRules(envelope.event as PersonMergesEvent, point, todayInLondon(new Date(envelope.recordedAt)));
    return [];
  }

  private async marac(type: string, data: Data, partnershipId: string, { at, causedAt }: LogPoint, revision: number): Promise<Reaction[]> {
    const { caseId } = data as unknown as MaracCaseRef;
    const link = `/marac/cases/${caseId}`;
    const coordinators = { kind: 'role', role: 'coordinator' } as const;
    switch (type) {
      case 'CaseReferred': {
        const d = data as unknown as MaracCaseReferredData;
        return [
          note({
            type: 'AlertWatchMaracCaseOpened',
            data: { personId: d.victim.personId, caseId, partnershipId, as: 'victim', referredOn: d.referralDate, at },
          }),
          ...d.perpetrators.map((p) =>
            note({
              type: 'AlertWatchMaracCaseOpened',
              data: { personId: p.personId, caseId, partnershipId, as: 'perpetrator', referredOn: d.referralDate, at },
            }),
          ),
        ];
      }
      case 'CaseHeard':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseHeard', data: { personId, caseId, heardOn: data.heardOn as IsoDate, at } }),
        );
      case 'CaseClosed':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseClosed', data: { personId, caseId, closedOn: data.closedOn as IsoDate, at } }),
        );
      case 'CaseReopened':
        return (await this.peopleOfCase(caseId)).map((personId) =>
          note({ type: 'AlertWatchMaracCaseReopened', data: { personId, caseId, reopenedOn: data.reopenedOn as IsoDate, at } }),
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

function vsRules(type: string, data: Data, partnershipId: string, point: LogPoint): Reaction[] {
  const { causedAt } = point;
  const caseId = data.caseId as string;
  const link = `/victim-services/cases/${caseId}`;
  const record = { kind: 'vs_case', id: caseId };
  const caseworkers = { kind: 'role', role: 'asb-caseworker' } as const;
  switch (type) {
    case 'VsVictimReferred': {
      const d = data as unknown as VsReferredData;
      const reactions = contactReactions(point, d.personId, {
        rule: 'victim-elsewhere',
        partnershipId,
        source: { ...record, link },
        occurrence: caseId,
        on: d.referralDate,
      });
      // A new referral within the Case Review window of the victim's previous report on another case (victim
      // services decides it, across the person's cases and merged records, and records it on the referral).
      if (d.caseReviewNoticeDue === true) reactions.push(caseReviewNoticeDue(causedAt, caseId, partnershipId, d.referralDate));
      return reactions;
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
      return [reassess, caseReviewNoticeDue(causedAt, caseId, partnershipId, d.reportedOn)];
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

/** The victim must be told of their right to a Case Review: for the service's caseworkers, about the case (cleared when told). */
function caseReviewNoticeDue(causedAt: string, caseId: string, partnershipId: string, reportedOn: IsoDate): Reaction {
  return raise(causedAt, {
    kind: 'vs-case-review-notice-due',
    about: caseId,
    partnershipId,
    record: { kind: 'vs_case', id: caseId },
    audience: { kind: 'role', role: 'asb-caseworker' },
    link: `/victim-services/cases/${caseId}`,
    dueOn: reportedOn,
    timing: { rule: 'now' },
  });
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

function caseReviewRules(type: string, data: Data, partnershipId: string, point: LogPoint): Reaction[] {
  const { causedAt } = point;
  const applicationId = data.applicationId as string;
  const link = `/case-reviews/${applicationId}`;
  const record = { kind: 'case_review', id: applicationId };
  const spoc = { kind: 'role', role: 'asb-caseworker' } as const;
  const reactions: Reaction[] = [];
  // The application's contact is kept on the victim's watch after every other reaction (their indices stay as they were).
  const contact: Reaction[] =
    type === 'CaseReviewApplicationReceived'
      ? contactReactions(point, data.victimPersonId as string, {
          rule: 'victim-elsewhere',
          partnershipId,
          source: { ...record, link },
          occurrence: applicationId,
          on: data.receivedOn as IsoDate,
        })
      : [];
  reactions.push(...contact.slice(0, 1));
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
  return [...reactions, ...contact.slice(1)];
}

function iomRules(type: string, data: IomOffenderRef & Data, point: LogPoint): Reaction[] {
  const { at } = point;
  const { offenderId, cohortId, partnershipId, personId } = data;
  switch (type) {
    case 'IomOffenderAdopted':
      return [
        note({
          type: 'AlertWatchIomAdopted',
          data: { personId, offenderId, partnershipId, period: data.period as number, adoptedOn: data.adoptedOn as IsoDate, at },
        }),
      ];
    case 'IomOffenderExited':
      return [
        note({
          type: 'AlertWatchIomExited',
          data: { personId, offenderId, period: data.period as number, exitedOn: data.exitedOn as IsoDate, at },
        }),
      ];
    case 'IomOffenceRecorded':
      return contactReactions(point, personId, {
        rule: 'offending',
        partnershipId,
        source: { kind: 'iom_offender', id: offenderId, link: `/iom/cohorts/${cohortId}/members/${personId}` },
        occurrence: data.offenceId as string,
        on: data.offenceDate as IsoDate,
        offenderId,
      });
    default:
      return [];
  }
}

/**
 * A merge or unmerge on a partnership's people ledger: noted on the alert rules' copy of the merges (so every
 * later check reads the group as it then is), then checked: a merge raises the cross-service alerts the two
 * records newly call for together, an unmerge resolves those it takes apart.
 */
function mergeRules(event: PersonMergesEvent, { at, causedAt }: LogPoint, on: IsoDate): Reaction[] {
  const change = watchMergeOf(event, at);
  const { partnershipId, personId } = event.data;
  const otherPersonId = event.type === 'PersonMergedInto' ? event.data.intoPersonId : event.data.fromPersonId;
  const kind = event.type === 'PersonMergedInto' ? 'merged' : 'unmerged';
  return [
    dispatch((context) => new NoteWatchMergeCommand(change, context)),
    dispatch(
      (context) => new CheckMergedPeopleCommand({ change: kind, partnershipId, personId, otherPersonId, at, on, causedAt }, context),
    ),
  ];
}
