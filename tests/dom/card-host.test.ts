import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CARD_TAG, createCardHost, type CardAnchor, type CardHost, type CloseReason } from '@/page/card-host.ts';

/** A stand-in for a Range over a mention: only boxes, like floating-ui's virtual elements. */
function anchorAt(x: number, y: number, w = 60, hgt = 18): CardAnchor {
  const rect = () => new DOMRect(x, y, w, hgt);
  return { getBoundingClientRect: rect, getClientRects: () => [rect()] as unknown as DOMRectList };
}

/** A card-like view: a dialog with two buttons. */
const view = (label = 'Aleppo') =>
  h('div', { role: 'dialog', 'aria-label': label, tabIndex: -1, class: 'card' },
    h('button', { type: 'button', id: 'first' }, 'Read the article'),
    h('button', { type: 'button', id: 'second' }, 'Pause on this site'));

const opts = { theme: 'light', dir: 'ltr' } as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Lets floating-ui's async positioning settle. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  await sleep(0);
};

let ac: AbortController;
let closes: CloseReason[];
let host: CardHost;
let pageButton: HTMLButtonElement;

beforeEach(() => {
  // happy-dom has no layout: give the root the viewport's size, as a browser does.
  Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => window.innerWidth });
  Object.defineProperty(document.documentElement, 'clientHeight', { configurable: true, get: () => window.innerHeight });
  document.body.innerHTML = '<main><p id="para">Aleppo fell in December 2016.</p><button id="page-btn">Share</button></main>';
  pageButton = document.querySelector('#page-btn')!;
  ac = new AbortController();
  closes = [];
  host = createCardHost({ signal: ac.signal, onClose: (r) => closes.push(r) });
});
afterEach(() => ac.abort());

const shadowOf = () => host.element()!.shadowRoot!;
const dialog = () => shadowOf().querySelector<HTMLElement>('[role="dialog"]');
const frame = () => shadowOf().querySelector<HTMLElement>('.frame')!;
const key = (target: EventTarget, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));

