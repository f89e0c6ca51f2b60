export * from './cross-service-repeats.js';
