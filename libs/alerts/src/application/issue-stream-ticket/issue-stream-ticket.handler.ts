import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, StreamTickets } from '@app/access';
import { ALERT_ROLES } from '../alert-access.js';
import { AlertRecipients } from '../email/alert-recipients.js';
import { IssueStreamTicketCommand, type StreamTicketAnswer } from './issue-stream-ticket.command.js';

@CommandHandler(IssueStreamTicketCommand)
export class IssueStreamTicketHandler implements ICommandHandler<IssueStreamTicketCommand> {
  constructor(
    private readonly tickets: StreamTickets,
    private readonly recipients: AlertRecipients,
  ) {}

  async execute({ caller }: IssueStreamTicketCommand): Promise<StreamTicketAnswer> {
    assertCallerRole(caller, ...ALERT_ROLES);
    await this.recipients.note(caller);
    const { ticket, expiresAt } = await this.tickets.issue(caller);
    return { ticket, expiresAt: expiresAt.toISOString() };
  }
}
