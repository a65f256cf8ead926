export * from './access.guard';
export * from './auth-core.module';
export * from './auth.decorators';
export * from './authenticated-user';
export * from './password-hasher';
export * from './password-policy';
export * from './revoked-sessions';
