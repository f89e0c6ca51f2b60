import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '@app/event-store';
import type { Caller } from '../authorisation/caller.js';

/**
 * The base of every context's commands on the CommandBus: who asks (never optional: handlers check its
 * role and partnership), the metadata of the events it will produce (command id from the
 * Idempotency-Key, correlation, time), what is asked, and for a change to an existing record the stream
 * revision the caller last read (If-Match). `Result` types `commandBus.execute(command)`.
 *
 *   export class CloseCaseCommand extends CallerCommand<CloseCaseInput, CaseCommandResult> {}
 *   commandBus.execute(new CloseCaseCommand(caller, context, input, expectedRevision))
 */
export abstract class CallerCommand<Input, Result> extends Command<Result> {
  constructor(
    readonly caller: Caller,
    readonly context: CommandContext,
    readonly input: Input,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
