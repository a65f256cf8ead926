import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import type { AuthenticatedUser } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import type { DossierRow } from '@motcua/database';
import { databaseOptions, DossierClaimRepository, DossierRepository } from '@motcua/database';
import { dossierCodePrefix, NotFoundError, newClaimNonce, Role, vietnamDate } from '@motcua/domain';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ClaimCodes } from '../../apps/api/src/dossiers/claim-codes';
import { DossierClaimService } from '../../apps/api/src/dossiers/dossier-claim.service';

/**
 * Claiming a desk dossier with its claim code, on the real PostgreSQL and Redis, without the
 * HTTP stack: the claim's repository, its transaction and the code check together.
 */
describe('dossier claim SQL', () => {
  let db: DataSource;
  let redis: Redis;
  let claims: DossierClaimService;
  let codes: ClaimCodes;
  const dossiers = new DossierRepository();

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const config = new AppConfig(
      new ConfigService({
        JWT_SECRET: randomUUID(),
        CLAIM_RATE_LIMIT_PER_HOUR: 1000,
        QUEUE_PREFIX: `medium-claim-${randomUUID()}`,
      }) as ConstructorParameters<typeof AppConfig>[0],
    );
    codes = new ClaimCodes(config);
    claims = new DossierClaimService(
      db,
      dossiers,
      new DossierClaimRepository(),
      codes,
      redis,
      config,
    );
  });
  afterAll(async () => {
    await db.destroy();
    redis.disconnect();
  });

  const nationalId = () => String(randomInt(100_000_000_000, 999_999_999_999));

  async function citizen(id: string): Promise<AuthenticatedUser> {
    const [user] = (await db.query(
      `INSERT INTO users (national_id, full_name, password_hash, roles)
       VALUES ($1, 'Lê Văn Nhận', 'x', ARRAY['CITIZEN']) RETURNING id`,
      [id],
    )) as { id: string }[];
    return { id: user.id, roles: [Role.Citizen], agencyId: null };
  }

  /** A paper dossier entered at the desk for the applicant with `applicantId`, and its claim code. */
  async function deskDossier(applicantId: string): Promise<{ row: DossierRow; claimCode: string }> {
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
    const day = vietnamDate(new Date());
    const row = await db.transaction((manager) =>
      dossiers.insertAtDesk(
        manager,
        {
          procedureId: procedure.id,
          agencyId: agency.id,
          formData: {},
          attachments: [],
          deliveryMethod: 'COUNTER',
          deliveryAddress: null,
        },
        { day, prefix: dossierCodePrefix(agencyCode, day) },
        {
          applicant: { nationalId: applicantId, fullName: 'Lê Văn Nhận', phone: '0912345678' },
          channel: 'COUNTER',
          appointmentDate: '2091-03-15',
          processingDays: 3,
          receptionist: { id: null, name: 'Cán bộ thử', role: 'RECEPTION' },
          claimNonce: newClaimNonce(),
        },
      ),
    );
    return { row, claimCode: codes.of(row.id, row.claim_nonce!) };
  }

  async function stateOf(id: string) {
    const [dossier] = (await db.query(
      'SELECT owner_id, claim_nonce, version FROM dossiers WHERE id = $1',
      [id],
    )) as { owner_id: string | null; claim_nonce: string | null; version: number }[];
    const history = (await db.query(
      'SELECT action, actor_id FROM dossier_history WHERE dossier_id = $1 ORDER BY id',
      [id],
    )) as { action: string; actor_id: string | null }[];
    const events = (await db.query(
      `SELECT type FROM outbox WHERE payload->>'dossierId' = $1 ORDER BY id`,
      [id],
    )) as { type: string }[];
    return { dossier, history, events: events.map((e) => e.type) };
  }

  it('hands the dossier to its applicant for the right code, once, with history and event', async () => {
    const applicantId = nationalId();
    const person = await citizen(applicantId);
    const { row, claimCode } = await deskDossier(applicantId);

    const claimed = await claims.claim(person, { code: row.code!, claimCode });
    expect(claimed).toMatchObject({ code: row.code, status: 'RECEIVED' });

    const after = await stateOf(row.id);
    expect(after.dossier).toEqual({
      owner_id: person.id,
      claim_nonce: null,
      version: row.version + 1,
    });
    expect(after.history).toEqual([
      { action: 'receive', actor_id: null },
      { action: 'claim', actor_id: person.id },
    ]);
    expect(after.events).toEqual(['dossier.receive', 'dossier.claim']);
    // the code is spent: a second claim finds nothing
    await expect(claims.claim(person, { code: row.code!, claimCode })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses a wrong code and changes nothing', async () => {
    const applicantId = nationalId();
    const person = await citizen(applicantId);
    const { row, claimCode } = await deskDossier(applicantId);
    const before = await stateOf(row.id);
    const wrong = claimCode.slice(0, -1) + (claimCode.endsWith('A') ? 'B' : 'A');

    await expect(
      claims.claim(person, { code: row.code!, claimCode: wrong }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await stateOf(row.id)).toEqual(before);
    expect(before.dossier.owner_id).toBeNull();
  });

  it("refuses another person's right code and changes nothing", async () => {
    const { row, claimCode } = await deskDossier(nationalId());
    const someoneElse = await citizen(nationalId());
    const before = await stateOf(row.id);

    await expect(claims.claim(someoneElse, { code: row.code!, claimCode })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await stateOf(row.id)).toEqual(before);
    expect(before.history.map((h) => h.action)).toEqual(['receive']);
  });
});
