import { randomInt } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import type { Mailbox, ReceivedMail } from './support/mail';
import { startMailbox } from './support/mail';
import { startApiAndWorker } from './support/stack';

/** The portal's address, as production sets it. */
const PORTAL = 'https://dichvucong.example.vn';
const RESET_LINK = new RegExp(
  `${PORTAL.replace(/[.]/g, '\\.')}/dat-lai-mat-khau/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
);

/** A client address of its own, so this file's requests never share a limit with others. */
const clientAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * Forgotten password end to end on real PostgreSQL, Redis and SMTP: the API records the
 * request in the outbox, the worker makes the token and mails the link, the portal's page
 * posts the token and the new password.
 */
describe('password reset', () => {
  let mailbox: Mailbox;
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    mailbox = await startMailbox();
    ({ api, worker } = await startApiAndWorker({
      SMTP_URL: mailbox.url,
      PUBLIC_BASE_URL: PORTAL,
    }));
    db = api.app.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await mailbox?.close();
  });

  const requestReset = (login: string, address = clientAddress()) =>
    api.http.post('/api/v1/auth/password-reset').set('X-Forwarded-For', address).send({ login });
  const confirm = (token: string, password: string) =>
    api.http
      .post('/api/v1/auth/password-reset/confirm')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password });
  const signIn = (username: string, password: string) =>
    api.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', clientAddress())
      .send({ username, password });
  const tokenOf = (mail: ReceivedMail) => {
    const token = RESET_LINK.exec(mail.text)?.[1];
    if (!token) throw new Error(`no reset link in: ${mail.text}`);
    return token;
  };
  const resetMailTo = (email: string) =>
    mailbox.waitFor((m) => m.to.includes(email) && RESET_LINK.test(m.text));

  it('mails a one-time link to the portal; the new password works and the old sessions end', async () => {
    const citizen = await registerCitizen(api.http);
    const res = await requestReset(citizen.email.toUpperCase()).expect(202);
    expect(res.body.message).toMatch(/đặt lại mật khẩu/);

    const mail = await resetMailTo(citizen.email);
    expect(mail.subject).toBe('Đặt lại mật khẩu tài khoản Dịch vụ công');
    expect(mail.text).toContain(`Kính gửi ông/bà ${citizen.fullName}`);
    expect(mail.text).toContain('30 phút');
    const token = tokenOf(mail);
    // only the token's digest is stored
    const stored = (await db.query(
      `SELECT token_hash FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE u.national_id = $1`,
      [citizen.nationalId],
    )) as { token_hash: string }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    await confirm(token, 'MatKhauMoi@2026').expect(204);
    expect((await signIn(citizen.nationalId, citizen.password)).status).toBe(401);
    expect((await signIn(citizen.email, 'MatKhauMoi@2026')).status).toBe(200);
    // the sessions of before the reset are over
    // (access token first: a refused refresh would itself end the session as a reuse)
    await api.http
      .get('/api/v1/auth/me')
      .set('Authorization', `Bearer ${citizen.accessToken}`)
      .expect(401);
    await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: citizen.refreshToken })
      .expect(401);

    // the link works once
    const again = await confirm(token, 'NuaLanNua@2026').expect(400);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body.code).toBe('RESET_TOKEN_INVALID');
    expect((await signIn(citizen.email, 'MatKhauMoi@2026')).status).toBe(200);
  });

  it('answers an unknown login exactly as a known one, and sends nothing', async () => {
    const known = await registerCitizen(api.http);
    const unknownEmail = `khong-co-${randomNationalId()}@example.vn`;
    const forUnknown = await requestReset(unknownEmail);
    const forUnknownId = await requestReset(randomNationalId());
    const forKnown = await requestReset(known.nationalId);
    for (const res of [forUnknown, forUnknownId]) {
      expect(res.status).toBe(forKnown.status);
      expect(res.body).toEqual(forKnown.body);
      expect(res.headers['content-type']).toBe(forKnown.headers['content-type']);
      expect(res.headers['content-length']).toBe(forKnown.headers['content-length']);
    }
    // by national ID, the link goes to the account's e-mail
    await resetMailTo(known.email);
    // the requests are handled in order: the unknown ones were done before the known one
    const unknownDone = (await db.query(
      `SELECT count(*)::int AS n FROM outbox
        WHERE type = 'auth.password-reset' AND payload->>'userId' IS NULL AND published_at IS NOT NULL
          AND created_at > now() - interval '1 minute'`,
    )) as { n: number }[];
    expect(unknownDone[0].n).toBeGreaterThanOrEqual(2);
    expect(mailbox.messages.some((m) => m.to.includes(unknownEmail))).toBe(false);
  });

  it('refuses an expired link and a token that was never issued', async () => {
    const citizen = await registerCitizen(api.http);
    await requestReset(citizen.email).expect(202);
    const token = tokenOf(await resetMailTo(citizen.email));
    await db.query(
      `UPDATE password_reset_tokens SET expires_at = now() - interval '1 second'
        WHERE user_id = $1`,
      [citizen.id],
    );
    expect((await confirm(token, 'MatKhauMoi@2026').expect(400)).body.code).toBe(
      'RESET_TOKEN_INVALID',
    );
    expect((await confirm('x'.repeat(43), 'MatKhauMoi@2026').expect(400)).body.code).toBe(
      'RESET_TOKEN_INVALID',
    );
    expect((await signIn(citizen.email, citizen.password)).status).toBe(200);
  });

  it('refuses a weak new password with errors[] and keeps the link usable', async () => {
    const citizen = await registerCitizen(api.http);
    await requestReset(citizen.email).expect(202);
    const token = tokenOf(await resetMailTo(citizen.email));
    for (const password of ['ngan', 'matkhau123', `So${citizen.nationalId}`]) {
      const weak = await confirm(token, password).expect(400);
      expect(weak.body.code).toBe('VALIDATION_FAILED');
      expect(weak.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
    }
    await confirm(token, 'MatKhauMoi@2026').expect(204);
  });

  it('lets only one of two simultaneous uses of a link through', async () => {
    const citizen = await registerCitizen(api.http);
    await requestReset(citizen.email).expect(202);
    const token = tokenOf(await resetMailTo(citizen.email));
    const answers = await Promise.all([
      confirm(token, 'MotMatKhau@2026'),
      confirm(token, 'HaiMatKhau@2026'),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([204, 400]);
  });

  it('spends the other links of the account when one is used', async () => {
    const citizen = await registerCitizen(api.http);
    await requestReset(citizen.email).expect(202);
    const first = tokenOf(await resetMailTo(citizen.email));
    await requestReset(citizen.email).expect(202);
    const second = tokenOf(
      await mailbox.waitFor(
        (m) => m.to.includes(citizen.email) && RESET_LINK.test(m.text) && tokenOf(m) !== first,
      ),
    );
    await confirm(second, 'MatKhauMoi@2026').expect(204);
    expect((await confirm(first, 'MatKhauKhac@2026').expect(400)).body.code).toBe(
      'RESET_TOKEN_INVALID',
    );
  });

  it('sends at most 3 links per login and hour, with the same answer beyond', async () => {
    const citizen = await registerCitizen(api.http);
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await requestReset(citizen.nationalId));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const recorded = (await db.query(
      `SELECT count(*)::int AS n FROM outbox
        WHERE type = 'auth.password-reset' AND payload->>'userId' = $1`,
      [citizen.id],
    )) as { n: number }[];
    expect(recorded[0].n).toBe(3);
  });
});
