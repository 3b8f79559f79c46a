// Shared Jest setup for every Node-side project: SWC transform (decorator metadata for Nest) and the
// workspace path aliases from tsconfig.base.json.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // otplib 13's crypto dependencies ship ESM only; Node 20.19+ loads them natively, Jest needs them transpiled.
  transformIgnorePatterns: ['/node_modules/(?!(@scure|@noble|@otplib|otplib)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@motcua/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@motcua/domain$': path.join(__dirname, 'libs/domain/src/index.ts'),
    '^@motcua/seed$': path.join(__dirname, 'tools/seed/src/index.ts'),
  },
};
