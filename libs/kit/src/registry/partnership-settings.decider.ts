import { assertNever, InvalidCommandError, type Decider, type DomainEvent } from '@app/domain';
import { daysAffectedBy, definedOnly, settingsInForceOn, type DatedSettingsChange } from './dated-settings.js';

/** Change some of a partnership's settings from a given day on (PATCH: the settings not named stay). */
export interface ChangePartnershipSettings<Settings extends object> {
  type: 'ChangePartnershipSettings';
  partnershipId: string;
  effectiveFrom: string;
  changes: Partial<Settings>;
}

export type PartnershipSettingsChanged<Type extends string, Settings extends object> = DomainEvent<
  Type,
  { partnershipId: string; effectiveFrom: string; changes: Partial<Settings> }
>;

export interface PartnershipSettingsState<Settings extends object> {
  /** Null until the first change: the defaults apply on every day. */
  partnershipId: string | null;
  /** Every change in the order recorded (see settingsInForceOn for how they combine). */
  changes: DatedSettingsChange<Settings>[];
}

export interface PartnershipSettingsOptions<Type extends string, Settings extends object> {
  /** The event's stable type string, e.g. 'MaracSettingsChanged'. */
  eventType: Type;
  /** What applies before any change takes effect. */
  defaults: Settings;
  /** The names of the settings: a change naming anything else is refused. */
  settingNames: readonly (keyof Settings & string)[];
  /**
   * Settings there used to be, each with the message that refuses a change naming it (what replaced it).
   * Stored changes that name them are the context's to upcast away.
   */
  retiredSettings?: Readonly<Record<string, string>>;
  /** Checks a change's own content (its date, each value's type and range): throws InvalidCommandError. */
  validateChange(change: DatedSettingsChange<Settings>): void;
  /** Checks settings as a whole, once merged (a band's low end not above its high end): throws InvalidCommandError. */
  validateSettings(settings: Settings): void;
}

export type PartnershipSettingsDecider<Type extends string, Settings extends object> = Decider<
  ChangePartnershipSettings<Settings>,
  PartnershipSettingsState<Settings>,
  PartnershipSettingsChanged<Type, Settings>
>;

/** Refuses an empty change and names no setting outside `settingNames` (messages name fields, never values). */
export function assertNamesKnownSettings<Settings extends object>(changes: Partial<Settings>, settingNames: readonly string[]): void {
  if (typeof changes !== 'object' || changes === null) throw new InvalidCommandError('Name at least one setting to change.');
  const named = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([name]) => name);
  if (named.length === 0) throw new InvalidCommandError('Name at least one setting to change.');
  const unknown = named.filter((name) => !settingNames.includes(name));
  if (unknown.length > 0) throw new InvalidCommandError(`These are not settings that can be changed: ${unknown.join(', ')}.`);
}

/** Refuses a change naming a retired setting, with the message saying what replaced it. */
export function assertNamesNoRetiredSettings(changes: object, retired: Readonly<Record<string, string>>): void {
  if (typeof changes !== 'object' || changes === null) return;
  const named = Object.keys(changes).filter((name) => Object.hasOwn(retired, name));
  if (named.length > 0) throw new InvalidCommandError(named.map((name) => retired[name]).join(' '));
}

/**
 * The settings history of one partnership in one context (one stream per partnership, e.g.
 * `marac_settings-<partnershipId>`): each change is a fact with the day it takes effect. A change is
 * refused when, merged with the others, it would leave invalid settings in force on any day from its
 * effective date on.
 */
export function partnershipSettingsDecider<Type extends string, Settings extends object>(
  options: PartnershipSettingsOptions<Type, Settings>,
): PartnershipSettingsDecider<Type, Settings> {
  return {
    initialState: () => ({ partnershipId: null, changes: [] }),

    // One event type: every event of the stream is a change.
    evolve: (state, event) => ({
      partnershipId: event.data.partnershipId,
      changes: [...state.changes, { effectiveFrom: event.data.effectiveFrom, changes: event.data.changes }],
    }),

    decide(command, state) {
      switch (command.type) {
        case 'ChangePartnershipSettings': {
          if (typeof command.partnershipId !== 'string' || command.partnershipId.trim() === '') {
            throw new InvalidCommandError('The partnership id is missing.');
          }
          assertNamesNoRetiredSettings(command.changes, options.retiredSettings ?? {});
          assertNamesKnownSettings(command.changes, options.settingNames);
          const change: DatedSettingsChange<Settings> = { effectiveFrom: command.effectiveFrom, changes: definedOnly(command.changes) };
          options.validateChange(change);
          const changes = [...state.changes, change];
          for (const day of daysAffectedBy(state.changes, change))
            options.validateSettings(settingsInForceOn(options.defaults, changes, day));
          return [
            {
              type: options.eventType,
              data: { partnershipId: command.partnershipId, effectiveFrom: change.effectiveFrom, changes: change.changes },
            },
          ];
        }
        default:
          return assertNever(command.type);
      }
    },
  };
}
