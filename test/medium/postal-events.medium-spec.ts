import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import { databaseOptions, DossierHistoryRepository, PostalRepository } from '@motcua/database';
import { DeliveryStatus, DossierStatus } from '@motcua/domain';
import { DataSource } from 'typeorm';
import { PostalEventApplier } from '../../apps/worker/src/postal/postal-event-applier.service';

/**
 * The middle tier: the worker's application of stored postal callbacks (PostalEventApplier
 * on PostalRepository) on the real PostgreSQL, without HTTP, Redis or the operator. Each test
 * ships a dossier of its own.
 */
describe('postal event application', () => {
  let db: DataSource;
  let applier: PostalEventApplier;

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
    applier = new PostalEventApplier(db, new PostalRepository(), new DossierHistoryRepository());
  });
  afterAll(() => db.destroy());

  /** A POSTAL dossier in DELIVERING with a shipment recorded at `shippedAt`. */
  async function shippedDossier(shippedAt = '2026-11-26T08:00:00Z') {
    const [agency] = (await db.query(
      `INSERT INTO agencies (code, name) VALUES ($1, 'Cơ quan thử bưu chính') RETURNING id`,
      [`T${randomInt(1_000_000, 9_999_999)}`],
    )) as { id: string }[];
    const [procedure] = (await db.query(
      `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
       VALUES ($1, $2, 'Thủ tục thử', 3, 0, 'FULL') RETURNING id`,
      [`P.${randomUUID().slice(0, 8)}`, agency.id],
    )) as { id: string }[];
    const code = `T-${randomUUID().slice(0, 18)}`;
    const trackingNumber = `EB${randomInt(100_000_000, 999_999_999)}VN`;
    const [dossier] = (await db.query(
      `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
         applicant_full_name, channel, status, delivery_method, received_at, appointment_date,
         delivery)
       VALUES ($1, $2, $3, '001090000003', 'Nguyễn Văn Bưu', 'COUNTER', $4, 'POSTAL', now(),
               '2099-12-31', jsonb_build_object('method', 'POSTAL', 'status', 'ACCEPTED',
               'trackingNumber', $5::text, 'updatedAt', $6::text))
       RETURNING id`,
      [code, procedure.id, agency.id, DossierStatus.Delivering, trackingNumber, shippedAt],
    )) as { id: string }[];
    return { id: dossier.id, code, trackingNumber };
  }

  /** A stored callback, as the API's inbox keeps it; returns its webhook id. */
  async function stored(
    event: {
      reference: string;
      trackingNumber: string;
      status: DeliveryStatus;
      occurredAt: string;
    },
    webhookId = `msg_${randomUUID()}`,
  ) {
    await db.query(
      `INSERT INTO postal_inbox (webhook_id, tracking_number, reference, status, occurred_at, payload)
       VALUES ($1, $2, $3, $4, $5, '{}'::jsonb)`,
      [webhookId, event.trackingNumber, event.reference, event.status, event.occurredAt],
    );
    return webhookId;
  }

  async function dossierState(id: string) {
    const [row] = (await db.query(`SELECT status, delivery FROM dossiers WHERE id = $1`, [id])) as {
      status: string;
      delivery: { status: string; updatedAt: string };
    }[];
    return row;
  }

  async function trailOf(id: string) {
    const history = (await db.query(
      `SELECT action, from_status, to_status, actor_role FROM dossier_history
        WHERE dossier_id = $1 ORDER BY id`,
      [id],
    )) as { action: string; from_status: string; to_status: string; actor_role: string }[];
    const events = (await db.query(
      `SELECT type, payload->>'toStatus' AS "to" FROM outbox
        WHERE payload->>'dossierId' = $1 ORDER BY id`,
      [id],
    )) as { type: string; to: string }[];
    return { history, events };
  }

  async function inboxRow(webhookId: string) {
    const [row] = (await db.query(
      `SELECT outcome, processed_at IS NOT NULL AS processed FROM postal_inbox WHERE webhook_id = $1`,
      [webhookId],
    )) as { outcome: string | null; processed: boolean }[];
    return row;
  }

  it('applies events in order, and the delivery returns the dossier with one history entry and event', async () => {
    const d = await shippedDossier();
    const at = (minutes: number) => new Date(Date.parse('2026-11-26T08:00:00Z') + minutes * 60_000);
    const ref = { reference: d.code, trackingNumber: d.trackingNumber };

    const transit = await stored({
      ...ref,
      status: DeliveryStatus.InTransit,
      occurredAt: at(60).toISOString(),
    });
    await expect(applier.apply(transit)).resolves.toBe('applied');
    expect(await dossierState(d.id)).toMatchObject({
      status: DossierStatus.Delivering,
      delivery: { status: DeliveryStatus.InTransit, trackingNumber: d.trackingNumber },
    });

    const delivered = await stored({
      ...ref,
      status: DeliveryStatus.Delivered,
      occurredAt: at(120).toISOString(),
    });
    await expect(applier.apply(delivered)).resolves.toBe('applied');
    const state = await dossierState(d.id);
    expect(state.status).toBe(DossierStatus.Returned);
    expect(state.delivery).toMatchObject({ status: DeliveryStatus.Delivered, method: 'POSTAL' });
    expect(Date.parse(state.delivery.updatedAt)).toBe(at(120).getTime());
    expect(await trailOf(d.id)).toEqual({
      history: [
        {
          action: 'deliver',
          from_status: DossierStatus.Delivering,
          to_status: DossierStatus.Returned,
          actor_role: 'SYSTEM',
        },
      ],
      events: [{ type: 'dossier.deliver', to: DossierStatus.Returned }],
    });
    expect(await inboxRow(delivered)).toEqual({ outcome: 'applied', processed: true });
  });

  it('never moves the delivery backwards when an earlier event arrives late', async () => {
    const d = await shippedDossier();
    const ref = { reference: d.code, trackingNumber: d.trackingNumber };
    const outForDelivery = await stored({
      ...ref,
      status: DeliveryStatus.OutForDelivery,
      occurredAt: '2026-11-26T10:00:00Z',
    });
    await expect(applier.apply(outForDelivery)).resolves.toBe('applied');

    // an earlier stage, and the same stage reported earlier: both kept, neither applied
    const pickedUp = await stored({
      ...ref,
      status: DeliveryStatus.PickedUp,
      occurredAt: '2026-11-26T09:00:00Z',
    });
    await expect(applier.apply(pickedUp)).resolves.toBe('stale');
    const sameStageEarlier = await stored({
      ...ref,
      status: DeliveryStatus.OutForDelivery,
      occurredAt: '2026-11-26T09:30:00Z',
    });
    await expect(applier.apply(sameStageEarlier)).resolves.toBe('stale');

    const state = await dossierState(d.id);
    expect(state.status).toBe(DossierStatus.Delivering);
    expect(state.delivery.status).toBe(DeliveryStatus.OutForDelivery);
    expect(Date.parse(state.delivery.updatedAt)).toBe(Date.parse('2026-11-26T10:00:00Z'));
    expect(await inboxRow(pickedUp)).toEqual({ outcome: 'stale', processed: true });
    expect((await trailOf(d.id)).history).toEqual([]);
  });

  it('applies a webhook id once, however often its job runs', async () => {
    const d = await shippedDossier();
    const delivered = await stored({
      reference: d.code,
      trackingNumber: d.trackingNumber,
      status: DeliveryStatus.Delivered,
      occurredAt: '2026-11-26T12:00:00Z',
    });
    const outcomes = await Promise.all([applier.apply(delivered), applier.apply(delivered)]);
    expect(outcomes.sort()).toEqual(['already-processed', 'applied']);
    await expect(applier.apply(delivered)).resolves.toBe('already-processed');
    const { history, events } = await trailOf(d.id);
    expect(history.map((h) => h.action)).toEqual(['deliver']);
    expect(events.map((e) => e.type)).toEqual(['dossier.deliver']);
  });

  it('keeps an event for an unknown reference or another tracking number, with no effect', async () => {
    const d = await shippedDossier();
    const unknown = await stored({
      reference: `NO-SUCH-${randomUUID().slice(0, 8)}`,
      trackingNumber: d.trackingNumber,
      status: DeliveryStatus.Delivered,
      occurredAt: '2026-11-26T12:00:00Z',
    });
    await expect(applier.apply(unknown)).resolves.toBe('unknown-reference');
    expect(await inboxRow(unknown)).toEqual({ outcome: 'unknown-reference', processed: true });

    const otherShipment = await stored({
      reference: d.code,
      trackingNumber: 'EB000000000VN',
      status: DeliveryStatus.Delivered,
      occurredAt: '2026-11-26T12:00:00Z',
    });
    await expect(applier.apply(otherShipment)).resolves.toBe('unknown-reference');

    expect(await dossierState(d.id)).toMatchObject({
      status: DossierStatus.Delivering,
      delivery: { status: DeliveryStatus.Accepted },
    });
    expect(await trailOf(d.id)).toEqual({ history: [], events: [] });
    await expect(applier.apply(`msg_${randomUUID()}`)).resolves.toBe('not-found');
  });
});
