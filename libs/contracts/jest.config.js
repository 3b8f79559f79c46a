// The contract's Vietnam time must not depend on the machine's zone: its tests run on New York's clock.
process.env.TZ = 'America/New_York';

module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'contracts',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