describe('card host: the element it adds', () => {
  it('adds nothing to the page until the first card opens', () => {
    const before = document.documentElement.outerHTML;
    expect(host.element()).toBeNull();
    expect(host.isOpen()).toBe(false);
    host.close();
    host.scheduleClose(10);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  it('keeps exactly one host, at the end of <body>, with an open shadow root holding the card and its styles', () => {
    host.open(anchorAt(100, 100), view('Aleppo'), opts);
    host.open(anchorAt(200, 100), view('Homs'), opts);
    host.close();
    host.open(anchorAt(300, 100), view('Hama'), { theme: 'dark', dir: 'rtl' });
    expect(document.querySelectorAll(CARD_TAG)).toHaveLength(1);
    const el = host.element()!;
    expect(el.parentElement).toBe(document.body);
    expect(document.body.lastElementChild).toBe(el);
    expect(el.shadowRoot).not.toBeNull();
    expect(el.shadowRoot!.mode).toBe('open');
    expect(shadowOf().querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(dialog()!.getAttribute('aria-label')).toBe('Hama');
    // the page's light DOM has none of the card
    expect(el.children).toHaveLength(0);
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    // theme and direction reach the card's frame
    expect(frame().dataset.theme).toBe('dark');
    expect(frame().dir).toBe('rtl');
    // the reset and the card's CSS live inside the shadow root
    const css = [
      ...Array.from(shadowOf().adoptedStyleSheets ?? []).flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText)),
      ...Array.from(shadowOf().querySelectorAll('style')).map((s) => s.textContent),
    ].join('\n');
    expect(css).toMatch(/:host\s*\{[^}]*all:\s*initial/);
    expect(css).toMatch(/z-index:\s*2147483647/);
    expect(css).toContain('.card');
  });

  it('tells page nodes from its own', () => {
    host.open(anchorAt(100, 100), view(), opts);
    expect(host.contains(host.element())).toBe(true);
    expect(host.contains(dialog())).toBe(true);
    expect(host.contains(dialog()!.firstChild)).toBe(true);
    expect(host.contains(document.querySelector('#para'))).toBe(false);
    expect(host.contains(document.body)).toBe(false);
    expect(host.contains(null)).toBe(false);
  });

  it('positions the card beside the mention, fixed, below it by default', async () => {
    host.open(anchorAt(100, 100, 60, 18), view(), opts);
    await settle();
    expect(frame().dataset.placed).toBe('true');
    expect(frame().style.left).toBe('100px');
    expect(frame().style.top).toBe('126px'); // 100 + 18 + 8
  });

  it('never puts the card off-screen: it shifts from the right edge and flips above near the bottom', async () => {
    host.open(anchorAt(980, 700, 40, 18), view(), opts);
    const f = frame();
    f.style.width = '360px';
    f.style.height = '300px';
    Object.defineProperty(f, 'offsetWidth', { configurable: true, value: 360 });
    Object.defineProperty(f, 'offsetHeight', { configurable: true, value: 300 });
    window.dispatchEvent(new Event('resize')); // autoUpdate follows resizes
    await settle();
    const left = parseFloat(f.style.left);
    const top = parseFloat(f.style.top);
    expect(left + 360).toBeLessThanOrEqual(window.innerWidth - 8);
    expect(top).toBe(700 - 8 - 300);
  });
});

describe('card host: closing', () => {
  it('Esc closes and gives focus back to where the reader was', async () => {
    pageButton.focus();
    host.open(anchorAt(100, 100), view(), { ...opts, focus: true });
    expect(shadowOf().activeElement).toBe(dialog());
    shadowOf().querySelector<HTMLButtonElement>('#second')!.focus();
    key(shadowOf().activeElement!, 'Escape');
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['escape']);
    expect(document.activeElement).toBe(pageButton);
    expect(dialog()).toBeNull();
    await settle();
  });

  it('Esc on the page closes a card opened by hover, and the page does not also get that Esc', () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    host.open(anchorAt(100, 100), view(), opts);
    key(document.body, 'Escape');
    expect(host.isOpen()).toBe(false);
    expect(pageKeys).not.toHaveBeenCalled();
    // with no card open, the page's Esc is the page's
    key(document.body, 'Escape');
    expect(pageKeys).toHaveBeenCalledOnce();
    document.removeEventListener('keydown', pageKeys);
  });

  it('a click outside closes; a click inside does not', () => {
    host.open(anchorAt(100, 100), view(), opts);
    shadowOf().querySelector('#first')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(host.isOpen()).toBe(true);
    document.querySelector('#para')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['outside']);
  });

  it('scheduleClose closes after the delay; cancelClose and a pointer on the card keep it', async () => {
    host.open(anchorAt(100, 100), view(), opts);
    host.scheduleClose(20);
    host.cancelClose();
    await sleep(40);
    expect(host.isOpen()).toBe(true);

    frame().dispatchEvent(new PointerEvent('pointerenter'));
    host.scheduleClose(20); // the pointer is on the card: ignored
    await sleep(40);
    expect(host.isOpen()).toBe(true);

    frame().dispatchEvent(new PointerEvent('pointerleave'));
    host.scheduleClose(20);
    frame().dispatchEvent(new PointerEvent('pointerenter')); // back on the card before the delay
    await sleep(40);
    expect(host.isOpen()).toBe(true);

    frame().dispatchEvent(new PointerEvent('pointerleave'));
    host.scheduleClose(20);
    await sleep(10);
    expect(host.isOpen()).toBe(true);
    await sleep(30);
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['timeout']);
  });

  it('scheduleClose does nothing while the reader’s focus is in the card', async () => {
    host.open(anchorAt(100, 100), view(), { ...opts, focus: true });
    host.scheduleClose(10);
    await sleep(30);
    expect(host.isOpen()).toBe(true);
    // focus arriving after the close was scheduled also keeps the card
    pageButton.focus();
    host.open(anchorAt(100, 100), view(), opts);
    host.scheduleClose(20);
    shadowOf().querySelector<HTMLButtonElement>('#first')!.focus();
    await sleep(40);
    expect(host.isOpen()).toBe(true);
  });

  it('reports the pointer entering and leaving the card, for the hover logic', () => {
    const enter = vi.fn();
    const leave = vi.fn();
    const own = new AbortController();
    const c = createCardHost({ signal: own.signal, onPointerEnter: enter, onPointerLeave: leave });
    c.open(anchorAt(10, 10), view(), opts);
    const f = c.element()!.shadowRoot!.querySelector('.frame')!;
    f.dispatchEvent(new PointerEvent('pointerenter'));
    f.dispatchEvent(new PointerEvent('pointerleave'));
    expect(enter).toHaveBeenCalledOnce();
    expect(leave).toHaveBeenCalledOnce();
    own.abort();
  });

  it('closes when the mention is gone from the page (no boxes)', async () => {
    host.open(anchorAt(0, 0, 0, 0), view(), opts);
    await settle();
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['anchor-hidden']);
  });
});

