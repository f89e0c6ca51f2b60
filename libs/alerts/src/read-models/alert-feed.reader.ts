import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@app/access';
import type { AlertView } from './alert-view.js';
import { visibleAlerts } from './alert-visibility.js';

export interface AlertFeedEntry {
  /** The change's log position, `<commit>/<prepare>`: the event id a client resumes from. */
  id: string;
  change: string;
  alert: AlertView;
}

/** The feed of alert changes (`alert_feed`) as a caller may see them, in log order. */
@Injectable()
export class AlertFeedReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest position in the feed (anyone's): where a client that names no last id starts. */
  async head(): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string | null }[]>(
      `SELECT position_commit::text || '/' || position_prepare::text AS id FROM alert_feed
       ORDER BY position_commit DESC, position_prepare DESC LIMIT 1`,
    );
    return row?.id ?? '0/0';
  }

  async after(caller: Caller, lastId: string, limit: number): Promise<AlertFeedEntry[]> {
    const [commit, prepare] = lastId.split('/');
    const params: unknown[] = [commit, prepare];
    const visible = visibleAlerts(caller, 'all', params);
    params.push(limit);
    const rows = await this.dataSource.query<{ id: string; change: string; alert: AlertView }[]>(
      `SELECT position_commit::text || '/' || position_prepare::text AS id, change, alert FROM alert_feed
       WHERE (position_commit, position_prepare) > ($1::numeric, $2::bigint) AND ${visible}
       ORDER BY position_commit, position_prepare LIMIT $${params.length}`,
      params,
    );
    return rows;
  }
}
