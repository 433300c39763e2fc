export * from './local-date.js';
export * from './amsterdam.js';
export * from './statutory-closing-days.js';
export * from './working-days.js';
export * from './dutch-format.js';
