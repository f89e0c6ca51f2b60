import { Module } from '@nestjs/common';
import { RaiseStageAlertHandler } from '../application/raise-stage-alert/raise-stage-alert.handler.js';
import { StageDeadlinesProcessManager } from './stage-deadlines.process-manager.js';

/** Case Review's process manager and the command its deadlines fire (loaded by every process). */
@Module({ providers: [StageDeadlinesProcessManager, RaiseStageAlertHandler] })
export class CaseReviewProcessManagersModule {}
