export * from './authenticated-user.js';
export * from './access.decorators.js';
