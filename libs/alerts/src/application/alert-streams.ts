import { deriveId, streamName, type CommandContext, type CommandExecutor } from '@app/event-store';
import { settingsInForceOn } from '@app/kit';
import { type IsoDate } from '@app/periods';
import {
  ALERT_SETTINGS_STREAM_CATEGORY,
  ALERT_STREAM_CATEGORY,
  alertSettingsDecider,
  DEFAULT_ALERT_SETTINGS,
  PERSON_WATCH_STREAM_CATEGORY,
  WATCH_MERGES_STREAM_CATEGORY,
  type AlertKind,
  type AlertSettings,
} from '../domain/index.js';

/**
 * An alert slot's id: derived (keyed, like every derived id) from its kind and what it is about, so every
 * process, every replay and every rule that raises it names the same stream.
 */
export function alertIdOf(kind: AlertKind, about: string): string {
  return deriveId(`alert:${kind}:${about}`, 'alert-slot');
}

export const alertStream = (alertId: string) => streamName(ALERT_STREAM_CATEGORY, alertId);
export const personWatchStream = (personId: string) => streamName(PERSON_WATCH_STREAM_CATEGORY, personId);
export const watchMergesStream = (partnershipId: string) => streamName(WATCH_MERGES_STREAM_CATEGORY, partnershipId);
export const alertSettingsStream = (partnershipId: string) => streamName(ALERT_SETTINGS_STREAM_CATEGORY, partnershipId);

/** The partnership's alert thresholds in force on a day (the defaults until an admin changes them). */
export async function alertSettingsOn(executor: CommandExecutor, partnershipId: string, day: IsoDate): Promise<AlertSettings> {
  const { state } = await executor.load(alertSettingsStream(partnershipId), alertSettingsDecider);
  return settingsInForceOn(DEFAULT_ALERT_SETTINGS, state.changes, day);
}

/** A command this one sends on (one per alert it raises), its id derived from this one's so a replay sends the same. */
export function childContext(context: CommandContext, purpose: string, partnershipId?: string): CommandContext {
  return { ...context, commandId: deriveId(context.commandId, purpose), ...(partnershipId ? { partnershipId } : {}) };
}
