// TypeORM CLI entry: `npm run migration:generate -- libs/database/src/migrations/<Name>`.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

export default new DataSource(
  databaseOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/motcua'),
);
