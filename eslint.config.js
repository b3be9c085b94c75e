// ESLint flat config: typescript-eslint's recommended rules (no type-aware rules, to stay fast), and
// the layer rule of docs/ARCHITECTURE.md: nothing imports from a layer above it.
import { readdirSync, statSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Provider folders under adapters/ (everything but common/). */
const ADAPTERS = new URL('./adapters/', import.meta.url);
const PROVIDERS = readdirSync(ADAPTERS).filter((d) => d !== 'common' && statSync(new URL(d, ADAPTERS)).isDirectory());

/** A `no-restricted-imports` rule refusing import paths that match any of `rules` ({ regex, message }). */
const restrict = (...rules) => ({ 'no-restricted-imports': ['error', { patterns: rules.map(({ regex, message }) => ({ regex, message })) }] });

const providerFolder = (names) => `^(\\.\\./)+(${names.join('|')})/`;

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test/generated/**', 'web/src/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers, lowest first: src/core < adapters/common < adapters/<provider> < adapters/index.ts (the
  // registry) < src/{config,security,observability,domain} < src/graphql < src/server < src/main.ts.
  {
    files: ['src/core/**/*.ts'],
    rules: restrict({ regex: '^\\.\\./', message: 'src/core is the lowest layer: it imports nothing outside src/core.' }),
  },
  {
    files: ['adapters/common/**/*.ts'],
    rules: restrict(
      { regex: '(^|/)src/(?!core/)', message: 'adapters may import only src/core from src/.' },
      { regex: providerFolder(PROVIDERS), message: 'adapters/common is below the providers: it must not import one.' },
      { regex: '(^|/)index\\.js$', message: 'adapters/common must not import the provider registry.' },
    ),
  },
  ...PROVIDERS.map((p) => ({
    files: [`adapters/${p}/**/*.ts`],
    rules: restrict(
      { regex: '(^|/)src/(?!core/)', message: 'adapters may import only src/core from src/.' },
      ...(PROVIDERS.length > 1
        ? [{ regex: providerFolder(PROVIDERS.filter((o) => o !== p)), message: 'a provider must not import another provider.' }]
        : []),
      { regex: '^(\\.\\./)+index\\.js$', message: 'a provider must not import the provider registry.' },
    ),
  })),
  {
    files: ['src/domain/**/*.ts', 'src/config/**/*.ts', 'src/security/**/*.ts', 'src/observability/**/*.ts'],
    rules: restrict(
      { regex: '^(\\.\\./)+server/', message: 'src/server is the top layer: nothing below imports it.' },
      { regex: '^(\\.\\./)+main\\.js$', message: 'nothing imports src/main.ts.' },
    ),
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict(
      { regex: '^(\\.\\./)+(graphql|server)/', message: 'src/domain is below src/graphql and src/server.' },
      { regex: '^(\\.\\./)+main\\.js$', message: 'nothing imports src/main.ts.' },
    ),
  },
  {
    files: ['src/graphql/**/*.ts'],
    rules: restrict(
      { regex: '^(\\.\\./)+server/', message: 'src/graphql is below src/server.' },
      { regex: '^(\\.\\./)+main\\.js$', message: 'nothing imports src/main.ts.' },
    ),
  },
  // The dashboard runs in the browser (web/, its own tsconfig with the DOM lib); it talks to the
  // gateway over HTTP and WebSocket only, so it imports nothing from the server's folders.
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'history', 'navigator', 'performance', 'sessionStorage', 'fetch', 'URL', 'URLSearchParams', 'requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout', 'addEventListener', 'console'].map((g) => [g, 'readonly']),
      ),
    },
    rules: restrict({ regex: '^(\\.\\./)+(\\.\\./)(src|adapters|test)/', message: 'web/ talks to the gateway over GraphQL: it imports nothing from the server.' }),
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly' } },
  },
);
