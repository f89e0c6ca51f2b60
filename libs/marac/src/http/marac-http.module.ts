import { Module } from '@nestjs/common';
import { maracApplicationProviders } from '../marac.providers.js';
import { CasesController } from './cases.controller.js';
import { AllMaracsController, MaracsController } from './maracs.controller.js';
import { MaracRegistryController } from './marac-registry.controller.js';
import { MeetingsController } from './meetings.controller.js';
import { ReferralsController } from './referrals.controller.js';
import { SettingsController } from './settings.controller.js';

@Module({
  controllers: [ReferralsController, CasesController, MeetingsController, MaracRegistryController, AllMaracsController, MaracsController, SettingsController],
  providers: maracApplicationProviders,
  exports: maracApplicationProviders,
})
export class MaracHttpModule {}
