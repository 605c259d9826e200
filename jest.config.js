const os = require('node:os');

/** @type {import('jest').Config} */
module.exports = {
  // At least two workers: much of the suite waits on child processes (webpack builds, Chromium,
  // LibreOffice, the CLI), and on 2 cores Jest's default (cores − 1) runs one file at a time. On the
  // 2-core build machine the whole suite took 487 s with one worker, 366 s with two.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
    '^.+\\.mjs$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/failOnConsole.ts'],
  testTimeout: 30000,
};
