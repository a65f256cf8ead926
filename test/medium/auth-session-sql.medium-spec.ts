import 'reflect-metadata';
import { randomInt, randomUUID } from 'node:crypto';
import { databaseOptions, revokeUserSessions } from '@motcua/database';
import { DataSource } from 'typeorm';

/** Ending all of a user's sessions (role change, account disabled) on the real PostgreSQL. */
describe('auth session SQL', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = new DataSource(databaseOptions(process.env.DATABASE_URL!, { size: 2 }));
    await db.initialize();
  });
  afterAll(() => db.destroy());

  async function userWithSessions(count: number) {
    const [user] = (await db.query(
      `INSERT INTO users (national_id, full_name, password_hash, roles)
       VALUES ($1, 'Trần Thị Thử', 'x', ARRAY['CITIZEN']) RETURNING id`,
      [String(randomInt(100_000_000_000, 999_999_999_999))],
    )) as { id: string }[];
    for (let i = 0; i < count; i++) {
      const sessionId = randomUUID();
      await db.query(`INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2)`, [
        sessionId,
        user.id,
      ]);
      await db.query(
        `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 day')`,
        [user.id, sessionId, randomUUID().replace(/-/g, '').padEnd(64, '0')],
      );
    }
    return user.id;
  }

  async function liveCounts(userId: string) {
    const [row] = (await db.query(
      `SELECT (SELECT count(*) FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL)::int AS sessions,
              (SELECT count(*) FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL)::int AS tokens`,
      [userId],
    )) as { sessions: number; tokens: number }[];
    return row;
  }

  it("ends every session and refresh token of that user, and nobody else's", async () => {
    const target = await userWithSessions(2);
    const bystander = await userWithSessions(1);

    await expect(revokeUserSessions(db.manager, target)).resolves.toBe(2);

    expect(await liveCounts(target)).toEqual({ sessions: 0, tokens: 0 });
    expect(await liveCounts(bystander)).toEqual({ sessions: 1, tokens: 1 });
    await expect(revokeUserSessions(db.manager, target)).resolves.toBe(0);
  });
});
