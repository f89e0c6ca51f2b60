import { InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { maracSettingsDecider, type ChangeMaracSettings } from './marac-settings.decider.js';
import type { MaracSettingsChanged } from './marac-settings.events.js';
import { DEFAULT_MARAC_SETTINGS, type MaracSettings } from './marac-settings.js';
import { settingsInForceOn } from '@app/kit';

const PARTNERSHIP = 'csp-north';

const change = (effectiveFrom: string, changes: Partial<MaracSettings>): ChangeMaracSettings => ({
  type: 'ChangePartnershipSettings',
  partnershipId: PARTNERSHIP,
  effectiveFrom,
  changes,
});
const changed = (effectiveFrom: string, changes: Partial<MaracSettings>): MaracSettingsChanged => ({
  type: 'MaracSettingsChanged',
  data: { partnershipId: PARTNERSHIP, effectiveFrom, changes },
});

describe('MARAC partnership settings decider', () => {
  it('records a change with the day it takes effect, naming only the settings changed', () => {
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatBandHigh: 0.42 }))
      .then([changed('2025-04-01', { repeatBandHigh: 0.42 })]);
  });

  it('records only the settings given a value (a PATCH body leaves the others undefined)', () => {
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatBandHigh: 0.42, adultFemalePopulation: undefined, policeCallOutThreshold: undefined }))
      .thenState((state) => expect(Object.keys(state.changes[0].changes)).toEqual(['repeatBandHigh']));
  });

  it('keeps every change, so the settings of any day can be told', () => {
    given(maracSettingsDecider, [changed('2024-04-01', { adultFemalePopulation: 50_000 })])
      .when(change('2026-04-01', { repeatBandLow: 0.3 }))
      .thenState((state) => {
        expect(state.partnershipId).toBe(PARTNERSHIP);
        expect(settingsInForceOn({ ...DEFAULT_MARAC_SETTINGS }, state.changes, '2025-01-01')).toEqual({
          ...DEFAULT_MARAC_SETTINGS,
          adultFemalePopulation: 50_000,
        });
        expect(settingsInForceOn({ ...DEFAULT_MARAC_SETTINGS }, state.changes, '2026-04-01')).toMatchObject({
          repeatBandLow: 0.3,
          adultFemalePopulation: 50_000,
        });
      });
  });

  it('refuses a change that names nothing, or a setting that does not exist', () => {
    given(maracSettingsDecider).when(change('2025-04-01', {})).thenThrows(InvalidCommandError, 'Name at least one setting to change.');
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatWindowMonths: 6 } as Partial<MaracSettings>))
      .thenThrows(InvalidCommandError, 'These are not settings that can be changed: repeatWindowMonths.');
  });

  it('refuses values out of range and a date that is not a date', () => {
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatBandLow: 1.5 }))
      .thenThrows(InvalidCommandError, /low end must be a proportion/);
    given(maracSettingsDecider)
      .when(change('2025-04-01', { adultFemalePopulation: 0 }))
      .thenThrows(InvalidCommandError, /adult female population/);
    given(maracSettingsDecider)
      .when(change('2025-04-01', { policeCallOutThreshold: 2.5 }))
      .thenThrows(InvalidCommandError, /police call-out threshold/);
    given(maracSettingsDecider)
      .when(change('2025-02-30', { policeCallOutThreshold: 2 }))
      .thenThrows(InvalidCommandError, /date the change takes effect/);
  });

  it('refuses a change whose merge leaves the band upside down, now or on a later change day', () => {
    // Only the low end named: merged with the default high end (0.40) it would be above it.
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatBandLow: 0.45 }))
      .thenThrows(InvalidCommandError, /repeat-rate band/);
    // Back-dated low end that fits the band in force then but not the high end a later change brings in.
    given(maracSettingsDecider, [changed('2026-04-01', { repeatBandHigh: 0.3 })])
      .when(change('2025-04-01', { repeatBandLow: 0.35 }))
      .thenThrows(InvalidCommandError, /repeat-rate band/);
    // Both ends moved together is fine.
    given(maracSettingsDecider)
      .when(change('2025-04-01', { repeatBandLow: 0.45, repeatBandHigh: 0.5 }))
      .then([changed('2025-04-01', { repeatBandLow: 0.45, repeatBandHigh: 0.5 })]);
  });
});
