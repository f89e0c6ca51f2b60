import { CallerCommand } from '@app/access';
import type { AlertCommandResult } from '../handle-alert/alert-command-result.js';

/** The caller has seen the alert and is on it (an event; the alert stays open). */
export class AcknowledgeAlertCommand extends CallerCommand<{ alertId: string }, AlertCommandResult> {}
