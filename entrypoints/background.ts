import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { hasSiteAccess } from '@/lib/site-access.ts';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    // Firefox MV3 grants site access only when the user opts in; without it the content script
    // silently never runs. Ask on first run, from a page where the request is a user gesture.
    void hasSiteAccess().then((granted) => {
      if (!granted) void browser.runtime.openOptionsPage();
    });
  });
});
