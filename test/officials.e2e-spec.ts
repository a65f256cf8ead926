import { randomInt, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { AuditAction, AuditLogRepository } from '@motcua/database';
import { DataSource } from 'typeorm';
import { totpCode } from '../apps/api/src/auth/totp';
import { DEMO, login } from './support/actors';
import type { TestApi } from './support/api';
import type { Mailbox } from './support/mail';
import { startMailbox } from './support/mail';
import { startApiAndWorker } from './support/stack';

/** The portal's address, as production sets it; the console lives under it at /can-bo. */
const PORTAL = 'https://dichvucong.example.vn';
const INVITATION_LINK = new RegExp(
  `${PORTAL.replace(/[.]/g, '\\.')}/can-bo/kich-hoat/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
);
const RESET_LINK = new RegExp(
  `${PORTAL.replace(/[.]/g, '\\.')}/dat-lai-mat-khau/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`,
);
const PASSWORD = 'CanBo@Moi2026';

// each test walks several mails through the worker, on a machine the whole suite shares
jest.setTimeout(180_000);

/** A client address of its own per request, so this file never reaches the per-address limits. */
const clientAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * Officials' accounts end to end on real PostgreSQL, Redis and SMTP: an administrator invites,
 * the worker mails the link, the official sets a password and signs in; roles, moves,
 * disabling (tokens stop at once), password links; the append-only audit log; the scope of an
 * agency's ADMIN; the second factor of the roles that need one (LEADER here), and clearing a
 * lost one.
 */
describe('officials’ accounts', () => {
  let mailbox: Mailbox;
  let api: TestApi;
  let worker: INestApplicationContext;
  let db: DataSource;
  let systemAdmin: string;
  const otherAgencyCode = `${randomInt(100, 1000)}.${randomInt(10, 100)}.00.K${randomInt(10, 100)}`;

  beforeAll(async () => {
    mailbox = await startMailbox();
    ({ api, worker } = await startApiAndWorker({
      SMTP_URL: mailbox.url,
      PUBLIC_BASE_URL: PORTAL,
      TOTP_REQUIRED_ROLES: 'LEADER',
    }));
    db = api.app.get(DataSource);
    await db.query(`INSERT INTO agencies (code, name) VALUES ($1, 'UBND xã Khác')`, [
      otherAgencyCode,
    ]);
    systemAdmin = await login(api.http, DEMO.admin);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await mailbox?.close();
  });

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const signIn = (username: string, password = PASSWORD) =>
    api.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', clientAddress())
      .send({ username, password });
  const accept = (token: string, password = PASSWORD) =>
    api.http
      .post('/api/v1/auth/invitation/accept')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password });
  const newEmail = () => `can-bo-${randomUUID().slice(0, 8)}@example.vn`;

  /** Invites, takes the mailed link, sets the password; returns the official's id. */
  async function onboard(
    adminToken: string,
    input: { roles: string[]; agencyCode?: string; email?: string },
  ): Promise<{ id: string; email: string }> {
    const email = input.email ?? newEmail();
    const invited = await api.http
      .post('/api/v1/admin/officials')
      .set(as(adminToken))
      .send({ email, fullName: 'Lê Văn Cán Bộ', roles: input.roles, agencyCode: input.agencyCode })
      .expect(201);
    await accept(await invitationTokenFor(email)).expect(204);
    return { id: invited.body.id, email };
  }

  async function invitationTokenFor(email: string, notIn: string[] = []): Promise<string> {
    const mail = await mailbox.waitFor((m) => {
      const token = INVITATION_LINK.exec(m.text)?.[1];
      return m.to.includes(email) && !!token && !notIn.includes(token);
    });
    return INVITATION_LINK.exec(mail.text)![1];
  }

  const auditOf = async (subjectId: string) =>
    (await db.query(
      `SELECT action, actor_id, agency_id, details FROM audit_log WHERE subject_id = $1 ORDER BY id`,
      [subjectId],
    )) as { action: string; actor_id: string | null; agency_id: string; details: object }[];

  it('invites an official by e-mail; the link sets the password once; the official signs in by e-mail', async () => {
    const email = newEmail();
    const invited = await api.http
      .post('/api/v1/admin/officials')
      .set(as(systemAdmin))
      .send({
        email: email.toUpperCase(),
        fullName: 'Trần Thị Bình',
        phone: '0912345678',
        roles: ['RECEPTION'],
        agencyCode: DEMO.agencyCode,
      })
      .expect(201);
    expect(invited.body).toMatchObject({
      email,
      fullName: 'Trần Thị Bình',
      roles: ['RECEPTION'],
      agencyCode: DEMO.agencyCode,
      status: 'INVITED',
      secondFactor: false,
    });
    // not yet: no password, the same answer as a wrong one
    expect((await signIn(email)).body.code).toBe('INVALID_CREDENTIALS');

    const mail = await mailbox.waitFor((m) => m.to.includes(email) && INVITATION_LINK.test(m.text));
    expect(mail.subject).toBe('Mời kích hoạt tài khoản cán bộ Một cửa điện tử');
    expect(mail.text).toContain('Kính gửi ông/bà Trần Thị Bình');
    expect(mail.text).toContain('72 giờ');
    const token = INVITATION_LINK.exec(mail.text)![1];

    // an invitation token is not a reset token, and a weak password is refused
    const asReset = await api.http
      .post('/api/v1/auth/password-reset/confirm')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password: PASSWORD })
      .expect(400);
    expect(asReset.body.code).toBe('RESET_TOKEN_INVALID');
    const weak = await accept(token, '12345678').expect(400);
    expect(weak.body.errors[0].field).toBe('password');

    await accept(token).expect(204);
    const again = await accept(token, 'KhacHan@2026').expect(400);
    expect(again.body.code).toBe('INVITATION_INVALID');

    const signedIn = await signIn(email.toUpperCase()).expect(200);
    const me = await api.http.get('/api/v1/auth/me').set(as(signedIn.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ roles: ['RECEPTION'], agencyCode: DEMO.agencyCode });
    const official = await api.http
      .get(`/api/v1/admin/officials/${invited.body.id}`)
      .set(as(systemAdmin))
      .expect(200);
    expect(official.body.status).toBe('ACTIVE');

    const audit = await auditOf(invited.body.id);
    expect(audit.map((e) => e.action)).toEqual(['OFFICIAL_INVITED', 'INVITATION_ACCEPTED']);
    // never a secret in the log
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('refuses a taken e-mail, CITIZEN and an unknown role, and SYSTEM_ADMIN from an ADMIN', async () => {
    const taken = await api.http
      .post('/api/v1/admin/officials')
      .set(as(systemAdmin))
      .send({ email: DEMO.reception, fullName: 'Trùng Email', roles: ['RECEPTION'] })
      .expect(409);
    expect(taken.body.code).toBe('ALREADY_REGISTERED');
    for (const roles of [['CITIZEN'], ['BOSS'], []]) {
      const bad = await api.http
        .post('/api/v1/admin/officials')
        .set(as(systemAdmin))
        .send({ email: newEmail(), fullName: 'Vai Trò Sai', roles })
        .expect(400);
      expect(bad.body.errors[0].field).toBe('roles');
    }
    const agencyAdmin = await onboard(systemAdmin, { roles: ['ADMIN'] });
    const adminToken = (await signIn(agencyAdmin.email).expect(200)).body.accessToken;
    await api.http
      .post('/api/v1/admin/officials')
      .set(as(adminToken))
      .send({ email: newEmail(), fullName: 'Quản Trị Hệ Thống', roles: ['SYSTEM_ADMIN'] })
      .expect(403);
    // officials other than administrators may not administer accounts at all
    const reception = await login(api.http, DEMO.reception);
    await api.http.get('/api/v1/admin/officials').set(as(reception)).expect(403);
    await api.http.get('/api/v1/admin/audit-log').set(as(reception)).expect(403);
  });

  it('sets roles and moves an official: the old tokens stop at once, new ones carry the change', async () => {
    const official = await onboard(systemAdmin, { roles: ['RECEPTION'] });
    const before = (await signIn(official.email).expect(200)).body;

    const changed = await api.http
      .patch(`/api/v1/admin/officials/${official.id}`)
      .set(as(systemAdmin))
      .send({ roles: ['RECEPTION', 'SPECIALIST'] })
      .expect(200);
    expect(changed.body.roles).toEqual(['RECEPTION', 'SPECIALIST']);
    await api.http.get('/api/v1/auth/me').set(as(before.accessToken)).expect(401);
    await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: before.refreshToken })
      .expect(401);
    const after = (await signIn(official.email).expect(200)).body;
    expect(
      (await api.http.get('/api/v1/auth/me').set(as(after.accessToken)).expect(200)).body.roles,
    ).toEqual(['RECEPTION', 'SPECIALIST']);

    const moved = await api.http
      .patch(`/api/v1/admin/officials/${official.id}`)
      .set(as(systemAdmin))
      .send({ agencyCode: otherAgencyCode })
      .expect(200);
    expect(moved.body.agencyCode).toBe(otherAgencyCode);
    await api.http.get('/api/v1/auth/me').set(as(after.accessToken)).expect(401);
    const moveToken = (await signIn(official.email).expect(200)).body.accessToken;
    expect(
      (await api.http.get('/api/v1/auth/me').set(as(moveToken)).expect(200)).body.agencyCode,
    ).toBe(otherAgencyCode);

    // a rename alone keeps the sessions
    await api.http
      .patch(`/api/v1/admin/officials/${official.id}`)
      .set(as(systemAdmin))
      .send({ fullName: 'Lê Văn Đổi Tên' })
      .expect(200);
    await api.http.get('/api/v1/auth/me').set(as(moveToken)).expect(200);
    // null is refused, not stored
    await api.http
      .patch(`/api/v1/admin/officials/${official.id}`)
      .set(as(systemAdmin))
      .send({ roles: null })
      .expect(400);

    const audit = await auditOf(official.id);
    expect(audit.map((e) => e.action)).toEqual([
      'OFFICIAL_INVITED',
      'INVITATION_ACCEPTED',
      'OFFICIAL_UPDATED',
      'OFFICIAL_UPDATED',
      'OFFICIAL_UPDATED',
    ]);
    expect(audit[2].details).toEqual({
      roles: { from: ['RECEPTION'], to: ['RECEPTION', 'SPECIALIST'] },
    });
    expect(audit[3].details).toEqual({
      agencyCode: { from: DEMO.agencyCode, to: otherAgencyCode },
    });
  });

  it('disables an official: access and refresh tokens refused at once, sign-in refused; enabling lets them in again', async () => {
    const official = await onboard(systemAdmin, { roles: ['SPECIALIST'] });
    const session = (await signIn(official.email).expect(200)).body;
    await api.http.get('/api/v1/auth/me').set(as(session.accessToken)).expect(200);

    const disabled = await api.http
      .post(`/api/v1/admin/officials/${official.id}/disable`)
      .set(as(systemAdmin))
      .expect(200);
    expect(disabled.body.status).toBe('DISABLED');
    await api.http.get('/api/v1/auth/me').set(as(session.accessToken)).expect(401);
    await api.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: session.refreshToken })
      .expect(401);
    // the right password answers as a wrong one
    const refused = await signIn(official.email).expect(401);
    const wrong = await signIn(official.email, 'SaiMatKhau@2026').expect(401);
    expect(refused.body).toEqual({ ...wrong.body, requestId: refused.body.requestId });
    // no reset link for a disabled account
    await api.http
      .post(`/api/v1/admin/officials/${official.id}/password-reset`)
      .set(as(systemAdmin))
      .expect(409);

    const enabled = await api.http
      .post(`/api/v1/admin/officials/${official.id}/enable`)
      .set(as(systemAdmin))
      .expect(200);
    expect(enabled.body.status).toBe('ACTIVE');
    await signIn(official.email).expect(200);

    expect((await auditOf(official.id)).map((e) => e.action)).toEqual([
      'OFFICIAL_INVITED',
      'INVITATION_ACCEPTED',
      'OFFICIAL_DISABLED',
      'OFFICIAL_ENABLED',
    ]);
    // an administrator cannot lock themselves out
    const self = (await api.http.get('/api/v1/auth/me').set(as(systemAdmin))).body.id as string;
    await api.http.post(`/api/v1/admin/officials/${self}/disable`).set(as(systemAdmin)).expect(409);
  });

  it('sends a password reset link, or a new invitation to one who never accepted', async () => {
    const official = await onboard(systemAdmin, { roles: ['RECEPTION'] });
    const sent = await api.http
      .post(`/api/v1/admin/officials/${official.id}/password-reset`)
      .set(as(systemAdmin))
      .expect(202);
    expect(sent.body).toEqual({ sent: 'RESET' });
    const mail = await mailbox.waitFor(
      (m) => m.to.includes(official.email) && RESET_LINK.test(m.text),
    );
    await api.http
      .post('/api/v1/auth/password-reset/confirm')
      .set('X-Forwarded-For', clientAddress())
      .send({ token: RESET_LINK.exec(mail.text)![1], password: 'DoiMatKhau@2026' })
      .expect(204);
    await signIn(official.email, 'DoiMatKhau@2026').expect(200);

    const email = newEmail();
    const invited = await api.http
      .post('/api/v1/admin/officials')
      .set(as(systemAdmin))
      .send({ email, fullName: 'Chưa Kích Hoạt', roles: ['LEADER'] })
      .expect(201);
    const first = await invitationTokenFor(email);
    const resent = await api.http
      .post(`/api/v1/admin/officials/${invited.body.id}/password-reset`)
      .set(as(systemAdmin))
      .expect(202);
    expect(resent.body).toEqual({ sent: 'INVITATION' });
    const second = await invitationTokenFor(email, [first]);
    await accept(second).expect(204);
    expect((await auditOf(official.id)).map((e) => e.action)).toContain('PASSWORD_RESET_SENT');
    expect((await auditOf(invited.body.id)).map((e) => e.action)).toEqual([
      'OFFICIAL_INVITED',
      'INVITATION_RESENT',
      'INVITATION_ACCEPTED',
    ]);
  });

  it('keeps an ADMIN to their own agency: others’ officials, agencies and audit entries answer 404 or are not listed', async () => {
    const otherAdmin = await onboard(systemAdmin, {
      roles: ['ADMIN'],
      agencyCode: otherAgencyCode,
    });
    const otherToken = (await signIn(otherAdmin.email).expect(200)).body.accessToken;
    const demoOfficial = await onboard(systemAdmin, { roles: ['RECEPTION'] });

    for (const [method, path] of [
      ['get', `/api/v1/admin/officials/${demoOfficial.id}`],
      ['patch', `/api/v1/admin/officials/${demoOfficial.id}`],
      ['post', `/api/v1/admin/officials/${demoOfficial.id}/disable`],
      ['post', `/api/v1/admin/officials/${demoOfficial.id}/enable`],
      ['post', `/api/v1/admin/officials/${demoOfficial.id}/password-reset`],
      ['post', `/api/v1/admin/officials/${demoOfficial.id}/second-factor-reset`],
      ['get', `/api/v1/admin/officials/not-a-uuid`],
    ] as const) {
      const res = await api.http[method](path)
        .set(as(otherToken))
        .send({ roles: ['LEADER'] });
      expect([path, res.status]).toEqual([path, 404]);
    }
    await api.http
      .get(`/api/v1/admin/officials?agencyCode=${DEMO.agencyCode}`)
      .set(as(otherToken))
      .expect(404);
    await api.http
      .post('/api/v1/admin/officials')
      .set(as(otherToken))
      .send({
        email: newEmail(),
        fullName: 'Sai Cơ Quan',
        roles: ['RECEPTION'],
        agencyCode: DEMO.agencyCode,
      })
      .expect(404);
    // nor move one of their own into an agency out of reach
    await api.http
      .patch(`/api/v1/admin/officials/${otherAdmin.id}`)
      .set(as(otherToken))
      .send({ agencyCode: DEMO.agencyCode })
      .expect(404);

    // the own agency: invited without agencyCode, listed, audited
    const own = await api.http
      .post('/api/v1/admin/officials')
      .set(as(otherToken))
      .send({ email: newEmail(), fullName: 'Cán Bộ Xã Khác', roles: ['SPECIALIST'] })
      .expect(201);
    expect(own.body.agencyCode).toBe(otherAgencyCode);
    const list = await api.http.get('/api/v1/admin/officials').set(as(otherToken)).expect(200);
    expect(
      list.body.items.every((o: { agencyCode: string }) => o.agencyCode === otherAgencyCode),
    ).toBe(true);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining([otherAdmin.id, own.body.id]),
    );
    const log = await api.http
      .get('/api/v1/admin/audit-log?limit=100')
      .set(as(otherToken))
      .expect(200);
    expect(log.body.items.length).toBeGreaterThan(0);
    expect(
      log.body.items.every((e: { agencyCode: string }) => e.agencyCode === otherAgencyCode),
    ).toBe(true);
    expect(log.body.items[0]).toMatchObject({
      action: 'OFFICIAL_INVITED',
      subjectId: own.body.id,
      actorId: otherAdmin.id,
    });
    // the SYSTEM_ADMIN reads every agency's entries
    const all = await api.http
      .get('/api/v1/admin/audit-log?limit=100')
      .set(as(systemAdmin))
      .expect(200);
    const agencies = new Set(all.body.items.map((e: { agencyCode: string }) => e.agencyCode));
    expect([...agencies]).toEqual(expect.arrayContaining([DEMO.agencyCode, otherAgencyCode]));
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const audit = new AuditLogRepository();
    const subjectId = randomUUID();
    await audit.append(db.manager, {
      actorId: null,
      action: AuditAction.Enabled,
      subjectId,
      agencyId: null,
    });
    const [entry] = (await db.query(`SELECT id FROM audit_log WHERE subject_id = $1`, [
      subjectId,
    ])) as { id: string }[];
    await expect(
      db.query(`UPDATE audit_log SET action = 'X' WHERE id = $1`, [entry.id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log WHERE id = $1`, [entry.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    expect(await db.query(`SELECT 1 FROM audit_log WHERE id = $1`, [entry.id])).toHaveLength(1);
  });

  describe('second factor (TOTP_REQUIRED_ROLES=LEADER)', () => {
    it('enrols a leader after the password, signs in with a code, refuses a wrong or reused code', async () => {
      const leader = await onboard(systemAdmin, { roles: ['LEADER'] });
      const first = await signIn(leader.email).expect(401);
      expect(first.body.code).toBe('SECOND_FACTOR_REQUIRED');
      expect(first.body.secondFactor.enrolled).toBe(false);
      const challenge = first.body.secondFactor.challenge as string;
      // the challenge is no access token
      await api.http.get('/api/v1/auth/me').set(as(challenge)).expect(401);

      const enrolment = await api.http
        .post('/api/v1/auth/second-factor/enrolment')
        .set('X-Forwarded-For', clientAddress())
        .send({ challenge })
        .expect(200);
      const secret = enrolment.body.secret as string;
      expect(enrolment.body.otpauthUri).toContain(`secret=${secret}`);
      // stored encrypted only
      const [stored] = (await db.query(`SELECT totp_secret FROM users WHERE id = $1`, [
        leader.id,
      ])) as { totp_secret: string }[];
      expect(stored.totp_secret).not.toContain(secret);

      const verify = (otp: string, with_ = challenge) =>
        api.http
          .post('/api/v1/auth/second-factor')
          .set('X-Forwarded-For', clientAddress())
          .send({ challenge: with_, otp });
      const code = totpCode(secret);
      const wrong = code === '000000' ? '111111' : '000000';
      expect((await verify(wrong).expect(401)).body.code).toBe('SECOND_FACTOR_INVALID');
      const tokens = (await verify(code).expect(200)).body;
      expect(
        (await api.http.get('/api/v1/auth/me').set(as(tokens.accessToken)).expect(200)).body.roles,
      ).toEqual(['LEADER']);
      // a code works once
      expect((await verify(code).expect(401)).body.code).toBe('SECOND_FACTOR_INVALID');

      // enrolled now: the next sign-in asks for a code, and no new secret is given
      const next = await signIn(leader.email).expect(401);
      expect(next.body.secondFactor.enrolled).toBe(true);
      await api.http
        .post('/api/v1/auth/second-factor/enrolment')
        .set('X-Forwarded-For', clientAddress())
        .send({ challenge: next.body.secondFactor.challenge })
        .expect(409);
      await verify(totpCode(secret, Date.now() + 30_000), next.body.secondFactor.challenge).expect(
        200,
      );
      await verify('123456', 'not-a-challenge').expect(401);
      // a wrong password still answers as before, without a challenge
      const bad = await signIn(leader.email, 'SaiMatKhau@2026').expect(401);
      expect(bad.body.code).toBe('INVALID_CREDENTIALS');
      expect(bad.body.secondFactor).toBeUndefined();
    });

    it('clears a lost authenticator app: sessions end, the next sign-in sets up a new one, audited', async () => {
      const leader = await onboard(systemAdmin, { roles: ['LEADER'] });
      const verify = (challenge: string, otp: string) =>
        api.http
          .post('/api/v1/auth/second-factor')
          .set('X-Forwarded-For', clientAddress())
          .send({ challenge, otp });
      const enrol = async () => {
        const first = await signIn(leader.email).expect(401);
        expect(first.body.secondFactor.enrolled).toBe(false);
        const challenge = first.body.secondFactor.challenge as string;
        const enrolment = await api.http
          .post('/api/v1/auth/second-factor/enrolment')
          .set('X-Forwarded-For', clientAddress())
          .send({ challenge })
          .expect(200);
        const secret = enrolment.body.secret as string;
        const tokens = (await verify(challenge, totpCode(secret)).expect(200)).body;
        return { secret, tokens };
      };
      const lost = await enrol();
      const reset = (token = systemAdmin) =>
        api.http.post(`/api/v1/admin/officials/${leader.id}/second-factor-reset`).set(as(token));
      const before = await api.http
        .get(`/api/v1/admin/officials/${leader.id}`)
        .set(as(systemAdmin))
        .expect(200);
      expect(before.body.secondFactor).toBe(true);

      const cleared = await reset().expect(200);
      expect(cleared.body).toMatchObject({ id: leader.id, status: 'ACTIVE', secondFactor: false });
      // the sessions end at once
      await api.http.get('/api/v1/auth/me').set(as(lost.tokens.accessToken)).expect(401);
      await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: lost.tokens.refreshToken })
        .expect(401);
      // the lost app's codes no longer sign in: the next sign-in sets up a new app
      const again = await enrol();
      expect(again.secret).not.toBe(lost.secret);
      const next = await signIn(leader.email).expect(401);
      expect(next.body.secondFactor.enrolled).toBe(true);
      expect(
        (
          await verify(
            next.body.secondFactor.challenge,
            totpCode(lost.secret, Date.now() + 30_000),
          ).expect(401)
        ).body.code,
      ).toBe('SECOND_FACTOR_INVALID');

      const audit = await auditOf(leader.id);
      const entry = audit.find((e) => e.action === 'SECOND_FACTOR_RESET');
      expect(entry).toMatchObject({
        actor_id: (await api.http.get('/api/v1/auth/me').set(as(systemAdmin))).body.id,
      });
      // never the secret in the log
      expect(JSON.stringify(audit)).not.toContain(lost.secret);

      // an official without an app: answered as is, nothing written
      const reception = await onboard(systemAdmin, { roles: ['RECEPTION'] });
      const session = (await signIn(reception.email).expect(200)).body;
      const unchanged = await api.http
        .post(`/api/v1/admin/officials/${reception.id}/second-factor-reset`)
        .set(as(systemAdmin))
        .expect(200);
      expect(unchanged.body.secondFactor).toBe(false);
      await api.http.get('/api/v1/auth/me').set(as(session.accessToken)).expect(200);
      expect((await auditOf(reception.id)).map((e) => e.action)).toEqual([
        'OFFICIAL_INVITED',
        'INVITATION_ACCEPTED',
      ]);
      // nor one's own, nor by an official who is no administrator
      const self = (await api.http.get('/api/v1/auth/me').set(as(systemAdmin))).body.id as string;
      await api.http
        .post(`/api/v1/admin/officials/${self}/second-factor-reset`)
        .set(as(systemAdmin))
        .expect(409);
      await reset(session.accessToken).expect(403);
    });

    it('counts wrong codes towards the lock-out', async () => {
      const leader = await onboard(systemAdmin, { roles: ['LEADER'] });
      const challenge = (await signIn(leader.email).expect(401)).body.secondFactor.challenge;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await api.http
          .post('/api/v1/auth/second-factor')
          .set('X-Forwarded-For', clientAddress())
          .send({ challenge, otp: '000000' });
        statuses.push(res.status);
      }
      expect(statuses.slice(-1)).toEqual([429]);
      // locked: even the right password is refused now
      expect((await signIn(leader.email)).status).toBe(429);
    });

    it('leaves the roles that need no second factor as they were', async () => {
      const reception = await onboard(systemAdmin, { roles: ['RECEPTION'] });
      const res = await signIn(reception.email).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'refreshToken']);
    });
  });
});
