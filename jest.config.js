// One Jest config for the whole monorepo: unit specs beside the code, e2e specs under apps/*/test
// and libs/*/test, and the checks of what tools/ generates. Chaos specs (which stop the shared broker) and serial specs (which change shared
// Keycloak users) run separately, in band: see tools/test.sh.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,e2e,tools}/**/*.spec.ts', '<rootDir>/{apps,libs,e2e,tools}/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 60000,
  maxWorkers: 2,
};
