// Lint: TypeScript rules, plus the boundaries that say where each file runs.
// shared/ is pure (no electron/, no renderer/); renderer/ never reaches into electron/.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/fixtures holds deliberately bad inputs (an insecure main process for the security scan).
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', 'electron', 'node:*', 'fs', 'path', 'better-sqlite3', 'react', 'react-dom'], message: 'shared/ holds pure logic: no I/O, no Electron, no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron', 'node:*', 'better-sqlite3'], message: 'The renderer talks to main only through renderer/api.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/vite.config.mts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
