import 'reflect-metadata';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { DossierScope } from '@motcua/database';
import { databaseOptions, DeskReceiptRepository, DossierRepository } from '@motcua/database';
import { dossierCodePrefix, vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';

/**
 * The SQL of receipt regardless of boundary on the real PostgreSQL: where agencies sit in the
 * tree, a centre's desk filing for another agency (its code, counter, history and events), and
 * the officials' work list that shows a dossier to its agency and to the centre that received it.
 */
describe('receipt regardless of boundary: SQL', () => {
  let db: DataSource;
  const dossiers = new DossierRepository();
  const places = new DeskReceiptRepository();

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
  });
  afterAll(() => db.destroy());

  const code = (letter: string) =>
    `${randomInt(100, 1000)}.${randomInt(10, 100)}.${randomInt(10, 100)}.${letter}${randomInt(10, 100)}`;

  async function agency(kind: string, parentId: string | null) {
    const agencyCode = code(kind[0]);
    const [row] = (await db.query(
      `INSERT INTO agencies (code, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
      [agencyCode, `Cơ quan ${agencyCode}`, kind, parentId],
    )) as { id: string }[];
    return { id: row.id, code: agencyCode, name: `Cơ quan ${agencyCode}` };
  }

  /** A province with a centre and a ward, and another province with a commune. */
  async function tree() {
    const province = await agency('PROVINCE', null);
    const centre = await agency('SERVICE_CENTRE', province.id);
    const ward = await agency('COMMUNE', province.id);
    const centreOfWard = await agency('SERVICE_CENTRE', ward.id);
    const far = await agency('PROVINCE', null);
    const farCommune = await agency('COMMUNE', far.id);
    const [procedure] = (await db.query(
      `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
       VALUES ($1, $2, 'Thủ tục thử', 3, 0, 'FULL') RETURNING id`,
      [`P.${randomUUID().slice(0, 8)}`, ward.id],
    )) as { id: string }[];
    return { province, centre, ward, centreOfWard, far, farCommune, procedureId: procedure.id };
  }

  async function fileAtDesk(
    w: Awaited<ReturnType<typeof tree>>,
    receivedBy: { id: string; code: string } | null,
  ) {
    const issuer = receivedBy ?? w.ward;
    const day = vietnamDate(new Date());
    return db.transaction((manager) =>
      dossiers.insertAtDesk(
        manager,
        {
          procedureId: w.procedureId,
          agencyId: w.ward.id,
          formData: {},
          attachments: [],
          deliveryMethod: 'COUNTER',
          deliveryAddress: null,
        },
        { day, prefix: dossierCodePrefix(issuer.code, day), agencyId: issuer.id },
        {
          applicant: { nationalId: '001099000111', fullName: 'Lê Văn Nộp', phone: '0912000111' },
          channel: 'COUNTER',
          appointmentDate: '2099-01-05',
          processingDays: 3,
          receptionist: { id: null, role: 'RECEPTION', name: 'Cán bộ trung tâm' },
          claimNonce: randomBytes(16).toString('hex'),
          forwarded: receivedBy
            ? {
                receivedByAgencyId: receivedBy.id,
                receiptNote: 'Tiếp nhận tại trung tâm',
                forwardingNote: 'Chuyển hồ sơ đến phường',
              }
            : null,
        },
      ),
    );
  }

  const list = (scope: DossierScope, page = { offset: 0, limit: 20 }) =>
    dossiers.list(db, scope, { today: vietnamDate(new Date()) }, page);

  it("gives each agency its province, walking up from a commune's centre", async () => {
    const w = await tree();
    const found = await places.places(db, [
      w.centre.id,
      w.ward.id,
      w.centreOfWard.id,
      w.farCommune.id,
    ]);
    expect(found.get(w.centre.id)).toMatchObject({
      code: w.centre.code,
      kind: 'SERVICE_CENTRE',
      provinceId: w.province.id,
    });
    expect(found.get(w.ward.id)?.provinceId).toBe(w.province.id);
    expect(found.get(w.centreOfWard.id)?.provinceId).toBe(w.province.id);
    expect(found.get(w.farCommune.id)?.provinceId).toBe(w.far.id);
    expect((await places.places(db, [w.province.id])).get(w.province.id)?.provinceId).toBe(
      w.province.id,
    );
    expect((await places.places(db, [randomUUID()])).size).toBe(0);
  });

  it("files for the competent agency on the centre's code and counter, received then forwarded", async () => {
    const w = await tree();
    const first = await fileAtDesk(w, w.centre);
    const second = await fileAtDesk(w, w.centre);
    const own = await fileAtDesk(w, null);
    const prefix = dossierCodePrefix(w.centre.code, vietnamDate(new Date()));
    expect([first.code, second.code]).toEqual([`${prefix}0001`, `${prefix}0002`]);
    expect(own.code).toBe(`${dossierCodePrefix(w.ward.code, vietnamDate(new Date()))}0001`);
    expect(first).toMatchObject({
      agency_id: w.ward.id,
      received_by_agency_id: w.centre.id,
      status: 'RECEIVED',
    });
    expect(own.received_by_agency_id).toBeNull();

    const history = await dossiers.history(db, first.id);
    expect(history.map((h) => [h.action, h.from_status, h.to_status, h.note])).toEqual([
      ['receive', null, 'RECEIVED', 'Tiếp nhận tại trung tâm'],
      ['forward', 'RECEIVED', 'RECEIVED', 'Chuyển hồ sơ đến phường'],
    ]);
    expect((await dossiers.history(db, own.id)).map((h) => [h.action, h.note])).toEqual([
      ['receive', null],
    ]);
    const events = (await db.query(
      `SELECT type, payload ->> 'fromStatus' AS "from" FROM outbox
        WHERE payload ->> 'dossierId' = $1 ORDER BY id`,
      [first.id],
    )) as { type: string; from: string | null }[];
    expect(events).toEqual([
      { type: 'dossier.receive', from: null },
      { type: 'dossier.forward', from: 'RECEIVED' },
    ]);

    const detail = await dossiers.findDetail(db, { id: first.id });
    expect(detail).toMatchObject({
      agency_code: w.ward.code,
      received_by_code: w.centre.code,
      received_by_name: w.centre.name,
    });
  });

  it('lists a forwarded dossier to its agency and to the centre, and to no one else', async () => {
    const w = await tree();
    const forwarded = await fileAtDesk(w, w.centre);
    const own = await fileAtDesk(w, null);

    const ward = await list({ agencyId: w.ward.id });
    expect(ward.rows.map((r) => r.id).sort()).toEqual([forwarded.id, own.id].sort());
    expect(ward.total).toBe(2);

    const centre = await list({ agencyId: w.centre.id, receivedToo: true });
    expect(centre.rows.map((r) => r.id)).toEqual([forwarded.id]);
    expect(centre.total).toBe(1);
    expect(centre.rows[0]).toMatchObject({ received_by_code: w.centre.code });

    const other = await list({ agencyId: w.farCommune.id, receivedToo: true });
    expect(other).toEqual({ rows: [], total: 0 });
    // a centre's own dossiers come first in the same order, and none counts twice
    expect((await list({ agencyId: w.ward.id, receivedToo: true })).total).toBe(2);

    // pages run over both parts in one order
    await fileAtDesk(w, w.centre);
    const firstPage = await list(
      { agencyId: w.centre.id, receivedToo: true },
      { offset: 0, limit: 1 },
    );
    const secondPage = await list(
      { agencyId: w.centre.id, receivedToo: true },
      { offset: 1, limit: 1 },
    );
    expect(firstPage.total).toBe(2);
    expect(new Set([...firstPage.rows, ...secondPage.rows].map((r) => r.id)).size).toBe(2);
    expect([...firstPage.rows, ...secondPage.rows].map((r) => r.id)).toContain(forwarded.id);
  });
});
