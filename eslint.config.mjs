import js from '@eslint/js'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/**
 * The layers, bottom to top (docs/development.md). An import may run down or sideways, never up:
 * a building block that two features share lives below both of them.
 */
const layers = {
  platform: ['src/platform', 'src/i18n', 'src/payload-types.ts', 'migrations'],
  features: [
    'collections',
    'src/access',
    'src/cache',
    'src/email',
    'src/events',
    'src/feeds',
    'src/fields',
    'src/hooks',
    'src/impact',
    'src/join',
    'src/lapland',
    'src/match',
    'src/newsletter',
    'src/partners',
    'src/plugins',
    'src/reports',
    'src/search',
    'src/storage',
    'src/translation',
    'src/uploads',
    'src/webhooks',
  ],
  adapters: [
    'src/api',
    'src/app',
    'src/bin',
    'src/components',
    'src/endpoints',
    'src/health',
    'src/jobs',
    'src/seed',
    'src/server',
    'src/site',
    'src/payload.config.ts',
    'src/proxy.ts',
  ],
}

const notUpward = [
  ...layers.platform.map((target) => ({
    target,
    from: [...layers.features, ...layers.adapters],
    message: 'The platform is the bottom layer: move what it needs down into src/platform.',
  })),
  ...layers.features.map((target) => ({
    target,
    from: layers.adapters,
    message: 'Features sit below the adapters: move the shared part down, or pass it in.',
  })),
]

const config = [
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'media/',
      'test-results/',
      'next-env.d.ts',
      'src/payload-types.ts',
      'migrations/',
      'src/app/(payload)/admin/importMap.js',
    ],
  },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  {
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
      'import/internal-regex': '^(@/|@collections/|@migrations$|@payload-config$)',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import/no-restricted-paths': ['error', { zones: notUpward }],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*'],
              message: 'Import across folders through @/, @collections/ or @migrations.',
            },
          ],
        },
      ],
    },
  },
  {
    // The tests and benchmarks reach their own helpers relatively; they sit outside the layers.
    files: ['test/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
