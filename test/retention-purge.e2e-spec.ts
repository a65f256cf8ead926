import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import type { TestApi } from './support/api';
import { waitFor } from './support/wait';

/**
 * Retention: the worker's nightly `purge-retention` job deletes finished bookkeeping older than
 * RETENTION_DAYS (published outbox events, applied or stale postal callbacks, notification
 * delivery records) and nothing that is still to do or kept for operators.
 */
describe('retention purge of outbox, postal inbox and delivery records', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let queue: Queue;
  let events: QueueEvents;
  const marker = randomUUID();

  beforeAll(async () => {
    const { startApiAndWorker } = await import('./support/stack');
    ({ api, worker } = await startApiAndWorker({
      MAINTENANCE_SCHEDULES: 'true',
      RETENTION_DAYS: '30',
    }));
    db = api.app.get(DataSource);
    const { bullConnection, QueueName } = await import('@motcua/queue');
    const connection = bullConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    queue = new Queue(QueueName.Maintenance, { connection, prefix: process.env.QUEUE_PREFIX });
    events = new QueueEvents(QueueName.Maintenance, {
      connection,
      prefix: process.env.QUEUE_PREFIX,
    });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await events?.close();
    await queue?.close();
    await worker?.close();
    await api?.close();
  });

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  async function outboxRow(publishedDaysAgo: number | null): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO outbox (type, payload, created_at, published_at)
       VALUES ('test.retention', jsonb_build_object('marker', $1::text), $2, $3) RETURNING id`,
      [marker, daysAgo(100), publishedDaysAgo === null ? null : daysAgo(publishedDaysAgo)],
    );
    return String(row.id);
  }

  async function inboxRow(outcome: string | null, processedDaysAgo: number | null) {
    const id = `msg_retention_${randomUUID()}`;
    await db.query(
      `INSERT INTO postal_inbox (webhook_id, tracking_number, reference, status, occurred_at,
         payload, received_at, processed_at, outcome)
       VALUES ($1, 'EB000000000VN', $2, 'DELIVERED', $3, '{}', $3, $4, $5)`,
      [
        id,
        `RETENTION-${marker}`,
        daysAgo(100),
        processedDaysAgo === null ? null : daysAgo(processedDaysAgo),
        outcome,
      ],
    );
    return id;
  }

  async function deliveryRow(outboxId: string, sentDaysAgo: number) {
    await db.query(
      `INSERT INTO notification_deliveries (outbox_id, channel, sent_at) VALUES ($1, $2, $3)`,
      [outboxId, 'email', daysAgo(sentDaysAgo)],
    );
    return outboxId;
  }

  it('is scheduled with the other maintenance jobs', async () => {
    const scheduler = await waitFor(
      () => queue.getJobScheduler('purge-retention'),
      (found) => Boolean(found),
      { timeoutMs: 10_000, intervalMs: 200, what: 'the purge-retention scheduler' },
    );
    expect(scheduler).toMatchObject({ key: 'purge-retention', pattern: '40 2 * * *' });
  });

  it('deletes only finished rows older than the retention period', async () => {
    const oldPublished = await outboxRow(40);
    const recentPublished = await outboxRow(5);
    const unpublished = await outboxRow(null);
    const applied = await inboxRow('applied', 40);
    const stale = await inboxRow('stale', 40);
    const recentApplied = await inboxRow('applied', 5);
    const pending = await inboxRow('pending', null);
    const unknown = await inboxRow('unknown-reference', 40);
    const notPostal = await inboxRow('not-postal', 40);
    // outbox ids no real event uses: far beyond the sequence
    const base = BigInt(9_000_000_000) + BigInt(Math.floor(Math.random() * 1_000_000_000));
    const oldDelivery = await deliveryRow(String(base), 40);
    const recentDelivery = await deliveryRow(String(base + 1n), 5);

    const job = await queue.add('purge-retention', {});
    const result = (await job.waitUntilFinished(events, 30_000)) as Record<string, number>;
    expect(result.outbox).toBeGreaterThanOrEqual(1);
    expect(result.postalInbox).toBeGreaterThanOrEqual(2);
    expect(result.notificationDeliveries).toBeGreaterThanOrEqual(1);

    const outbox = (
      await db.query(`SELECT id::text FROM outbox WHERE payload->>'marker' = $1`, [marker])
    ).map((r: { id: string }) => r.id);
    expect(outbox.sort()).toEqual([recentPublished, unpublished].sort());
    expect(outbox).not.toContain(oldPublished);

    const inbox = (
      await db.query(`SELECT webhook_id FROM postal_inbox WHERE reference = $1`, [
        `RETENTION-${marker}`,
      ])
    ).map((r: { webhook_id: string }) => r.webhook_id);
    expect(inbox.sort()).toEqual([recentApplied, pending, unknown, notPostal].sort());
    expect(inbox).not.toContain(applied);
    expect(inbox).not.toContain(stale);

    const deliveries = (
      await db.query(
        `SELECT outbox_id::text AS id FROM notification_deliveries WHERE outbox_id = ANY($1)`,
        [[oldDelivery, recentDelivery]],
      )
    ).map((r: { id: string }) => r.id);
    expect(deliveries).toEqual([recentDelivery]);
  });
});
