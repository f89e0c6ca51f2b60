import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit, partnershipsOf } from '@app/access';
import { NotFoundError } from '@app/domain';
import { AlertRecipients } from '../email/alert-recipients.js';
import { RemoveAlertRecipientCommand } from './remove-alert-recipient.command.js';

export const ALERT_RECIPIENT_NOT_FOUND = 'There is no such alert recipient.';

/**
 * Deletes the recipient's row when it names one of the admin's partnerships; any other (another
 * partnership's user, or none) is the 404 of one that does not exist. The user's next request with an
 * e-mail claim that opens their alerts makes them a recipient again: the token is where their address comes from.
 */
@CommandHandler(RemoveAlertRecipientCommand)
export class RemoveAlertRecipientHandler implements ICommandHandler<RemoveAlertRecipientCommand> {
  constructor(private readonly recipients: AlertRecipients) {}

  async execute({ caller, input }: RemoveAlertRecipientCommand): Promise<void> {
    noteAudit({ recordKind: 'alert_recipient', recordId: input.userId });
    assertCallerRole(caller, 'admin');
    if (!(await this.recipients.remove(input.userId, partnershipsOf(caller)))) throw new NotFoundError(ALERT_RECIPIENT_NOT_FOUND);
  }
}
