import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import {
  databaseOptions,
  factsByProcedureQuery,
  nowQuery,
  DossierRepository,
  ReportRepository,
} from '@motcua/database';
import { dossierCodePrefix, DossierStatus, vietnamDate } from '@motcua/domain';
import { DataSource } from 'typeorm';

/**
 * The middle tier: repositories and their SQL on the real PostgreSQL, without the HTTP stack.
 * Each test works in an agency of its own, so counts are exact while other files run.
 */
describe('dossier and report SQL', () => {
  let db: DataSource;
  const dossiers = () => new DossierRepository();
  const reports = new ReportRepository();

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
  });
  afterAll(() => db.destroy());

  /** A new agency with one procedure and one citizen. */
  async function world() {
    const agencyCode = `T${randomInt(1_000_000, 9_999_999)}`;
    const [agency] = (await db.query(
      `INSERT INTO agencies (code, name) VALUES ($1, 'Cơ quan thử') RETURNING id`,
      [agencyCode],
    )) as { id: string }[];
    const [procedure] = (await db.query(
      `INSERT INTO procedures (code, agency_id, name, processing_days, fee, online_level)
       VALUES ($1, $2, 'Thủ tục thử', 3, 0, 'FULL') RETURNING id`,
      [`P.${randomUUID().slice(0, 8)}`, agency.id],
    )) as { id: string }[];
    const [citizen] = (await db.query(
      `INSERT INTO users (national_id, full_name, password_hash, roles)
       VALUES ($1, 'Trần Thị Thử', 'x', ARRAY['CITIZEN']) RETURNING id`,
      [String(randomInt(100_000_000_000, 999_999_999_999))],
    )) as { id: string }[];
    return { agencyId: agency.id, agencyCode, procedureId: procedure.id, ownerId: citizen.id };
  }

  async function draftIn(w: Awaited<ReturnType<typeof world>>) {
    const row = await dossiers().insertDraft(db.manager, {
      procedureId: w.procedureId,
      agencyId: w.agencyId,
      ownerId: w.ownerId,
      formData: { a: 1 },
      attachments: [],
      deliveryMethod: 'COUNTER',
      deliveryAddress: null,
    });
    return row!;
  }

  const today = () => vietnamDate(new Date());
  const codeFor = (agencyCode: string) => ({
    day: today(),
    prefix: dossierCodePrefix(agencyCode, today()),
  });

  async function historyOf(id: string) {
    return (await db.query(
      `SELECT action, from_status, to_status FROM dossier_history WHERE dossier_id = $1 ORDER BY id`,
      [id],
    )) as { action: string; from_status: string | null; to_status: string }[];
  }

  async function eventsOf(id: string) {
    return (await db.query(
      `SELECT type, payload->>'fromStatus' AS "from", payload->>'toStatus' AS "to"
         FROM outbox WHERE payload->>'dossierId' = $1 ORDER BY id`,
      [id],
    )) as { type: string; from: string; to: string }[];
  }

  describe('submitDraft', () => {
    it('numbers the dossier from its agency and day, and writes its history and event', async () => {
      const w = await world();
      const first = await draftIn(w);
      const second = await draftIn(w);
      const code = codeFor(w.agencyCode);
      const a = await dossiers().submitDraft(db.manager, first.id, first.version, w.agencyId, code);
      const b = await dossiers().submitDraft(
        db.manager,
        second.id,
        second.version,
        w.agencyId,
        code,
      );
      expect(a).toMatchObject({ status: DossierStatus.Submitted, code: `${code.prefix}0001` });
      expect(b).toMatchObject({ code: `${code.prefix}0002` });
      expect(a!.version).toBe(first.version + 1);
      expect(await historyOf(first.id)).toEqual([
        { action: 'save-draft', from_status: null, to_status: 'DRAFT' },
        { action: 'submit', from_status: 'DRAFT', to_status: 'SUBMITTED' },
      ]);
      expect(await eventsOf(first.id)).toEqual([
        { type: 'dossier.submit', from: 'DRAFT', to: 'SUBMITTED' },
      ]);
    });

    it('does nothing for a stale version, not even take a number', async () => {
      const w = await world();
      const draft = await draftIn(w);
      const code = codeFor(w.agencyCode);
      expect(
        await dossiers().submitDraft(db.manager, draft.id, draft.version + 1, w.agencyId, code),
      ).toBeNull();
      const submitted = await dossiers().submitDraft(
        db.manager,
        draft.id,
        draft.version,
        w.agencyId,
        code,
      );
      expect(submitted!.code).toBe(`${code.prefix}0001`);
      // submitted once: a second attempt finds no draft
      expect(
        await dossiers().submitDraft(db.manager, draft.id, draft.version, w.agencyId, code),
      ).toBeNull();
      expect(await historyOf(draft.id)).toHaveLength(2);
    });
  });

  describe('applyTransition', () => {
    it('writes the patch, a new version, one history entry and one event, in the transaction', async () => {
      const w = await world();
      const draft = await draftIn(w);
      const code = codeFor(w.agencyCode);
      const submitted = await dossiers().submitDraft(
        db.manager,
        draft.id,
        draft.version,
        w.agencyId,
        code,
      );
      const receivedAt = new Date();
      await db.transaction(async (manager) => {
        const locked = await dossiers().lockDetail(manager, draft.id);
        await dossiers().applyTransition(
          manager,
          locked!.id,
          {
            status: DossierStatus.Received,
            received_at: receivedAt,
            processing_days: 3,
            appointment_date: '2091-03-15',
          },
          {
            action: 'receive',
            from: DossierStatus.Submitted,
            to: DossierStatus.Received,
            actor: { id: null, role: 'RECEPTION', name: 'Cán bộ thử' },
            note: 'Đủ giấy tờ',
          },
        );
      });
      const after = await dossiers().findDetail(db.manager, { id: draft.id });
      expect(after).toMatchObject({
        status: DossierStatus.Received,
        appointment_date: '2091-03-15',
        processing_days: 3,
        version: submitted!.version + 1,
      });
      expect((await historyOf(draft.id)).at(-1)).toEqual({
        action: 'receive',
        from_status: 'SUBMITTED',
        to_status: 'RECEIVED',
      });
      expect((await eventsOf(draft.id)).map((e) => e.type)).toEqual([
        'dossier.submit',
        'dossier.receive',
      ]);
    });

    it('leaves nothing behind when the transaction rolls back', async () => {
      const w = await world();
      const draft = await draftIn(w);
      const submitted = await dossiers().submitDraft(
        db.manager,
        draft.id,
        draft.version,
        w.agencyId,
        codeFor(w.agencyCode),
      );
      await expect(
        db.transaction(async (manager) => {
          await dossiers().applyTransition(
            manager,
            draft.id,
            { status: DossierStatus.Rejected },
            {
              action: 'reject',
              from: DossierStatus.Submitted,
              to: DossierStatus.Rejected,
              actor: { id: null, role: 'RECEPTION', name: 'Cán bộ thử' },
              note: 'Thiếu',
            },
          );
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      expect(await dossiers().findDetail(db.manager, { id: draft.id })).toMatchObject({
        status: DossierStatus.Submitted,
        version: submitted!.version,
      });
      expect(await historyOf(draft.id)).toHaveLength(2);
      expect(await eventsOf(draft.id)).toHaveLength(1);
    });
  });

  describe('report SQL (counted live: no rollup)', () => {
    it("counts an agency's day: online starts, receptions and work in progress", async () => {
      const w = await world();
      const drafts = [await draftIn(w), await draftIn(w), await draftIn(w)];
      const code = codeFor(w.agencyCode);
      for (const draft of drafts.slice(0, 2)) {
        await dossiers().submitDraft(db.manager, draft.id, draft.version, w.agencyId, code);
      }
      await db.transaction((manager) =>
        dossiers().applyTransition(
          manager,
          drafts[0].id,
          { status: DossierStatus.Received, received_at: new Date(), appointment_date: today() },
          {
            action: 'receive',
            from: DossierStatus.Submitted,
            to: DossierStatus.Received,
            actor: { id: null, role: 'RECEPTION', name: 'Cán bộ thử' },
            note: null,
          },
        ),
      );
      const scope = {
        from: today(),
        to: today(),
        agencyIds: [w.agencyId],
        today: today(),
        closedThrough: null,
      };
      const facts = await reports.run(db.manager, factsByProcedureQuery(scope));
      const total = facts.find((row) => row.procedure_id === null)!;
      expect(Number(total.online_started)).toBe(3);
      expect(Number(total.received_online)).toBe(1);
      expect(Number(total.received_counter)).toBe(0);
      const byProcedure = facts.find((row) => row.procedure_id === w.procedureId)!;
      expect(Number(byProcedure.received_online)).toBe(1);

      // in progress: of the dossiers received in the period, those not finished
      const [now] = await reports.run(db.manager, nowQuery(scope));
      expect(Number(now.in_progress)).toBe(1);
      expect(Number(now.drafts)).toBe(1);
      expect(Number(now.overdue)).toBe(0);
    });
  });
});
