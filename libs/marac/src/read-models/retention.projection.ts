import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { MaracCaseEvent } from '../domain/index.js';
import { batchRows, bulk, streamId } from '@app/projections';
import { CaseSubject } from './case-subject.entity.js';

interface StatusPatch {
  case_id: string;
  from_revision: number;
  last_revision: number;
  status: 'open' | 'closed';
  closed_on: string | null;
}

interface RetentionCaseRow {
  case_id: string;
  marac_id: string;
  partnership_id: string;
  status: StatusPatch['status'];
  closed_on: string | null;
  last_revision: number;
}

/**
 * What the retention rule needs, and nothing personal: each case's status and closure date, and the
 * subject ids (victim, perpetrators) it names. PersonalDataErased (category `erasure`) marks a subject
 * erased so the rule does not report them again. Status changes are applied only to rows that have not
 * seen those revisions, like the case list.
 */
export const maracRetentionProjection: Projection = {
  name: 'marac_retention',
  readsPersonalData: false,
  filter: { categories: ['marac_case', 'erasure'] },
  tables: ['marac_retention_cases', 'marac_case_subjects'],

  async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
    const cases = new Map<string, RetentionCaseRow>();
    const subjects: object[] = [];
    const patches = new Map<string, StatusPatch>();
    const erased: string[] = [];

    const patch = (caseId: string, revision: number, status: StatusPatch['status'], closedOn: string | null) => {
      const current = patches.get(caseId);
      if (current) Object.assign(current, { last_revision: revision, status, closed_on: closedOn });
      else patches.set(caseId, { case_id: caseId, from_revision: revision, last_revision: revision, status, closed_on: closedOn });
    };

    for (const envelope of envelopes) {
      if (envelope.event.type === 'PersonalDataErased') {
        erased.push((envelope.event.data as { subjectId?: string }).subjectId ?? streamId(envelope.streamName));
        continue;
      }
      const event = envelope.event as MaracCaseEvent;
      switch (event.type) {
        case 'CaseReferred':
          if (cases.has(event.data.caseId)) break;
          cases.set(event.data.caseId, {
            case_id: event.data.caseId,
            marac_id: event.data.maracId,
            partnership_id: event.data.partnershipId,
            status: 'open',
            closed_on: null,
            last_revision: envelope.revision,
          });
          subjects.push({ case_id: event.data.caseId, subject_id: event.data.victim.personId, role: 'victim' });
          for (const perpetrator of event.data.perpetrators) {
            subjects.push({ case_id: event.data.caseId, subject_id: perpetrator.personId, role: 'perpetrator' });
          }
          break;
        case 'CaseClosed':
          patch(event.data.caseId, envelope.revision, 'closed', event.data.closedOn);
          break;
        case 'CaseReopened':
          patch(event.data.caseId, envelope.revision, 'open', null);
          break;
        case 'MaracRecordVoided':
          // A voided case counts as closed on the day it was voided: its people are kept as long after that as after a closure.
          if (event.data.recordKind === 'referral')
            patch(event.data.caseId, envelope.revision, 'closed', event.data.correctedAt.slice(0, 10));
          break;
        default:
          break;
      }
    }

    // A case referred in this batch is inserted with its status at the end of the batch.
    for (const { case_id, last_revision, status, closed_on } of patches.values()) {
      const row = cases.get(case_id);
      if (!row) continue;
      Object.assign(row, { status, closed_on, last_revision });
      patches.delete(case_id);
    }

    await bulk(
      manager,
      `INSERT INTO marac_retention_cases (case_id, marac_id, partnership_id, status, closed_on, last_revision)
       SELECT case_id, marac_id, partnership_id, status, closed_on, last_revision
       FROM ${batchRows('x', 'case_id text, marac_id text, partnership_id text, status text, closed_on date, last_revision integer')}
       ON CONFLICT (case_id) DO NOTHING`,
      [...cases.values()],
    );
    await bulk(
      manager,
      `INSERT INTO marac_case_subjects (case_id, subject_id, role)
       SELECT case_id, subject_id, role FROM ${batchRows('x', 'case_id text, subject_id text, role text')}
       ON CONFLICT (case_id, subject_id) DO NOTHING`,
      subjects,
    );
    await bulk(
      manager,
      `UPDATE marac_retention_cases c SET status = p.status, closed_on = p.closed_on, last_revision = p.last_revision
       FROM ${batchRows('p', 'case_id text, from_revision integer, last_revision integer, status text, closed_on date')}
       WHERE c.case_id = p.case_id AND c.last_revision < p.from_revision`,
      [...patches.values()],
    );
    if (erased.length > 0) {
      await manager
        .createQueryBuilder()
        .update(CaseSubject)
        .set({ erased: true })
        .where('subject_id = ANY(:erased)', { erased })
        .andWhere('NOT erased')
        .execute();
    }
  },
};
