import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { WrongExpectedVersionError } from '@app/event-store';
import { failureKind } from './failure-kind.js';

describe('what a failed reaction means', () => {
  it('a refusal by the domain is a business outcome, recorded and not retried', () => {
    for (const error of [new IllegalStateError('x'), new NotFoundError('x'), new InvalidCommandError('x')])
      expect(failureKind(error)).toBe('rejected');
  });

  it('an unreachable database is an outage: wait, park nothing', () => {
    expect(failureKind(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe('outage');
    expect(failureKind(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe('outage');
  });

  it('anything else is poison: retried, then parked', () => {
    expect(failureKind(new TypeError('undefined is not a function'))).toBe('poison');
    expect(failureKind(new WrongExpectedVersionError('s', 1, 2))).toBe('poison');
  });
});
