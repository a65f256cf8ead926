'use strict';
/**
 * The raw side of the queue benchmark: a plain BullMQ Worker in plain Node (no Nest, no
 * TypeORM), on the same Redis with the same concurrency as motcua's intake processor.
 *
 *   MODE=noop  the processor returns at once: what BullMQ itself costs per job.
 *   MODE=work  the processor does intake's work with the statements intake ran when they were
 *              last reviewed (sql.js) on a pg pool of the worker's size: read the attachments
 *              and their recorded digests, read each file back and hash it, store the
 *              outcome, then the notice (read the dossier, render the template, look for and
 *              write the delivery row; the mail itself goes nowhere, as motcua's log channel).
 *
 * Environment: MODE, QUEUE_NAME, QUEUE_PREFIX, REDIS_URL, CONCURRENCY, and for `work`:
 * DATABASE_URL, DATABASE_POOL_SIZE, FILE_STORAGE_DIR, PUBLIC_BASE_URL, DOMAIN_MODULE,
 * TEMPLATES_MODULE (the statements are the baseline's own, sql.js).
 */
const { createHash } = require('node:crypto');
const { createReadStream } = require('node:fs');
const { access } = require('node:fs/promises');
const path = require('node:path');
const { Worker } = require('bullmq');

const env = process.env;
const mode = env.MODE || 'noop';
const redisUrl = new URL(env.REDIS_URL || 'redis://127.0.0.1:6379');
const connection = {
  host: redisUrl.hostname,
  port: Number(redisUrl.port || 6379),
  maxRetriesPerRequest: null,
};

function processorFor(selected) {
  if (selected === 'noop') return async () => undefined;
  const { Pool } = require('pg');
  const {
    SELECT_ATTACHMENT_DIGESTS,
    RECORD_ATTACHMENT_CHECK,
    MARK_ARRIVAL_NOTICE_DONE,
    SELECT_DOSSIER_FOR_NOTICE,
    SELECT_DELIVERY,
    INSERT_DELIVERY,
  } = require('./sql');
  const { attachmentCheckOf, attachmentCheckNote } = require(env.DOMAIN_MODULE);
  const { renderNotification, NotificationEvent } = require(env.TEMPLATES_MODULE);
  const pool = new Pool({
    connectionString: env.DATABASE_URL,
    max: Number(env.DATABASE_POOL_SIZE || 5),
  });
  const root = path.resolve(env.FILE_STORAGE_DIR);

  async function digestOf(sha256) {
    const file = path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    if (
      !(await access(file).then(
        () => true,
        () => false,
      ))
    )
      return null;
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(file)) hash.update(chunk);
    return hash.digest('hex');
  }

  return async (job) => {
    const { outboxId, event } = job.data;
    const { rows } = await pool.query(SELECT_ATTACHMENT_DIGESTS, [event.dossierId]);
    const found = await Promise.all(
      rows.map(async (row) => ({
        documentCode: row.document_code,
        fileId: row.file_id,
        recordedSha256: row.recorded_sha256,
        actualSha256: row.recorded_sha256 ? await digestOf(row.recorded_sha256) : null,
      })),
    );
    const check = attachmentCheckOf(found, outboxId, new Date());
    const names = new Map(rows.map((r) => [r.document_code, r.document_name]));
    await pool.query(RECORD_ATTACHMENT_CHECK, [
      event.dossierId,
      JSON.stringify(check),
      outboxId,
      check.ok ? null : attachmentCheckNote(check.problems, names),
      'SYSTEM',
      'Hệ thống',
    ]);
    await notify(outboxId, event);
    // as intake: the arrival's notice handled, a waiting "received" notice may go
    await pool.query(MARK_ARRIVAL_NOTICE_DONE, [event.dossierId, outboxId]);
  };

  async function notify(outboxId, event) {
    const notice = (await pool.query(SELECT_DOSSIER_FOR_NOTICE, [event.dossierId])).rows[0];
    if (!notice?.applicant_email) return;
    const delivered = await pool.query(SELECT_DELIVERY, [outboxId, 'email']);
    if (delivered.rowCount > 0) return;
    renderNotification({
      event: NotificationEvent.Submitted,
      dossierCode: notice.code,
      procedureName: notice.procedure_name,
      applicantName: notice.applicant_full_name,
      trackingUrl: `${env.PUBLIC_BASE_URL}/api/v1/tracking/${notice.code}`,
      deliveryMethod: notice.delivery_method,
    });
    await pool.query(INSERT_DELIVERY, [outboxId, 'email']);
  }
}

const worker = new Worker(env.QUEUE_NAME, processorFor(mode), {
  connection,
  prefix: env.QUEUE_PREFIX,
  concurrency: Number(env.CONCURRENCY || 10),
});
worker.on('failed', (job, error) => console.error(`job ${job?.id} failed: ${error.message}`));
worker.on('ready', () => console.log(`raw ${mode} worker ready on ${env.QUEUE_NAME}`));

async function stop() {
  await worker.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
