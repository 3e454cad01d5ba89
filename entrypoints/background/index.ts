import { browser } from 'wxt/browser';
import { backgroundMessages, createListener } from '@/lib/messages';
import { factbaseHandlers, initFactbase } from './factbase';
import { correctionHandlers, initCorrections } from './corrections';
import { syncHandlers, initSync } from './sync';
import { pageScanHandlers, warmEngine } from './page-scan';
import { forgetTab } from './page-contexts';

// Thin glue: each area owns its handlers and start-up; this file only wires them.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener(backgroundMessages, {
      ...factbaseHandlers,
      ...pageScanHandlers,
      ...correctionHandlers,
      ...syncHandlers,
    }) as never,
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
  // Every worker start (install, wake after being stopped) reopens Dexie and
  // resumes pending work. The outbox does not wait for the fact base: a
  // reader's correction must go out even if loading the base fails. Sync waits,
  // so it never races the install-time load of the bundled snapshot.
  void initCorrections().catch((e) => console.error('Claimcheck: corrections outbox did not start', e));
  void initFactbase()
    .catch((e) => console.error('Claimcheck: fact base did not load', e))
    .then(() => warmEngine())
    .catch((e) => console.error('Claimcheck: claim engine not built', e))
    .then(() => initSync())
    .catch((e) => console.error('Claimcheck: sync did not start', e));
});
