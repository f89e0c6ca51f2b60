import { CallerQuery } from '@app/access';
import type { PersonIdentityInput } from '../../domain/index.js';

/**
 * Find before create, without creating: the people of the partnership that a new identity closely matches
 * (their ids only). A request naming several new people (a referral's victim and perpetrators) asks for
 * each first, so that no one is registered when another would be refused. Invalid identity: 400.
 * `registeringAs`: the command id the person will be registered under; the person an earlier try of it
 * registered is not a match of itself.
 */
export class FindCloseMatchesQuery extends CallerQuery<
  { partnershipId: string; identity: PersonIdentityInput; today: string; registeringAs?: string },
  { candidates: { personId: string }[] }
> {}
