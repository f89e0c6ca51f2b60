export * from './problem.js';
export * from './command-request.js';
export * from './command-decorators.js';
export * from './revision-etag.interceptor.js';
export * from './page-query.js';
