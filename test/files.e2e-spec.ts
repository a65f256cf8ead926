import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { TestApi } from './support/api';
import { startApi } from './support/api';
import type { Citizen } from './support/actors';
import { DEMO, login, registerCitizen } from './support/actors';
import { SAMPLES, sha256Of, uploadFile } from './support/files';
import { binary } from './support/http';

const FILES = '/api/v1/files';
const MB = 1024 * 1024;

function blobPath(sha256: string): string {
  return join(process.env.FILE_STORAGE_DIR!, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

describe('Files', () => {
  let api: TestApi;
  let db: DataSource;
  let citizen: Citizen;
  let stranger: Citizen;
  let specialistToken: string;
  let demoAgencyId: string;
  let demoProcedureId: string;

  /** A dossier of `agencyId` that attaches `fileId`, inserted directly (minimal columns). */
  async function insertDossierAttaching(agencyId: string, fileId: string): Promise<void> {
    await db.query(
      `INSERT INTO dossiers (procedure_id, agency_id, applicant_national_id, applicant_full_name,
         channel, status, delivery_method, attachments)
       VALUES ($1, $2, $3, $4, 'ONLINE', 'SUBMITTED', 'COUNTER', $5::jsonb)`,
      [
        demoProcedureId,
        agencyId,
        citizen.nationalId,
        citizen.fullName,
        JSON.stringify([{ documentCode: 'TP01', fileId, fileName: 'giay-to.pdf' }]),
      ],
    );
  }

  const countFilesOf = async (ownerId: string): Promise<number> =>
    Number((await db.query('SELECT count(*) AS n FROM files WHERE owner_id = $1', [ownerId]))[0].n);

  beforeAll(async () => {
    api = await startApi();
    db = api.app.get(DataSource);
    [citizen, stranger, specialistToken] = await Promise.all([
      registerCitizen(api.http),
      registerCitizen(api.http),
      login(api.http, DEMO.specialist),
    ]);
    [{ id: demoAgencyId }] = await db.query('SELECT id FROM agencies WHERE code = $1', [
      DEMO.agencyCode,
    ]);
    [{ id: demoProcedureId }] = await db.query(
      'SELECT id FROM procedures WHERE agency_id = $1 LIMIT 1',
      [demoAgencyId],
    );
  });
  afterAll(() => api.close());

  describe('POST /files', () => {
    it.each(['pdf', 'png', 'jpeg'] as const)(
      'stores a %s recognised by its content, whatever type the client declares',
      async (kind) => {
        const sample = SAMPLES[kind];
        const res = await api.http
          .post(FILES)
          .set('Authorization', `Bearer ${citizen.accessToken}`)
          .attach('file', sample.bytes, {
            filename: sample.fileName,
            contentType: 'application/octet-stream',
          })
          .expect(201);

        expect(res.body).toEqual({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          fileName: sample.fileName,
          size: sample.bytes.length,
          mimeType: sample.mimeType,
          sha256: sha256Of(sample.bytes),
        });
        expect(existsSync(blobPath(res.body.sha256))).toBe(true);
      },
    );

    it('keeps only the base name of the uploaded file, without control characters', async () => {
      const uploaded = await uploadFile(
        api.http,
        citizen.accessToken,
        'pdf',
        '..\\..\\hồ sơ\\Đơn\u0007 đề nghị.pdf',
      );
      expect(uploaded.fileName).toBe('Đơn đề nghị.pdf');
    });

    it.each([
      ['polyglot.html', 'polyglot.pdf'],
      ['x.exe', 'x.pdf'],
      ['ho-so', 'ho-so.pdf'],
    ])('stores a PDF named %s as %s: only an extension of its real type', async (name, kept) => {
      const uploaded = await uploadFile(api.http, citizen.accessToken, 'pdf', name);
      expect(uploaded.fileName).toBe(kept);
      const res = await api.http
        .get(`${FILES}/${uploaded.id}`)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/pdf/);
      expect(res.headers['content-disposition']).toContain(encodeURIComponent(kept));
    });

    it.each([
      ['an HTML page behind a PDF header', Buffer.from('%PDF-1.4\n<html><body>x</body></html>\n')],
      [
        'a PDF with a page appended after %%EOF',
        Buffer.concat([SAMPLES.pdf.bytes, Buffer.from('<html></html>')]),
      ],
      ['a truncated PNG', SAMPLES.png.bytes.subarray(0, SAMPLES.png.bytes.length - 12)],
      [
        'a JPEG without its end marker',
        SAMPLES.jpeg.bytes.subarray(0, SAMPLES.jpeg.bytes.length - 2),
      ],
    ])('refuses %s with 415: the whole structure is checked', async (_, bytes) => {
      const before = await countFilesOf(citizen.id);
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .attach('file', bytes, { filename: 'giay-to.pdf', contentType: 'application/pdf' })
        .expect(415);
      expect(res.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(res.body.detail).toMatch(/cấu trúc tệp/);
      expect(await countFilesOf(citizen.id)).toBe(before);
    });

    it('refuses a text file named .pdf with 415', async () => {
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .attach('file', Buffer.from('Đây không phải là PDF'), {
          filename: 'don.pdf',
          contentType: 'application/pdf',
        })
        .expect(415);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    });

    it.each([
      ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0, 0, 0])],
      ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(256, 0x90)])],
    ])('refuses %s disguised as a JPEG with 415', async (_, bytes) => {
      const before = await countFilesOf(citizen.id);
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .attach('file', bytes, { filename: 'anh.jpg', contentType: 'image/jpeg' })
        .expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await countFilesOf(citizen.id)).toBe(before);
      expect(existsSync(blobPath(sha256Of(bytes)))).toBe(false);
    });

    it('refuses a file over 10 MB with 413 and stores nothing', async () => {
      const uploader = await registerCitizen(api.http);
      const big = Buffer.concat([SAMPLES.pdf.bytes, Buffer.alloc(11 * MB - 1000, 0x20)]);

      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${uploader.accessToken}`)
        .attach('file', big, { filename: 'lon.pdf', contentType: 'application/pdf' })
        .expect(413);

      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect(res.body.detail).toContain('10 MB');
      expect(await countFilesOf(uploader.id)).toBe(0);
      expect(existsSync(blobPath(sha256Of(big)))).toBe(false);
      expect(existsSync(blobPath(sha256Of(big.subarray(0, 10 * MB))))).toBe(false);
    });

    it('refuses an empty file with 400', async () => {
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .attach('file', Buffer.alloc(0), { filename: 'rong.pdf', contentType: 'application/pdf' })
        .expect(400);
      expect(res.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'file', message: expect.any(String) }],
      });
    });

    it('refuses a form without a "file" field with 400', async () => {
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .field('note', 'không có tệp')
        .attach('document', SAMPLES.pdf.bytes, 'giay-to.pdf')
        .expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'file' }] });
    });

    it('refuses a body that is not multipart with 415', async () => {
      const res = await api.http
        .post(FILES)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .send({ file: SAMPLES.pdf.bytes.toString('base64') })
        .expect(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses an anonymous upload with 401', async () => {
      const res = await api.http
        .post(FILES)
        .attach('file', SAMPLES.pdf.bytes, 'giay-to.pdf')
        .expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('GET /files/:id', () => {
    const download = (id: string, token?: string) => {
      const req = api.http.get(`${FILES}/${id}`).buffer(true).parse(binary);
      return token ? req.set('Authorization', `Bearer ${token}`) : req;
    };

    it('gives the uploader the identical bytes as a safe attachment', async () => {
      const uploaded = await uploadFile(api.http, citizen.accessToken, 'png', 'Ảnh CCCD.png');

      const res = await download(uploaded.id, citizen.accessToken).expect(200);

      expect(Buffer.compare(res.body as Buffer, SAMPLES.png.bytes)).toBe(0);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(SAMPLES.png.bytes.length));
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent('Ảnh CCCD.png')}`,
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('answers 404 to another citizen, as if the file did not exist', async () => {
      const uploaded = await uploadFile(api.http, citizen.accessToken);
      const res = await download(uploaded.id, stranger.accessToken).expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.parse(res.body.toString())).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });

    it('answers 404 to an unknown id and to an id that is not a uuid', async () => {
      await download(randomUUID(), citizen.accessToken).expect(404);
      await download('not-a-uuid', citizen.accessToken).expect(404);
      await download("1' OR '1'='1", citizen.accessToken).expect(404);
    });

    it('refuses an anonymous download with 401', async () => {
      const uploaded = await uploadFile(api.http, citizen.accessToken);
      await download(uploaded.id).expect(401);
    });

    it('lets an official see a file once a dossier of their agency attaches it', async () => {
      const uploaded = await uploadFile(api.http, citizen.accessToken, 'jpeg');
      await download(uploaded.id, specialistToken).expect(404);

      await insertDossierAttaching(demoAgencyId, uploaded.id);

      const res = await download(uploaded.id, specialistToken).expect(200);
      expect(Buffer.compare(res.body as Buffer, SAMPLES.jpeg.bytes)).toBe(0);
      expect(res.headers['content-type']).toBe('image/jpeg');
      // still nobody else's
      await download(uploaded.id, stranger.accessToken).expect(404);
    });

    it("hides a file attached only to another agency's dossier from the demo agency", async () => {
      const uploaded = await uploadFile(api.http, citizen.accessToken);
      const [{ id: otherAgencyId }] = await db.query(
        'INSERT INTO agencies (code, name) VALUES ($1, $2) RETURNING id',
        [
          `999.${Date.now() % 100}.99.Z${Math.floor(Math.random() * 90 + 10)}`,
          'UBND xã Thử Nghiệm',
        ],
      );
      await insertDossierAttaching(otherAgencyId, uploaded.id);

      await download(uploaded.id, specialistToken).expect(404);
    });
  });
});
