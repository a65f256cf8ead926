import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { PostalSimulator } from '../apps/postal-sim/src/simulator';
import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { POSTAL_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';
import { waitFor, waitUntil } from './support/wait';
import { startWorkerProcess } from './support/worker-process';

const DOSSIERS = 12;

/**
 * Fault drill: the worker process is killed (SIGKILL) in the middle of a batch of shipments.
 * After a restart every shipment is made, and the operator holds exactly one per dossier.
 */
describe('fault drill: worker killed while dispatching shipments', () => {
  let api: TestApi;
  let sim: PostalSimulator;
  let simUrl: string;
  const prefix = `motcua-test-${randomUUID().slice(0, 8)}`;
  const workers: ChildProcess[] = [];

  async function startWorker(): Promise<ChildProcess> {
    const child = await startWorkerProcess({
      QUEUE_PREFIX: prefix,
      POSTAL_API_URL: simUrl,
      POSTAL_API_KEY: 'kill-key',
      OUTBOX_POLL_MS: '50',
    });
    workers.push(child);
    return child;
  }

  beforeAll(async () => {
    const { createPostalSimulator } = await import('../apps/postal-sim/src/simulator');
    sim = createPostalSimulator({
      apiKey: 'kill-key',
      webhookSecret: 'whsec_' + Buffer.from(randomUUID()).toString('base64'),
      stepMs: 600_000,
      responseDelayMs: 150,
    });
    simUrl = await sim.listen(0, '127.0.0.1');
    const { startApi } = await import('./support/api');
    api = await startApi();
  });
  afterAll(async () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
    await api?.close();
    await sim?.close();
  });

  it('makes every shipment exactly once across the crash', async () => {
    const citizen = await registerCitizen(api.http);
    const address = {
      recipientName: 'Nguyễn Văn An',
      phone: '0912345678',
      street: 'Số 12 phố Đội Cấn',
      ward: 'Phường Đội Cấn',
      district: 'Quận Ba Đình',
      province: 'Thành phố Hà Nội',
    };
    const codes: string[] = [];
    for (let i = 0; i < DOSSIERS; i++) {
      const { code } = await fileDossier(api.http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
        deliveryMethod: 'POSTAL',
        deliveryAddress: address,
      });
      codes.push(code);
    }
    // approved (as the leader's action would leave them), with their outbox events
    const db = api.app.get(DataSource);
    await db.query(
      `WITH approved AS (
         UPDATE dossiers SET status = 'RESULT_READY', version = version + 1 WHERE code = ANY($1) RETURNING id, code
       )
       INSERT INTO outbox (type, payload)
       SELECT 'dossier.approve', jsonb_build_object('dossierId', id, 'code', code, 'action', 'approve',
         'fromStatus', 'AWAITING_APPROVAL', 'toStatus', 'RESULT_READY') FROM approved`,
      [codes],
    );
    const shipped = () => sim.shipments().filter((s) => codes.includes(s.reference));

    const first = await startWorker();
    // the operator answers each shipment after 150 ms: the batch is still under way at the kill
    await waitUntil(() => shipped().length >= 3, { intervalMs: 20, what: 'three shipments' });
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const beforeRestart = shipped().length;
    expect(beforeRestart).toBeGreaterThanOrEqual(3);
    expect(beforeRestart).toBeLessThan(DOSSIERS);

    await startWorker();
    // BullMQ hands the killed worker's jobs on once their locks expire (30 s) and a stalled-job
    // check (every 30 s) finds them; a dispatch retried after that waits its back-off too
    const delivering = await waitFor(
      (): Promise<{ code: string; tracking: string }[]> =>
        db.query(
          `SELECT code, delivery->>'trackingNumber' AS tracking FROM dossiers
            WHERE code = ANY($1) AND status = 'DELIVERING'`,
          [codes],
        ),
      (rows) => rows.length === DOSSIERS,
      { timeoutMs: 150_000, intervalMs: 200, what: 'every dossier delivering' },
    );
    expect(delivering).toHaveLength(DOSSIERS);
    // exactly one shipment per dossier at the operator, and it is the one the dossier records
    expect(shipped()).toHaveLength(DOSSIERS);
    for (const { code, tracking } of delivering) {
      expect(
        shipped()
          .filter((s) => s.reference === code)
          .map((s) => s.trackingNumber),
      ).toEqual([tracking]);
    }
  }, 210_000);
});
