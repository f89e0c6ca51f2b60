import { ForbiddenException } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import type { Caller } from './caller.js';
import { assertCallerMayAccess, assertCallerRole, partnershipsOf, seesDepersonalisedOnly } from './partnership-access.js';

describe('the caller of a use case (deny by default)', () => {
  const coordinator: Caller = { id: 'alice', roles: ['coordinator'], partnerships: ['north'] };
  const nobody = undefined as unknown as Caller; // what a JavaScript caller forgetting the argument passes

  it("admits a caller to their own partnership's records only, with a 404", () => {
    expect(() => assertCallerMayAccess(coordinator, 'north', 'No such case.')).not.toThrow();
    expect(() => assertCallerMayAccess(coordinator, 'south', 'No such case.')).toThrow(new NotFoundError('No such case.'));
    expect(() => assertCallerMayAccess(coordinator, undefined, 'No such case.')).toThrow(NotFoundError);
  });

  it('gives a missing caller nothing: no partnership, no record, no role', () => {
    expect(() => assertCallerMayAccess(nobody, 'north', 'No such case.')).toThrow(NotFoundError);
    expect(partnershipsOf(nobody)).toEqual([]);
    expect(() => assertCallerRole(nobody, 'coordinator', 'admin', 'analyst')).toThrow(ForbiddenException);
    const malformed = { id: 'x' } as unknown as Caller;
    expect(partnershipsOf(malformed)).toEqual([]);
    expect(() => assertCallerRole(malformed, 'coordinator')).toThrow(ForbiddenException);
    expect(seesDepersonalisedOnly(malformed)).toBe(false);
  });

  it('checks roles: one of those named is enough', () => {
    expect(() => assertCallerRole(coordinator, 'analyst', 'coordinator')).not.toThrow();
    expect(() => assertCallerRole(coordinator, 'admin')).toThrow(ForbiddenException);
    expect(partnershipsOf(coordinator)).toEqual(['north']);
  });

  it('shows analysts without a case-working role depersonalised data only', () => {
    expect(seesDepersonalisedOnly({ id: 'a', roles: ['analyst'], partnerships: [] })).toBe(true);
    expect(seesDepersonalisedOnly({ id: 'a', roles: ['analyst', 'coordinator'], partnerships: [] })).toBe(false);
  });
});
