import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './harness';

describe('built extension in Chromium', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => ext?.close());

  it('starts its MV3 service worker and serves its popup page', async () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect(page.title()).resolves.toBe('Claimcheck');
  });
});
