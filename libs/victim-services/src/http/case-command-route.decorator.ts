import { applyDecorators, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/access';
import { Answers, RevisionETagInterceptor } from '@app/http';
import { VsCaseResult } from '../application/case-commands/case-commands.js';

/**
 * The controller of `victim-services/cases/:caseId` routes: ASB caseworkers only, the ETag from the answer's
 * revision, and the problems every case command answers with, documented once.
 */
export const VsCaseRoutes = (): ClassDecorator =>
  applyDecorators(
    ApiTags('Victim services'),
    ApiNotFoundResponse({ description: 'There is no such victim-service case.' }),
    ApiConflictResponse({ description: 'The case does not allow it now (closed, already recorded, dated before the referral).' }),
    Roles('asb-caseworker'),
    UseInterceptors(RevisionETagInterceptor),
    Controller('victim-services/cases/:caseId'),
  );

/** One command on a case: `POST victim-services/cases/:caseId/<path>`, answering the case (201, `VsCaseResult`). */
export const VsCaseCommandRoute = (path: string, summary: string) => {
  const answers = Answers(VsCaseResult, { status: 201 });
  return <M extends (...args: never[]) => Promise<VsCaseResult>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<M>,
  ) => {
    applyDecorators(Post(path), HttpCode(201), ApiOperation({ summary }))(target, key, descriptor);
    answers(target, key, descriptor as never);
  };
};
