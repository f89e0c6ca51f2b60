import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '@app/event-store';
import { personWatchDecider } from '../../domain/index.js';
import { personWatchStream } from '../alert-streams.js';
import { NoteWatchFactCommand } from './note-watch-fact.command.js';

@CommandHandler(NoteWatchFactCommand)
export class NoteWatchFactHandler implements ICommandHandler<NoteWatchFactCommand> {
  constructor(private readonly executor: CommandExecutor) {}

  async execute({ fact, context }: NoteWatchFactCommand): Promise<number> {
    const result = await this.executor.handle(
      personWatchStream(fact.data.personId),
      personWatchDecider,
      (state) => personWatchDecider.decide({ type: 'NoteWatchFact', fact }, state),
      { context, revealPersonalData: false },
    );
    return result.events.length;
  }
}
