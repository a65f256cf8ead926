import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestApi } from './support/api';
import { startApi } from './support/api';

describe('GET /health', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('reports PostgreSQL and Redis up', async () => {
    const res = await api.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('answers unknown routes with problem+json 404', async () => {
    const res = await api.http.get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('serves the committed OpenAPI document, the one generated without a database', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    const committed = JSON.parse(
      await readFile(join(__dirname, '..', 'docs', 'openapi.json'), 'utf8'),
    );
    expect(res.body).toEqual(committed);
    expect(res.body.components.securitySchemes.bearer).toBeDefined();
  });
});
