import { Command } from '@nestjs/cqrs';
import type { Caller } from '@app/access';

/** An admin removes what alert e-mails keep about one user (their address, roles, teams and partnerships), at once. */
export class RemoveAlertRecipientCommand extends Command<void> {
  constructor(
    readonly caller: Caller,
    readonly input: { userId: string },
  ) {
    super();
  }
}
