import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers } from '@app/http';
import { Roles } from '../access.decorators.js';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { Caller } from '../authorisation/caller.js';
import { AuditLog, type AuditPage } from './audit-log.js';
import { AuditQueryDto } from './audit-query.dto.js';
import { AuditPageAnswer } from './audit-page.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLog) {}

  /** Who read or changed what: by person, user and period, newest first, within the auditor's partnerships. */
  @Get()
  @Roles('auditor')
  @ApiOperation({ summary: 'Who read or changed what: by person, user and period, newest first, within your partnerships' })
  @Answers(AuditPageAnswer, { description: 'A page of audit entries, newest first.' })
  async query(@Query() query: AuditQueryDto, @Caller() user: AuthenticatedUser): Promise<AuditPage> {
    return this.auditLog.query({
      person: query.person,
      user: query.user,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      partnerships: user.partnerships,
      page: query.page,
      pageSize: query.pageSize,
    });
  }
}
