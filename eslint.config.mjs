import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'out/**', 'coverage/**', 'bin/**', '*.config.js', '*.config.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Plain CommonJS scripts that webpack.config.js loads before any TypeScript is compiled.
    files: ['scripts/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The domain core is pure: no spreadsheet libraries, no Office.js, no DOM, no file system.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['xlsx', 'exceljs', 'fs', 'node:fs', 'path', 'node:path', 'os', 'node:os', '@date-fns/tz'].map((name) => ({ name, message: 'The domain core stays pure: do I/O in an adapter.' })),
          patterns: [{ group: ['**/io/**', '**/cli/**', '**/ui/**', '**/web/**', '**/sheets/**'], message: 'The domain core does not depend on adapters or layout.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'No Office.js in the domain core.' },
        { name: 'Office', message: 'No Office.js in the domain core.' },
        { name: 'document', message: 'No DOM in the domain core.' },
        { name: 'window', message: 'No DOM in the domain core.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core never reads the clock: take the reference date as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core never reads the clock: take the reference date as an argument.' },
      ],
    },
  },
);
