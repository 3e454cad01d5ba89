import { defineConfig } from 'wxt';

// Chrome MV3 and Firefox builds from one config. The extension needs no host
// permissions beyond the content script's match patterns: the background only
// talks to the feed / corrections endpoints the user configured.
export default defineConfig({
  // PROFILE_BUILD=1: an unminified build in .output-profile/ with readable
  // function names, for scripts/bench-e2e/profile.ts (PROFILE_EXT_DIR).
  ...(process.env.PROFILE_BUILD
    ? { outDir: '.output-profile', vite: () => ({ build: { minify: false } }) }
    : {}),
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Claimcheck',
    description: 'Fact-checks claims about AI models while you read.',
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    browser_specific_settings: {
      gecko: {
        id: 'claimcheck@claimcheck.dev',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  zip: {
    // Never ship secrets or local state in the Firefox sources zip (it ignores .gitignore).
    excludeSources: [
      'node_modules/**',
      '.output/**',
      'reports/**',
      'screenshots/**',
      '.wxt/**',
      '**/*.key',
      '**/*.pem',
      '**/*.sqlite*',
      '.env*',
    ],
  },
});
