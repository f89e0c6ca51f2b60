import type { BoundedContext } from '@app/kit';
import { alertsEventTypes, alertsUpcasters } from './domain/index.js';
import { AlertsHttpModule } from './http/alerts-http.module.js';
import { AlertsProcessManagersModule } from './process-managers/alerts-process-managers.module.js';
import { alertWatchMergesUpgrade } from './upgrade/note-past-merges.js';
import {
  AlertEmails1767000000002,
  AlertEmailSent,
  AlertFeedRow,
  AlertRecipient,
  AlertRow,
  Alerts1767000000000,
  alertsProjection,
} from './read-models/index.js';

/** Alerts (issue 16): raised by rules over the other contexts' events and by deadlines; acknowledged and resolved by people. */
export const alertsContext: BoundedContext = {
  name: 'alerts',
  eventTypes: alertsEventTypes,
  upcasters: alertsUpcasters,
  entities: [AlertRow, AlertFeedRow, AlertRecipient, AlertEmailSent],
  migrations: [Alerts1767000000000, AlertEmails1767000000002],
  projections: [alertsProjection],
  httpModule: AlertsHttpModule,
  processManagers: AlertsProcessManagersModule,
  upgrades: [alertWatchMergesUpgrade],
};
