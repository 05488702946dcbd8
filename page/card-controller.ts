import type { EntityId } from '@/core/pack/schema.ts';
import { HoverIntent, type HoverAction } from '@/core/hover-intent.ts';
import type { I18n } from '@/components/i18n.tsx';
import type { CardPort } from './content-app.ts';
import type { CardView, CardViewRequest } from './card-view.ts';
import { CARD_VIEW_GLOBAL } from './card-view-global.ts';
import { isDarkPage } from './page-facts.ts';
import type { PageMention } from './page-mention.ts';
import { liveRange } from './hit-test.ts';

export interface CardActions {
  readArticle(figureId?: string): void;
  mute(entityId: EntityId): void;
  pauseSite(): void;
}

export interface CardControllerOptions {
  doc: Document;
  signal: AbortSignal;
  /** the UI language and strings, made when the first card opens (pages without a card never pay for it) */
  i18n: () => I18n;
  actions: CardActions;
  /** the painted mention at a point (the page scan's hit test) */
  mentionAt: (x: number, y: number) => PageMention | undefined;
  settings: () => { hoverDelayMs: number; figureComparison: boolean; highlightStyle: string };
  /** has the card script injected into this frame (it defines the view factory); rejects if it cannot */
  loadView: () => Promise<void>;
}

type ViewFactory = (o: CardViewRequest) => CardView;

/** half a frame at 60 Hz */
const FRAME_LEAD_MS = 8;

/**
 * The hover card on a page: pointer and scroll events go through the hover-intent rules (one hit
 * test per animation frame, one timer). The card's view is loaded on demand: its script is
 * requested as soon as the pointer rests on a mention, well before the hover delay ends.
 */
export function createCardController(o: CardControllerOptions): CardPort {
  // Nothing is set up (no listener, no timer) until the page has something to hover: most pages
  // never do, and then pay nothing for the card, at start or on each pointer move and scroll.
  let card: PointerCard | undefined;
  const active = () => (card ??= followPointer(o));
  return {
    activate: () => void active(),
    open: (m, anchor, via) => active().open(m, anchor, via),
    close: () => card?.close(),
    isOpen: () => card?.isOpen() === true,
    owns: (node) => card?.owns(node) === true,
    destroy: () => card?.destroy(),
  };
}

/** The card once set up: activating it again has nothing left to do. */
type PointerCard = Omit<CardPort, 'activate'>;

