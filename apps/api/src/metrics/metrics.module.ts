import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { KitModule } from '@app/kit';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { HttpMetricsInterceptor } from './http-metrics.interceptor.js';

@Module({
  imports: [KitModule],
  controllers: [MetricsController],
  providers: [MetricsService, { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor }],
  exports: [MetricsService],
})
export class MetricsModule {}
