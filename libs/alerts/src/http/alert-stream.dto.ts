import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class AlertStreamQuery {
  @ApiPropertyOptional({ description: 'A stream ticket from POST /alerts/stream-tickets (single use), in place of the bearer header.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  ticket?: string;

  @ApiPropertyOptional({ example: '1234/5678', description: 'For clients that cannot send Last-Event-ID: the last event id received.' })
  @IsOptional()
  @Matches(/^\d{1,20}\/\d{1,20}$/, { message: 'lastEventId must be an event id this stream sent, like 1234/5678.' })
  lastEventId?: string;
}
