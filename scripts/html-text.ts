// The text of an HTML file as the content script reads it, for the scan command. There is no
// layout in Node, so "hidden" means the hidden attribute, aria-hidden="true", or an inline
// display:none / visibility:hidden (see page/text-blocks.ts, SKIP and excludedByAttributes).
import { Window } from 'happy-dom';
import { asShown } from '../core/detect/page-reader.ts';
import { readBlocks } from '../page/text-blocks.ts';

/**
 * Closed <details> (all but the summary) and closed <dialog>s are not displayed. The content script
 * reads them too, but counts and paints a paragraph only when it is shown.
 */
function undisplayed(el: Element): boolean {
  if (el.localName === 'dialog') return !el.hasAttribute('open');
  const parent = el.parentElement;
  return parent !== null && parent.localName === 'details' && !parent.hasAttribute('open') && el.localName !== 'summary';
}

export function extractHtmlText(html: string): { text: string; blocks: Array<{ start: number; text: string }> } {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const blocks: Array<{ start: number; text: string }> = [];
  let text = '';
  for (const b of readBlocks(doc.documentElement as unknown as Node, { skip: undisplayed })) {
    if (text) text += '\n\n';
    // as the page shows it, and as the background reads it (core/detect/page-reader.ts)
    const shown = asShown(b.text);
    blocks.push({ start: text.length, text: shown });
    text += shown;
  }
  void window.happyDOM.close();
  return { text, blocks };
}
