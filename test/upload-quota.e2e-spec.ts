import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { SAMPLE_PDF, uploadFile } from './support/files';

const QUOTA = 3 * SAMPLE_PDF.length;

/** Each user may upload so many bytes in 24 hours; past it, 429 with the limit in Vietnamese. */
describe('per-user upload quota', () => {
  let api: TestApi;

  beforeAll(async () => {
    expect(QUOTA).toBeGreaterThanOrEqual(1024);
    // set before the API's modules load: they read their configuration then
    process.env.UPLOAD_QUOTA_BYTES_PER_DAY = String(QUOTA);
    const { startApi } = await import('./support/api');
    api = await startApi();
  });
  afterAll(() => api.close());

  it('refuses the upload that would pass the quota, and only that user’s', async () => {
    const citizen = await registerCitizen(api.http);
    for (let i = 0; i < 3; i++) await uploadFile(api.http, citizen.accessToken, 'pdf');
    const refused = await api.http
      .post('/api/v1/files')
      .set('Authorization', `Bearer ${citizen.accessToken}`)
      .attach('file', SAMPLE_PDF, { filename: 'them.pdf', contentType: 'application/pdf' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(refused.body.detail).toMatch(/dung lượng cho phép trong 24 giờ/);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);

    const other = await registerCitizen(api.http);
    await uploadFile(api.http, other.accessToken, 'pdf');
  });
});
