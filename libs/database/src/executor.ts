import type { EntityManager } from 'typeorm';

/**
 * What a repository method runs its SQL on: a transaction's `EntityManager`, or the data
 * source's for a statement on its own. The caller (the use case) chooses, so work inside a
 * transaction never takes a second connection from the pool.
 */
export type Executor = Pick<EntityManager, 'query'>;
