// The bench's database: migrated and loaded with the demo agency, officials and procedures by
// the bench itself, since the API runs in production mode here, where SEED_DEMO is refused.
// Every demo official of the demo tree gets a password of the bench's own: production refuses to
// start while a demo account still has the published demo password.
const path = require('node:path');

const OFFICIAL_PASSWORD = 'Bench-Official@2026';

async function prepareBenchDatabase(root, databaseUrl) {
  require('reflect-metadata');
  const lib = (file) => require(path.join(root, 'dist/apps/api/libs', file));
  const { prepareDatabase } = lib('database/src/prepare-database.js');
  const { seedDemoData, DEMO_EMAILS } = lib('database/src/seed/demo-data.js');
  const { passwordHasher } = lib('auth/src/password-hasher.js');
  await prepareDatabase(databaseUrl, async (dataSource) => {
    await seedDemoData(dataSource);
    await dataSource.query('UPDATE users SET password_hash = $1 WHERE email = ANY($2)', [
      await passwordHasher.hash(OFFICIAL_PASSWORD),
      DEMO_EMAILS,
    ]);
  });
}

module.exports = { OFFICIAL_PASSWORD, prepareBenchDatabase };
