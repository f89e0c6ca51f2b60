import { useIdDerivationKey } from '@app/event-store';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { loadAccessConfig } from './access-config.js';
import { resolveServerSecret, serverSubkey } from './access-secrets.js';

export const DERIVED_IDS_KEY = Symbol('DERIVED_IDS_KEY');

/**
 * Keys the ids the server derives (event-store `deriveId`, the Idempotency-Key's scoped form) with the
 * `derived-ids` subkey of SERVER_SECRET, for the app's core module (API, projector and CLIs alike, which
 * must agree). Whatever derives ids during start-up (the upgrade steps) injects this first.
 */
export const derivedIdsProvider = {
  provide: DERIVED_IDS_KEY,
  inject: [APP_CONFIG],
  useFactory: async (config: AppConfig): Promise<true> => {
    useIdDerivationKey(serverSubkey(await resolveServerSecret(loadAccessConfig(config)), 'derived-ids'));
    return true;
  },
};
