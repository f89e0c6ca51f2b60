import { Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { CommandExecutor, deriveId, type CommandContext } from '@app/event-store';
import { errorSummary } from '@app/platform';
import { todayOf } from '@app/kit';
import {
  DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS,
  maracCaseDecider,
  maracVictimDecider,
  repeatOf,
  type CaseReferred,
  type MaracVictimState,
  type ReferCase,
  type RegisterReferral,
} from '../../domain/index.js';
import { registrationContext, registrationOf } from '../../process-managers/victim-history.process-manager.js';
import { caseStream } from '../case-command.js';
import { PARTNERSHIP_NOT_FOUND } from '../not-found-messages.js';
import { MaracRegistry } from '../marac-registry.js';
import { RegisterReferredCaseCommand } from '../register-referred-case/register-referred-case.command.js';
import { ReferCaseCommand, type ReferCaseInput, type ReferCaseResult } from './refer-case.command.js';
import { ReferralPeople } from './referral-people.js';
import { loadVictimHistory } from '../victim-history.js';

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
 *
 * The victim and perpetrators are people of the partnership (ReferralPeople): existing records resolved to
 * their canonical person (the victim's history is read from every record of theirs, so a merged duplicate's
 * referrals count), new ones registered once every check has passed (the referral is first decided on
 * stand-in ids, so a refusal registers nobody).
 */
@CommandHandler(ReferCaseCommand)
export class ReferCaseHandler implements ICommandHandler<ReferCaseCommand> {
  private readonly logger = new Logger(ReferCaseHandler.name);

  constructor(
    private readonly executor: CommandExecutor,
    private readonly registry: MaracRegistry,
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly people: ReferralPeople,
  ) {}

  async execute({ caller, context, input }: ReferCaseCommand): Promise<ReferCaseResult> {
    const caseId = deriveId(context.commandId, 'case');
    const note = (subjectIds: string[]) =>
      noteAudit({ recordKind: 'marac_case', recordId: caseId, partnershipId: input.partnershipId, subjectIds });
    const namedIds = [input.victim.personId, ...input.perpetrators.map((p) => p.personId)].filter((id): id is string => !!id);
    note(namedIds);
    assertCallerRole(caller, 'coordinator');
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    await this.registry.partnershipOfMarac(caller, input.maracId, input.partnershipId);
    // The threshold in force on the referral date, not today's: it is recorded with the referral for good.
    const { policeCallOutThreshold } = await this.registry.partnershipSettingsOn(input.partnershipId, input.referralDate);
    const scoped: CommandContext = { ...context, partnershipId: input.partnershipId };
    const today = todayOf(context);
    const decideOn = (victimId: string, perpetratorIds: string[], details: ReferCase['victim']['details'][], victim: MaracVictimState) => {
      const referral = this.referral(
        input,
        caseId,
        today,
        victimId,
        perpetratorIds,
        details,
        repeatOf(victim, input.referralDate, perpetratorIds),
      );
      return { referral, registration: this.registration(input, caseId, today, victimId, perpetratorIds, policeCallOutThreshold) };
    };

    // A retry of a referral already written answers its first outcome (before anyone is looked up again).
    const { state: written } = await this.executor.load(caseStream(caseId), maracCaseDecider);
    if (written.status === 'not-referred') {
      // Decided first on stand-in ids (a new person's history is empty), so what the referral's rules refuse registers nobody.
      const standIn = (index: number, personId?: string) => personId ?? `new-person-${index}`;
      const { referral, registration } = decideOn(
        standIn(0, input.victim.personId),
        input.perpetrators.map((p, i) => standIn(i + 1, p.personId)),
        [input.victim.details ?? { fullName: '-' }, ...input.perpetrators.map((p) => p.details ?? { fullName: '-' })],
        maracVictimDecider.initialState(),
      );
      maracCaseDecider.decide(referral, maracCaseDecider.initialState());
      if (!input.victim.personId) maracVictimDecider.decide(registration, maracVictimDecider.initialState());
    }

    const [victim, ...perpetrators] = await this.people.settle(caller, context, input.partnershipId, today, [
      { about: 'victim', input: input.victim, sex: input.victim.profile?.sex },
      ...input.perpetrators.map((p, i) => ({ about: `perpetrators[${i}]`, input: p })),
    ]);
    const personId = victim.personId;
    const perpetratorPersonIds = perpetrators.map((p) => p.personId);
    // Nested people commands note their own records: the entry is the referral's.
    note([personId, ...perpetratorPersonIds]);

    const history = await loadVictimHistory(this.executor, this.queryBus, input.partnershipId, victim.recordIds);
    const { referral, registration } = decideOn(
      personId,
      perpetratorPersonIds,
      [victim.details, ...perpetrators.map((p) => p.details)],
      history,
    );
    const opened = await this.executor.handle(
      caseStream(caseId),
      maracCaseDecider,
      (state) => {
        const events = maracCaseDecider.decide(referral, state);
        // The victim's rules, decided on the history read; nothing is appended to it here. (Not reached on
        // a retry of a referral already written: the executor answers its first outcome.)
        maracVictimDecider.decide(registration, history);
        return events;
      },
      { context: scoped },
    );
    const referred = opened.events[0] as CaseReferred;
    await this.registerInVictimHistory(referred, scoped);
    return {
      caseId,
      personId: referred.data.victim.personId,
      perpetratorPersonIds: referred.data.perpetrators.map((p) => p.personId),
      isRepeat: referred.data.isRepeat,
      previousCaseId: referred.data.previousCaseId,
      revision: opened.revision,
    };
  }

  private referral(
    input: ReferCaseInput,
    caseId: string,
    today: string,
    victimId: string,
    perpetratorIds: string[],
    [victimDetails, ...perpetratorDetails]: ReferCase['victim']['details'][],
    { repeat, previousCaseId }: { repeat: boolean; previousCaseId: string | null },
  ): ReferCase {
    return {
      type: 'ReferCase',
      caseId,
      maracId: input.maracId,
      partnershipId: input.partnershipId,
      referralDate: input.referralDate,
      referringAgency: input.referringAgency,
      criterion: input.criterion,
      dash: input.dash,
      victim: { personId: victimId, details: victimDetails, profile: input.victim.profile },
      perpetrators: input.perpetrators.map((p, i) => ({
        personId: perpetratorIds[i],
        relationship: p.relationship,
        details: perpetratorDetails[i],
      })),
      isRepeat: repeat,
      previousCaseId,
      today,
    };
  }

  private registration(
    input: ReferCaseInput,
    caseId: string,
    today: string,
    personId: string,
    perpetratorPersonIds: string[],
    policeCallOutThreshold: number,
  ): RegisterReferral {
    return {
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
