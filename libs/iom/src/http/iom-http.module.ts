import { Module } from '@nestjs/common';
import { iomApplicationProviders } from '../iom.providers.js';
import { IomAreasController } from './iom-areas.controller.js';
import { IomMeasuresController } from './iom-measures.controller.js';
import { IomCohortsController } from './iom.controller.js';

@Module({
  controllers: [IomCohortsController, IomAreasController, IomMeasuresController],
  providers: iomApplicationProviders,
  exports: iomApplicationProviders,
})
export class IomHttpModule {}
