export * from './definitions.js';
export * from './status.js';
export * from './measurement-plan.js';
