import { Module } from '@nestjs/common';
import { iomApplicationProviders } from '../iom.providers.js';
import { IomCohortsController } from './iom.controller.js';

@Module({
  controllers: [IomCohortsController],
  providers: iomApplicationProviders,
  exports: iomApplicationProviders,
})
export class IomHttpModule {}
