import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** Valid production settings of this test, each case spoiling one. */
const SAFE = {
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('base64'),
  POSTAL_API_URL: 'https://buudien.example.vn/api',
  POSTAL_API_KEY: randomBytes(16).toString('hex'),
  POSTAL_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
  LOG_LEVEL: 'silent',
  PORT: '0',
};

/** Runs the API's real entry point as its own process; resolves when it exits. */
function startApiProcess(
  settings: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, DATABASE_URL: process.env.DATABASE_URL };
  Object.assign(env, settings);
  const child = spawn(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--swc',
      '-r',
      'tsconfig-paths/register',
      'apps/api/src/main.ts',
    ],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, stderr });
    }),
  );
}

describe('API start-up in production', () => {
  it.each([
    [
      'a JWT secret shorter than 32 bytes',
      { JWT_SECRET: 'x'.repeat(31) },
      /JWT_SECRET must be at least 32 bytes/,
    ],
    [
      'the development JWT secret',
      { JWT_SECRET: 'motcua-dev-secret-change-me' },
      /Published .*JWT_SECRET/,
    ],
    [
      "the simulator's postal key",
      { POSTAL_API_KEY: 'dev-postal-key' },
      /Published .*POSTAL_API_KEY/,
    ],
    [
      "the simulator's webhook secret",
      { POSTAL_WEBHOOK_SECRET: 'whsec_bW90Y3VhLXBvc3RhbC1zaW0tZGV2LXNlY3JldC1rZXk=' },
      /Published .*POSTAL_WEBHOOK_SECRET/,
    ],
    ['SEED_DEMO=true', { SEED_DEMO: 'true' }, /SEED_DEMO=true is refused in production/],
  ])('refuses to start with %s, in one line', async (_case, spoiled, message) => {
    const { code, stderr } = await startApiProcess({ ...SAFE, ...spoiled });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to start on a database whose demo accounts still have the published password', async () => {
    // the test database was loaded with the demo data (test/global-setup.ts)
    const { code, stderr } = await startApiProcess(SAFE);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /Demo account\(s\) with the published demo password found: .*admin@motcua\.local/,
    );
  });
});
