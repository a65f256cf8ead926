import type { IncomingMessage } from 'node:http';
import { loggerParams, requestIdOf } from './logging';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('request logging', () => {
  it("reuses a caller's well-formed x-request-id and replaces anything else", () => {
    expect(requestIdOf(request({ 'x-request-id': 'abc-123' }))).toBe('abc-123');
    const replaced = requestIdOf(request({ 'x-request-id': 'bad id\n{"injected":1}' }));
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the path without the query string, which may hold names or ID numbers', () => {
    const params = loggerParams('info', false);
    const pinoHttp = params.pinoHttp as { serializers: { req: (r: object) => object } };
    const logged = pinoHttp.serializers.req({
      id: '1',
      method: 'GET',
      url: '/api/v1/dossiers?q=001095012345',
    });
    expect(JSON.stringify(logged)).not.toContain('001095012345');
    expect(logged).toEqual({ id: '1', method: 'GET', path: '/api/v1/dossiers' });
  });
});
