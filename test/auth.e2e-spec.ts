import { createHmac } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { hashRefreshToken } from '../apps/api/src/auth/refresh-token';
import { DEMO, DEMO_PASSWORD, login, randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import { waitFor } from './support/wait';

const PROBLEM = /application\/problem\+json/;

function decodeJwtPayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}

function withoutRequestId(body: Record<string, unknown>): Record<string, unknown> {
  const { requestId: _requestId, ...rest } = body;
  return rest;
}

function newCitizenInput(overrides: Record<string, unknown> = {}) {
  const nationalId = randomNationalId();
  return {
    nationalId,
    fullName: 'Trần Thị Bình',
    phone: '0987654321',
    email: `binh-${nationalId}@example.vn`,
    password: 'MatKhau@2025',
    ...overrides,
  };
}

describe('Auth', () => {
  let api: TestApi;
  /** Every response of this file, to check none leaks internals. */
  const responses: Response[] = [];
  const seen = (res: Response) => {
    responses.push(res);
    return res;
  };

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  describe('POST /auth/register', () => {
    it('creates a citizen account and answers only its id', async () => {
      const res = seen(await api.http.post('/api/v1/auth/register').send(newCitizenInput()));
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(['id']);
      expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('refuses a national ID that is already registered with 409 ALREADY_REGISTERED', async () => {
      const input = newCitizenInput();
      await api.http.post('/api/v1/auth/register').send(input).expect(201);
      const res = seen(
        await api.http
          .post('/api/v1/auth/register')
          .send({ ...input, email: `other-${input.nationalId}@example.vn` }),
      );
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ status: 409, code: 'ALREADY_REGISTERED' });
      expect(res.body.detail).toMatch(/đã được đăng ký/);
    });

    it('refuses an email already used, whatever its case', async () => {
      const input = newCitizenInput({ email: `Dup.${randomNationalId()}@Example.VN` });
      await api.http.post('/api/v1/auth/register').send(input).expect(201);
      const res = seen(
        await api.http
          .post('/api/v1/auth/register')
          .send({ ...input, nationalId: randomNationalId(), email: input.email.toUpperCase() }),
      );
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ALREADY_REGISTERED');
      expect(res.body.errors).toEqual([{ field: 'email', message: expect.any(String) }]);
    });

    it('lets exactly one of several simultaneous registrations of one national ID succeed', async () => {
      const nationalId = randomNationalId();
      const results = await Promise.all(
        [1, 2, 3, 4].map((i) =>
          api.http
            .post('/api/v1/auth/register')
            .send(newCitizenInput({ nationalId, email: `race${i}-${nationalId}@example.vn` })),
        ),
      );
      results.forEach(seen);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409]);
      for (const r of results.filter((x) => x.status === 409)) {
        expect(r.body.code).toBe('ALREADY_REGISTERED');
      }
    });

    it('answers 400 with one Vietnamese errors[] entry per bad field', async () => {
      const res = seen(
        await api.http.post('/api/v1/auth/register').send({
          nationalId: '12345',
          fullName: '   ',
          phone: '0123',
          email: 'khong-phai-email',
          password: 'ngan',
        }),
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['email', 'fullName', 'nationalId', 'password', 'phone']);
      const byField = Object.fromEntries(
        res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]),
      );
      expect(byField.nationalId).toBe('Số định danh cá nhân phải gồm đúng 12 chữ số.');
      expect(byField.password).toBe('Mật khẩu phải có từ 8 đến 128 ký tự.');
      expect(byField.phone).toMatch(/^Số điện thoại di động không hợp lệ/);
    });

    it.each([
      ['11111111', /lặp lại/],
      ['12345678', /dãy ký tự liên tiếp/],
      ['matkhau123', /quá phổ biến/],
      ['Password1!', /quá phổ biến/],
      ['national ID', /số định danh/],
      ['phone', /số điện thoại/],
    ])('refuses the weak password %s and says why', async (password, reason) => {
      const input = newCitizenInput({ phone: '0987123456' });
      const chosen =
        password === 'national ID'
          ? input.nationalId
          : password === 'phone'
            ? input.phone
            : password;
      const res = seen(
        await api.http.post('/api/v1/auth/register').send({ ...input, password: chosen }),
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors).toEqual([
        { field: 'password', message: expect.stringMatching(reason) },
      ]);
    });

    it('requires national ID, name, phone and password', async () => {
      const res = seen(await api.http.post('/api/v1/auth/register').send({}));
      expect(res.status).toBe(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['fullName', 'nationalId', 'password', 'phone']);
    });

    it('refuses unknown properties, so nobody can give themselves a role', async () => {
      const res = seen(
        await api.http
          .post('/api/v1/auth/register')
          .send({ ...newCitizenInput(), roles: ['ADMIN'] }),
      );
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'roles', message: 'Trường này không được phép.' }]);
    });

    it('accepts a phone in +84 form and no email', async () => {
      const { email: _email, ...input } = newCitizenInput({ phone: '+84912345678' });
      const res = seen(await api.http.post('/api/v1/auth/register').send(input));
      expect(res.status).toBe(201);
    });

    it('gives the new account no dossier: desk dossiers for its national ID stay unowned', async () => {
      const db = api.app.get<DataSource>(getDataSourceToken());
      const nationalId = randomNationalId();
      const [procedure] = await db.query(
        'SELECT p.id, p.agency_id FROM procedures p JOIN agencies a ON a.id = p.agency_id WHERE a.code = $1 LIMIT 1',
        [DEMO.agencyCode],
      );
      const [atDesk] = await db.query(
        `INSERT INTO dossiers (procedure_id, agency_id, owner_id, applicant_national_id,
           applicant_full_name, channel, status, delivery_method)
         VALUES ($1, $2, NULL, $3, 'Trần Thị Bình', 'COUNTER', 'RECEIVED', 'COUNTER') RETURNING id`,
        [procedure.id, procedure.agency_id, nationalId],
      );

      await registerCitizen(api.http, { nationalId });

      const [row] = await db.query('SELECT owner_id FROM dossiers WHERE id = $1', [atDesk.id]);
      expect(row.owner_id).toBeNull();
    });
  });

  describe('POST /auth/login', () => {
    it('signs in by national ID with a JWT that carries no personal data', async () => {
      const input = newCitizenInput();
      const { body: registered } = await api.http
        .post('/api/v1/auth/register')
        .send(input)
        .expect(201);
      const res = seen(
        await api.http
          .post('/api/v1/auth/login')
          .send({ username: input.nationalId, password: input.password }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        expiresIn: 900,
      });
      const payload = decodeJwtPayload(res.body.accessToken);
      expect(payload).toMatchObject({ sub: registered.id, roles: ['CITIZEN'], agencyId: null });
      const header = JSON.parse(
        Buffer.from(res.body.accessToken.split('.')[0], 'base64url').toString('utf8'),
      );
      expect(header.alg).toBe('HS256');
      const raw = JSON.stringify(payload);
      for (const personal of [input.nationalId, input.email, input.fullName, input.phone]) {
        expect(raw).not.toContain(personal);
      }
    });

    it('signs in by email whatever its case', async () => {
      const input = newCitizenInput({ email: `Mixed.Case-${randomNationalId()}@Example.VN` });
      await api.http.post('/api/v1/auth/register').send(input).expect(201);
      for (const username of [input.email, input.email.toLowerCase(), input.email.toUpperCase()]) {
        const res = seen(
          await api.http.post('/api/v1/auth/login').send({ username, password: input.password }),
        );
        expect(res.status).toBe(200);
      }
    });

    it('signs in demo officials with their agency in the token', async () => {
      const token = await login(api.http, DEMO.reception);
      const payload = decodeJwtPayload(token);
      expect(payload.roles).toEqual(['RECEPTION']);
      expect(payload.agencyId).toEqual(expect.any(String));
    });

    it('gives the same 401 for a wrong password and for an unknown user', async () => {
      const citizen = await registerCitizen(api.http);
      const wrongPassword = seen(
        await api.http
          .post('/api/v1/auth/login')
          .send({ username: citizen.nationalId, password: 'SaiMatKhau@1' }),
      );
      const unknownUser = seen(
        await api.http
          .post('/api/v1/auth/login')
          .send({ username: randomNationalId(), password: 'SaiMatKhau@1' }),
      );
      const unknownEmail = seen(
        await api.http
          .post('/api/v1/auth/login')
          .send({ username: 'khong-ton-tai@example.vn', password: 'SaiMatKhau@1' }),
      );
      for (const res of [wrongPassword, unknownUser, unknownEmail]) {
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toMatch(PROBLEM);
        expect(res.body.code).toBe('INVALID_CREDENTIALS');
      }
      expect(withoutRequestId(unknownUser.body)).toEqual(withoutRequestId(wrongPassword.body));
      expect(withoutRequestId(unknownEmail.body)).toEqual(withoutRequestId(wrongPassword.body));
    });

    it('answers 400 when username or password is missing', async () => {
      const res = seen(await api.http.post('/api/v1/auth/login').send({ username: '' }));
      expect(res.status).toBe(400);
      const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['password', 'username']);
    });
  });

  describe('POST /auth/refresh and /auth/logout', () => {
    it('rotates: the new pair works and the used refresh token does not', async () => {
      const citizen = await registerCitizen(api.http);
      const first = seen(
        await api.http.post('/api/v1/auth/refresh').send({ refreshToken: citizen.refreshToken }),
      );
      expect(first.status).toBe(200);
      expect(first.body.refreshToken).not.toBe(citizen.refreshToken);
      expect(decodeJwtPayload(first.body.accessToken).sub).toBe(citizen.id);
      await api.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${first.body.accessToken}`)
        .expect(200);

      const second = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: first.body.refreshToken });
      expect(second.status).toBe(200);
    });

    it('ends the whole session when a used refresh token is presented again', async () => {
      const citizen = await registerCitizen(api.http);
      const rotated = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(200);
      // Past the grace window (10 s by default) for a token already rotated.
      await api.app
        .get<DataSource>(getDataSourceToken())
        .query(
          "UPDATE refresh_tokens SET revoked_at = now() - interval '11 seconds' WHERE token_hash = $1",
          [hashRefreshToken(citizen.refreshToken)],
        );

      const reuse = seen(
        await api.http.post('/api/v1/auth/refresh').send({ refreshToken: citizen.refreshToken }),
      );
      expect(reuse.status).toBe(401);
      expect(reuse.headers['content-type']).toMatch(PROBLEM);
      expect(reuse.body.code).toBe('UNAUTHENTICATED');

      // The token issued by the rotation is revoked too: the thief's copy and the owner's.
      const afterReuse = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: rotated.body.refreshToken });
      expect(afterReuse.status).toBe(401);
    });

    it('keeps the session when two tabs refresh one token at once', async () => {
      const citizen = await registerCitizen(api.http);
      const answers = await Promise.all(
        [1, 2].map(() =>
          api.http.post('/api/v1/auth/refresh').send({ refreshToken: citizen.refreshToken }),
        ),
      );
      expect(answers.map((res) => res.status)).toEqual([200, 200]);
      expect(answers[0].body.refreshToken).not.toBe(answers[1].body.refreshToken);
      // A moment later the previous token still gets a pair of its own.
      const late = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken });
      expect(late.status).toBe(200);
      for (const res of [...answers, late]) {
        await api.http
          .get('/api/v1/auth/me')
          .set('Authorization', `Bearer ${res.body.accessToken}`)
          .expect(200);
        await api.http
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: res.body.refreshToken })
          .expect(200);
      }
    });

    it('gives no grace to a token of a session ended by logout', async () => {
      const citizen = await registerCitizen(api.http);
      const rotated = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(200);
      await api.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(204);
      await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(401);
    });

    it('keeps other sessions of the same user when one is revoked', async () => {
      const citizen = await registerCitizen(api.http);
      const other = await api.http
        .post('/api/v1/auth/login')
        .send({ username: citizen.nationalId, password: citizen.password })
        .expect(200);
      await api.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: citizen.refreshToken })
        .expect(204);
      await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: other.body.refreshToken })
        .expect(200);
    });

    it('refuses an unknown refresh token', async () => {
      const res = seen(
        await api.http
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: 'khong-phai-token-that-0123456789abcdefghijk' }),
      );
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired refresh token', async () => {
      const citizen = await registerCitizen(api.http);
      await api.app
        .get<DataSource>(getDataSourceToken())
        .query(
          "UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
          [hashRefreshToken(citizen.refreshToken)],
        );
      const res = seen(
        await api.http.post('/api/v1/auth/refresh').send({ refreshToken: citizen.refreshToken }),
      );
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('ends a session after its absolute lifetime, even though each rotation is fresh', async () => {
      const citizen = await registerCitizen(api.http);
      const db = api.app.get<DataSource>(getDataSourceToken());
      // The login began 29 days ago (the default lifetime is 30): it still rotates.
      await db.query(
        "UPDATE refresh_tokens SET session_started_at = now() - interval '29 days' WHERE user_id = $1",
        [citizen.id],
      );
      const rotated = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(200);
      // The rotated token keeps the login's start, so its expiry falls within a day.
      const [row] = await db.query(
        `SELECT session_started_at < now() - interval '28 days' AS kept_start,
                expires_at < now() + interval '1 day' AS capped
           FROM refresh_tokens WHERE token_hash = $1`,
        [hashRefreshToken(rotated.body.refreshToken)],
      );
      expect(row).toEqual({ kept_start: true, capped: true });

      await db.query(
        "UPDATE refresh_tokens SET session_started_at = now() - interval '31 days' WHERE user_id = $1",
        [citizen.id],
      );
      await db.query(
        "UPDATE refresh_tokens SET expires_at = now() + interval '1 day' WHERE user_id = $1",
        [citizen.id],
      );
      const res = seen(
        await api.http
          .post('/api/v1/auth/refresh')
          .send({ refreshToken: rotated.body.refreshToken }),
      );
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('logout revokes the refresh token and can be repeated', async () => {
      const citizen = await registerCitizen(api.http);
      const res = seen(
        await api.http.post('/api/v1/auth/logout').send({ refreshToken: citizen.refreshToken }),
      );
      expect(res.status).toBe(204);
      expect(res.text).toBe('');
      await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(401);
      await api.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: citizen.refreshToken })
        .expect(204);
      await api.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: 'never-issued-token' })
        .expect(204);
    });

    it('stops the access tokens of a session at logout, and only of that session', async () => {
      const citizen = await registerCitizen(api.http);
      const other = await api.http
        .post('/api/v1/auth/login')
        .send({ username: citizen.nationalId, password: citizen.password })
        .expect(200);
      const rotated = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: citizen.refreshToken })
        .expect(200);
      await api.http
        .post('/api/v1/auth/logout')
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(204);
      for (const accessToken of [citizen.accessToken, rotated.body.accessToken]) {
        const res = seen(
          await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${accessToken}`),
        );
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
      }
      await api.http
        .get('/api/v1/auth/me')
        .set('Authorization', `Bearer ${other.body.accessToken}`)
        .expect(200);
    });

    it('stops the access tokens of a session another API process ended, within its sync interval', async () => {
      const citizen = await registerCitizen(api.http);
      const me = () =>
        api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${citizen.accessToken}`);
      expect((await me()).status).toBe(200);
      // what a logout on another API process leaves in the database
      await api.app
        .get<DataSource>(getDataSourceToken())
        .query('UPDATE auth_sessions SET revoked_at = now() WHERE id = $1', [
          sessionOf(citizen.accessToken),
        ]);
      const refused = await waitFor(me, (res) => res.status === 401, {
        what: 'the token of the session ended elsewhere refused',
      });
      expect(seen(refused).body.code).toBe('UNAUTHENTICATED');
    });

    it('answers 400 when the refresh token is missing', async () => {
      const res = seen(await api.http.post('/api/v1/auth/refresh').send({}));
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['refreshToken']);
    });
  });

  describe('GET /auth/me', () => {
    it('describes a citizen without an agency', async () => {
      const citizen = await registerCitizen(api.http, { fullName: 'Lê Thị Cúc' });
      const res = seen(
        await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${citizen.accessToken}`),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ id: citizen.id, fullName: 'Lê Thị Cúc', roles: ['CITIZEN'] });
    });

    it('gives an official their agency code', async () => {
      const token = await login(api.http, DEMO.reception, DEMO_PASSWORD);
      const res = seen(
        await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`),
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        id: expect.any(String),
        fullName: expect.any(String),
        roles: ['RECEPTION'],
        agencyCode: DEMO.agencyCode,
      });
    });

    it('answers 401 problem+json without a token', async () => {
      const res = seen(await api.http.get('/api/v1/auth/me'));
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('answers 401 to a tampered or forged token', async () => {
      const citizen = await registerCitizen(api.http);
      const [header, payload, signature] = citizen.accessToken.split('.');
      const elevated = Buffer.from(
        JSON.stringify({ ...decodeJwtPayload(citizen.accessToken), roles: ['ADMIN'] }),
      ).toString('base64url');
      const forgedSignature = createHmac('sha256', 'not-the-secret')
        .update(`${header}.${payload}`)
        .digest('base64url');
      const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString(
        'base64url',
      );
      const flipped = signature.startsWith('A')
        ? `B${signature.slice(1)}`
        : `A${signature.slice(1)}`;
      for (const token of [
        `${header}.${elevated}.${signature}`,
        `${header}.${payload}.${flipped}`,
        `${header}.${payload}.${forgedSignature}`,
        `${noneHeader}.${elevated}.`,
        'not-a-jwt',
      ]) {
        const res = seen(
          await api.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`),
        );
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
      }
    });
  });

  it('documents every auth route in the OpenAPI document', async () => {
    const { body } = await api.http.get('/api/docs-json').expect(200);
    for (const path of ['register', 'login', 'refresh', 'logout']) {
      expect(body.paths[`/api/v1/auth/${path}`].post).toBeDefined();
    }
    const problem = { $ref: '#/components/schemas/ProblemDto' };
    const schemaOf = (path: string, method: string, status: string) =>
      body.paths[`/api/v1/auth/${path}`][method].responses[status]?.content?.[
        'application/problem+json'
      ]?.schema;
    expect(schemaOf('register', 'post', '409')).toEqual(problem);
    expect(schemaOf('register', 'post', '429')).toEqual(problem);
    expect(schemaOf('login', 'post', '401')).toEqual(problem);
    expect(schemaOf('login', 'post', '429')).toEqual(problem);
    expect(schemaOf('refresh', 'post', '401')).toEqual(problem);
    expect(schemaOf('me', 'get', '401')).toEqual(problem);
    expect(body.paths['/api/v1/auth/me'].get.security).toEqual([{ bearer: [] }]);
  });

  it('never sends a stack trace, SQL or a password hash', async () => {
    seen(
      await api.http
        .post('/api/v1/auth/login')
        .set('Content-Type', 'application/json')
        .send('{"username": "broken'),
    );
    expect(responses.length).toBeGreaterThan(20);
    for (const res of responses) {
      expect(res.status).toBeLessThan(500);
      const text = res.text ?? '';
      expect(text).not.toMatch(/\$argon2|passwordHash|password_hash/i);
      expect(text).not.toMatch(/\n\s+at |QueryFailedError|SELECT |INSERT INTO/);
    }
  });
});

/** The session id (`sid`) an access token carries. */
function sessionOf(accessToken: string): string {
  const payload = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()) as {
    sid: string;
  };
  return payload.sid;
}
