import { Module } from '@nestjs/common';
import { KitModule } from '@app/kit';
import { CheckPersonWatchHandler } from '../application/check-person-watch/check-person-watch.handler.js';
import { ClearAlertCauseHandler } from '../application/clear-alert-cause/clear-alert-cause.handler.js';
import { NoteWatchFactHandler } from '../application/note-watch-fact/note-watch-fact.handler.js';
import { RaiseAlertHandler } from '../application/raise-alert/raise-alert.handler.js';
import { RaiseScheduledAlertHandler } from '../application/raise-scheduled-alert/raise-scheduled-alert.handler.js';
import { AlertRulesProcessManager } from './alert-rules.process-manager.js';

/** The alert rules and the system commands they and their deadlines dispatch (loaded by every process). */
@Module({
  imports: [KitModule],
  providers: [
    AlertRulesProcessManager,
    RaiseAlertHandler,
    RaiseScheduledAlertHandler,
    ClearAlertCauseHandler,
    NoteWatchFactHandler,
    CheckPersonWatchHandler,
  ],
})
export class AlertsProcessManagersModule {}
