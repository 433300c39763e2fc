export * from './keys.js';
export * from './schemas.js';
