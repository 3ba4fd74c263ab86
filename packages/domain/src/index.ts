export * from './errors.js';
export * from './account/account.js';
export * from './session/kinds.js';
export * from './booking/status.js';
