// Two projects: fast unit tests beside the code, and end-to-end tests over HTTP against
// the real PostgreSQL and Redis (a fresh database per run, made by test/global-setup.ts).
const swcFor = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        // the portal's templates (apps/web): TSX rendered to strings by Kita HTML
        react: { runtime: 'automatic', importSource: '@kitajs/html' },
      },
      target: 'es2022',
    },
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
  },
];
const transform = { '^.+\\.tsx$': swcFor(true), '^.+\\.(ts|js)$': swcFor(false) };
const moduleNameMapper = {
  '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@motcua/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

module.exports = {
  testTimeout: 60000,
  // two test files at a time (the machine CI runs on has 2 cores): much of an end-to-end file's
  // time is spent waiting (a killed worker's job locks, browsers), and each worker has a
  // database of its own (test/global-setup.ts), so they never see each other's rows
  maxWorkers: 2,
  // a suite whose app failed half-way must not keep CI waiting on open sockets
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test'],
      // *.medium-spec.ts (test/medium): repositories and their SQL on the real PostgreSQL,
      // without the HTTP stack; same database set-up as the end-to-end tests
      testMatch: ['**/*.e2e-spec.ts', '**/*.medium-spec.ts'],
      transform,
      moduleNameMapper,
      // content-disposition (under @fastify/static, for Swagger UI) and cookie 2 (under
      // @fastify/cookie, which imports it dynamically, for the portal's session) ship ESM only
      transformIgnorePatterns: ['/node_modules/(?!(content-disposition|@fastify/cookie|cookie)/)'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  ],
};
