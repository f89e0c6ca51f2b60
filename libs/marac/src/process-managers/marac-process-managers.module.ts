import { Module } from '@nestjs/common';
import { FollowReferralCorrectionHandler } from '../application/follow-referral-correction/follow-referral-correction.handler.js';
import { ReclassifyCaseRepeatHandler } from '../application/reclassify-case-repeat/reclassify-case-repeat.handler.js';
import { RegisterReferredCaseHandler } from '../application/register-referred-case/register-referred-case.handler.js';
import { RedecideMergedHistoryHandler } from '../application/redecide-merged-history/redecide-merged-history.handler.js';
import { CaseSubjectsReader } from '../read-models/case-subjects.reader.js';
import { PeopleMergesProcessManager } from './people-merges.process-manager.js';
import { VictimHistoryProcessManager } from './victim-history.process-manager.js';

/** MARAC's process managers and the commands they dispatch (loaded by every process: the api, the projector, the CLIs). */
@Module({
  providers: [
    VictimHistoryProcessManager,
    RegisterReferredCaseHandler,
    ReclassifyCaseRepeatHandler,
    FollowReferralCorrectionHandler,
    PeopleMergesProcessManager,
    RedecideMergedHistoryHandler,
    CaseSubjectsReader,
  ],
})
export class MaracProcessManagersModule {}
