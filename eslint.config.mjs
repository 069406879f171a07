// The dependency rules of ARCHITECTURE.md, enforced: libs stay pure and import each other only through core.
import tseslint from 'typescript-eslint';

const ioModules = ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'express', 'fastify', 'node:fs', 'fs', 'node:fs/*', 'fs/*'];
const srcImports = ['../../src/*', '../src/*', '**/src/*'];

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
    files: ['libs/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...ioModules, ...srcImports, '@libs/*', '../*'], message: 'libs/core imports nothing internal and does no I/O.' }] }],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/core/**', 'libs/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ioModules, message: 'libs are pure: I/O arrives as parameters or ports.' },
        { group: srcImports, message: 'libs never import src.' },
        { group: ['@libs/*', '!@libs/core', '../../*'], message: 'libs import only @libs/core.' },
      ] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'libs never read process (env, argv).' }],
    },
  },
);
