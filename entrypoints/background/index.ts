import { browser } from 'wxt/browser';
import { backgroundMessages, createListener } from '@/lib/messages';
import { factbaseHandlers, initFactbase } from './factbase';
import { correctionHandlers, initCorrections } from './corrections';
import { syncHandlers, initSync } from './sync';

// Thin glue: each area owns its handlers and start-up; this file only wires them.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(
    createListener(backgroundMessages, {
      ...factbaseHandlers,
      ...correctionHandlers,
      ...syncHandlers,
    }) as never,
  );
  // Every worker start (install, wake after being stopped) reopens Dexie and
  // resumes pending work.
  void initFactbase().then(() => Promise.all([initSync(), initCorrections()]));
});
