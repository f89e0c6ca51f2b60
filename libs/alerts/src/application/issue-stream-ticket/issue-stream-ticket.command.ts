import { ApiProperty } from '@nestjs/swagger';
import { Command } from '@nestjs/cqrs';
import type { Caller } from '@app/access';
import type { CommandContext } from '@app/event-store';

export class StreamTicketAnswer {
  @ApiProperty({ description: 'Pass as ?ticket= to GET /alerts/stream, once, before it expires.', example: 'hV3…' }) ticket: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

/**
 * A single-use, short-lived ticket for the live stream, issued to the holder of a bearer token. A retry
 * (the same Idempotency-Key) issues another ticket: each is good for one connection only.
 */
export class IssueStreamTicketCommand extends Command<StreamTicketAnswer> {
  constructor(
    readonly caller: Caller,
    readonly context: CommandContext,
  ) {
    super();
  }
}
