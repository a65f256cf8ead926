import type { DeliveryMethod, DossierStatus } from '@motcua/domain';
import type { Executor } from '../executor';
import type { DeliveryAddress } from '../entities/dossier.entity';
import type { DossierRow } from './dossier.repository';

/** A stored operator callback (`postal_inbox`). */
export interface PostalInboxRow {
  webhook_id: string;
  tracking_number: string;
  reference: string;
  status: string;
  occurred_at: Date;
  processed_at: Date | null;
  outcome: string | null;
}

/**
 * How a callback was handled. `pending`: the dossier is a postal delivery whose shipment we
 * have not recorded yet; the row stays unprocessed and is applied when the shipment is.
 * `not-postal`: the reference is a dossier that is not delivered by post. Both, like
 * `unknown-reference`, are kept for operators and change nothing.
 */
export type PostalInboxOutcome =
  'applied' | 'stale' | 'pending' | 'unknown-reference' | 'not-postal';

export interface DossierDelivery {
  status?: string;
  trackingNumber?: string | null;
  updatedAt?: string;
  method?: string;
}

/** The part of a dossier the postal flows read and change (a filed dossier: it has its code). */
export type PostalDossierRow = Pick<DossierRow, 'id' | 'status'> & {
  code: string;
  delivery_method: DeliveryMethod;
  delivery: DossierDelivery | null;
};

export type DossierToShip = PostalDossierRow & {
  delivery_address: DeliveryAddress | null;
  agency_code: string;
  agency_name: string;
};

/**
 * The one writer of a dossier's `delivery` document (a postal delivery: the operator's status,
 * the tracking number, when it last changed, and a problem for a person to look at). Each
 * value is an SQL expression.
 */
function deliveryDocument(delivery: {
  status: string;
  trackingNumber: string;
  updatedAt: string;
  problem?: string;
}): string {
  return `jsonb_build_object('method', 'POSTAL', 'status', ${delivery.status}::text,
    'trackingNumber', ${delivery.trackingNumber}::text, 'updatedAt', to_jsonb(${delivery.updatedAt}::timestamptz)${
      delivery.problem ? `, 'problem', ${delivery.problem}::text` : ''
    })`;
}

const INBOX_COLUMNS =
  'webhook_id, tracking_number, reference, status, occurred_at, processed_at, outcome';

/**
 * Statements on the postal inbox and on the delivery of dossiers. Each runs on the executor it
 * is given (the caller's transaction). Lock order, everywhere: the dossier, then its inbox
 * rows, so applying a callback and recording a shipment never deadlock each other.
 */
export class PostalRepository {
  /** Reads a stored callback without locking it (its reference never changes). */
  async findEvent(executor: Executor, webhookId: string): Promise<PostalInboxRow | null> {
    const rows = (await executor.query(
      `SELECT ${INBOX_COLUMNS} FROM postal_inbox WHERE webhook_id = $1`,
      [webhookId],
    )) as PostalInboxRow[];
    return rows[0] ?? null;
  }

  /** Locks a stored callback until commit: two deliveries of one job are serialised. */
  async lockEvent(executor: Executor, webhookId: string): Promise<PostalInboxRow | null> {
    const rows = (await executor.query(
      `SELECT ${INBOX_COLUMNS} FROM postal_inbox WHERE webhook_id = $1 FOR UPDATE`,
      [webhookId],
    )) as PostalInboxRow[];
    return rows[0] ?? null;
  }

  /** The callbacks of one reference not yet processed, locked, in the operator's time order. */
  lockUnprocessedEvents(executor: Executor, reference: string): Promise<PostalInboxRow[]> {
    return executor.query(
      `SELECT ${INBOX_COLUMNS} FROM postal_inbox
       WHERE reference = $1 AND processed_at IS NULL
       ORDER BY occurred_at, webhook_id FOR UPDATE`,
      [reference],
    ) as Promise<PostalInboxRow[]>;
  }

  /** Records how a callback was handled; a `pending` one stays unprocessed. */
  async markEvent(
    executor: Executor,
    webhookId: string,
    outcome: PostalInboxOutcome,
  ): Promise<void> {
    await executor.query(
      `UPDATE postal_inbox
       SET outcome = $2::varchar,
           processed_at = CASE WHEN $2::varchar = 'pending' THEN NULL ELSE now() END
       WHERE webhook_id = $1`,
      [webhookId, outcome],
    );
  }

  async lockDossierByCode(executor: Executor, code: string): Promise<PostalDossierRow | null> {
    const rows = (await executor.query(
      `SELECT id, code, status, delivery_method, delivery FROM dossiers WHERE code = $1 FOR UPDATE`,
      [code],
    )) as PostalDossierRow[];
    return rows[0] ?? null;
  }

  async lockDossier(executor: Executor, id: string): Promise<PostalDossierRow | null> {
    const rows = (await executor.query(
      `SELECT id, code, status, delivery_method, delivery FROM dossiers WHERE id = $1 FOR UPDATE`,
      [id],
    )) as PostalDossierRow[];
    return rows[0] ?? null;
  }

  /** What the dispatcher needs to ask the operator for a shipment. */
  async findDossierToShip(executor: Executor, id: string): Promise<DossierToShip | null> {
    const rows = (await executor.query(
      `SELECT d.id, d.code, d.status, d.delivery_method, d.delivery, d.delivery_address,
              a.code AS agency_code, a.name AS agency_name
         FROM dossiers d JOIN agencies a ON a.id = d.agency_id WHERE d.id = $1`,
      [id],
    )) as DossierToShip[];
    return rows[0] ?? null;
  }

  /** Writes a dossier's delivery (and, when given, its new status). */
  async updateDelivery(
    executor: Executor,
    id: string,
    delivery: { status: string; trackingNumber: string; updatedAt: Date | string },
    status?: DossierStatus,
  ): Promise<void> {
    await executor.query(
      `UPDATE dossiers SET
         delivery = ${deliveryDocument({ status: '$2', trackingNumber: '$3', updatedAt: '$4' })},
         status = COALESCE($5::varchar, status),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [id, delivery.status, delivery.trackingNumber, delivery.updatedAt, status ?? null],
    );
  }

  /** Marks the dossier's delivery refused by the operator, for a person to look at. */
  async flagDispatchRefused(executor: Executor, id: string, problem: string): Promise<void> {
    await executor.query(
      `UPDATE dossiers SET delivery = ${deliveryDocument({
        status: `'DISPATCH_REFUSED'`,
        trackingNumber: 'NULL',
        updatedAt: 'now()',
        problem: '$2',
      })}, updated_at = now()
       WHERE id = $1`,
      [id, problem],
    );
  }
}
