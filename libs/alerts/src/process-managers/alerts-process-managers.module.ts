import { Module } from '@nestjs/common';
import { KitModule } from '@app/kit';
import { CheckMergedPeopleHandler } from '../application/check-merged-people/check-merged-people.handler.js';
import { CheckPersonWatchHandler } from '../application/check-person-watch/check-person-watch.handler.js';
import { ClearAlertCauseHandler } from '../application/clear-alert-cause/clear-alert-cause.handler.js';
import { NoteWatchFactHandler } from '../application/note-watch-fact/note-watch-fact.handler.js';
import { NoteWatchMergeHandler } from '../application/note-watch-merge/note-watch-merge.handler.js';
import { RaiseAlertHandler } from '../application/raise-alert/raise-alert.handler.js';
import { RaiseScheduledAlertHandler } from '../application/raise-scheduled-alert/raise-scheduled-alert.handler.js';
import { AlertDigests } from '../application/email/alert-digests.js';
import { AlertMailer } from '../application/email/alert-mailer.js';
import { AlertRecipients } from '../application/email/alert-recipients.js';
import { DailyDigestSchedule } from '../application/email/daily-digest-schedule.js';
import { SendAlertNoticeHandler } from '../application/email/send-alert-notice.handler.js';
import { SendDailyDigestHandler } from '../application/email/send-daily-digest.handler.js';
import { AlertNoticesProcessManager } from './alert-notices.process-manager.js';
import { AlertRulesProcessManager } from './alert-rules.process-manager.js';

/** The alert rules, the alert e-mails, and the system commands they and their deadlines dispatch (loaded by every process). */
@Module({
  imports: [KitModule],
  providers: [
    AlertRulesProcessManager,
    RaiseAlertHandler,
    RaiseScheduledAlertHandler,
    ClearAlertCauseHandler,
    NoteWatchFactHandler,
    CheckPersonWatchHandler,
    NoteWatchMergeHandler,
    CheckMergedPeopleHandler,
    AlertNoticesProcessManager,
    SendAlertNoticeHandler,
    SendDailyDigestHandler,
    AlertDigests,
    AlertMailer,
    AlertRecipients,
    DailyDigestSchedule,
  ],
})
export class AlertsProcessManagersModule {}
