// The dependency rules of ARCHITECTURE.md, enforced: libs stay pure and import each other only through core.
import tseslint from 'typescript-eslint';
import { libsImports } from './eslint-rules/libs-imports.mjs';

// What a lib may import besides relative paths inside itself and the @libs names below. Each package was
// checked to do no I/O (no fs, no sockets, no child processes; yaml only reads a debug flag from the
// environment). compromise's word lists are generated into libs/classification/data (scripts/gen-lexicon.mjs). Add one only after the same check.
const pureLibImports = {
  builtins: ['node:crypto'],
  packages: [
    'zod', // schemas: the request and the policy bundle
    'yaml', // policy bundles arrive as text
    'libphonenumber-js', // phone number validation (classification)
    'tldts', // public-suffix parsing of domains (classification)
    'gpt-tokenizer', // o200k token counts (routing, classification)
  ],
};
// Test code under libs (specs and *.testing.ts helpers) may import anything, e.g. a real server to talk to.
const libTestCode = ['libs/**/*.spec.ts', 'libs/**/*.testing.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'bin/**', 'coverage/**', 'data/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: libTestCode,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'libs never read process (env, argv).' },
        { name: 'fetch', message: 'libs do no I/O: HTTP goes through the HttpTransport port (libs/providers/transport.ts).' },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: libTestCode,
    plugins: { local: { rules: { 'libs-imports': libsImports } } },
    rules: { 'local/libs-imports': ['error', { ...pureLibImports, libs: ['core'] }] },
  },
  {
    files: ['libs/core/**/*.ts'],
    ignores: libTestCode,
    rules: { 'local/libs-imports': ['error', { ...pureLibImports, libs: [] }] },
  },
  {
    // libs/eval grades answers with the routing lib's JSON-schema subset check (the one cascades use).
    files: ['libs/eval/**/*.ts'],
    ignores: libTestCode,
    rules: { 'local/libs-imports': ['error', { ...pureLibImports, libs: ['core', 'routing'] }] },
  },
  {
    // libs/pipeline composes the other libs (decide = classify + policy + plan); it is as pure as they are.
    files: ['libs/pipeline/**/*.ts'],
    ignores: libTestCode,
    rules: { 'local/libs-imports': ['error', { ...pureLibImports, libs: ['*'] }] },
  },
);
