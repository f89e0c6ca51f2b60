import { applyDecorators, Controller, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiPreconditionFailedResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@app/access';
import { RevisionETagInterceptor } from '@app/http';

/**
 * A controller of `marac/cases` routes: coordinators only, commands with Idempotency-Key and If-Match,
 * the ETag from the answer's revision, and the problems they answer with documented once.
 */
export const CaseRoutes = (): ClassDecorator =>
  applyDecorators(
    ApiTags('MARAC'),
    ApiHeader({ name: 'Idempotency-Key', required: false }),
    ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) last read; a stale one gets 412.' }),
    ApiBadRequestResponse({ description: 'Invalid body or parameters (problem+json, each field named).' }),
    ApiNotFoundResponse({ description: 'No such case (or not in your partnerships).' }),
    ApiConflictResponse({ description: 'The change makes no sense for the case as it stands (problem+json with the reason).' }),
    ApiPreconditionFailedResponse({ description: 'If-Match is stale.' }),
    Roles('coordinator'),
    UseInterceptors(RevisionETagInterceptor),
    Controller('marac/cases'),
  );
