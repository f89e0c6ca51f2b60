import { Module } from '@nestjs/common';
import { alertsHttpProviders } from '../alerts.providers.js';
import { AlertSettingsController } from './alert-settings.controller.js';
import { AlertStreamController } from './alert-stream.controller.js';
import { AlertsController } from './alerts.controller.js';

/** Alerts over HTTP. */
@Module({ controllers: [AlertStreamController, AlertsController, AlertSettingsController], providers: alertsHttpProviders })
export class AlertsHttpModule {}
