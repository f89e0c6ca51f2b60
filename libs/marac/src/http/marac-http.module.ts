import { Module } from '@nestjs/common';
import { maracApplicationProviders } from '../marac.providers.js';
import { CaseCorrectionsController } from './case-corrections.controller.js';
import { CasesController } from './cases.controller.js';
import { AllMaracsController, MaracsController } from './maracs.controller.js';
import { MaracRegistryController } from './marac-registry.controller.js';
import { ImportsController } from './imports.controller.js';
import { MeetingsController } from './meetings.controller.js';
import { ReferralsController } from './referrals.controller.js';
import { SettingsController } from './settings.controller.js';

@Module({
  controllers: [
    ReferralsController,
    CasesController,
    CaseCorrectionsController,
    MeetingsController,
    MaracRegistryController,
    AllMaracsController,
    MaracsController,
    SettingsController,
    ImportsController,
  ],
  providers: maracApplicationProviders,
  exports: maracApplicationProviders,
})
export class MaracHttpModule {}
