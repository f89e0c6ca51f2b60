import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import {
  CommandExecutor,
  deriveId,
  EVENT_STORE,
  PERSONAL_DATA_PROTECTOR,
  streamName,
  type CommandContext,
  type EventStore,
  type PersonalDataProtector,
} from '@app/event-store';
import {
  DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  MARAC_VICTIM_STREAM_CATEGORY,
  maracCaseDecider,
  maracVictimDecider,
  repeatOf,
  type ReferCase,
  type RegisterReferral,
  type VictimReferred,
} from '../../domain/index.js';
import { caseStream } from '../case-command.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { PartnershipSettingsStore } from '../partnership-settings.store.js';
import { assertVictimInCallerScope } from '../victim-scope.js';
import { ReferCaseCommand, type ReferCaseResult } from './refer-case.command.js';

/**
 * Refer a case: the victim's history decides whether the referral is a repeat (RegisterReferral on
 * `marac_victim-<personId>`), then the case is opened with that outcome (ReferCase on
 * `marac_case-<caseId>`). The case command is checked first, against the repeat outcome the victim's
 * history gives now, so a referral the case refuses leaves no trace in the victim's history. Both ids
 * derive from the command id, so a retry with the same Idempotency-Key lands on the same streams.
 */
@CommandHandler(ReferCaseCommand)
export class ReferCaseHandler implements ICommandHandler<ReferCaseCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly settings: PartnershipSettingsStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSONAL_DATA_PROTECTOR) private readonly protector: PersonalDataProtector,
  ) {}

  async execute({ caller, context, input }: ReferCaseCommand): Promise<ReferCaseResult> {
    const caseId = deriveId(context.commandId, 'case');
    const personId = input.victim.personId ?? deriveId(context.commandId, 'victim');
    noteAudit({ recordKind: 'marac_case', recordId: caseId, partnershipId: input.partnershipId, subjectIds: [personId, ...input.perpetrators.map((p) => p.personId)] });
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    const victimStream = streamName(MARAC_VICTIM_STREAM_CATEGORY, personId);
    await assertVictimInCallerScope(this.store, caller, personId);
    const { policeCallOutThreshold } = await this.settings.settingsOf(input.partnershipId);
    const scoped: CommandContext = { ...context, partnershipId: input.partnershipId };

    const build = (isRepeat: boolean, previousCaseId: string | null): ReferCase => ({
      ...input,
      type: 'ReferCase',
      caseId,
      victim: { ...input.victim, personId },
      isRepeat,
      previousCaseId,
    });

    const register: RegisterReferral = {
      type: 'RegisterReferral',
      personId,
      caseId,
      maracId: input.maracId,
      referralDate: input.referralDate,
      criterion: input.criterion,
      policeCallOutThreshold,
      policeCallOutWindowMonths: DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
    };

    // Dry run of the case's own rules (DASH threshold, profile, perpetrators) and of the victim's (date
    // order, call-outs) before touching the victim's history. (Skipped on a retry of a referral already
    // registered: the handles below then replay the first outcome.)
    const { state: victimNow } = await this.executor.load(victimStream, maracVictimDecider);
    if (!victimNow.referrals.some((referral) => referral.caseId === caseId)) {
      const expected = repeatOf(victimNow, input.referralDate);
      maracCaseDecider.decide(build(expected.repeat, expected.previousCaseId), maracCaseDecider.initialState());
      maracVictimDecider.decide(register, victimNow);
      // And of the encryption: a person whose personal data was erased cannot be written about again
      // (409), so refuse before the victim's history records a referral whose case could not open.
      await this.protector.protect(
        [personId, ...input.perpetrators.map((p) => p.personId)].map((subjectId) => ({ subjectId, personal: {} })),
        input.partnershipId,
      );
    }

    const victim = await this.executor.handle(
      victimStream,
      maracVictimDecider,
      (state) => maracVictimDecider.decide(register, state),
      // Event ids derive from the command id and index: each stream of one request needs its own command id.
      { context: { ...scoped, commandId: deriveId(context.commandId, 'victim-stream') } },
    );
    const referred = victim.events.find((event): event is VictimReferred => event.type === 'VictimReferred');
    if (!referred) throw new Error('RegisterReferral produced no VictimReferred event');

    const opened = await this.executor.handle(
      caseStream(caseId),
      maracCaseDecider,
      (state) => maracCaseDecider.decide(build(referred.data.repeat, referred.data.previousCaseId), state),
      { context: scoped },
    );
    return { caseId, personId, isRepeat: referred.data.repeat, previousCaseId: referred.data.previousCaseId, revision: opened.revision };
  }
}
