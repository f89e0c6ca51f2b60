import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { maracCaseDecider } from '../../domain/index.js';
import { caseStream } from '../case-command.js';
import { ReclassifyCaseRepeatCommand } from './reclassify-case-repeat.command.js';

@CommandHandler(ReclassifyCaseRepeatCommand)
export class ReclassifyCaseRepeatHandler implements ICommandHandler<ReclassifyCaseRepeatCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ input, context }: ReclassifyCaseRepeatCommand): Promise<number> {
    const result = await this.executor.handle(
      caseStream(input.caseId),
      maracCaseDecider,
      (state) => maracCaseDecider.decide({ type: 'ReclassifyCaseRepeat', ...input }, state),
      { context, revealPersonalData: false },
    );
    return result.revision;
  }
}
