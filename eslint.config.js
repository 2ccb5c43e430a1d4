// Lint enforces the layer rules of docs/ARCHITECTURE.md: a lower layer never imports an upper one.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

const layer = (message, group) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'db/migrations/**', '.cache/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['core/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('core/domain is pure: no Node, no I/O.', ['node:*', 'fs', 'path', 'crypto']),
        layer('core/domain may not import db, services, api or hosts.', ['**/db', '**/db/**', '../services/**', '../api/**', '../demo/**', '**/electron/**', '**/webhost/**', '**/renderer/**']),
        layer('core/domain has no UI.', ['react', 'react-dom', 'ag-grid-*', 'electron']),
      ] }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('db is the lowest layer: it may not import core, hosts or UI.', ['**/core/**', '**/electron/**', '**/webhost/**', '**/renderer/**', 'electron', 'react']),
      ] }],
    },
  },
  {
    files: ['core/services/**/*.ts', 'core/demo/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('services may not import hosts or UI.', ['**/electron/**', '**/webhost/**', '**/renderer/**', 'electron', 'react']),
      ] }],
    },
  },
  {
    files: ['core/api/**/*.ts', 'core/create-core.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('the API contract may not import hosts or UI.', ['**/electron/**', '**/webhost/**', '**/renderer/**', 'electron', 'react']),
      ] }],
    },
  },
  {
    // The core's threads: they route calls into the one handler table and start job threads;
    // the rules themselves stay in core/api and below.
    files: ['core/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('core/host reaches the core only through core/api and create-core.', ['**/db/**', '../services/**', '../demo/**', '**/electron/**', '**/webhost/**', '**/renderer/**', 'electron', 'react']),
      ] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        layer('electron talks to the core only through core/api and create-core.', ['**/db/**', '**/core/services/**', '**/core/demo/**', '**/renderer/**', '**/webhost/**']),
      ] }],
    },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [layer('electron/shared is pure and testable in Node: no electron import.', ['electron'])] }],
    },
  },
  {
    files: ['webhost/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        // A bare "electron" pattern would also match ../electron/shared, which the web host may use.
        paths: [{ name: 'electron', message: 'the web host runs without Electron.' }],
        patterns: [
          layer('the web host talks to the core only through core/api and create-core.', ['**/db/**', '**/core/services/**', '**/core/demo/**', '**/renderer/**', '**/electron/main/**', '**/electron/preload/**']),
        ],
      }],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'the command line runs without Electron.' }],
        patterns: [layer('the command line is a headless host: no UI, no other host.', ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/webhost/**'])],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [
        { group: ['**/core/api/*', '!**/core/api/schemas', '!**/core/api/schemas/*'], allowTypeImports: true, message: 'The renderer imports the API contract as types only (schemas excepted).' },
        { group: ['**/db/**', '**/core/services/**', '**/core/demo/**', '**/core/create-core', '**/electron/**', '**/webhost/**', 'node:*', 'electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'The renderer runs in the page: no database, services, hosts or Node.' },
      ] }],
    },
  },
  {
    // Every user-facing string comes from resources/locales (docs/ARCHITECTURE.md, "Languages"): no
    // literal text in JSX, neither between tags nor in attributes people see or hear (title,
    // placeholder, aria-label, alt). Attributes for code, styling and tests are allowed, and so
    // are punctuation and decorative symbols.
    files: ['renderer/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': { exclude: [
          'className', 'type', 'key', 'id', 'role', 'lang', 'href', 'value', 'scope', 'kind', 'status',
          'data-.*', 'aria-(hidden|current|live|busy|labelledby|describedby|controls|haspopup|expanded)',
          'autoComplete', 'spellCheck', 'rowModelType', 'viewBox', 'fill', 'stroke', 'strokeWidth', 'strokeLinecap', 'd', 'cx', 'cy', 'r',
          'suppressOverlays',
        ] },
        // Calls whose string arguments are keys or codes, not text: t('grants.title'), codeLabel(t, 'purpose', code).
        callees: { exclude: ['i18n(ext)?', 't', 'codeLabel'] },
        words: { exclude: ['[0-9!-/:-@[-`{-~]+', '^[\\s×→←·—–…]+$'] },
      }],
    },
  },
);
