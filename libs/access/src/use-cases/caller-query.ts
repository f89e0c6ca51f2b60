import { Query } from '@nestjs/cqrs';
import type { Caller } from '../authorisation/caller.js';

/**
 * The base of every context's queries on the QueryBus: who asks (handlers scope the answer to its
 * partnerships and roles) and what is asked. `Result` types `queryBus.execute(query)`.
 *
 *   export class GetCaseQuery extends CallerQuery<{ caseId: string; asOf: string }, CaseDetails> {}
 */
export abstract class CallerQuery<Input, Result> extends Query<Result> {
  constructor(
    readonly caller: Caller,
    readonly input: Input,
  ) {
    super();
  }
}
