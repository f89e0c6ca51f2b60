import { IllegalStateError, InvalidCommandError, NotFoundError } from '@app/domain';
import { given } from '@app/testing';
import { maracPanelDecider, type MaracPanelCommand } from './marac-panel.decider.js';
import type { MaracPanelEvent } from './marac-panel.events.js';

const MARAC = 'marac-north';
const PARTNERSHIP = 'csp-north';

const register = (extra: Partial<Extract<MaracPanelCommand, { type: 'RegisterPanel' }>> = {}): MaracPanelCommand => ({
  type: 'RegisterPanel',
  panelId: MARAC,
  partnershipId: PARTNERSHIP,
  name: 'North MARAC',
  ...extra,
});
const registered: MaracPanelEvent = { type: 'MaracRegistered', data: { panelId: MARAC, partnershipId: PARTNERSHIP, name: 'North MARAC' } };

describe('MARAC registry decider', () => {
  it('registers a MARAC under its partnership, once', () => {
    given(maracPanelDecider).when(register()).then([registered]);
    given(maracPanelDecider, [registered]).when(register()).thenThrows(IllegalStateError, 'This MARAC is already registered.');
  });

  it('trims the name and refuses a blank or overlong one', () => {
    given(maracPanelDecider)
      .when(register({ name: '  North MARAC ' }))
      .then([registered]);
    given(maracPanelDecider)
      .when(register({ name: '   ' }))
      .thenThrows(InvalidCommandError, "The MARAC's name is missing.");
    given(maracPanelDecider)
      .when(register({ name: 'x'.repeat(121) }))
      .thenThrows(InvalidCommandError, /120 characters or fewer/);
    given(maracPanelDecider)
      .when(register({ partnershipId: '' }))
      .thenThrows(InvalidCommandError, 'The partnership id is missing.');
  });

  it('registers with settings of its own from a given day', () => {
    given(maracPanelDecider)
      .when(register({ overrides: { effectiveFrom: '2025-04-01', changes: { adultFemalePopulation: 20_000 } } }))
      .then([
        registered,
        {
          type: 'MaracSettingsOverridden',
          data: { panelId: MARAC, partnershipId: PARTNERSHIP, effectiveFrom: '2025-04-01', changes: { adultFemalePopulation: 20_000 } },
        },
      ]);
  });

  it('renames a registered MARAC, and does nothing for the same name', () => {
    given(maracPanelDecider, [registered])
      .when({ type: 'RenamePanel', name: 'North and West MARAC' })
      .then([{ type: 'MaracRenamed', data: { panelId: MARAC, name: 'North and West MARAC' } }]);
    given(maracPanelDecider, [registered]).when({ type: 'RenamePanel', name: 'North MARAC' }).then([]);
  });

  it('answers "There is no such MARAC." for a MARAC nobody registered', () => {
    given(maracPanelDecider).when({ type: 'RenamePanel', name: 'A' }).thenThrows(NotFoundError, 'There is no such MARAC.');
    given(maracPanelDecider)
      .when({ type: 'OverridePanelSettings', effectiveFrom: '2025-04-01', changes: { adultFemalePopulation: 1 } })
      .thenThrows(NotFoundError, 'There is no such MARAC.');
  });

  it('overrides the band as a whole and the population with a number, never the police threshold', () => {
    const override = (changes: object) => ({ type: 'OverridePanelSettings' as const, effectiveFrom: '2025-04-01', changes });
    given(maracPanelDecider, [registered])
      .when(override({ repeatBandLow: 0.3 }))
      .thenThrows(InvalidCommandError, /needs both ends/);
    given(maracPanelDecider, [registered])
      .when(override({ repeatBandLow: 0.5, repeatBandHigh: 0.4 }))
      .thenThrows(InvalidCommandError, /repeat-rate band/);
    given(maracPanelDecider, [registered])
      .when(override({ adultFemalePopulation: null }))
      .thenThrows(InvalidCommandError, /must be a whole number/);
    given(maracPanelDecider, [registered])
      .when(override({ policeCallOutThreshold: 2 }))
      .thenThrows(InvalidCommandError, /policeCallOutThreshold/);
    given(maracPanelDecider, [registered])
      .when(override({ repeatBandLow: 0.3, repeatBandHigh: 0.42 }))
      .thenState((state) =>
        expect(state).toMatchObject({
          status: 'registered',
          overrides: [{ effectiveFrom: '2025-04-01', changes: { repeatBandLow: 0.3, repeatBandHigh: 0.42 } }],
        }),
      );
  });

  it('checks a later override one end at a time against the band already overridden', () => {
    const banded: MaracPanelEvent = {
      type: 'MaracSettingsOverridden',
      data: {
        panelId: MARAC,
        partnershipId: PARTNERSHIP,
        effectiveFrom: '2024-04-01',
        changes: { repeatBandLow: 0.3, repeatBandHigh: 0.42 },
      },
    };
    given(maracPanelDecider, [registered, banded])
      .when({ type: 'OverridePanelSettings', effectiveFrom: '2025-04-01', changes: { repeatBandHigh: 0.45 } })
      .then([
        {
          type: 'MaracSettingsOverridden',
          data: { panelId: MARAC, partnershipId: PARTNERSHIP, effectiveFrom: '2025-04-01', changes: { repeatBandHigh: 0.45 } },
        },
      ]);
    given(maracPanelDecider, [registered, banded])
      .when({ type: 'OverridePanelSettings', effectiveFrom: '2025-04-01', changes: { repeatBandHigh: 0.2 } })
      .thenThrows(InvalidCommandError, /repeat-rate band/);
  });
});
