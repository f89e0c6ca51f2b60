import { Module } from '@nestjs/common';
import { PeopleRetentionGroups } from './application/people-retention-groups.js';
import { SubjectAccessExportHandler } from './application/subject-access/subject-access.handler.js';
import { PeopleController } from './http/people.controller.js';
import { SubjectAccessController } from './http/subject-access.controller.js';
import { peopleProviders } from './people.providers.js';

/**
 * The people context's commands and queries on the buses, for every process: other contexts register,
 * find and resolve people through them (a MARAC referral, its process managers in the projector).
 */
@Module({ providers: peopleProviders, exports: peopleProviders })
export class PeopleModule {}

/** The people endpoints, subject access, and the merge groups the retention sweep (run by the API, with access control) erases as one. */
@Module({
  imports: [PeopleModule],
  controllers: [PeopleController, SubjectAccessController],
  providers: [PeopleRetentionGroups, SubjectAccessExportHandler],
})
export class PeopleHttpModule {}
