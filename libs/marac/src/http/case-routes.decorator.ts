import { applyDecorators, Controller, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/access';
import { RevisionETagInterceptor } from '@app/http';

/**
 * A controller of `marac/cases` routes: coordinators only, the ETag from the answer's revision, and the
 * problems every route answers with documented once (commands' Idempotency-Key, If-Match, 409, 412 and 422
 * come with `@CommandMeta()` and `@ExpectedRevision()`).
 */
export const CaseRoutes = (): ClassDecorator =>
  applyDecorators(
    ApiTags('MARAC'),
    ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json, each field named).' }),
    ApiNotFoundResponse({ description: 'No such case (or not in your partnerships).' }),
    Roles('coordinator'),
    UseInterceptors(RevisionETagInterceptor),
    Controller('marac/cases'),
  );
