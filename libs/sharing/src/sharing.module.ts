import { Module } from '@nestjs/common';
import { SharingStatusHandler } from './application/sharing-status.handler.js';
import { SharingController } from './http/sharing.controller.js';
import { sharingHttpProviders } from './sharing.providers.js';

/** The status query other contexts ask, in every process (their process managers may ask it too). */
@Module({ providers: [SharingStatusHandler], exports: [SharingStatusHandler] })
export class SharingModule {}

@Module({ controllers: [SharingController], providers: sharingHttpProviders })
export class SharingHttpModule {}
