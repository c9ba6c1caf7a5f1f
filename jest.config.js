/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testTimeout: 20000,
  // Jest's default is one worker less than the cores: one worker on the 2-core machines CI runs on. Most of the
  // slow suites wait on loopback HTTP, Azurite and child processes, so two workers halve the wait (185 s → 125 s).
  maxWorkers: 2,
};
