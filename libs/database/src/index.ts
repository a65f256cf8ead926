export * from './entities';
export * from './database-options';
export * from './prepare-database';
export * from './direct-read';
export * from './repositories';
export * from './database-unavailable';
export * from './executor';
