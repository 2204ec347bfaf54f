// Lint rules that keep the layers honest (see docs/ARCHITECTURE.md):
// shared/ is pure TypeScript that runs in Node, Electron's main process and the
// browser alike, so it may not import electron, node:* built-ins, react, or touch the DOM.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every built-in Node knows without the node: prefix ('fs', 'fs/promises', 'perf_hooks', …);
// the prefix-only ones ('node:test', 'node:sqlite') are caught by the 'node:*' pattern.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('node:'));
// Any subpath of a built-in ('fs/promises', 'stream/web', and ones a later Node adds): by regex,
// since a gitignore-style group such as 'events/*' would also match a relative './events/x'.
const builtinRoots = [...new Set(nodeBuiltins.map((name) => name.split('/')[0]))];
const builtinSubpath = `^(?:${builtinRoots.join('|')})/`;

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'tests/fixtures/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure: no Node built-ins (put Node code in node/).' },
          { group: ['electron', 'electron/*'], message: 'shared/ is pure: no electron.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
          { group: ['**/node/**', '**/electron/**', '**/renderer/**'], message: 'shared/ may only import shared/.' },
          { regex: builtinSubpath, message: 'shared/ is pure: no Node built-ins (put Node code in node/).' },
        ],
        paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins (put Node code in node/).' })),
      }],
      // The import rule sees only static imports; these load modules past it.
      'no-restricted-syntax': ['error',
        { selector: 'ImportExpression', message: 'shared/ is pure: no dynamic import() (it would get past the import rules).' },
        { selector: 'TSImportEqualsDeclaration[moduleReference.type="TSExternalModuleReference"]', message: 'shared/ is pure: use imports.' },
        { selector: 'TSImportType', message: 'shared/ is pure: no import() types (import types from shared/).' },
      ],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'shared/ is pure: no DOM.' },
        { name: 'document', message: 'shared/ is pure: no DOM.' },
        { name: 'navigator', message: 'shared/ is pure: no DOM.' },
        { name: 'localStorage', message: 'shared/ is pure: no DOM.' },
        { name: 'process', message: 'shared/ is pure: no Node process.' },
        { name: 'require', message: 'shared/ is pure: use imports.' },
        { name: 'Buffer', message: 'shared/ is pure: no Node Buffer.' },
        { name: '__dirname', message: 'shared/ is pure: no file system.' },
        { name: '__filename', message: 'shared/ is pure: no file system.' },
        { name: 'location', message: 'shared/ is pure: no DOM.' },
        // The global object leads to all of the above (globalThis.process, self.location).
        { name: 'globalThis', message: 'shared/ is pure: no global object (it reaches process and the DOM).' },
        { name: 'self', message: 'shared/ is pure: no global object (it reaches the DOM).' },
        { name: 'global', message: 'shared/ is pure: no global object (it reaches process).' },
      ],
    },
  },
  {
    // electron/ is main-process glue: it may import shared/, node/, electron and node:*,
    // never the renderer (the two meet only through shared/ipc/contract.ts).
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer', '**/renderer/**'], message: 'electron/ never imports renderer/: share through shared/ipc/.' },
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'electron/ has no React.' },
        ],
      }],
    },
  },
  {
    // The sandboxed preload can require only `electron` at run time, and electron-vite
    // leaves npm dependencies as require() calls: so it imports electron, the
    // channel names (shared/ipc/channels.ts) and the relay that holds what main sends
    // before the page listens (shared/ipc/held-relay.ts, no imports), and nothing else but types.
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          regex: '^(?!electron$|\\.\\./shared/ipc/channels$|\\.\\./shared/ipc/held-relay$)',
          allowTypeImports: true,
          message: 'The sandboxed preload may import only electron, ../shared/ipc/channels and ../shared/ipc/held-relay at run time (types are fine).',
        }],
      }],
    },
  },
);
