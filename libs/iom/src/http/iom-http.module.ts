import { Module } from '@nestjs/common';
import { iomApplicationProviders } from '../iom.providers.js';
import { IomAreasController } from './iom-areas.controller.js';
import { IomCohortsController } from './iom.controller.js';

@Module({
  controllers: [IomCohortsController, IomAreasController],
  providers: iomApplicationProviders,
  exports: iomApplicationProviders,
})
export class IomHttpModule {}
