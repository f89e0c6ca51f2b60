export * from './problem.js';
export * from './command-request.js';
