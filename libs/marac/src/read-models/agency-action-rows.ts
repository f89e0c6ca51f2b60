import type { EntityManager } from 'typeorm';
import type { MaracRecordAmended, MaracRecordVoided } from '../domain/index.js';
import { batchRows, bulk, LaterStatements, setFields } from '@app/projections';
import { CaseListAction } from './case-list-action.entity.js';
import { ReportAction } from './report-action.entity.js';

const ENTITY_OF = { marac_case_actions: CaseListAction, marac_report_actions: ReportAction } as const;

export interface ActionRow {
  case_id: string;
  action_id: string;
  marac_id: string;
  partnership_id: string;
  agency: string;
  due_date: string;
  completed_on: string | null;
}

/**
 * A batch's agency actions for a table of (case_id, action_id, marac_id, partnership_id, agency, due_date,
 * completed_on): actions added in the batch are inserted already completed when the batch completes them
 * too; completions of older actions update their rows. The first addition and the first completion win.
 * Corrections (an amended agency or due date, a voided action, a voided case) change the batch's own rows
 * before they are inserted and the older rows after.
 */
export class AgencyActionRows {
  private readonly added = new Map<string, ActionRow>();
  private readonly completions: Pick<ActionRow, 'case_id' | 'action_id' | 'completed_on'>[] = [];
  private readonly corrections = new LaterStatements();

  constructor(private readonly table: 'marac_case_actions' | 'marac_report_actions') {}

  add(row: Omit<ActionRow, 'completed_on'>): void {
    const key = `${row.case_id}/${row.action_id}`;
    if (!this.added.has(key)) this.added.set(key, { ...row, completed_on: null });
  }

  complete(caseId: string, actionId: string, completedOn: string): void {
    const added = this.added.get(`${caseId}/${actionId}`);
    if (added) added.completed_on ??= completedOn;
    else this.completions.push({ case_id: caseId, action_id: actionId, completed_on: completedOn });
  }

  amend(caseId: string, actionId: string, fields: Partial<Pick<ActionRow, 'agency' | 'due_date'>>): void {
    if (fields.agency === undefined && fields.due_date === undefined) return; // a description: not kept here
    const added = this.added.get(`${caseId}/${actionId}`);
    if (added) {
      added.agency = fields.agency ?? added.agency;
      added.due_date = fields.due_date ?? added.due_date;
    } else {
      this.corrections.add((manager) =>
        manager.update(ENTITY_OF[this.table], { caseId, actionId }, setFields({ agency: fields.agency, dueDate: fields.due_date })),
      );
    }
  }

  /** A voided action, or every action of a voided case (`actionId` null): they no longer count anywhere. */
  remove(caseId: string, actionId: string | null): void {
    for (const [key, row] of this.added)
      if (row.case_id === caseId && (actionId === null || row.action_id === actionId)) this.added.delete(key);
    this.corrections.add((manager) => manager.delete(ENTITY_OF[this.table], actionId === null ? { caseId } : { caseId, actionId }));
  }

  /** What a correction of the case changes in its actions. */
  correct(event: MaracRecordAmended | MaracRecordVoided): void {
    const { data } = event;
    if (event.type === 'MaracRecordVoided') {
      if (data.recordKind === 'referral') this.remove(data.caseId, null);
      else if (data.recordKind === 'agency-action') this.remove(data.caseId, data.recordId);
    } else if (event.data.recordKind === 'agency-action') {
      const { agency, dueDate } = event.data.amended;
      this.amend(data.caseId, data.recordId, { agency, due_date: dueDate });
    }
  }

  async write(manager: EntityManager): Promise<void> {
    await bulk(
      manager,
      `INSERT INTO ${this.table} (case_id, action_id, marac_id, partnership_id, agency, due_date, completed_on)
       SELECT case_id, action_id, marac_id, partnership_id, agency, due_date, completed_on
       FROM ${batchRows('x', 'case_id text, action_id text, marac_id text, partnership_id text, agency text, due_date date, completed_on date')}
       ON CONFLICT (case_id, action_id) DO NOTHING`,
      [...this.added.values()],
    );
    await bulk(
      manager,
      `UPDATE ${this.table} a SET completed_on = x.completed_on
       FROM ${batchRows('x', 'case_id text, action_id text, completed_on date')}
       WHERE a.case_id = x.case_id AND a.action_id = x.action_id AND a.completed_on IS NULL`,
      this.completions,
    );
    await this.corrections.run(manager);
  }
}
