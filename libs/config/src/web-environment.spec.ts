import { ConfigurationError } from './environment';
import { DEV_SESSION_SECRET, validateWebEnvironment } from './web-environment';

describe('web environment', () => {
  it('needs nothing set locally, and its public address follows its port', () => {
    const env = validateWebEnvironment({});
    expect(env).toMatchObject({
      WEB_PORT: 8080,
      API_URL: 'http://127.0.0.1:3000',
      PUBLIC_BASE_URL: 'http://localhost:8080',
      SESSION_SECRET: DEV_SESSION_SECRET,
    });
    expect(validateWebEnvironment({ WEB_PORT: '8181' }).PUBLIC_BASE_URL).toBe(
      'http://localhost:8181',
    );
    expect(env.servedOverTls).toBe(false);
    expect(env.sessionKey).toHaveLength(32);
  });

  it('seals cookies with Secure when published over TLS', () => {
    const env = validateWebEnvironment({ PUBLIC_BASE_URL: 'https://dichvucong.example.vn' });
    expect(env.servedOverTls).toBe(true);
  });

  it('refuses to start in production without a session secret of its own', () => {
    expect(() => validateWebEnvironment({ NODE_ENV: 'production' })).toThrow(
      new ConfigurationError('Missing secret(s) required in production: SESSION_SECRET'),
    );
    expect(() =>
      validateWebEnvironment({ NODE_ENV: 'production', SESSION_SECRET: DEV_SESSION_SECRET }),
    ).toThrow(/published development value/);
    const secret = 'x'.repeat(40);
    expect(
      validateWebEnvironment({ NODE_ENV: 'production', SESSION_SECRET: secret }).SESSION_SECRET,
    ).toBe(secret);
  });

  it('names every invalid setting', () => {
    expect(() =>
      validateWebEnvironment({
        WEB_PORT: 'abc',
        API_URL: 'localhost:3000',
        SESSION_SECRET: 'short',
      }),
    ).toThrow(/WEB_PORT.*API_URL.*SESSION_SECRET/);
  });

  it('derives a different key from a different secret', () => {
    const a = validateWebEnvironment({ SESSION_SECRET: 'a'.repeat(32) }).sessionKey;
    const b = validateWebEnvironment({ SESSION_SECRET: 'b'.repeat(32) }).sessionKey;
    expect(a.equals(b)).toBe(false);
  });
});
