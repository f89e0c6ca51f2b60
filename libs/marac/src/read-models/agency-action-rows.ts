import type { EntityManager } from 'typeorm';
import { batchRows, bulk } from '@app/projections';

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
 */
export class AgencyActionRows {
  private readonly added = new Map<string, ActionRow>();
  private readonly completions: Pick<ActionRow, 'case_id' | 'action_id' | 'completed_on'>[] = [];

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
  }
}
