export * from './definitions.js';
export * from './status.js';
