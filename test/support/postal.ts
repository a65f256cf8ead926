import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { signWebhook } from '../../apps/postal-sim/src/webhook-signature';
import { DEMO, login, registerCitizen } from './actors';
import { POSTAL_PROCEDURE_CODE } from './demo';
import { fileDossier } from './dossiers';

export const POSTAL_ADDRESS = {
  recipientName: 'Nguyễn Văn An',
  phone: '0912345678',
  street: 'Số 12 phố Đội Cấn',
  ward: 'Phường Đội Cấn',
  district: 'Quận Ba Đình',
  province: 'Thành phố Hà Nội',
};

export interface PostalEvent {
  trackingNumber: string;
  reference: string;
  status: string;
  occurredAt: string;
  note?: string;
}

/** A signed operator callback, as the operator sends it; returns the answer and the webhook id. */
export async function sendPostalEvent(
  http: TestAgent,
  secret: string,
  event: PostalEvent,
  id = `msg_${randomUUID()}`,
): Promise<{ status: number; id: string }> {
  const body = JSON.stringify({ type: 'shipment.status_changed', data: event });
  const timestamp = Math.floor(Date.now() / 1000);
  const res = await http
    .post('/api/v1/postal/callbacks')
    .set('content-type', 'application/json')
    .set('webhook-id', id)
    .set('webhook-timestamp', String(timestamp))
    .set('webhook-signature', signWebhook(secret, id, timestamp, body))
    .send(body);
  return { status: res.status, id };
}

/**
 * A citizen's POSTAL dossier taken by the officials through receive, assign, propose and
 * approve over HTTP, so it ends RESULT_READY with its `dossier.approve` outbox event.
 */
export async function approvedPostalDossier(
  http: TestAgent,
  address: typeof POSTAL_ADDRESS = POSTAL_ADDRESS,
): Promise<{ code: string; token: string }> {
  const citizen = await registerCitizen(http);
  const { code } = await fileDossier(http, citizen.accessToken, POSTAL_PROCEDURE_CODE, {
    deliveryMethod: 'POSTAL',
    deliveryAddress: address,
  });
  const [reception, leader, specialist] = await Promise.all(
    [DEMO.reception, DEMO.leader, DEMO.specialist].map((u) => login(http, u)),
  );
  const me = await http.get('/api/v1/auth/me').set('Authorization', `Bearer ${specialist}`);
  const act = async (token: string, action: string, body: object = {}) => {
    const res = await http
      .post(`/api/v1/dossiers/${code}/actions/${action}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  await act(reception, 'receive');
  await act(leader, 'assign', { assigneeId: me.body.id });
  await act(specialist, 'propose', { outcome: 'GRANTED', summary: 'Đủ điều kiện' });
  await act(leader, 'approve');
  return { code, token: citizen.accessToken };
}

export interface PostalState {
  status: string;
  delivery: { status?: string; trackingNumber?: string; updatedAt?: string } | null;
}

export async function postalState(db: DataSource, code: string): Promise<PostalState> {
  const [row] = await db.query('SELECT status, delivery FROM dossiers WHERE code = $1', [code]);
  return row as PostalState;
}

/** The stored callbacks of a dossier, with how each was handled. */
export async function inboxOf(
  db: DataSource,
  code: string,
): Promise<{ status: string; outcome: string | null; processed: boolean }[]> {
  return db.query(
    `SELECT status, outcome, processed_at IS NOT NULL AS processed FROM postal_inbox
     WHERE reference = $1 ORDER BY occurred_at, webhook_id`,
    [code],
  );
}

/** `action>toStatus` of each history entry, oldest first. */
export async function historySteps(db: DataSource, code: string): Promise<string[]> {
  const rows = (await db.query(
    `SELECT h.action, h.to_status FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
     WHERE d.code = $1 ORDER BY h.id`,
    [code],
  )) as { action: string; to_status: string }[];
  return rows.map((row) => `${row.action}>${row.to_status}`);
}
