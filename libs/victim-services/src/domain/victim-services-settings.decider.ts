import { IllegalStateError } from '@app/domain';
import {
  partnershipSettingsDecider,
  type ChangePartnershipSettings,
  type PartnershipSettingsChanged,
  type PartnershipSettingsDecider,
  type PartnershipSettingsState,
} from '@app/kit';
import { DEFAULT_RISK_QUESTIONNAIRE, sameQuestionnaire, type RiskQuestionnaire } from './risk-questionnaire.js';
import {
  DEFAULT_VICTIM_SERVICES_SETTINGS,
  VICTIM_SERVICES_SETTING_NAMES,
  validateVictimServicesSettings,
  validateVictimServicesSettingsChange,
  type VictimServicesSettings,
} from './victim-services-settings.js';

/** One stream per partnership: `vs_settings-<partnershipId>`, every change of its victim-services settings. */
export const VS_SETTINGS_STREAM_CATEGORY = 'vs_settings';

export type VictimServicesSettingsChanged = PartnershipSettingsChanged<'VictimServicesSettingsChanged', VictimServicesSettings>;
export type ChangeVictimServicesSettings = ChangePartnershipSettings<VictimServicesSettings>;
export type VictimServicesSettingsState = PartnershipSettingsState<VictimServicesSettings>;

const settingsHistory = partnershipSettingsDecider({
  eventType: 'VictimServicesSettingsChanged',
  defaults: DEFAULT_VICTIM_SERVICES_SETTINGS,
  settingNames: VICTIM_SERVICES_SETTING_NAMES,
  validateChange: validateVictimServicesSettingsChange,
  validateSettings: validateVictimServicesSettings,
});

/**
 * A partnership's victim-services settings history on the kit's effective-dated settings (400 for an empty
 * change, an unknown setting or a value out of range), and one rule of its own: a questionnaire's version names
 * one content for ever (assessments keep the version beside their answers), so a different questionnaire under a
 * version already used, the default's included, is a 409.
 */
export const victimServicesSettingsDecider: PartnershipSettingsDecider<'VictimServicesSettingsChanged', VictimServicesSettings> = {
  ...settingsHistory,
  decide(command, state) {
    const proposed = command.changes?.riskQuestionnaire;
    if (proposed && typeof proposed === 'object') {
      const used: RiskQuestionnaire[] = [
        DEFAULT_RISK_QUESTIONNAIRE,
        ...state.changes.flatMap((change) => (change.changes.riskQuestionnaire ? [change.changes.riskQuestionnaire] : [])),
      ];
      if (used.some((q) => q.version === proposed.version && !sameQuestionnaire(q, proposed)))
        throw new IllegalStateError(
          `Questionnaire version ${proposed.version} is already in use with other questions: give the new one its own version.`,
        );
    }
    return settingsHistory.decide(command, state);
  },
};
