import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { alertsHttpProviders } from '../alerts.providers.js';
import { AlertRecipientRefreshInterceptor } from './alert-recipient-refresh.interceptor.js';
import { AlertRecipientsController } from './alert-recipients.controller.js';
import { AlertSettingsController } from './alert-settings.controller.js';
import { AlertStreamController } from './alert-stream.controller.js';
import { AlertsController } from './alerts.controller.js';

/** Alerts over HTTP, and the refresh of every authenticated caller's alert-recipient row. */
@Module({
  controllers: [AlertStreamController, AlertsController, AlertSettingsController, AlertRecipientsController],
  providers: [...alertsHttpProviders, { provide: APP_INTERCEPTOR, useClass: AlertRecipientRefreshInterceptor }],
})
export class AlertsHttpModule {}
