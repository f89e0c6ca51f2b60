import { Module } from '@nestjs/common';
import { BasisOfReadHandler } from './application/basis-of-read.handler.js';
import { SharingStatusHandler } from './application/sharing-status.handler.js';
import { SharingController } from './http/sharing.controller.js';
import { sharingHttpProviders } from './sharing.providers.js';

/** The status and basis-of-read queries other contexts ask, in every process (their process managers may ask it too). */
@Module({ providers: [SharingStatusHandler, BasisOfReadHandler], exports: [SharingStatusHandler, BasisOfReadHandler] })
export class SharingModule {}

@Module({ controllers: [SharingController], providers: sharingHttpProviders })
export class SharingHttpModule {}
