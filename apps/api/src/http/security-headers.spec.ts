import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { helmetHeaders } from './security-headers';

const OPTIONS = {
  contentSecurityPolicy: {
    directives: { defaultSrc: [`'self'`], scriptSrc: [`'self'`, `'unsafe-inline'`] },
  },
};

describe('helmetHeaders', () => {
  it('records exactly the headers helmet’s own middleware sets on a real response', () => {
    const request = new IncomingMessage(new Socket());
    const response = new ServerResponse(request);
    helmet(OPTIONS)(request, response, () => undefined);
    const expected = Object.fromEntries(
      Object.entries(response.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    expect(helmetHeaders(OPTIONS)).toEqual(expected);
    expect(expected['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(expected['x-content-type-options']).toBe('nosniff');
  });

  it('leaves out what the options turn off', () => {
    const headers = helmetHeaders({ ...OPTIONS, strictTransportSecurity: false });
    expect(headers).not.toHaveProperty('strict-transport-security');
    expect(headers).toHaveProperty('x-frame-options');
  });
});
