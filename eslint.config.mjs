import tseslint from 'typescript-eslint';

/**
 * The inner layers are pure: src/domain (the core), src/sheets (layout, which may use the core)
 * and src/app (use cases, which may use both). None reaches for a file format, Office.js, the
 * DOM, the file system or the clock, and none imports an outer layer.
 */
const IO_LIBRARIES = ['xlsx', 'exceljs', 'fs', 'node:fs', 'path', 'node:path', 'os', 'node:os'];
const ADAPTERS = ['**/io/**', '**/cli/**', '**/ui/**', '**/web/**', '**/sample/**'];
const pureLayer = (layer, forbidden, message) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: IO_LIBRARIES.map((name) => ({ name, message: `src/${layer} stays pure: do I/O in an adapter.` })),
        patterns: [{ group: forbidden, message }],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'Excel', message: `No Office.js in src/${layer}.` },
      { name: 'Office', message: `No Office.js in src/${layer}.` },
      { name: 'document', message: `No DOM in src/${layer}.` },
      { name: 'window', message: `No DOM in src/${layer}.` },
    ],
    'no-restricted-syntax': [
      'error',
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The core never reads the clock: take the reference date as an argument.' },
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core never reads the clock: take the reference date as an argument.' },
    ],
  },
});

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
  pureLayer('domain', [...ADAPTERS, '**/sheets/**', '**/app/**'], 'The domain core does not depend on adapters, layout or use cases.'),
  pureLayer('sheets', [...ADAPTERS, '**/app/**'], 'Sheet layout depends only on the domain core.'),
  pureLayer('app', ADAPTERS, 'Use cases depend on the domain core and sheet layout; adapters are passed in.'),
);
