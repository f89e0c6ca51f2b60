import { Module } from '@nestjs/common';
import { victimServicesProviders } from '../victim-services.providers.js';
import { VictimServiceCasesController } from './victim-service-cases.controller.js';
import { VictimServicesController } from './victim-services.controller.js';
import { VictimServicesSettingsController } from './victim-services-settings.controller.js';

@Module({
  controllers: [VictimServicesController, VictimServiceCasesController, VictimServicesSettingsController],
  providers: victimServicesProviders,
  exports: victimServicesProviders,
})
export class VictimServicesHttpModule {}
