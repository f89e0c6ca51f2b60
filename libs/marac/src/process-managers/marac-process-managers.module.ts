import { Module } from '@nestjs/common';
import { FollowReferralCorrectionHandler } from '../application/follow-referral-correction/follow-referral-correction.handler.js';
import { VictimHistoryProcessManager } from './victim-history.process-manager.js';

/** MARAC's process managers and the handlers they dispatch to, loaded by every process. */
@Module({ providers: [VictimHistoryProcessManager, FollowReferralCorrectionHandler] })
export class MaracProcessManagersModule {}
