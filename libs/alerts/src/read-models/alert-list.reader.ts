import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@app/access';
import type { AlertPage, ListAlertsInput } from '../application/list-alerts/list-alerts.query.js';
import { ALERT_SELECT, alertViewOf, type AlertSqlRow } from './alert-view.js';
import { visibleAlerts } from './alert-visibility.js';

@Injectable()
export class AlertListReader {
  constructor(private readonly dataSource: DataSource) {}

  async page(caller: Caller, input: ListAlertsInput): Promise<AlertPage> {
    const params: unknown[] = [];
    const where = [visibleAlerts(caller, input.scope, params)];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (input.partnershipId) add((n) => `partnership_id = $${n}`, input.partnershipId);
    if (input.kinds?.length) add((n) => `kind = ANY($${n})`, input.kinds);
    if (input.state === 'open') where.push(`state IN ('raised', 'acknowledged')`);
    else add((n) => `state = $${n}`, input.state);
    const condition = where.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM alerts WHERE ${condition}`,
      params,
    );
    const rows = await this.dataSource.query<AlertSqlRow[]>(
      `SELECT ${ALERT_SELECT} FROM alerts WHERE ${condition}
       ORDER BY (state = 'resolved'), urgency, due_on, raised_at, alert_id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, input.pageSize, (input.page - 1) * input.pageSize],
    );
    return { items: rows.map(alertViewOf), total, page: input.page, pageSize: input.pageSize };
  }
}
