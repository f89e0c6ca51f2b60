import { loadAccessConfig, resolveServerSecret, serverSubkey } from '@app/access';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { FindCloseMatchesHandler } from './application/find-close-matches/find-close-matches.handler.js';
import { FindPeopleHandler } from './application/find-people/find-people.handler.js';
import { GetPersonHandler } from './application/get-person/get-person.handler.js';
import { MergePersonHandler, UnmergePersonHandler } from './application/merge-person/merge-person.handler.js';
import { PeopleRecords } from './application/people-records.js';
import { PersonMerges } from './application/person-merges.js';
import { RegisterPersonHandler } from './application/register-person/register-person.handler.js';
import {
  CanonicalPersonIdsHandler,
  PersonGroupHandler,
  ResolvePersonHandler,
} from './application/resolve-person/resolve-person.handler.js';
import { BlindIndex } from './search/blind-index.js';
import { BLIND_INDEX, PeopleSearch } from './search/people-search.js';

/** The blind index, keyed by the server secret's `people-blind-index` subkey (never stored with the data). */
export const blindIndexProvider = {
  provide: BLIND_INDEX,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig) =>
    new BlindIndex(serverSubkey(await resolveServerSecret(loadAccessConfig(config)), 'people-blind-index')),
};

/** The people context's handlers and what they read through: every process loads them (other contexts' process managers ask them). */
export const peopleProviders = [
  blindIndexProvider,
  PersonMerges,
  PeopleRecords,
  PeopleSearch,
  RegisterPersonHandler,
  FindPeopleHandler,
  FindCloseMatchesHandler,
  ResolvePersonHandler,
  PersonGroupHandler,
  CanonicalPersonIdsHandler,
  GetPersonHandler,
  MergePersonHandler,
  UnmergePersonHandler,
];
