module.exports = {
  ...require('../../jest.preset.js'),
  displayName: `api:${process.env.TEST_DB_ENGINE ?? 'sqlite'}`,
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 30000,
};
