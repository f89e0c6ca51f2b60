import pg from 'pg';
import { PERSONAL_DATA_PROTECTOR } from '@app/event-store';
import { APP_CONFIG, DATABASE_URL, type AppConfig } from '@app/platform';
import { loadAccessConfig } from '../config/access-config.js';
import { resolveMasterKey } from '../config/access-secrets.js';
import { SubjectKeyProtector } from './subject-key-protector.js';
import { SubjectKeyStore } from './subject-key-store.js';

/**
 * The PERSONAL_DATA_PROTECTOR provider for the app's core module (API and projector alike): per
 * subject keys in `subject_keys`, wrapped by MASTER_KEY (or the generated DATA_DIR key by default).
 */
export const personalDataProtectorProvider = {
  provide: PERSONAL_DATA_PROTECTOR,
  inject: [DATABASE_URL, APP_CONFIG],
  useFactory: async (databaseUrl: string, appConfig: AppConfig): Promise<SubjectKeyProtector> => {
    const config = loadAccessConfig(appConfig);
    const masterKey = await resolveMasterKey(config);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'safer-panels-subject-keys' });
    // An idle connection dropped by a database restart must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    return new SubjectKeyProtector(new SubjectKeyStore(pool, masterKey), config.subjectKeyCacheMs, Date.now, () => pool.end());
  },
};
