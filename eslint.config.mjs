import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // What .gitignore keeps out too (ESLint's flat config does not read it): builds, local state, the playground's
    // logs and screenshots, the Node that .ci/run fetches.
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.data/**',
      'devTools/**',
      'appPackage/**',
      '.ci/node/**',
      'jest.config.js',
      'test/support/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The CLI speaks on stdout/stderr by contract.
    files: ['src/cli/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
