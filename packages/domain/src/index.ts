export * from './errors.js';
export * from './account/account.js';
export * from './reflection/reflection.js';
export * from './reflection/visibility.js';
export * from './reflection/eligibility.js';
