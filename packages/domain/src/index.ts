export * from './errors.js';
export * from './account/account.js';
export * from './session/kinds.js';
export * from './booking/status.js';
export * from './session/zoned-time.js';
export * from './session/validation.js';
export * from './session/series.js';
export * from './booking/rules.js';
