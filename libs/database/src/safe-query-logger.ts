import { Logger as NestLogger } from '@nestjs/common';
import type { LogLevel, LogMessage } from 'typeorm';
import { AbstractLogger } from 'typeorm';

type Entry = LogMessage | string | number;

/**
 * TypeORM's own loggers print a failed query with its parameters, which hold national IDs,
 * names and password hashes. This one logs the SQL text and the error, never the values.
 */
export class SafeQueryLogger extends AbstractLogger {
  private readonly logger = new NestLogger('Database');

  protected override writeLog(level: LogLevel, message: Entry | Entry[]): void {
    if (level !== 'error' && level !== 'warn') return;
    for (const entry of Array.isArray(message) ? message : [message]) {
      const text = typeof entry === 'object' ? String(entry.message) : String(entry);
      if (level === 'error') this.logger.error(text);
      else this.logger.warn(text);
    }
  }

  override logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.error({ query }, `Query failed: ${message}`);
  }

  override logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, ms: time }, 'Slow query');
  }
}
