import { ApiProperty } from '@nestjs/swagger';
import { CallerQuery } from '@app/access';
import type { AlertKind } from '../../domain/index.js';
import { AlertView } from '../../read-models/alert-view.js';

export interface ListAlertsInput {
  /** `mine`: for a role I hold or me as lead; `team`: for my teams; `all`: both. */
  scope: 'mine' | 'team' | 'all';
  kinds?: AlertKind[];
  /** `open` (raised or acknowledged, the default), or one state. */
  state: 'open' | 'raised' | 'acknowledged' | 'resolved';
  partnershipId?: string;
  page: number;
  pageSize: number;
}

export class AlertPage {
  @ApiProperty({ type: [AlertView], description: 'Most urgent first: by kind (ALERT_URGENCY), then the earliest due, then the oldest.' })
  items: AlertView[];
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) page: number;
  @ApiProperty({ type: 'integer' }) pageSize: number;
}

/** The caller's alerts (theirs and their teams'), from the read model. */
export class ListAlertsQuery extends CallerQuery<ListAlertsInput, AlertPage> {}
