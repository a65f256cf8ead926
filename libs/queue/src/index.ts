export * from './bullmq-connection';
export * from './queues';
export * from './redis.module';
export * from './job-handlers';
