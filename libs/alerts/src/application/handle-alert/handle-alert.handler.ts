import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { assertCallerRole, noteAudit } from '@app/access';
import { NotFoundError } from '@app/domain';
import { CommandExecutor } from '@app/event-store';
import { ALERT_NOT_FOUND, alertDecider } from '../../domain/index.js';
import { ALERT_ROLES, isAlertFor } from '../alert-access.js';
import { alertStream } from '../alert-streams.js';
import { AcknowledgeAlertCommand } from '../acknowledge-alert/acknowledge-alert.command.js';
import { ResolveAlertCommand } from '../resolve-alert/resolve-alert.command.js';
import type { AlertCommandResult } from './alert-command-result.js';

/** Acknowledge and resolve: read the slot, admit the caller (the alert is theirs), decide, append at the revision read. */
@CommandHandler(AcknowledgeAlertCommand)
export class AcknowledgeAlertHandler implements ICommandHandler<AcknowledgeAlertCommand> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(command: AcknowledgeAlertCommand): Promise<AlertCommandResult> {
    return handleAlertCommand(this.executor, command, 'AcknowledgeAlert');
  }
}

@CommandHandler(ResolveAlertCommand)
export class ResolveAlertHandler implements ICommandHandler<ResolveAlertCommand> {
  constructor(private readonly executor: CommandExecutor) {}
  execute(command: ResolveAlertCommand): Promise<AlertCommandResult> {
    return handleAlertCommand(this.executor, command, 'ResolveAlert');
  }
}

async function handleAlertCommand(
  executor: CommandExecutor,
  { caller, context, input, expectedRevision }: AcknowledgeAlertCommand | ResolveAlertCommand,
  type: 'AcknowledgeAlert' | 'ResolveAlert',
): Promise<AlertCommandResult> {
  assertCallerRole(caller, ...ALERT_ROLES);
  const result = await executor.handle(
    alertStream(input.alertId),
    alertDecider,
    (state) => alertDecider.decide({ type, alertId: input.alertId, by: caller.id, now: context.occurredAt }, state),
    {
      context,
      expectedRevision,
      revealPersonalData: false,
      admit: (state) => {
        const subject = state.subject;
        if (!subject || state.status === 'scheduled' || !isAlertFor(caller, subject.partnershipId, subject.audience)) {
          throw new NotFoundError(ALERT_NOT_FOUND);
        }
        noteAudit({ recordKind: 'alert', recordId: input.alertId, partnershipId: subject.partnershipId });
        return { partnershipId: subject.partnershipId };
      },
    },
  );
  return { alertId: input.alertId, state: type === 'AcknowledgeAlert' ? 'acknowledged' : 'resolved', revision: result.revision };
}
