/**
 * Errors a decider throws. The HTTP error filter maps each kind to a status; messages are read by
 * coordinators, so they say what is wrong in the panel's words and never contain personal data.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'illegal-state' | 'not-found' | 'invalid';
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }

  /** Extension members of the problem+json answer (RFC 9457), e.g. the ids of the records in conflict; never personal data. */
  get extensions(): Record<string, unknown> {
    return {};
  }
}

/** The command makes no sense in the aggregate's current state (409). */
export class IllegalStateError extends DomainError {
  readonly kind = 'illegal-state' as const;
}

/** The command names something that does not exist (404). */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
}

/** The command breaks a business rule about its own content (400), e.g. a criterion its score does not meet. */
export class InvalidCommandError extends DomainError {
  readonly kind = 'invalid' as const;
}
