import { Module } from '@nestjs/common';
import { PeopleController } from './http/people.controller.js';
import { peopleProviders } from './people.providers.js';
import { PeopleIndexErasure } from './read-models/people-index-erasure.js';

/**
 * The people context's commands and queries on the buses, for every process: other contexts register,
 * find and resolve people through them (a MARAC referral, its process managers in the projector).
 */
@Module({ providers: peopleProviders, exports: peopleProviders })
export class PeopleModule {}

/** The people endpoints, and the index rows' part in erasure (the API only: erasure is requested there). */
@Module({ controllers: [PeopleController], providers: [PeopleIndexErasure] })
export class PeopleHttpModule {}
