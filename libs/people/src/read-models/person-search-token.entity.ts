import { Entity, Index, PrimaryColumn } from 'typeorm';
import { PersonalRows } from '@app/projections';

/**
 * The blind index (people_search_tokens): a person's keyed HMAC tokens (search/blind-index.ts), 64 bits
 * each. The partnership is inside every token, so the table needs no partnership column to stay scoped.
 * Erasure deletes a person's rows directly (`@PersonalRows`).
 */
@PersonalRows({ subject: 'personId' })
@Entity({ name: 'people_search_tokens' })
@Index('people_search_tokens_person_idx', ['personId'])
export class PersonSearchToken {
  @PrimaryColumn({ type: 'bigint' })
  token: string;

  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId: string;
}