describe('card host: keyboard', () => {
  it('Tab from a page with nothing focused goes into the open card', () => {
    host.open(anchorAt(100, 100), view(), opts);
    expect(document.activeElement).toBe(document.body);
    const e = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    expect(shadowOf().activeElement).toBe(dialog());
  });

  it('Tab from a focused page element is left to the browser', () => {
    host.open(anchorAt(100, 100), view(), opts);
    pageButton.focus();
    const e = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    pageButton.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(pageButton);
  });

  it('keystrokes and clicks inside the card do not reach the page’s listeners', () => {
    const pageKeys = vi.fn();
    const pageClicks = vi.fn();
    document.addEventListener('keydown', pageKeys);
    window.addEventListener('keyup', pageKeys);
    document.addEventListener('click', pageClicks);
    host.open(anchorAt(100, 100), view(), { ...opts, focus: true });
    const inner = shadowOf().querySelector<HTMLButtonElement>('#first')!;
    for (const k of ['j', 'k', '/', 'Enter', ' ']) {
      inner.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      inner.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true, composed: true }));
    }
    inner.click();
    expect(pageKeys).not.toHaveBeenCalled();
    expect(pageClicks).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
    window.removeEventListener('keyup', pageKeys);
    document.removeEventListener('click', pageClicks);
  });

  it('a card replacing one the reader is in keeps the focus in the card, and Esc still returns it', () => {
    pageButton.focus();
    host.open(anchorAt(100, 100), view('Aleppo'), { ...opts, focus: true });
    shadowOf().querySelector<HTMLButtonElement>('#second')!.focus();
    host.open(anchorAt(200, 100), view('Homs'), opts);
    expect(dialog()!.getAttribute('aria-label')).toBe('Homs');
    expect(shadowOf().activeElement).toBe(dialog());
    key(dialog()!, 'Escape');
    expect(document.activeElement).toBe(pageButton);
  });

  it('Tab past the last control closes the card and gives focus back to where the reader was', () => {
    pageButton.focus();
    host.open(anchorAt(100, 100), view(), { ...opts, focus: true });
    shadowOf().querySelector<HTMLButtonElement>('#first')!.focus();
    expect(key(shadowOf().activeElement!, 'Tab')).toBe(true); // not the last control: the browser moves on
    expect(host.isOpen()).toBe(true);
    shadowOf().querySelector<HTMLButtonElement>('#second')!.focus();
    expect(key(shadowOf().activeElement!, 'Tab')).toBe(false); // handled
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['blur']);
    expect(document.activeElement).toBe(pageButton);
  });

  it('Tab past the last control of a card opened from nowhere puts the page\'s next Tab after the mention', () => {
    const para = document.querySelector('#para')!;
    const range = document.createRange();
    range.setStart(para.firstChild!, 0);
    range.setEnd(para.firstChild!, 4);
    host.open(range, view(), { ...opts, focus: true });
    shadowOf().querySelector<HTMLButtonElement>('#second')!.focus();
    key(shadowOf().activeElement!, 'Tab');
    expect(host.isOpen()).toBe(false);
    const sel = document.getSelection()!;
    expect(sel.isCollapsed).toBe(true);
    expect(sel.anchorNode).toBe(para.firstChild);
    expect(sel.anchorOffset).toBe(4);
  });

  it('focus leaving the card for the page closes it, without pulling focus back', () => {
    host.open(anchorAt(100, 100), view(), { ...opts, focus: true });
    pageButton.focus();
    expect(host.isOpen()).toBe(false);
    expect(closes).toEqual(['blur']);
    expect(document.activeElement).toBe(pageButton);
  });
});

