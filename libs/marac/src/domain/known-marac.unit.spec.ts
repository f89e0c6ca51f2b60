import { IllegalStateError, NotFoundError } from '@app/domain';
import { assertKnownMarac } from './known-marac.js';
import type { MaracPanelState } from './marac-panel.decider.js';

describe('a known MARAC', () => {
  const north: MaracPanelState = { status: 'registered', panelId: 'marac-north', partnershipId: 'csp-north', name: 'North', overrides: [] };

  it("answers with the MARAC's partnership when the caller's partnerships run it", () => {
    expect(assertKnownMarac(north, ['csp-south', 'csp-north'])).toBe('csp-north');
    expect(assertKnownMarac(north, ['csp-north'], 'csp-north')).toBe('csp-north');
  });

  it('is a 404 that says so for a MARAC nobody registered, and the same for one of another partnership', () => {
    expect(() => assertKnownMarac({ status: 'unregistered' }, ['csp-north'])).toThrow(new NotFoundError('There is no such MARAC.'));
    expect(() => assertKnownMarac(north, ['csp-south'])).toThrow(new NotFoundError('There is no such MARAC.'));
  });

  it("is a conflict when a record names another of the caller's partnerships than the MARAC's", () => {
    expect(() => assertKnownMarac(north, ['csp-north', 'csp-south'], 'csp-south')).toThrow(IllegalStateError);
  });
});
