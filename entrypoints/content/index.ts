import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from './start.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    void startContent(ctx).catch((e: unknown) => {
      // A page we cannot work on (a sandboxed frame without storage, say) stays untouched.
      console.debug('[aleppo-context] not started:', e);
    });
  },
});
