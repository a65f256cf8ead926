export * from './errors/domain-error';
export * from './dossiers/dossier-status';
export * from './dossiers/dossier-code';
export * from './procedures/procedure-field';
export * from './procedures/form-data-validator';
export * from './idempotency/idempotency';
export * from './users/role';
