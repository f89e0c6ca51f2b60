// Without an extension: jest's global setup requires this file, and the embedded database module, as CommonJS.
export { freePort } from '../../platform/src/database/embedded-postgres';
