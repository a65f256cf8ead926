import { DataSource } from 'typeorm';
import type { Citizen } from './support/actors';
import { DEMO, login, randomNationalId, registerCitizen } from './support/actors';
import type { TestApi } from './support/api';
import { COUNTER_ONLY_PROCEDURE_CODE, documentCodes, validFormData } from './support/demo';
import { uploadFile } from './support/files';
import { binary } from './support/http';
import { readPdf } from './support/read-pdf';

const CLAIM_CODE = /^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/;
const PER_HOUR = 6;

/**
 * A dossier entered at the desk reaches a citizen's account only by its claim code: neither
 * registering with the applicant's national ID nor holding it later hands it over.
 */
describe('claiming a desk dossier', () => {
  let api: TestApi;
  let db: DataSource;
  let reception: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    // set before the API's modules load: they read their configuration then
    process.env.CLAIM_RATE_LIMIT_PER_HOUR = String(PER_HOUR);
    const { startApi } = await import('./support/api');
    api = await startApi();
    db = api.app.get(DataSource);
    reception = await login(api.http, DEMO.reception);
  });
  afterAll(() => api.close());

  async function enterAtDesk(nationalId: string, extra: Record<string, unknown> = {}) {
    const scan = await uploadFile(api.http, reception, 'pdf', 'ban-scan.pdf');
    const res = await api.http
      .post('/api/v1/dossiers')
      .set(auth(reception))
      .send({
        procedureCode: COUNTER_ONLY_PROCEDURE_CODE,
        formData: validFormData(COUNTER_ONLY_PROCEDURE_CODE),
        attachments: [
          { documentCode: documentCodes(COUNTER_ONLY_PROCEDURE_CODE)[0], fileId: scan.id },
        ],
        channel: 'COUNTER',
        applicant: { nationalId, fullName: 'Trần Văn Bình', phone: '0987654321' },
        ...extra,
      })
      .expect(201);
    return res.body as { id: string; code: string; claimCode: string; status: string };
  }

  const claim = (token: string, body: object) =>
    api.http.post('/api/v1/dossiers/claim').set(auth(token)).send(body);

  const withoutRequestId = (body: Record<string, unknown>) => {
    const { requestId: _requestId, ...rest } = body;
    return rest;
  };

  it('gives the desk a claim code, stores no code, and keeps the dossier the desk’s', async () => {
    const nationalId = randomNationalId();
    const early = await registerCitizen(api.http, { nationalId });
    const entered = await enterAtDesk(nationalId);
    expect(entered.claimCode).toMatch(CLAIM_CODE);
    const [row] = (await db.query('SELECT * FROM dossiers WHERE id = $1', [entered.id])) as Record<
      string,
      unknown
    >[];
    expect(row.owner_id).toBeNull();
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(entered.claimCode);
    expect(stored).not.toContain(entered.claimCode.replace(/-/g, ''));
    const keys = JSON.stringify(await db.query('SELECT response_body FROM idempotency_keys'));
    expect(keys).not.toContain(entered.claimCode);

    // an account that held the ID before, and one that registers with it after: neither sees it
    const late = await registerCitizen(api.http, { nationalId: randomNationalId() });
    for (const citizen of [early, late]) {
      const list = await api.http.get('/api/v1/dossiers').set(auth(citizen.accessToken));
      expect(list.body.items.map((d: { code: string }) => d.code)).not.toContain(entered.code);
      await api.http
        .get(`/api/v1/dossiers/${entered.code}`)
        .set(auth(citizen.accessToken))
        .expect(404);
      await api.http
        .get(`/api/v1/dossiers/${entered.code}/forms/receipt.pdf`)
        .set(auth(citizen.accessToken))
        .expect(404);
    }
    await api.http.get(`/api/v1/tracking/${entered.code}`).expect(200);
  });

  it('registering with the ID of an existing desk dossier gives no access to it', async () => {
    const nationalId = randomNationalId();
    const entered = await enterAtDesk(nationalId);
    const citizen = await registerCitizen(api.http, { nationalId });
    const list = await api.http.get('/api/v1/dossiers').set(auth(citizen.accessToken));
    expect(list.body.total).toBe(0);
    await api.http
      .get(`/api/v1/dossiers/${entered.code}`)
      .set(auth(citizen.accessToken))
      .expect(404);
    const [row] = (await db.query('SELECT owner_id FROM dossiers WHERE id = $1', [entered.id])) as {
      owner_id: string | null;
    }[];
    expect(row.owner_id).toBeNull();
  });

  it('hands the dossier over to the applicant with the right code, once', async () => {
    const nationalId = randomNationalId();
    const owner = await registerCitizen(api.http, { nationalId });
    const stranger = await registerCitizen(api.http);
    const entered = await enterAtDesk(nationalId);

    const wrongCode = await claim(owner.accessToken, {
      code: entered.code,
      claimCode: 'AAAA-BBBB-CCCC',
    });
    const anotherPerson = await claim(stranger.accessToken, {
      code: entered.code,
      claimCode: entered.claimCode,
    });
    const unknown = await claim(owner.accessToken, {
      code: '000.00.00.H00-990101-9999',
      claimCode: entered.claimCode,
    });
    for (const res of [wrongCode, anotherPerson, unknown]) {
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(withoutRequestId(res.body)).toEqual(withoutRequestId(wrongCode.body));
    }
    expect(wrongCode.body.code).toBe('NOT_FOUND');

    // lower case, spaces instead of hyphens: what a person types from the slip
    const typed = entered.claimCode.toLowerCase().replace(/-/g, ' ');
    const claimed = await claim(owner.accessToken, { code: entered.code, claimCode: typed });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ code: entered.code, status: 'RECEIVED' });
    expect(claimed.body.claimCode).toBeUndefined();

    const list = await api.http.get('/api/v1/dossiers').set(auth(owner.accessToken)).expect(200);
    expect(list.body.items.map((d: { code: string }) => d.code)).toEqual([entered.code]);
    const history = await api.http
      .get(`/api/v1/dossiers/${entered.code}/history`)
      .set(auth(owner.accessToken))
      .expect(200);
    expect(history.body.items.map((e: { action: string }) => e.action)).toEqual([
      'receive',
      'claim',
    ]);
    expect(history.body.items[1]).toMatchObject({
      fromStatus: 'RECEIVED',
      toStatus: 'RECEIVED',
      actor: { role: 'CITIZEN', name: owner.fullName },
    });

    const again = await claim(owner.accessToken, {
      code: entered.code,
      claimCode: entered.claimCode,
    });
    expect(again.status).toBe(404);
    expect(withoutRequestId(again.body)).toEqual(withoutRequestId(wrongCode.body));
  });

  it('prints the claim code and the claim page on the desk’s receipt, not after the claim', async () => {
    const nationalId = randomNationalId();
    const entered = await enterAtDesk(nationalId);
    const receipt = await api.http
      .get(`/api/v1/dossiers/${entered.code}/forms/receipt.pdf`)
      .set(auth(reception))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = readPdf(receipt.body as Buffer).text;
    expect(text).toContain(entered.claimCode);
    expect(text).toContain(`/nhan-ho-so/${entered.code}`);

    const owner = await registerCitizen(api.http, { nationalId });
    await claim(owner.accessToken, { code: entered.code, claimCode: entered.claimCode }).expect(
      200,
    );
    const after = await api.http
      .get(`/api/v1/dossiers/${entered.code}/forms/receipt.pdf`)
      .set(auth(owner.accessToken))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(readPdf(after.body as Buffer).text).not.toContain(entered.claimCode);
  });

  it('is only for citizens and checks its input', async () => {
    await claim(reception, { code: 'x', claimCode: 'y' }).expect(403);
    const citizen = await registerCitizen(api.http);
    const res = await claim(citizen.accessToken, {}).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'claimCode',
      'code',
    ]);
  });

  it('limits attempts per dossier, whoever makes them', async () => {
    const nationalId = randomNationalId();
    const entered = await enterAtDesk(nationalId);
    const owner = await registerCitizen(api.http, { nationalId });
    const guessers: Citizen[] = [];
    for (let i = 0; i < 3; i++) guessers.push(await registerCitizen(api.http));
    for (let i = 0; i < PER_HOUR; i++) {
      await claim(guessers[i % guessers.length].accessToken, {
        code: entered.code,
        claimCode: `AAAA-BBBB-CCC${'DEFGHJ'[i]}`,
      }).expect(404);
    }
    const limited = await claim(owner.accessToken, {
      code: entered.code,
      claimCode: entered.claimCode,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('limits attempts per account, whatever dossier they name', async () => {
    const guesser = await registerCitizen(api.http);
    for (let i = 0; i < PER_HOUR; i++) {
      await claim(guesser.accessToken, {
        code: `000.00.00.H00-990101-${String(1000 + i)}`,
        claimCode: 'AAAA-BBBB-CCCC',
      }).expect(404);
    }
    const entered = await enterAtDesk(guesser.nationalId);
    const limited = await claim(guesser.accessToken, {
      code: entered.code,
      claimCode: entered.claimCode,
    });
    expect(limited.status).toBe(429);
  });
});
