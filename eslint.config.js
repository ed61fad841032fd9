// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'module',
  'net',
  'os',
  'path',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

const noNode = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins here.' })),
  patterns: [{ group: ['node:*'], message: 'No Node built-ins here.' }],
};

/** The renderer never reaches Node or Electron; `walls` add the rules of one part of it. */
const rendererImports = (...walls) => ({
  paths: [...noNode.paths, { name: 'electron', message: 'The renderer never imports Electron.' }],
  patterns: [
    ...noNode.patterns,
    {
      group: ['**/electron/**'],
      message: 'The renderer talks to the main process through the bridge only.',
    },
    ...walls,
  ],
});

/** Only stores (and the few modules that are their logic) call the host. */
const bridgeWall = {
  group: ['**/bridge/**'],
  message: 'Components and features call stores, never the bridge.',
};
const bridgeCallers = [
  'renderer/bridge/**',
  'renderer/**/*-store.ts',
  // The editor session's host adapter.
  'renderer/state/editor-api.ts',
  // Commands that ask the host once and report through the message store.
  'renderer/export/export-pdf.ts',
  'renderer/figures/upload-image.ts',
  'renderer/workflow/status-override.ts',
  // The menu's commands and the asset URL token come from the host itself.
  'renderer/actions/use-command-wiring.ts',
  'renderer/figures/asset-url.ts',
];

/** renderer/state holds what every feature shares: it imports no feature folder. */
const stateWall = {
  regex: '^\\.\\./(?!bridge/|\\.\\./shared/)',
  message: 'renderer/state imports only itself, the bridge and shared/: features import state.',
};

/** The same wall, seen from the test helpers one folder down (renderer/state/testing). */
const stateTestingWall = {
  regex: '^\\.\\./\\.\\./(?!bridge/|\\.\\./shared/)',
  message: stateWall.message,
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',

      '**/*.cjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain-JavaScript launchers and scripts: linted too, without type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noNode.paths,
            { name: 'electron', message: 'shared/ is pure: no Electron.' },
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
            { name: '@tiptap/react', message: 'shared/ is pure: no React.' },
          ],
          patterns: [
            ...noNode.patterns,
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', rendererImports()] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/bridge/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Only renderer/bridge talks to the host.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: bridgeCallers,
    rules: { 'no-restricted-imports': ['error', rendererImports(bridgeWall)] },
  },
  {
    files: ['renderer/state/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', rendererImports(stateWall)] },
  },
  {
    files: ['renderer/state/**/*.{ts,tsx}'],
    ignores: bridgeCallers,
    rules: { 'no-restricted-imports': ['error', rendererImports(stateWall, bridgeWall)] },
  },
  {
    files: ['renderer/state/testing/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', rendererImports(stateTestingWall, bridgeWall)] },
  },
  {
    files: [
      'electron/node/**/*.ts',
      'electron/host/**/*.ts',
      'electron/web/**/*.ts',
      'electron/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Node code, host plumbing, browser mode and the CLI run without Electron.',
            },
          ],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/main/**', '**/main/**'],
              message: 'Keep hosts apart.',
            },
            { group: ['**/web/**'], message: 'Browser mode is a host: nothing else imports it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/node/ runs in plain Node: no Electron.' }],
          patterns: [
            {
              group: ['**/renderer/**', '**/main/**', '**/web/**', '**/cli/**', '**/host/**'],
              message:
                'electron/node/ is the floor below the hosts: it imports only node/ and shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer'],
              message: 'The preload uses only contextBridge and ipcRenderer.',
            },
            ...noNode.paths,
          ],
          patterns: [
            {
              regex: '^(?!electron$|(\\.\\./)+shared/ipc/(channels|api)$|\\./).*',
              message: 'The preload imports only electron and the shared contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/**/*.test.ts', 'electron/main/open-external.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='openExternal']",
          message:
            'Open external links only through safeOpenExternal (electron/main/open-external.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