function followPointer(o: CardControllerOptions): PointerCard {
  const { doc, signal } = o;
  const win = doc.defaultView!;
  const now = () => win.performance.now();
  const intent = new HoverIntent<PageMention>({ delayMs: o.settings().hoverDelayMs });
  let timer: number | undefined;
  let frame: number | undefined;
  let last: { x: number; y: number; onCard: boolean; pressed: boolean } | undefined;
  let view: CardView | undefined;
  let loading: Promise<CardView | undefined> | undefined;
  let warming = false;
  /** the mention whose card is (to be) prepared, unseen, while the pointer rests on it */
  let preparing: PageMention | undefined;
  let prepareTimer: number | undefined;
  let pointerMoved = false;

  // Judged afresh for each card (a site's own dark mode may have been switched on since the start;
  // a pointer resting on a mention leaves the page's style settled).
  const theme = () => (isDarkPage(doc) ? 'dark' : 'light');

  const loadView = (): Promise<CardView | undefined> =>
    (loading ??= o.loadView().then(() => {
      const factory = (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] as ViewFactory | undefined;
      if (!factory || signal.aborted) return undefined;
      view = factory({
        doc, signal, i18n: o.i18n(), actions: o.actions,
        onClose: (reason) => {
          if (reason !== 'hover') intent.closed(now());
        },
        onPointerEnter: () => run(intent.pointerEnterCard(now())),
        onPointerLeave: () => run(intent.pointerLeaveCard(now())),
      });
      return view;
    }).catch((e: unknown) => {
      console.debug('[aleppo-context] the card could not be loaded', e);
      loading = undefined; // try again on the next hover
      warming = false;
      return undefined;
    }));

  const show = async (m: PageMention, focus: boolean, pointer?: { x: number; y: number }) => {
    const v = view ?? (await loadView());
    preparing = undefined;
    if (!v || !m.painted || !m.block.element.isConnected) {
      v?.unprepare();
      return;
    }
    v.show(liveRange(doc, m), m.mention, {
      theme: theme(),
      figureComparison: o.settings().figureComparison,
      focus,
      ...(pointer ? { pointer } : {}),
    });
  };

  /** Carries out the intent's actions and sets its one timer. */
  function run(actions: HoverAction<PageMention>[]) {
    for (const a of actions) {
      if (a.type === 'open') void show(a.target, false, last);
      else view?.close('hover');
    }
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    const due = intent.nextDeadline();
    // A timer's change is seen at the next frame, up to a frame later: act half a frame ahead, so
    // that a card (prepared, it takes a few milliseconds to show) is painted with the first frame
    // after its delay rather than one frame late.
    if (due !== null) timer = win.setTimeout(() => run(intent.tick(now() + FRAME_LEAD_MS)), Math.max(0, due - FRAME_LEAD_MS - now()));
  }

  /**
   * Once the pointer has rested on a mention for half the hover delay, its card is rendered and
   * placed unseen, so that the end of the delay only has to show it (passing over mentions
   * prepares nothing). The first card of a page is warmed instead (its view is not loaded yet).
   */
  const prepareFor = (target: PageMention | null) => {
    if (!view || view.isOpen() || target === (preparing ?? null)) return;
    if (prepareTimer !== undefined) win.clearTimeout(prepareTimer);
    prepareTimer = undefined;
    if (preparing) view.unprepare();
    preparing = target ?? undefined;
    if (!target) return;
    prepareTimer = win.setTimeout(() => {
      prepareTimer = undefined;
      if (!view || view.isOpen() || preparing !== target || !target.painted || !target.block.element.isConnected) return;
      view.prepare(liveRange(doc, target), target.mention, {
        theme: theme(),
        figureComparison: o.settings().figureComparison,
        ...(last ? { pointer: { x: last.x, y: last.y } } : {}),
      });
    }, o.settings().hoverDelayMs / 2);
  };

  const hitTest = () => {
    frame = undefined;
    const moved = pointerMoved;
    pointerMoved = false;
    if (!last) return;
    intent.setDelay(o.settings().hoverDelayMs);
    // a held button is a selection or a drag under way: no card over what the reader is selecting
    // with no marking the reader sees nothing to hover: cards open only when asked for (the toolbar
    // menu, the keyboard command), never from an unmarked word under the pointer
    const target = last.onCard || last.pressed || o.settings().highlightStyle === 'none' ? null : (o.mentionAt(last.x, last.y) ?? null);
    // A dwell may be starting: fetch the card, and render one off the page, before it ends.
    if (target && !view && !warming) {
      warming = true;
      void loadView().then((v) => v?.warm(target.mention, { theme: theme(), figureComparison: o.settings().figureComparison }));
    }
    // only a moving pointer starts a dwell, so only it prepares a card (not a scroll under a still one)
    prepareFor(moved ? target : null);
    run(intent.pointerMove(now(), target, last.x, last.y));
  };
  const schedule = () => {
    frame ??= win.requestAnimationFrame(hitTest);
  };

  doc.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return; // touch has no hover: a tap is a tap on the page
    last = { x: e.clientX, y: e.clientY, onCard: view?.contains(e.target as Node) === true, pressed: e.buttons !== 0 };
    pointerMoved = true;
    schedule();
  }, { passive: true, signal });
  doc.documentElement.addEventListener('pointerleave', () => {
    last = undefined;
    prepareFor(null);
    run(intent.pointerMove(now(), null, Number.NaN, Number.NaN));
  }, { passive: true, signal });
  doc.addEventListener('scroll', () => {
    run(intent.scroll(now()));
    schedule(); // what is under the still pointer now (it starts no dwell: the pointer did not move)
  }, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => {
    if (timer !== undefined) win.clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    if (prepareTimer !== undefined) win.clearTimeout(prepareTimer);
  }, { once: true });

  return {
    open(m, _anchor, via) {
      intent.opened(now(), m, via);
      void show(m, via === 'keyboard');
    },
    close: () => view?.close('api'),
    isOpen: () => view?.isOpen() === true,
    owns: (node) => view?.contains(node) === true,
    destroy: () => view?.destroy(),
  };
}
