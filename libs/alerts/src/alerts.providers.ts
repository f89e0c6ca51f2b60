import { AcknowledgeAlertHandler, ResolveAlertHandler } from './application/handle-alert/handle-alert.handler.js';
import { ChangeAlertSettingsHandler } from './application/change-alert-settings/change-alert-settings.handler.js';
import { GetAlertSettingsHandler } from './application/get-alert-settings/get-alert-settings.handler.js';
import { ListAlertsHandler } from './application/list-alerts/list-alerts.handler.js';
import { IssueStreamTicketHandler } from './application/issue-stream-ticket/issue-stream-ticket.handler.js';
import { AlertFeedReader } from './read-models/alert-feed.reader.js';
import { AlertRecipients } from './application/email/alert-recipients.js';
import { AlertListReader } from './read-models/alert-list.reader.js';
import { AlertRecipientsRetention } from './application/email/alert-recipients-retention.js';
import { RemoveAlertRecipientHandler } from './application/remove-alert-recipient/remove-alert-recipient.handler.js';

/** The alerts context's user-facing command and query handlers and what they read through. */
export const alertsHttpProviders = [
  AcknowledgeAlertHandler,
  ResolveAlertHandler,
  ChangeAlertSettingsHandler,
  GetAlertSettingsHandler,
  ListAlertsHandler,
  AlertListReader,
  IssueStreamTicketHandler,
  AlertFeedReader,
  AlertRecipients,
  AlertRecipientsRetention,
  RemoveAlertRecipientHandler,
];
