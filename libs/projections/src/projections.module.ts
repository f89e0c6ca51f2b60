import { Global, Module } from '@nestjs/common';
import { ProjectionsService } from './projections.service.js';
import { ReadModelErasure } from './read-model-erasure.js';

@Global()
@Module({ providers: [ProjectionsService, ReadModelErasure], exports: [ProjectionsService, ReadModelErasure] })
export class ProjectionsModule {}
