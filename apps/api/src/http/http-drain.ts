import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@motcua/config';
import type { FastifyInstance } from 'fastify';

/**
 * The first step of shutting down (a provider of the root module, so its destroy hook runs
 * before any other module lets go of Redis or the database): stop accepting connections,
 * let the requests in flight finish for `SHUTDOWN_GRACE_MS`, then cut off those still
 * running. New requests on kept-alive connections meanwhile get Fastify's 503.
 */
@Injectable()
export class HttpDrain implements OnModuleDestroy {
  private readonly logger = new Logger(HttpDrain.name);
  private readonly graceMs: number;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    config: AppConfig,
  ) {
    this.graceMs = config.get('SHUTDOWN_GRACE_MS');
  }

  async onModuleDestroy(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    const closed = fastify.close();
    const cutOff = setTimeout(() => {
      this.logger.warn(`Requests still running after ${this.graceMs} ms of shutdown: cut off`);
      fastify.server.closeAllConnections();
    }, this.graceMs);
    try {
      await closed;
    } finally {
      clearTimeout(cutOff);
    }
  }
}
