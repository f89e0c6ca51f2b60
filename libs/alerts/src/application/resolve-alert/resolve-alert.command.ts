import { CallerCommand } from '@app/access';
import type { AlertCommandResult } from '../handle-alert/alert-command-result.js';

/** The caller closes the alert (an event). */
export class ResolveAlertCommand extends CallerCommand<{ alertId: string }, AlertCommandResult> {}
