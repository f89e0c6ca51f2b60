import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { MaracCaseEvent } from '../domain/index.js';
import { AgencyActionRows } from './agency-action-rows.js';
import { batchRows, blankPersonalColumns, bulk, streamId } from '@app/projections';
import { CaseListEntry } from './case-list-entry.entity.js';

interface CasePatch {
  case_id: string;
  from_revision: number;
  last_revision: number;
  risk_band: string | null;
  dash_score: number | null;
  dash_on: string | null;
  /** null: unchanged by the batch. */
  is_repeat: boolean | null;
  /** A reclassification set the previous case (to previous_case_id, which may be null). */
  reclassified: boolean;
  previous_case_id: string | null;
  status: 'open' | 'closed' | null;
  closed_on: string | null;
  awaiting: boolean | null;
  /** Corrections of the referral (null: unchanged); a voided case keeps its row, with status `voided`. */
  referral_date: string | null;
  referring_agency: string | null;
  criterion: string | null;
  voided: boolean;
}

interface CaseRow {
  case_id: string;
  marac_id: string;
  partnership_id: string;
  victim_person_id: string;
  victim_name: string | null;
  referral_date: string;
  referring_agency: string;
  criterion: string;
  is_repeat: boolean;
  previous_case_id: string | null;
  last_revision: number;
  risk_band: string | null;
  dash_score: number | null;
  dash_assessed_on: string | null;
  status: 'open' | 'closed' | 'voided';
  closed_on: string | null;
  awaiting_relisting: boolean;
}

/**
 * The coordinators' case list per MARAC: one row per case (status, risk band, repeat flag, awaiting
 * relisting, the victim's name for coordinators) and its agency actions (overdue is counted at query
 * time against the date asked for). Each batch folds the events of a case into one patch, applied only
 * to rows that have not seen those revisions; a case or action created in the same batch is inserted with
 * its changes already in (a rebuild then writes most rows once instead of inserting and updating them).
 * Corrections fold into the same patch: an amended referral's date, agency and criterion replace the
 * row's; a voided referral leaves the row with status `voided` and its actions gone; a voided incident
 * can end the repeat flag and the wait for relisting. A reclassification of the referral's repeat outcome
 * sets the repeat flag and previous case. PersonalDataErased (category `erasure`) blanks the name, which the
 * erasure request has already blanked directly (`victimName` is a @PersonalColumn): this is for a batch
 * decoded before the key was destroyed and written after.
 */
