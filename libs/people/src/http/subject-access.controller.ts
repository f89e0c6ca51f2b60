import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditRecordAccess, Caller, Roles, type AuthenticatedUser } from '@app/access';
import { Answers } from '@app/http';
import { SubjectAccessExport, SubjectAccessExportQuery } from '../application/subject-access/subject-access.query.js';
import { PersonParams } from './people.dto.js';

/** Subject access: everything the partnership holds about a person, as one JSON document (admins; audited). */
@ApiTags('information governance')
@Controller('admin/subject-access')
export class SubjectAccessController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':personId')
  @Roles('admin')
  @AuditRecordAccess({ kind: 'subject_access', subjectParam: 'personId' })
  @ApiOperation({
    summary:
      "Export everything the partnership holds about a person: the record, every context's facts (decrypted; others' personal data withheld), who read them; says when they were erased",
  })
  @Answers(SubjectAccessExport)
  @ApiNotFoundResponse({ description: 'There is no such person (in your partnerships).' })
  export(@Param() { personId }: PersonParams, @Caller() caller: AuthenticatedUser): Promise<SubjectAccessExport> {
    return this.queryBus.execute(new SubjectAccessExportQuery(caller, { personId }));
  }
}
