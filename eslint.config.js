// ESLint: typescript-eslint for the code, eslint-plugin-regexp for the regular expressions. The ReDoS
// checks are errors: a pull request controls the text our regexes run on (SPEC §6). They stay errors in
// test code too: the fake servers parse what archdoc sends, and one rule set keeps copied regexes honest.
// A finding that cannot happen (input bounded just before) gets an eslint-disable-next-line with the reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Build, bench and check scripts: plain Node ESM.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    // Tests match terminal colour codes (\x1b[...m) on purpose.
    files: ['__tests__/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
