import { assertNever, IllegalStateError, InvalidCommandError, NotFoundError, type Decider, type DomainEvent } from '@app/domain';
import { daysAffectedBy, definedOnly, settingsInForceOn, type DatedSettingsChange } from './dated-settings.js';
import { assertNamesKnownSettings } from './partnership-settings.decider.js';

/**
 * A registry of the panels or services a partnership runs (MARACs, ASB victim services, IOM cohorts): one
 * stream per panel (`<category>-<panelId>`), registered by an admin before any record names it, renamed,
 * and with some of the partnership's settings overridden for it from a given day on.
 */

/** Register a panel under a partnership, optionally with settings of its own from `effectiveFrom` on. */
export interface RegisterPanel<Settings extends object> {
  type: 'RegisterPanel';
  panelId: string;
  partnershipId: string;
  name: string;
  overrides?: { effectiveFrom: string; changes: Partial<Settings> };
}

export interface RenamePanel {
  type: 'RenamePanel';
  name: string;
}

/** Override some of the partnership's settings for this panel from a given day on (merge semantics). */
export interface OverridePanelSettings<Settings extends object> {
  type: 'OverridePanelSettings';
  effectiveFrom: string;
  changes: Partial<Settings>;
}

export type PanelRegistryCommand<Settings extends object> = RegisterPanel<Settings> | RenamePanel | OverridePanelSettings<Settings>;

/** The stable type strings of one kind of panel's events, e.g. MaracRegistered, MaracRenamed, MaracSettingsOverridden. */
export interface PanelEventTypes<Registered extends string, Renamed extends string, Overridden extends string> {
  registered: Registered;
  renamed: Renamed;
  settingsOverridden: Overridden;
}

export type PanelRegistered<Type extends string> = DomainEvent<Type, { panelId: string; partnershipId: string; name: string }>;
export type PanelRenamed<Type extends string> = DomainEvent<Type, { panelId: string; name: string }>;
export type PanelSettingsOverridden<Type extends string, Settings extends object> = DomainEvent<
  Type,
  { panelId: string; partnershipId: string; effectiveFrom: string; changes: Partial<Settings> }
>;

export type PanelRegistryEvent<Registered extends string, Renamed extends string, Overridden extends string, Settings extends object> =
  PanelRegistered<Registered> | PanelRenamed<Renamed> | PanelSettingsOverridden<Overridden, Settings>;

export type PanelRegistryState<Settings extends object> =
  | { status: 'unregistered' }
  | {
      status: 'registered';
      panelId: string;
      partnershipId: string;
      name: string;
      /** The panel's own settings over the partnership's, in the order recorded. */
      overrides: DatedSettingsChange<Settings>[];
    };

export interface PanelRegistryOptions<
  Registered extends string,
  Renamed extends string,
  Overridden extends string,
  Settings extends object,
> {
  eventTypes: PanelEventTypes<Registered, Renamed, Overridden>;
  /** The panel's name in messages: 'MARAC' gives "There is no such MARAC." */
  label: string;
  /** The settings a panel may override. */
  settingNames: readonly (keyof Settings & string)[];
  /** Checks an override's own content (its date, each value): throws InvalidCommandError. */
  validateChange(change: DatedSettingsChange<Settings>): void;
  /** Checks the panel's overrides as they stand on a day, merged (a band overridden as a whole): throws InvalidCommandError. */
  validateOverrides(overrides: Partial<Settings>): void;
}

export type PanelRegistryDecider<
  Registered extends string,
  Renamed extends string,
  Overridden extends string,
  Settings extends object,
> = Decider<PanelRegistryCommand<Settings>, PanelRegistryState<Settings>, PanelRegistryEvent<Registered, Renamed, Overridden, Settings>>;

/** Panel names are shown in lists and reports: not blank, and short enough for a heading. */
export const PANEL_NAME_MAX_LENGTH = 120;

/** "There is no such MARAC.": the 404 for a panel nobody registered, or that the caller's partnerships do not run. */
export function panelNotFoundMessage(label: string): string {
  return `There is no such ${label}.`;
}