describe('card host: teardown', () => {
  it('destroy removes the element and the card', () => {
    host.open(anchorAt(100, 100), view(), opts);
    const el = host.element()!;
    host.destroy();
    expect(el.isConnected).toBe(false);
    expect(document.querySelector(CARD_TAG)).toBeNull();
    expect(host.element()).toBeNull();
    expect(host.isOpen()).toBe(false);
    host.open(anchorAt(100, 100), view(), opts); // nothing comes back after destroy
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });

  it('aborting the signal tears down the element, the timers and every listener', async () => {
    const add = vi.spyOn(window, 'addEventListener');
    const remove = vi.spyOn(window, 'removeEventListener');
    host.open(anchorAt(100, 100), view(), opts);
    host.scheduleClose(20);
    ac.abort();
    expect(document.querySelector(CARD_TAG)).toBeNull();
    closes.length = 0;
    // nothing of ours reacts any more
    key(document.body, 'Escape');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    window.dispatchEvent(new Event('resize'));
    await sleep(40);
    expect(closes).toEqual([]);
    // every window listener added with a signal was added with one that is now aborted
    for (const call of add.mock.calls) {
      const o = call[2];
      const s = typeof o === 'object' ? o.signal : undefined;
      const removed = remove.mock.calls.some((r) => r[0] === call[0] && r[1] === call[1]);
      expect(s?.aborted === true || removed, `window listener ${call[0]}`).toBe(true);
    }
    add.mockRestore();
    remove.mockRestore();
  });

  it('a host created with an aborted signal never adds anything', () => {
    const dead = new AbortController();
    dead.abort();
    const c = createCardHost({ signal: dead.signal });
    c.open(anchorAt(1, 1), view(), opts);
    expect(c.element()).toBeNull();
    expect(document.querySelector(CARD_TAG)).toBeNull();
  });
});

describe('card host: a card prepared during the hover delay', () => {
  it('renders and places it unseen, then opening it only shows it (the same elements, not rendered again)', async () => {
    host.open(anchorAt(10, 10), view('Homs'), opts); // the first card builds the host
    host.close('hover');
    const vnode = view('Aleppo');
    host.prepare(anchorAt(100, 100), vnode, opts);
    await settle();
    expect(host.isOpen()).toBe(false);
    expect(frame().dataset.state).toBe('prepared'); // visibility: hidden, so no pointer reaches it either
    expect(frame().hidden).toBe(false);
    expect(frame().dataset.placed).toBe('true');
    const prepared = dialog()!;
    expect(prepared.getAttribute('aria-label')).toBe('Aleppo');
    host.open(anchorAt(100, 100), vnode, opts);
    expect(host.isOpen()).toBe(true);
    expect(frame().dataset.state).toBeUndefined();
    expect(dialog()).toBe(prepared);
  });

  it('is dropped when the pointer moves on, and never replaces an open card', async () => {
    host.prepare(anchorAt(100, 100), view('Aleppo'), opts);
    expect(host.element()).toBeNull(); // before any card opened: nothing is added to the page
    host.open(anchorAt(10, 10), view('Homs'), opts);
    host.prepare(anchorAt(100, 100), view('Aleppo'), opts);
    expect(dialog()!.getAttribute('aria-label')).toBe('Homs');
    expect(frame().dataset.state).toBeUndefined();
    host.close('hover');
    host.prepare(anchorAt(100, 100), view('Aleppo'), opts);
    await settle();
    host.unprepare();
    expect(dialog()).toBeNull();
    expect(frame().hidden).toBe(true);
    // a card opened for another mention is rendered afresh
    host.prepare(anchorAt(100, 100), view('Aleppo'), opts);
    host.open(anchorAt(10, 10), view('Hama'), opts);
    expect(dialog()!.getAttribute('aria-label')).toBe('Hama');
  });
});

