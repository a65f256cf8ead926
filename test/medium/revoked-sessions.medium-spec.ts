import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import { ConfigService } from '@nestjs/config';
import { RevokedSessions } from '@motcua/auth';
import { AppConfig } from '@motcua/config';
import { databaseOptions, listSessionsRevokedWithin } from '@motcua/database';
import { DataSource } from 'typeorm';
import { waitUntil } from '../support/wait';

const SYNC_MS = 200;

/** The API's deny-list of ended sessions, read from the real PostgreSQL. */
describe('RevokedSessions', () => {
  let db: DataSource;
  let userId: string;
  const lists: RevokedSessions[] = [];

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
    const [user] = (await db.query(
      `INSERT INTO users (national_id, full_name, password_hash, roles)
       VALUES ($1, 'Lê Văn Phiên', 'x', ARRAY['CITIZEN']) RETURNING id`,
      [String(randomInt(100_000_000_000, 999_999_999_999))],
    )) as { id: string }[];
    userId = user.id;
  });
  afterAll(async () => {
    for (const list of lists) list.onApplicationShutdown();
    await db.destroy();
  });

  function revokedSessions(syncMs = SYNC_MS): RevokedSessions {
    const config = new AppConfig(
      new ConfigService({ JWT_ACCESS_TTL_SECONDS: 900, REVOKED_SESSIONS_SYNC_MS: syncMs }),
    );
    const list = new RevokedSessions(db, config);
    lists.push(list);
    return list;
  }

  async function session(revokedAgo?: string): Promise<string> {
    const id = randomUUID();
    await db.query(
      `INSERT INTO auth_sessions (id, user_id, revoked_at)
       VALUES ($1, $2, CASE WHEN $3::interval IS NULL THEN NULL ELSE now() - $3::interval END)`,
      [id, userId, revokedAgo ?? null],
    );
    return id;
  }

  const revoke = (id: string) =>
    db.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1`, [id]);

  it('lists the sessions ended within the window, not those ended before it or still open', async () => {
    const open = await session();
    const justEnded = await session('1 second');
    const endedLongAgo = await session('2 hours');
    const listed = await listSessionsRevokedWithin(db, 960);
    expect(listed).toContain(justEnded);
    expect(listed).not.toContain(open);
    expect(listed).not.toContain(endedLongAgo);
  });

  it('reads each session itself until it has read the list', async () => {
    const list = revokedSessions();
    const open = await session();
    const ended = await session('1 second');
    await expect(list.isLive(open)).resolves.toBe(true);
    await expect(list.isLive(ended)).resolves.toBe(false);
    // a token's session that has no row is no session
    await expect(list.isLive(randomUUID())).resolves.toBe(false);
  });

  it('answers from the list it read, and reads it again at once when sessions end here', async () => {
    const open = await session();
    const ended = await session('1 second');
    // read once a minute: what it answers below comes from the list, not from a later read
    const list = revokedSessions(60_000);
    await list.onApplicationBootstrap();
    await expect(list.isLive(ended)).resolves.toBe(false);
    await expect(list.isLive(open)).resolves.toBe(true);
    await revoke(open);
    await expect(list.isLive(open)).resolves.toBe(true);
    await list.sessionsEnded();
    await expect(list.isLive(open)).resolves.toBe(false);
  });

  it('learns of sessions ended by another process within the sync interval', async () => {
    const list = revokedSessions();
    await list.onApplicationBootstrap();
    const elsewhere = await session();
    await expect(list.isLive(elsewhere)).resolves.toBe(true);
    await revoke(elsewhere);
    await waitUntil(async () => !(await list.isLive(elsewhere)), {
      what: 'the session ended elsewhere refused',
    });
  });

  it('does not trust a list older than three sync intervals: each request reads its session', async () => {
    const list = revokedSessions();
    await list.onApplicationBootstrap();
    list.onApplicationShutdown(); // no more reads of the list
    const ended = await session();
    await revoke(ended);
    // the list, read before the session ended, still holds it open
    await expect(list.isLive(ended)).resolves.toBe(true);
    await expect(list.isLive(ended, Date.now() + 3 * SYNC_MS + 1000)).resolves.toBe(false);
  });
});
