import { Inject, Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId, EVENT_STORE, streamName, type CommandContext, type EventStore } from '@app/event-store';
import { errorSummary } from '@app/platform';
import {
  DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  MARAC_VICTIM_STREAM_CATEGORY,
  maracCaseDecider,
  maracVictimDecider,
  repeatOf,
  type CaseReferred,
  type ReferCase,
  type RegisterReferral,
} from '../../domain/index.js';
import { registrationContext, registrationOf } from '../../process-managers/victim-history.process-manager.js';
import { caseStream } from '../case-command.js';
import { todayOf } from '../command-time.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { MaracRegistry } from '../marac-registry.js';
import { RegisterReferredCaseCommand } from '../register-referred-case/register-referred-case.command.js';
import { assertVictimInCallerScope } from '../victim-scope.js';
import { ReferCaseCommand, type ReferCaseResult } from './refer-case.command.js';

/**
 * Refer a case. The request writes one stream, the case's (`marac_case-<caseId>`): the repeat outcome is
 * decided on the victim's history as registered so far (`repeatOf`: the same victim and perpetrator(s)), and the victim's rules (date order, potential
 * escalation, the repeat criterion) are checked on it without appending, so what they refuse is refused
 * now. The victim's history (`marac_victim-<personId>`) then follows through the victim-history process
 * manager: this handler performs that manager's registration at once, under the command id the manager
 * would derive, so the next referral of the victim reads it; if that fails the case stands and the manager
 * registers it later. No failure can leave a referral in the victim's history without its case (a person
 * whose data was erased is refused by the case's own write, 409). Ids derive
 * from the command id, so a retry with the same Idempotency-Key lands on the same case.
 */
@CommandHandler(ReferCaseCommand)
export class ReferCaseHandler implements ICommandHandler<ReferCaseCommand> {
  private readonly logger = new Logger(ReferCaseHandler.name);

  constructor(
    private readonly executor: CommandExecutor,
    private readonly registry: MaracRegistry,
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ caller, context, input }: ReferCaseCommand): Promise<ReferCaseResult> {
    const caseId = deriveId(context.commandId, 'case');
    const personId = input.victim.personId ?? deriveId(context.commandId, 'victim');
    noteAudit({
      recordKind: 'marac_case',
      recordId: caseId,
      partnershipId: input.partnershipId,
      subjectIds: [personId, ...input.perpetrators.map((p) => p.personId)],
    });
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    await assertVictimInCallerScope(this.store, caller, personId);
    await this.registry.partnershipOfMarac(caller, input.maracId, input.partnershipId);
    // The threshold in force on the referral date, not today's: it is recorded with the referral for good.
    const { policeCallOutThreshold } = await this.registry.partnershipSettingsOn(input.partnershipId, input.referralDate);
    const scoped: CommandContext = { ...context, partnershipId: input.partnershipId };
    const today = todayOf(context);

    const { state: victim } = await this.executor.load(streamName(MARAC_VICTIM_STREAM_CATEGORY, personId), maracVictimDecider);
    const perpetratorPersonIds = input.perpetrators.map((perpetrator) => perpetrator.personId);
    const { repeat, previousCaseId } = repeatOf(victim, input.referralDate, perpetratorPersonIds);
    const referral: ReferCase = {
      ...input,
      type: 'ReferCase',
      caseId,
      victim: { ...input.victim, personId },
      isRepeat: repeat,
      previousCaseId,
      today,
    };
    const registration: RegisterReferral = {
      type: 'RegisterReferral',
      personId,
      caseId,
      maracId: input.maracId,
      referralDate: input.referralDate,
      criterion: input.criterion,
      perpetratorPersonIds,
      policeCallOutThreshold,
      policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
      today,
    };
    const opened = await this.executor.handle(
      caseStream(caseId),
      maracCaseDecider,
      (state) => {
        const events = maracCaseDecider.decide(referral, state);
        // The victim's rules, decided on the history read; nothing is appended to it here. (Not reached on
        // a retry of a referral already written: the executor answers its first outcome.)
        maracVictimDecider.decide(registration, victim);
        return events;
      },
      { context: scoped },
    );
    const referred = opened.events[0] as CaseReferred;
    await this.registerInVictimHistory(referred, scoped);
    return { caseId, personId, isRepeat: referred.data.isRepeat, previousCaseId: referred.data.previousCaseId, revision: opened.revision };
  }

  /**
   * The victim-history process manager's reaction to this CaseReferred, performed now: the same command
   * and command id, so whichever runs second appends nothing. A failure here changes nothing the client
   * must retry (the case is written); the manager retries it.
   */
  private async registerInVictimHistory(referred: CaseReferred, referral: CommandContext): Promise<void> {
    try {
      await this.commandBus.execute(new RegisterReferredCaseCommand(registrationOf(referred), registrationContext(referral)));
    } catch (error) {
      this.logger.warn(
        `The victim's history will record case ${referred.data.caseId} through the process manager (${errorSummary(error).message}).`,
      );
    }
  }
}
