import { Module } from '@nestjs/common';
import { victimServicesProviders } from '../victim-services.providers.js';
import { VictimServiceCasesController } from './victim-service-cases.controller.js';
import { VictimServicesController } from './victim-services.controller.js';

@Module({
  controllers: [VictimServicesController, VictimServiceCasesController],
  providers: victimServicesProviders,
  exports: victimServicesProviders,
})
export class VictimServicesHttpModule {}
