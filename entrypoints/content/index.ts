import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from './start.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  // WXT also announces each start with window.postMessage: the page's scripts would receive it (and
  // the extension's id in it). Its own document event, under a name with that id, is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContent(ctx).catch((e: unknown) => {
      // A page we cannot work on (a sandboxed frame without storage, say) stays untouched.
      console.debug('[aleppo-context] not started:', e);
    });
  },
});
