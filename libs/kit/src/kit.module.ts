import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Deadlines } from './deadlines/deadlines.js';
import { DeadLetters } from './process-managers/dead-letters.js';
import { ProcessManagersService } from './process-managers/process-managers.service.js';

/**
 * Process managers, their dead letters and deadlines, for every process of the app. Not global on purpose:
 * Nest runs global modules' bootstrap hooks first, so the CommandBus has its handlers before a process
 * manager or a deadline dispatches anything.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [Deadlines, ProcessManagersService, DeadLetters],
  exports: [Deadlines, ProcessManagersService, DeadLetters],
})
export class KitModule {}
