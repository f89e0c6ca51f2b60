import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerMayAccess, assertCallerRole, noteAudit } from '@app/access';
import { requireDate } from '@app/periods';
import { CommandExecutor, deriveId } from '@app/event-store';
import { CaseReviewNoticeQuery, ResolvePersonQuery } from '@app/people';
import { IllegalStateError } from '@app/domain';
import { todayOf } from '@app/kit';
import { caseReviewApplicationDecider } from '../../domain/index.js';
import { applicationCommandResult, applicationStream, type ApplicationCommandResult } from '../application-command.js';
import { PARTNERSHIP_NOT_FOUND, SPOC_ROLE } from '../case-review-access.js';
import { caseReviewSettingsOn } from '../case-review-settings-in-force.js';
import { ReceiveApplicationCommand } from './receive-application.command.js';

/**
 * Logs an application: the applicant and the victim are people of the partnership (404 as for none
 * otherwise), the procedure in force on the day it was received is recorded with it, and its id is derived
 * from the command (a retry logs nothing twice).
 */
@CommandHandler(ReceiveApplicationCommand)
export class ReceiveApplicationHandler implements ICommandHandler<ReceiveApplicationCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly queryBus: QueryBus,
  ) {}

  async execute({ caller, context, input }: ReceiveApplicationCommand): Promise<ApplicationCommandResult> {
    const applicationId = deriveId(context.commandId, 'case-review-application');
    noteAudit({ recordKind: 'case_review_application', recordId: applicationId, partnershipId: input.partnershipId });
    assertCallerRole(caller, SPOC_ROLE);
    assertCallerMayAccess(caller, input.partnershipId, PARTNERSHIP_NOT_FOUND);
    requireDate(input.receivedOn, 'date the application was received');
    const resolve = (personId: string) =>
      this.queryBus.execute(new ResolvePersonQuery(caller, { personId, partnershipId: input.partnershipId }));
    const victim = await resolve(input.victimPersonId);
    const applicant = input.applicantPersonId === input.victimPersonId ? victim : await resolve(input.applicantPersonId);
    noteAudit({ subjectIds: [...new Set([applicant.personId, victim.personId])] });
    const procedure = await caseReviewSettingsOn(this.executor, input.partnershipId, input.receivedOn);
    const { fromVictimServiceCaseId, ...application } = input;
    const notice = fromVictimServiceCaseId
      ? await this.queryBus.execute(new CaseReviewNoticeQuery({ partnershipId: input.partnershipId, caseId: fromVictimServiceCaseId }))
      : null;
    if (fromVictimServiceCaseId && !notice)
      throw new IllegalStateError(
        'The victim-service case named does not record that the victim was told of their right to a Case Review.',
      );
    const result = await this.executor.handle(
      applicationStream(applicationId),
      caseReviewApplicationDecider,
      (state) =>
        caseReviewApplicationDecider.decide(
          {
            ...application,
            type: 'ReceiveApplication',
            applicationId,
            applicantPersonId: applicant.personId,
            victimPersonId: victim.personId,
            onBehalfOfVictim: applicant.personId !== victim.personId,
            procedure,
            fromNotice: notice && { victimServiceCaseId: notice.caseId, victimPersonId: notice.victimPersonId, toldOn: notice.toldOn },
            today: todayOf(context),
          },
          state,
        ),
      { context: { ...context, partnershipId: input.partnershipId }, revealPersonalData: false },
    );
    return applicationCommandResult(result);
  }
}
