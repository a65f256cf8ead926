// Two projects: fast unit tests beside the code, and end-to-end tests over HTTP against
// the real PostgreSQL and Redis (a fresh database per run, made by test/global-setup.ts).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    sourceMaps: 'inline',
    module: { type: 'commonjs' },
  },
];
const moduleNameMapper = {
  '^@motcua/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@motcua/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

module.exports = {
  testTimeout: 60000,
  // a suite whose app failed half-way must not keep CI waiting on open sockets
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/apps', '<rootDir>/libs'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.(ts|js)$': swc },
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform: { '^.+\\.(ts|js)$': swc },
      moduleNameMapper,
      // content-disposition (under @fastify/static, for Swagger UI) ships ESM only
      transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup-env.ts'],
    },
  ],
};
