// Jest for Stryker (`npm run mutate`): the in-process tests of the core only. Stryker mutates src/ in a
// sandbox, so the bundle checks and the tests that spawn dist/ (which never see a mutant) stay out.
import base from './jest.config.js';

/** @type {import('jest').Config} */
export default {
  ...base,
  globalSetup: undefined,
  setupFiles: ['<rootDir>/test-support/mutation-setup.mjs'],
  roots: ['<rootDir>/__tests__', '<rootDir>/src'],
  testMatch: ['**/__tests__/{fix,lint,markdown,mermaid,template,rules}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/__tests__/fix/cli\\.test\\.ts$', '/__tests__/mermaid/lazy\\.test\\.ts$'],
};
