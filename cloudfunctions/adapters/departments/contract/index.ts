/** The departments' HTTP contract, shared by the production gateway and the local simulator. */
export * from './check-request';
export * from './check-response';
export * from './error-body';
export * from './nonce-cache';
export * from './signing';