export function panelRegistryDecider<Registered extends string, Renamed extends string, Overridden extends string, Settings extends object>(
  options: PanelRegistryOptions<Registered, Renamed, Overridden, Settings>,
): PanelRegistryDecider<Registered, Renamed, Overridden, Settings> {
  type Event = PanelRegistryEvent<Registered, Renamed, Overridden, Settings>;
  const { eventTypes, label } = options;

  const requireName = (name: unknown): string => {
    const trimmed = typeof name === 'string' ? name.trim() : '';
    if (trimmed === '') throw new InvalidCommandError(`The ${label}'s name is missing.`);
    if (trimmed.length > PANEL_NAME_MAX_LENGTH)
      throw new InvalidCommandError(`The ${label}'s name must be ${PANEL_NAME_MAX_LENGTH} characters or fewer.`);
    return trimmed;
  };
  const requireId = (value: unknown, what: string): string => {
    if (typeof value !== 'string' || value.trim() === '') throw new InvalidCommandError(`The ${what} is missing.`);
    return value;
  };

  /** The override as an event, once it is known to leave valid overrides on every day it touches. */
  const override = (
    panelId: string,
    partnershipId: string,
    existing: readonly DatedSettingsChange<Settings>[],
    requested: DatedSettingsChange<Settings>,
  ): PanelSettingsOverridden<Overridden, Settings> => {
    assertNamesKnownSettings(requested.changes, options.settingNames);
    const change = { effectiveFrom: requested.effectiveFrom, changes: definedOnly(requested.changes) };
    options.validateChange(change);
    const all = [...existing, change];
    for (const day of daysAffectedBy(existing, change)) options.validateOverrides(settingsInForceOn<Partial<Settings>>({}, all, day));
    return {
      type: eventTypes.settingsOverridden,
      data: { panelId, partnershipId, effectiveFrom: change.effectiveFrom, changes: change.changes },
    };
  };

  return {
    initialState: () => ({ status: 'unregistered' }),

    evolve(state, event) {
      if (event.type === eventTypes.registered) {
        const { panelId, partnershipId, name } = (event as PanelRegistered<Registered>).data;
        return { status: 'registered', panelId, partnershipId, name, overrides: [] };
      }
      if (state.status === 'unregistered') return state;
      if (event.type === eventTypes.renamed) return { ...state, name: (event as PanelRenamed<Renamed>).data.name };
      if (event.type === eventTypes.settingsOverridden) {
        const { effectiveFrom, changes } = (event as PanelSettingsOverridden<Overridden, Settings>).data;
        return { ...state, overrides: [...state.overrides, { effectiveFrom, changes }] };
      }
      return state;
    },

    decide(command, state): Event[] {
      switch (command.type) {
        case 'RegisterPanel': {
          if (state.status === 'registered') throw new IllegalStateError(`This ${label} is already registered.`);
          const panelId = requireId(command.panelId, `${label} id`);
          const partnershipId = requireId(command.partnershipId, 'partnership id');
          const registered: PanelRegistered<Registered> = {
            type: eventTypes.registered,
            data: { panelId, partnershipId, name: requireName(command.name) },
          };
          return command.overrides === undefined ? [registered] : [registered, override(panelId, partnershipId, [], command.overrides)];
        }
        case 'RenamePanel': {
          if (state.status === 'unregistered') throw new NotFoundError(panelNotFoundMessage(label));
          const name = requireName(command.name);
          if (name === state.name) return [];
          return [{ type: eventTypes.renamed, data: { panelId: state.panelId, name } }];
        }
        case 'OverridePanelSettings':
          if (state.status === 'unregistered') throw new NotFoundError(panelNotFoundMessage(label));
          return [
            override(state.panelId, state.partnershipId, state.overrides, {
              effectiveFrom: command.effectiveFrom,
              changes: command.changes,
            }),
          ];
        default:
          return assertNever(command);
      }
    },
  };
}
