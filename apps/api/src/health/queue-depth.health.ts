import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { QueueOperationsService } from '../operations/queue-operations.service';

const DEPTH_TIMEOUT_MS = 1000;

/**
 * Jobs waiting, delayed and failed per queue. Always `up`: a deep queue is information for
 * the operator, not a reason to take the API out of rotation (Redis itself is checked apart).
 */
@Injectable()
export class QueueDepthIndicator {
  constructor(
    private readonly operations: QueueOperationsService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async depth(key = 'queues') {
    const indicator = this.indicators.check(key);
    let timer: NodeJS.Timeout | undefined;
    try {
      const depth = await Promise.race([
        this.operations.depth(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), DEPTH_TIMEOUT_MS);
        }),
      ]);
      return indicator.up(depth);
    } catch {
      return indicator.up({ message: 'Queue depth unavailable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