export const caseListProjection: Projection = {
  name: 'marac_case_list',
  filter: { categories: ['marac_case', 'erasure'] },
  tables: ['marac_case_list', 'marac_case_actions'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const cases = new Map<string, CaseRow>();
    const actions = new AgencyActionRows('marac_case_actions');
    const patches = new Map<string, CasePatch>();
    const erased: string[] = [];

    const patchOf = (caseId: string, revision: number): CasePatch => {
      let patch = patches.get(caseId);
      if (!patch) {
        patch = {
          case_id: caseId,
          from_revision: revision,
          last_revision: revision,
          risk_band: null,
          dash_score: null,
          dash_on: null,
          is_repeat: null,
          reclassified: false,
          previous_case_id: null,
          status: null,
          closed_on: null,
          awaiting: null,
          referral_date: null,
          referring_agency: null,
          criterion: null,
          voided: false,
        };
        patches.set(caseId, patch);
      }
      patch.last_revision = revision;
      return patch;
    };

    for (const envelope of envelopes) {
      if (envelope.event.type === 'PersonalDataErased') {
        erased.push((envelope.event.data as { subjectId: string }).subjectId ?? streamId(envelope.streamName));
        continue;
      }
      const event = envelope.event as MaracCaseEvent;
      const partnershipId = envelope.metadata.partnershipId ?? '';
      switch (event.type) {
        case 'CaseReferred':
          if (cases.has(event.data.caseId)) break;
          cases.set(event.data.caseId, {
            case_id: event.data.caseId,
            marac_id: event.data.maracId,
            partnership_id: event.data.partnershipId,
            victim_person_id: event.data.victim.personId,
            victim_name: event.data.victim.details.personal?.fullName ?? null,
            referral_date: event.data.referralDate,
            referring_agency: event.data.referringAgency,
            criterion: event.data.criterion,
            is_repeat: event.data.isRepeat,
            previous_case_id: event.data.previousCaseId,
            last_revision: envelope.revision,
            risk_band: null,
            dash_score: null,
            dash_assessed_on: null,
            status: 'open',
            closed_on: null,
            awaiting_relisting: false,
          });
          break;
        case 'DashAssessmentRecorded': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          if (patch.dash_on === null || event.data.assessedOn >= patch.dash_on) {
            patch.dash_on = event.data.assessedOn;
            patch.risk_band = event.data.riskBand;
            patch.dash_score = event.data.score;
          }
          break;
        }
        case 'CaseListedForMeeting':
          patchOf(event.data.caseId, envelope.revision).awaiting = false;
          break;
        case 'FurtherIncidentReported': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          if (event.data.makesRepeat) {
            patch.is_repeat = true;
            patch.awaiting = true;
          }
          break;
        }
        case 'MaracRecordAmended': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          actions.correct(event);
          if (event.data.recordKind === 'referral') {
            const { referralDate, referringAgency, criterion } = event.data.amended;
            patch.referral_date = referralDate ?? patch.referral_date;
            patch.referring_agency = referringAgency ?? patch.referring_agency;
            patch.criterion = criterion ?? patch.criterion;
          }
          break;
        }
        case 'MaracRecordVoided': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          actions.correct(event);
          if (event.data.recordKind === 'referral') patch.voided = true;
          if (event.data.consequences.caseNoLongerRepeat) patch.is_repeat = false;
          if (event.data.consequences.noLongerAwaitingRelisting) patch.awaiting = false;
          break;
        }
        case 'CaseReopened': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          patch.status = 'open';
          patch.closed_on = null;
          break;
        }
        case 'CaseClosed': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          patch.status = 'closed';
          patch.closed_on = event.data.closedOn;
          patch.awaiting = false;
          break;
        }
        case 'AgencyActionAdded':
          patchOf(event.data.caseId, envelope.revision);
          actions.add({
            case_id: event.data.caseId,
            action_id: event.data.actionId,
            marac_id: event.data.maracId,
            partnership_id: partnershipId,
            agency: event.data.agency,
            due_date: event.data.dueDate,
          });
          break;
        case 'AgencyActionCompleted':
          patchOf(event.data.caseId, envelope.revision);
          actions.complete(event.data.caseId, event.data.actionId, event.data.completedOn);
          break;
        case 'CaseHeard':
          patchOf(event.data.caseId, envelope.revision);
          break;
        case 'CaseRepeatReclassified': {
          const patch = patchOf(event.data.caseId, envelope.revision);
          patch.is_repeat = event.data.isRepeat;
          patch.reclassified = true;
          patch.previous_case_id = event.data.previousCaseId;
          break;
        }
      }
    }

    // A case referred in this batch takes its later changes in this batch into the row it is inserted with.
    for (const patch of patches.values()) {
      const row = cases.get(patch.case_id);
      if (!row) continue;
      if (patch.dash_on !== null)
        Object.assign(row, { risk_band: patch.risk_band, dash_score: patch.dash_score, dash_assessed_on: patch.dash_on });
      row.is_repeat = patch.is_repeat ?? row.is_repeat;
      if (patch.reclassified) row.previous_case_id = patch.previous_case_id;
      if (patch.status !== null) Object.assign(row, { status: patch.status, closed_on: patch.closed_on });
      if (patch.voided) row.status = 'voided';
      row.awaiting_relisting = patch.awaiting ?? row.awaiting_relisting;
      row.referral_date = patch.referral_date ?? row.referral_date;
      row.referring_agency = patch.referring_agency ?? row.referring_agency;
      row.criterion = patch.criterion ?? row.criterion;
      row.last_revision = patch.last_revision;
      patches.delete(patch.case_id);
    }

    await bulk(
      manager,
      `INSERT INTO marac_case_list (case_id, marac_id, partnership_id, victim_person_id, victim_name, referral_date, referring_agency, criterion, status, is_repeat,
         previous_case_id, risk_band, dash_score, dash_assessed_on, awaiting_relisting, closed_on, last_revision)
       SELECT case_id, marac_id, partnership_id, victim_person_id, victim_name, referral_date, referring_agency, criterion, status, is_repeat,
         previous_case_id, risk_band, dash_score, dash_assessed_on, awaiting_relisting, closed_on, last_revision
       FROM ${batchRows(
         'x',
         `case_id text, marac_id text, partnership_id text, victim_person_id text, victim_name text, referral_date date,
         referring_agency text, criterion text, status text, is_repeat boolean, previous_case_id text, risk_band text,
         dash_score integer, dash_assessed_on date, awaiting_relisting boolean, closed_on date, last_revision integer`,
       )}
       ON CONFLICT (case_id) DO NOTHING`,
      [...cases.values()],
    );
    await actions.write(manager);
    await bulk(
      manager,
      `UPDATE marac_case_list c SET
         risk_band = CASE WHEN p.dash_on IS NOT NULL AND (c.dash_assessed_on IS NULL OR p.dash_on >= c.dash_assessed_on) THEN p.risk_band ELSE c.risk_band END,
         dash_score = CASE WHEN p.dash_on IS NOT NULL AND (c.dash_assessed_on IS NULL OR p.dash_on >= c.dash_assessed_on) THEN p.dash_score ELSE c.dash_score END,
         dash_assessed_on = CASE WHEN p.dash_on IS NOT NULL AND (c.dash_assessed_on IS NULL OR p.dash_on >= c.dash_assessed_on) THEN p.dash_on ELSE c.dash_assessed_on END,
         is_repeat = COALESCE(p.is_repeat, c.is_repeat),
         previous_case_id = CASE WHEN p.reclassified THEN p.previous_case_id ELSE c.previous_case_id END,
         status = CASE WHEN p.voided THEN 'voided' ELSE COALESCE(p.status, c.status) END,
         closed_on = CASE WHEN p.status IS NULL THEN c.closed_on ELSE p.closed_on END,
         awaiting_relisting = COALESCE(p.awaiting, c.awaiting_relisting),
         referral_date = COALESCE(p.referral_date, c.referral_date),
         referring_agency = COALESCE(p.referring_agency, c.referring_agency),
         criterion = COALESCE(p.criterion, c.criterion),
         last_revision = p.last_revision
       FROM ${batchRows(
         'p',
         `case_id text, from_revision integer, last_revision integer, risk_band text, dash_score integer, dash_on date,
         is_repeat boolean, reclassified boolean, previous_case_id text, status text, closed_on date, awaiting boolean, referral_date date,
         referring_agency text, criterion text, voided boolean`,
       )}
       WHERE c.case_id = p.case_id AND c.last_revision < p.from_revision`,
      [...patches.values()],
    );
    await blankPersonalColumns(manager, erased, [CaseListEntry]);
  },
};
