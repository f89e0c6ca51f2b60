import { Module } from '@nestjs/common';
import { GetCrossServiceRepeatsHandler } from './application/get-cross-service-repeats/get-cross-service-repeats.handler.js';
import { ListCrossServiceVictimsHandler } from './application/list-cross-service-victims/list-cross-service-victims.handler.js';
import { CrossServiceController } from './http/cross-service.controller.js';
import { ServiceContactsReader } from './read-models/service-contacts.reader.js';

@Module({
  controllers: [CrossServiceController],
  providers: [GetCrossServiceRepeatsHandler, ListCrossServiceVictimsHandler, ServiceContactsReader],
})
export class CrossServiceHttpModule {}
