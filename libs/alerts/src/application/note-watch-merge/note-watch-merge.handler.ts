import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { watchMergesDecider } from '../../domain/index.js';
import { watchMergesStream } from '../alert-streams.js';
import { NoteWatchMergeCommand } from './note-watch-merge.command.js';

@CommandHandler(NoteWatchMergeCommand)
export class NoteWatchMergeHandler implements ICommandHandler<NoteWatchMergeCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ change, context }: NoteWatchMergeCommand): Promise<number> {
    const result = await this.executor.handle(
      watchMergesStream(change.data.partnershipId),
      watchMergesDecider,
      (state) => watchMergesDecider.decide({ type: 'NoteWatchMerge', change }, state),
      { context, revealPersonalData: false },
    );
    return result.events.length;
  }
}
