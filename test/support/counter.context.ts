import { Body, Controller, Get, HttpCode, Module, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';
import type { Response } from 'express';
import { IllegalStateError, NotFoundError, assertNever, type Decider, type DomainEvent } from '@app/domain';
import { CommandExecutor, deriveId, streamName, type CommandContext } from '@app/event-store';
import type { BoundedContext } from '@app/kit';
import { Roles } from '@app/access';
import { CommandMeta, ExpectedRevision, setRevision } from '@app/http';

/**
 * A minimal bounded context used only by the platform's end-to-end tests: it exercises the command
 * pipeline (validation, idempotency, If-Match/ETag, problem+json) without any product rules.
 */
type CounterEvent = DomainEvent<'CounterOpened', { counterId: string }> | DomainEvent<'CounterIncremented', { by: number }>;
type CounterCommand = { type: 'Open'; counterId: string } | { type: 'Increment'; by: number };
interface CounterState {
  exists: boolean;
  total: number;
}

export const counterDecider: Decider<CounterCommand, CounterState, CounterEvent> = {
  initialState: () => ({ exists: false, total: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CounterOpened':
        return { exists: true, total: 0 };
      case 'CounterIncremented':
        return { ...state, total: state.total + event.data.by };
      default:
        return assertNever(event);
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'Open':
        if (state.exists) throw new IllegalStateError('This counter is already open.');
        return [{ type: 'CounterOpened', data: { counterId: command.counterId } }];
      case 'Increment':
        if (!state.exists) throw new NotFoundError('No such counter.');
        if (state.total + command.by > 100) throw new IllegalStateError('A counter cannot pass 100.');
        return [{ type: 'CounterIncremented', data: { by: command.by } }];
      default:
        return assertNever(command);
    }
  },
};

class IncrementBody {
  @IsInt()
  @Min(1)
  @Max(10)
  by: number;
}

@Roles('coordinator')
@Controller('test-counters')
class CounterController {
  constructor(private readonly executor: CommandExecutor) {}

  @Post()
  @HttpCode(201)
  async open(@CommandMeta() context: CommandContext, @Res({ passthrough: true }) response: Response) {
    const counterId = deriveId(context.commandId, 'counter');
    const result = await this.executor.handle(
      streamName('test_counter', counterId),
      counterDecider,
      (state) => counterDecider.decide({ type: 'Open', counterId }, state),
      { context },
    );
    setRevision(response, result.revision);
    return { counterId, total: result.state.total };
  }

  @Post(':id/increments')
  @HttpCode(200)
  async increment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: IncrementBody,
    @CommandMeta() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
    @ExpectedRevision() expectedRevision?: number,
  ) {
    const result = await this.executor.handle(
      streamName('test_counter', id),
      counterDecider,
      (state) => counterDecider.decide({ type: 'Increment', by: body.by }, state),
      { context, expectedRevision },
    );
    setRevision(response, result.revision);
    return { counterId: id, total: result.state.total };
  }

  @Get(':id')
  async read(@Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response) {
    const { state, revision } = await this.executor.load(streamName('test_counter', id), counterDecider);
    if (!state.exists) throw new NotFoundError('No such counter.');
    setRevision(response, revision);
    return { counterId: id, total: state.total };
  }
}

@Module({ controllers: [CounterController] })
class CounterHttpModule {}

export const counterContext: BoundedContext = {
  name: 'test-counter',
  eventTypes: { CounterOpened: 1, CounterIncremented: 1 },
  entities: [],
  migrations: [],
  projections: [],
  httpModule: CounterHttpModule,
};
