import { ConfigurationError, DEV_JWT_SECRET, validateEnvironment } from './environment';

describe('environment', () => {
  it('needs nothing set locally: every setting has a safe default', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/motcua');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.JWT_SECRET).toBe(DEV_JWT_SECRET);
    expect(env.SEED_DEMO).toBe(true);
  });

  it('reads numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', SEED_DEMO: 'false', FILE_MAX_BYTES: '2048' });
    expect(env).toMatchObject({ PORT: 8080, SEED_DEMO: false, FILE_MAX_BYTES: 2048 });
  });

  it('stops production start-up with one clear line when a secret is missing', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      new ConfigurationError(
        'Missing secret(s) required in production: JWT_SECRET, POSTAL_API_URL, POSTAL_API_KEY, POSTAL_WEBHOOK_SECRET',
      ),
    );
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 's3cret',
      POSTAL_API_URL: 'https://buudien.example.vn/api',
      POSTAL_API_KEY: 'key',
      POSTAL_WEBHOOK_SECRET: 'whsec_c2VjcmV0',
    };
    expect(validateEnvironment(production).JWT_SECRET).toBe('s3cret');
    expect(() => validateEnvironment({ ...production, POSTAL_API_KEY: '' })).toThrow(
      /POSTAL_API_KEY/,
    );
  });

  it('trusts no proxy unless told, and reads a list of addresses and CIDR ranges', () => {
    expect(validateEnvironment({}).TRUST_PROXY).toEqual([]);
    expect(
      validateEnvironment({ TRUST_PROXY: ' 127.0.0.1, ::1,10.0.0.0/8 ,fd00::/8' }).TRUST_PROXY,
    ).toEqual(['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8']);
    for (const wrong of ['true', '*', '10.0.0.0/33', '::1/129', 'proxy.local', '10.0.0.1/8/8']) {
      expect(() => validateEnvironment({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
    }
  });

  it('names every invalid setting', () => {
    expect(() => validateEnvironment({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(
      /PORT .*LOG_LEVEL|LOG_LEVEL .*PORT/,
    );
  });
});
