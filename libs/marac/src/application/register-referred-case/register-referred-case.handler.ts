import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, streamName } from '@app/event-store';
import { MARAC_VICTIM_STREAM_CATEGORY, maracVictimDecider } from '../../domain/index.js';
import { RegisterReferredCaseCommand } from './register-referred-case.command.js';

@CommandHandler(RegisterReferredCaseCommand)
export class RegisterReferredCaseHandler implements ICommandHandler<RegisterReferredCaseCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: RegisterReferredCaseCommand): Promise<number> {
    const result = await this.executor.handle(
      streamName(MARAC_VICTIM_STREAM_CATEGORY, input.personId),
      maracVictimDecider,
      (state) => maracVictimDecider.decide({ type: 'RegisterReferredCase', ...input }, state),
      // The victim's history holds no personal data.
      { context, revealPersonalData: false },
    );
    return result.revision;
  }
}
