// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Import boundaries (ARCHITECTURE house rule 11):
 *  - only src/features/<f>/api/** and src/lib/** may import the generated wailsjs/ bindings;
 *  - a feature never imports another feature;
 *  - src/lib and src/components never import features.
 * Cross-area imports use the "@/..." alias; relative imports stay inside their feature
 * (the only relative escape allowed is to wailsjs/, and only from api/).
 */

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const wailsjs = {
  regex: String.raw`(^|/)wailsjs(/|$)`,
  message: 'Only src/features/*/api/** and src/lib/** may import the generated wailsjs bindings. Call the feature api instead.',
};
const anyFeature = {
  regex: String.raw`(^@/features(/|$))|(^(\.\./)+features(/|$))`,
  message: 'Shared code (src/lib, src/components) must not import features.',
};
/** @param {string} feature */
const otherFeature = (feature) => ({
  regex: String.raw`^@/features/(?!${feature}(/|$))`,
  message: `Features must not import other features (this is "${feature}"). Move shared code to src/lib or src/components.`,
});
/** A relative import that climbs out of the feature folder (depth = folders below src/features/<f>/). */
const escapesFeature = (/** @type {number} */ depth) => ({
  regex: String.raw`^(\.\./){${depth + 1},}(?!(\.\./)*wailsjs/)`,
  message: 'Relative imports must stay inside the feature; use "@/lib/...", "@/components/..." for shared code.',
});

const restrict = (/** @type {object[]} */ patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const MAX_DEPTH = 4;
const boundaryBlocks = [
  { files: ['src/**/*.{ts,tsx}'], rules: restrict([wailsjs]) },
  { files: ['src/lib/**/*.{ts,tsx}'], rules: restrict([anyFeature]) },
  { files: ['src/components/**/*.{ts,tsx}'], rules: restrict([wailsjs, anyFeature]) },
];
for (const feature of FEATURES) {
  for (let depth = 0; depth <= MAX_DEPTH; depth += 1) {
    const dirs = '*/'.repeat(depth);
    boundaryBlocks.push({
      files: [`src/features/${feature}/${dirs}*.{ts,tsx}`],
      rules: restrict([wailsjs, otherFeature(feature), escapesFeature(depth)]),
    });
    if (depth >= 1) {
      const apiDirs = 'api/' + '*/'.repeat(depth - 1);
      boundaryBlocks.push({
        files: [`src/features/${feature}/${apiDirs}*.{ts,tsx}`],
        rules: restrict([otherFeature(feature), escapesFeature(depth)]),
      });
    }
  }
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'wailsjs/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['*.{js,ts}', 'e2e/**/*.{js,ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...boundaryBlocks,
);
