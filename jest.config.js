/** Tests run TypeScript through ts-jest without type-checking: `tsc --noEmit` does that once
 * for the whole tree (npm test runs it first), which is faster than checking per file. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  testTimeout: 60000,
  // office-addin-mock needs only an enum from office-addin-manifest, whose ES-module deps jest cannot load.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/helpers/officeAppStub.ts' },
};
