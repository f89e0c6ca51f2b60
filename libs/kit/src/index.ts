export * from './bounded-context.js';
