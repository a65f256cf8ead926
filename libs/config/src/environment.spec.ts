import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigurationError,
  DEV_JWT_SECRET,
  DEV_POSTAL_API_KEY,
  DEV_POSTAL_WEBHOOK_SECRET,
  PUBLISHED_SECRETS,
  validateEnvironment,
} from './environment';

const ROOT = join(__dirname, '../../..');
const SECRET_KEYS = ['JWT_SECRET', 'POSTAL_API_KEY', 'POSTAL_WEBHOOK_SECRET'] as const;

/**
 * Every literal value given to a secret in the files people copy settings from: the README,
 * the docs, the Compose file, `.env.example` and the code (`KEY: value`, `KEY=value`,
 * `${KEY:-value}` and the code's `DEV_` constants).
 */
function publishedSecretValues(): { file: string; key: string; value: string }[] {
  const files = [
    'README.md',
    'docker-compose.yml',
    '.env.example',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
    'libs/config/src/environment.ts',
    'apps/postal-sim/src/simulator.ts',
  ];
  const found: { file: string; key: string; value: string }[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const key of SECRET_KEYS) {
      const patterns = [
        new RegExp(`\\$\\{${key}:-([^}]+)\\}`, 'g'),
        new RegExp(`^\\s*${key}\\s*[=:]\\s*['"]?([^\\s'"$\`…]+)`, 'gm'),
        new RegExp(`DEV_${key}\\s*=\\s*'([^']+)'`, 'g'),
      ];
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) found.push({ file, key, value: match[1] });
      }
    }
    for (const match of text.matchAll(/POSTAL_SIM_DEV_(WEBHOOK_SECRET|API_KEY) = '([^']+)'/g)) {
      found.push({ file, key: `POSTAL_${match[1]}`, value: match[2] });
    }
  }
  return found;
}

describe('environment', () => {
  it('needs nothing set locally: every setting has a safe default', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/motcua');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.JWT_SECRET).toBe(DEV_JWT_SECRET);
    // development and test load the demo data unless told not to
    expect(env.SEED_DEMO).toBe(true);
  });

  it('reads numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', SEED_DEMO: 'false', FILE_MAX_BYTES: '2048' });
    expect(env).toMatchObject({ PORT: 8080, SEED_DEMO: false, FILE_MAX_BYTES: 2048 });
  });

  describe('in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'k3x9V0bq2Zr8WmT4yL6nP1sJ7dH5cF0a',
      POSTAL_API_URL: 'https://buudien.example.vn/api',
      POSTAL_API_KEY: 'operator-issued-key',
      POSTAL_WEBHOOK_SECRET: 'whsec_c2VjcmV0',
    };

    it('starts with secrets of its own, and no demo data', () => {
      const env = validateEnvironment(production);
      expect(env.JWT_SECRET).toBe(production.JWT_SECRET);
      expect(env.SEED_DEMO).toBe(false);
      expect(validateEnvironment({ ...production, SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
    });

    it('stops start-up with one clear line when a secret is missing', () => {
      expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
        new ConfigurationError(
          'Missing secret(s) required in production: JWT_SECRET, POSTAL_API_URL, POSTAL_API_KEY, POSTAL_WEBHOOK_SECRET',
        ),
      );
      expect(() => validateEnvironment({ ...production, POSTAL_API_KEY: '' })).toThrow(
        /POSTAL_API_KEY/,
      );
    });

    it('refuses a JWT secret shorter than 32 bytes', () => {
      expect(() => validateEnvironment({ ...production, JWT_SECRET: 's3cret' })).toThrow(
        /JWT_SECRET must be at least 32 bytes/,
      );
      // bytes, not characters: 11 three-byte letters are 33 bytes
      expect(validateEnvironment({ ...production, JWT_SECRET: 'ữ'.repeat(11) }).JWT_SECRET).toBe(
        'ữ'.repeat(11),
      );
    });

    it('refuses the development defaults and SEED_DEMO=true', () => {
      for (const [key, value] of [
        ['JWT_SECRET', DEV_JWT_SECRET],
        ['POSTAL_API_KEY', DEV_POSTAL_API_KEY],
        ['POSTAL_WEBHOOK_SECRET', DEV_POSTAL_WEBHOOK_SECRET],
      ]) {
        expect(() => validateEnvironment({ ...production, [key]: value })).toThrow(
          new RegExp(`Published development value\\(s\\) refused in production: ${key}`),
        );
      }
      expect(() => validateEnvironment({ ...production, SEED_DEMO: 'true' })).toThrow(
        /SEED_DEMO=true is refused in production/,
      );
    });

    it('refuses every secret value written anywhere in the repository', () => {
      const published = publishedSecretValues();
      // the scan finds the Compose file's, .env.example's and the code's values
      expect(published.length).toBeGreaterThanOrEqual(3);
      for (const { key, value, file } of published) {
        expect({ file, key, value, refused: PUBLISHED_SECRETS.has(value) }).toMatchObject({
          refused: true,
        });
        expect(() => validateEnvironment({ ...production, [key]: value })).toThrow(
          /Published development value/,
        );
      }
    });
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

describe('second factor settings', () => {
  it('reads TOTP_REQUIRED_ROLES as a list of roles, empty by default', () => {
    expect(validateEnvironment({}).TOTP_REQUIRED_ROLES).toEqual([]);
    expect(
      validateEnvironment({ TOTP_REQUIRED_ROLES: ' ADMIN, SYSTEM_ADMIN ,LEADER' })
        .TOTP_REQUIRED_ROLES,
    ).toEqual(['ADMIN', 'SYSTEM_ADMIN', 'LEADER']);
    expect(() => validateEnvironment({ TOTP_REQUIRED_ROLES: 'ADMIN,BOSS' })).toThrow(
      /TOTP_REQUIRED_ROLES/,
    );
  });

  it('refuses a short TOTP_ENCRYPTION_KEY in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'k3x9V0bq2Zr8WmT4yL6nP1sJ7dH5cF0a',
      POSTAL_API_URL: 'https://postal.example.vn',
      POSTAL_API_KEY: 'a-real-postal-key',
      POSTAL_WEBHOOK_SECRET: 'whsec_cmVhbC1zZWNyZXQ=',
      SEED_DEMO: 'false',
    };
    expect(() => validateEnvironment({ ...production, TOTP_ENCRYPTION_KEY: 'short' })).toThrow(
      /TOTP_ENCRYPTION_KEY/,
    );
    expect(
      validateEnvironment({
        ...production,
        TOTP_ENCRYPTION_KEY: 'Q7v#x2Lm9Rt4Wz8Kb3Nc'.repeat(2),
      }).TOTP_ENCRYPTION_KEY,
    ).toBeDefined();
  });
});
