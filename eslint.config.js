import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.output',
      '.output-profile',
      '.wxt',
      'reports',
      'screenshots',
      'public',
      'data',
      'tests/fixtures',
      'e2e/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page text and fact strings are untrusted: never parse them as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; data is untrusted.' },
        { property: 'outerHTML', message: 'Set text with textContent; data is untrusted.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes instead; data is untrusted.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data is untrusted.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
