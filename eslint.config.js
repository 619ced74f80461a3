// Lint rules run by `npm test`, so style is never a review topic (formatting is Prettier's).
import tseslint from 'typescript-eslint';

/** Packages that need a DOM (selections, events, transitions); core/ may use only the pure d3 modules. */
const DOM_PACKAGES = ['d3-selection', 'd3-zoom', 'd3-drag', 'd3-brush', 'd3-transition', 'd3-dispatch'];
const DOM_GLOBALS = ['document', 'window', 'navigator', 'localStorage', 'location', 'HTMLElement', 'SVGElement'];

/** A relative import that reaches into the top-level folder `dir` (`../client/...`, `../../server/...`). */
function crossImport(dir, who) {
  return {
    regex: `^(\\.\\.?/)+${dir}/`,
    message: `${who} must not import ${dir}/: move what both sides need into core/.`,
  };
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'bench-results/',
      'test-output/',
      '.neo4j-test/',
      'test/neo4j/launcher/target/',
      '**/.scratch/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // One house: server/ and client/ never import each other; what both need lives in core/, which imports neither
  // and nothing that needs a DOM or Node, so it runs the same in the browser and on the server. test/architecture
  // checks the same rule by scanning imports, in case this config is ever loosened.
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossImport('client', 'the server')] }] },
  },
  {
    files: ['client/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossImport('server', 'the client')] }] },
  },
  // Inside server/, the two transports never import each other: both read arguments through server/input, and what
  // both serve lives in server/documents (test/architecture checks this too).
  ...[
    ['graphql', 'export'],
    ['export', 'graphql'],
  ].map(([from, to]) => ({
    files: [`server/${from}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossImport('client', 'the server'),
            {
              regex: `^(\\.\\./)+${to}/`,
              message: `server/${from} must not import server/${to}: share through server/input or server/documents.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            crossImport('server', 'core/'),
            crossImport('client', 'core/'),
            {
              regex: `^(node:|${DOM_PACKAGES.join('$|')}$)`,
              message: 'core/ runs in the browser and on the server: no DOM packages and no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // Tests and the bench read loosely-typed GraphQL JSON; `any` there is the honest type.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
