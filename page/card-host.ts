import { autoUpdate } from '@floating-ui/dom';
import { Fragment, h, render, type ComponentChild } from 'preact';
import { CARD_CSS } from '@/components/card-css.ts';
import { placeBeside, referenceFor, setStyle } from './card-position.ts';

/** The one element the card adds to a page, at the end of <body>, created when the first card opens. */
export const CARD_TAG = 'aleppo-context-card';

/** What the card sits beside: a Range works as is. */
export interface CardAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
}

/**
 * Why a card closed. `hover` is for the hover logic's own close (its `close` action); every other
 * reason is a close from outside that logic, which it should hear about (`HoverIntent.closed`).
 */
export type CloseReason = 'hover' | 'escape' | 'outside' | 'button' | 'timeout' | 'blur' | 'anchor-hidden' | 'api' | 'destroy';

export interface CardOpenOptions {
  /** from the page's actual background */
  theme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  lang?: string;
  /** move focus into the card (opened by the keyboard command); Esc then returns it */
  focus?: boolean;
  /** where the pointer is, so a mention wrapped over two lines gets the card by the line pointed at */
  pointer?: { x: number; y: number };
}

export interface CardHostOptions {
  signal: AbortSignal;
  doc?: Document;
  /** after every close, whatever closed it (the hover logic is told with `closed()`) */
  onClose?: (reason: CloseReason) => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

export interface CardHost {
  /** Shows `vnode` (the card, with its i18n provider) beside `anchor`, replacing any open card. */
  open(anchor: CardAnchor, vnode: ComponentChild, opts: CardOpenOptions): void;
  /**
   * Renders and places `vnode` beside `anchor`, unseen (visibility: hidden, so it takes no pointer
   * either), while a hover delay is still counting: if `open` then comes with the same vnode, it
   * only has to show it. Only once a first card has built the host; never over an open card.
   */
  prepare(anchor: CardAnchor, vnode: ComponentChild, opts: CardOpenOptions): void;
  /** Drops a prepared card that will not open. */
  unprepare(): void;
  close(reason?: CloseReason): void;
  isOpen(): boolean;
  /** true for the host element and anything inside its shadow root */
  contains(node: Node | null | undefined): boolean;
  element(): HTMLElement | null;
  /** Closes after `ms` unless cancelled; does nothing while the pointer or the focus is in the card. */
  scheduleClose(ms: number): void;
  cancelClose(): void;
  destroy(): void;
}

/**
 * The reset keeps page CSS out: `all: initial` and every property the card relies on are
 * `!important` on `:host`, where they beat any page rule aimed at the element (for important
 * declarations the shadow tree's context wins).
 */
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  inline-size: 0 !important;
  block-size: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
  z-index: 2147483647 !important;
}
.frame { position: fixed; top: 0; left: 0; inline-size: max-content; margin: 0; padding: 0; }
.frame[hidden] { display: none; }
.frame[data-state='prepared'] { visibility: hidden; }
.frame[data-state='prepared'] .card { animation: none; }
/* until placed (within the task that opens it): not pointer-events, which every element inherits */
.frame[data-placed='false'] { opacity: 0; }
`;

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;
/** Clicks in the card are ours: the page's delegated handlers do not see them. */
const POINTER_EVENTS = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const;

export function createCardHost(o: CardHostOptions): CardHost {
  const doc = o.doc ?? document;
  const win = doc.defaultView!;
  const life = new AbortController();
  const signal = AbortSignal.any([o.signal, life.signal]);

  let host: HTMLElement | null = null;
  /** the open card's mention (a live range in the page) */
  let anchorOf: CardAnchor | undefined;
  let shadow: ShadowRoot | null = null;
  let frame: HTMLDivElement | null = null;
  let mount: HTMLDivElement | null = null;
  let opened = false;
  let destroyed = false;
  let seq = 0;
  /** the key the prepared card was rendered with (the `seq` of the open that would show it), or -1; and its vnode */
  let prepared = -1;
  let preparedVnode: ComponentChild = null;
  let perOpen: AbortController | undefined;
  let stopFollowing: (() => void) | undefined;
  let closeTimer: number | undefined;
  let pointerInside = false;
  /** where focus was before it came into the card, to give it back on close */
  let returnTo: HTMLElement | null = null;

  const isInside = (node: Node | null | undefined): boolean => {
    if (!node || !host) return false;
    if (node === host || host.contains(node)) return true;
    let root = node.getRootNode();
    while (root !== node && root.nodeType === 11 && 'host' in root) {
      if (root === shadow) return true;
      root = (root as ShadowRoot).host.getRootNode();
    }
    return false;
  };
  const focusInside = () => !!shadow?.activeElement;

  function ensureHost() {
    if (host) {
      if (!host.isConnected) (doc.body ?? doc.documentElement).append(host); // the page replaced <body>
      return;
    }
    host = doc.createElement(CARD_TAG);
    shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, HOST_CSS + CARD_CSS, win);
    frame = doc.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    mount = doc.createElement('div');
    frame.append(mount);
    shadow.append(frame);

    // Keystrokes and clicks inside the card stay inside: page shortcuts do not fire while typing here.
    for (const type of [...KEY_EVENTS, ...POINTER_EVENTS]) host.addEventListener(type, (e) => e.stopPropagation(), { signal });
    frame.addEventListener('pointerenter', () => {
      pointerInside = true;
      cancelClose();
      o.onPointerEnter?.();
    }, { signal });
    frame.addEventListener('pointerleave', () => {
      pointerInside = false;
      o.onPointerLeave?.();
    }, { signal });
    shadow.addEventListener('focusin', (e) => {
      const from = (e as FocusEvent).relatedTarget as HTMLElement | null;
      if (!returnTo && from && !isInside(from)) returnTo = from;
    }, { signal });
    shadow.addEventListener('focusout', (e) => {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      // Tabbing (or clicking) out of the card into the page closes it; losing the window does not.
      if (opened && to && !isInside(to)) {
        returnTo = null;
        close('blur');
      }
    }, { signal });
    (doc.body ?? doc.documentElement).append(host);
  }

  function listenWhileOpen() {
    perOpen?.abort();
    perOpen = new AbortController();
    const s = AbortSignal.any([signal, perOpen.signal]);
    win.addEventListener('keydown', (e) => {
      if (!opened) return;
      if (e.key === 'Escape' && !e.isComposing) {
        e.stopPropagation();
        close('escape');
        return;
      }
      // Tab past the card's last control leaves it for where the reader was: the element focused
      // before it opened, or else the text after the mention (the card's host sits at the end of
      // the page, so the browser would take focus out of the page, and the next Tab back in).
      if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && focusInside() && atLastControl()) {
        e.preventDefault();
        const back = returnTo;
        const mention = anchorOf;
        close('blur');
        if (!back?.isConnected) startAfter(mention);
        return;
      }
      // From a page where nothing has focus yet, Tab goes to the open card first.
      const active = doc.activeElement;
      if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey &&
        (!active || active === doc.body || active === doc.documentElement)) {
        e.preventDefault();
        returnTo = null;
        focusCard();
      }
    }, { capture: true, signal: s });
    win.addEventListener('pointerdown', (e) => {
      if (opened && !e.composedPath().includes(host!)) close('outside');
    }, { capture: true, signal: s });
  }

  /** Whether focus is on the last control of the open card that Tab would reach. */
  function atLastControl(): boolean {
    const controls = mount?.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], summary, input:not([disabled]), [tabindex]:not([tabindex="-1"])');
    const last = controls?.[controls.length - 1];
    return !!last && shadow?.activeElement === last;
  }

  /** Moves the page's next Tab to the text after a mention (where the selection is, the browser starts). */
  function startAfter(anchor: CardAnchor | undefined) {
    const range = anchor as Partial<Range> | undefined;
    if (!range?.endContainer || !(range.endContainer as Node).isConnected) return;
    try {
      doc.getSelection()?.collapse(range.endContainer as Node, range.endOffset ?? 0);
    } catch {
      // a node the page removed meanwhile: the browser's own start stays
    }
  }

  function focusCard() {
    const target = mount?.querySelector<HTMLElement>('[role="dialog"]') ?? (mount?.firstElementChild as HTMLElement | null);
    target?.focus({ preventScroll: true });
  }

  /** Places the frame beside `anchor` while `current()` holds; closes an open card whose mention is gone. */
  function positioner(anchor: CardAnchor, pointer: CardOpenOptions['pointer'], current: () => boolean) {
    const ref = referenceFor(anchor);
    const place = async () => {
      if (!frame || !current()) return;
      const f = frame;
      const { x, y, gone } = await placeBeside(ref, f, pointer);
      if (!current()) return;
      // placing again where it already is writes nothing (each write costs a style pass)
      setStyle(f, 'left', `${Math.round(x)}px`);
      setStyle(f, 'top', `${Math.round(y)}px`);
      if (f.dataset.placed !== 'true') f.dataset.placed = 'true';
      // The mention scrolled away or left the page: the card goes too, unless the reader is in it.
      if (gone && opened && !focusInside()) close('anchor-hidden');
    };
    return { ref, place };
  }

  function follow(anchor: CardAnchor, pointer: CardOpenOptions['pointer']) {
    stopFollowing?.();
    const token = seq;
    const { ref, place } = positioner(anchor, pointer, () => token === seq && opened);
    // Floating UI's own scroll and layout-shift tracking reads the computed style of every ancestor
    // of the mention and of the card on each open (several milliseconds on a deep page): one
    // capturing scroll listener and a resize listener see the same moves for a card fixed to the
    // viewport. Resizes of the card or of the mention's element are still observed.
    // A card that cannot be placed must not linger, transparent, over the page.
    const update = () => void place().catch(() => close('anchor-hidden'));
    const moves = new AbortController();
    doc.addEventListener('scroll', update, { capture: true, passive: true, signal: moves.signal });
    win.addEventListener('resize', update, { passive: true, signal: moves.signal });
    const stopAuto = autoUpdate(ref, frame!, update, { ancestorScroll: false, ancestorResize: false, layoutShift: false });
    stopFollowing = () => {
      stopAuto();
      moves.abort();
    };
  }

  function dress(f: HTMLDivElement, opts: CardOpenOptions) {
    f.dir = opts.dir;
    f.dataset.theme = opts.theme;
    if (opts.lang) f.lang = opts.lang;
  }

  function prepare(anchor: CardAnchor, vnode: ComponentChild, opts: CardOpenOptions) {
    if (destroyed || signal.aborted || opened || !host) return;
    ensureHost();
    const f = frame!;
    const key = seq + 1;
    dress(f, opts);
    f.dataset.state = 'prepared';
    f.dataset.placed = 'false';
    f.hidden = false;
    render(h(Fragment, { key }, vnode), mount!);
    prepared = key;
    preparedVnode = vnode;
    void positioner(anchor, opts.pointer, () => prepared === key && !opened).place().catch(() => unprepare());
  }

  function unprepare() {
    if (opened || prepared < 0) return;
    prepared = -1;
    preparedVnode = null;
    if (mount) render(null, mount);
    if (frame) {
      frame.hidden = true;
      delete frame.dataset.state;
    }
  }

  function open(anchor: CardAnchor, vnode: ComponentChild, opts: CardOpenOptions) {
    if (destroyed || signal.aborted) return;
    ensureHost();
    cancelClose();
    seq++;
    const f = frame!;
    // prepared for this open (the same card): rendered and placed already, the render below changes nothing
    const ready = prepared === seq && preparedVnode === vnode;
    prepared = -1;
    preparedVnode = null;
    f.hidden = false;
    dress(f, opts);
    if (!ready) f.dataset.placed = 'false';
    delete f.dataset.state;
    const keepFocus = focusInside();
    // A fresh card for every open (a disclosure left open belongs to the previous mention).
    render(h(Fragment, { key: seq }, vnode), mount!);
    if (!opened) listenWhileOpen();
    opened = true;
    follow(anchor, opts.pointer);
    anchorOf = anchor;
    if (opts.focus) {
      const active = deepActive(doc);
      if (active && !isInside(active) && active !== doc.body) returnTo = active;
      focusCard();
    } else if (keepFocus) {
      focusCard(); // the reader was in the card it replaces: they stay in the card
    }
  }

  function close(reason: CloseReason = 'api') {
    if (!opened) {
      unprepare(); // a card prepared unseen goes too (a full rescan, a stop)
      return;
    }
    opened = false;
    seq++;
    prepared = -1;
    cancelClose();
    stopFollowing?.();
    stopFollowing = undefined;
    perOpen?.abort();
    perOpen = undefined;
    const hadFocus = focusInside();
    const back = returnTo;
    returnTo = null;
    anchorOf = undefined;
    pointerInside = false;
    if (mount) render(null, mount);
    if (frame) {
      frame.hidden = true;
      delete frame.dataset.state;
    }
    if (hadFocus) {
      if (back?.isConnected) back.focus({ preventScroll: true });
      else (shadow?.activeElement as HTMLElement | null)?.blur();
    }
    o.onClose?.(reason);
  }

  function scheduleClose(ms: number) {
    if (!opened || pointerInside || focusInside()) return;
    cancelClose();
    closeTimer = win.setTimeout(() => {
      closeTimer = undefined;
      if (!pointerInside && !focusInside()) close('timeout');
    }, Math.max(0, ms));
  }

  function cancelClose() {
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    closeTimer = undefined;
  }

  function destroy() {
    if (destroyed) return;
    close('destroy');
    destroyed = true;
    cancelClose();
    if (mount) render(null, mount);
    host?.remove();
    host = shadow = frame = mount = null;
    life.abort();
  }

  o.signal.addEventListener('abort', destroy, { once: true, signal: life.signal });
  if (o.signal.aborted) destroy();

  return {
    open,
    prepare,
    unprepare,
    close,
    isOpen: () => opened,
    contains: isInside,
    element: () => host,
    scheduleClose,
    cancelClose,
    destroy,
  };
}

/** Constructed style sheets where the page allows them (no CSP applies); a <style> otherwise. */
function adoptStyles(root: ShadowRoot, css: string, win: Window) {
  try {
    const Sheet = (win as Window & { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts can refuse a sheet from another compartment: fall back.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}


/** The focused element, looking inside open shadow roots. */
function deepActive(doc: Document): HTMLElement | null {
  let a = doc.activeElement as HTMLElement | null;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement as HTMLElement;
  return a;
}
