import { Module } from '@nestjs/common';
import { PeopleController } from './http/people.controller.js';
import { peopleProviders } from './people.providers.js';

/**
 * The people context's commands and queries on the buses, for every process: other contexts register,
 * find and resolve people through them (a MARAC referral, its process managers in the projector).
 */
@Module({ providers: peopleProviders, exports: peopleProviders })
export class PeopleModule {}

/** The people endpoints. */
@Module({ controllers: [PeopleController] })
export class PeopleHttpModule {}
