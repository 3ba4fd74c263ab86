export * from './errors.js';
export * from './account/account.js';
