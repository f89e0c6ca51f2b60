import { BadRequestException, Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AcceptsStreamTicket, assertCallerRole, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { CommandContext } from '@app/event-store';
import { Answers, CommandMeta } from '@app/http';
import { ALERT_ROLES } from '../application/alert-access.js';
import { IssueStreamTicketCommand, StreamTicketAnswer } from '../application/issue-stream-ticket/issue-stream-ticket.command.js';
import { AlertFeedReader } from '../read-models/alert-feed.reader.js';
import { AlertStreamQuery } from './alert-stream.dto.js';
import { isStreamEventId } from './stream-event-id.js';

/** How often a connected stream looks for new changes (the feed is in PostgreSQL, so any API process serves any client). */
const POLL_MS = 500;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
const BATCH = 100;

@ApiTags('Alerts')
@Controller('alerts')
export class AlertStreamController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly feed: AlertFeedReader,
  ) {}

  @Post('stream-tickets')
  @Roles(...ALERT_ROLES)
  @HttpCode(201)
  @ApiOperation({
    summary: 'A single-use ticket (valid 60 s) for GET /alerts/stream?ticket=, for an EventSource that cannot send the bearer header',
  })
  @Answers(StreamTicketAnswer, { status: 201 })
  ticket(@Caller() caller: AuthenticatedUser, @CommandMeta() context: CommandContext) {
    return this.commandBus.execute(new IssueStreamTicketCommand(caller, context));
  }

  @Get('stream')
  @Roles(...ALERT_ROLES)
  @AcceptsStreamTicket()
  @ApiOperation({
    summary:
      "Live changes of my alerts and my teams' (text/event-stream): `event: alert`, `id:` the position to resume from (Last-Event-ID header or ?lastEventId=); auth by bearer header or ?ticket=",
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The last event id received: the stream resumes after it.' })
  @ApiOkResponse({
    description: 'Server-sent events, each `data:` an object { change, alert } (an AlertView).',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(
    @Query() query: AlertStreamQuery,
    @Headers('last-event-id') lastEventHeader: string | undefined,
    @Caller() caller: AuthenticatedUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    assertCallerRole(caller, ...ALERT_ROLES);
    const named = lastEventHeader ?? query.lastEventId;
    if (named !== undefined && !isStreamEventId(named)) {
      throw new BadRequestException('Last-Event-ID (or lastEventId) must be an event id this stream sent, like 1234/5678.');
    }
    let last = named ?? (await this.feed.head());
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Connection', 'keep-alive');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    response.write(`retry: 2000\n: connected\n\n`);

    let open = true;
    request.on('close', () => (open = false));
    let quietSince = Date.now();
    while (open) {
      try {
        const entries = await this.feed.after(caller, last, BATCH);
        for (const entry of entries) {
          response.write(`id: ${entry.id}\nevent: alert\ndata: ${JSON.stringify({ change: entry.change, alert: entry.alert })}\n\n`);
          last = entry.id;
        }
        if (entries.length > 0) quietSince = Date.now();
        else if (Date.now() - quietSince > HEARTBEAT_MS) {
          response.write(': heartbeat\n\n');
          quietSince = Date.now();
        }
        if (entries.length === BATCH) continue;
      } catch {
        // The database is away: the client reconnects with its last id and loses nothing.
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    response.end();
  }
}
