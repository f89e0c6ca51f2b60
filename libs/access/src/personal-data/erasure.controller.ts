import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Answers } from '@app/http';
import type { Request } from 'express';
import { IsString, Length, Matches } from 'class-validator';
import { Roles } from '../access.decorators.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { Caller } from '../authorisation/caller.js';
import { noteAudit } from '../audit/audit-note.js';
import { AuditRecordAccess } from '../audit/audit-record-access.decorator.js';
import { ErasureService } from './erasure.service.js';

export class ErasureRequestDto {
  @ApiProperty({ description: 'The data subject id whose personal data is to be erased' })
  @IsString()
  @Length(1, 200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'subjectId must be visible ASCII characters without spaces' })
  subjectId: string;

  @ApiProperty({ description: 'Why (e.g. the erasure request reference); no personal data' })
  @IsString()
  @Length(3, 500)
  reason: string;
}

/** What an erasure answers with. */
export class ErasureAnswer {
  @ApiProperty({ example: '5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5' })
  subjectId: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-06-01T09:00:00.000Z', description: 'When the key was destroyed.' })
  erasedAt: string;

  @ApiProperty({ example: false, description: 'It had been erased before (nothing changed).' })
  alreadyErased: boolean;
}

@ApiTags('information governance')
@Controller('admin/erasure')
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  /**
   * Right to erasure: destroys the subject's key. Their personal data in every event becomes
   * unreadable and projections remove it from read models; non-personal facts remain.
   */
  @Post()
  @HttpCode(200)
  @Roles('admin')
  @AuditRecordAccess({ kind: 'data_subject' })
  @ApiOperation({ summary: "Erase a data subject's personal data (destroys their key); non-personal facts remain" })
  @Answers(ErasureAnswer, { description: 'Erased (or already erased).' })
  @ApiNotFoundResponse({ description: 'No personal data is held for that subject in your partnerships.' })
  async erase(@Body() body: ErasureRequestDto, @Caller() user: AuthenticatedUser, @Req() request: Request): Promise<ErasureAnswer> {
    noteAudit({ recordId: body.subjectId, subjectIds: [body.subjectId] });
    const correlationId = request.headers['x-correlation-id'];
    const result = await this.erasure.erase({
      subjectId: body.subjectId,
      reason: body.reason,
      basis: 'request',
      actor: user.id,
      correlationId: typeof correlationId === 'string' ? correlationId : undefined,
      partnerships: user.partnerships,
    });
    if (result.partnershipId) noteAudit({ partnershipId: result.partnershipId });
    return { subjectId: result.subjectId, erasedAt: result.erasedAt, alreadyErased: result.alreadyErased };
  }
}
