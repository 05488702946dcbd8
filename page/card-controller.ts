import { h } from 'preact';
import type { EntityId, Pack } from '@/core/pack/schema.ts';
import { HoverIntent, type HoverAction } from '@/core/hover-intent.ts';
import { I18nContext, type I18n } from '@/components/i18n.tsx';
import { MentionCard } from '@/components/MentionCard.tsx';
import { createCardHost } from './card-host.ts';
import type { CardPort } from './content-app.ts';
import { isDarkPage } from './page-facts.ts';
import type { PageMention } from './page-scan.ts';
import { liveRange } from './hit-test.ts';

export interface CardActions {
  readArticle(figureId?: string): void;
  mute(entityId: EntityId): void;
  pauseSite(): void;
}

export interface CardControllerOptions {
  doc: Document;
  signal: AbortSignal;
  pack: Pack;
  i18n: I18n;
  actions: CardActions;
  reporterName: (reportedBy: string) => string;
  /** the painted mention at a point (the page scan's hit test) */
  mentionAt: (x: number, y: number) => PageMention | undefined;
  settings: () => { hoverDelayMs: number; figureComparison: boolean };
}

/**
 * The hover card on a page: pointer and scroll events go through the hover-intent rules (one
 * hit test per animation frame, one timer), and the card host shows the card beside the mention.
 */
export function createCardController(o: CardControllerOptions): CardPort {
  const { doc, signal } = o;
  const win = doc.defaultView!;
  const now = () => win.performance.now();
  const intent = new HoverIntent<PageMention>({ delayMs: o.settings().hoverDelayMs });
  let timer: number | undefined;
  let frame: number | undefined;
  let last: { x: number; y: number; onCard: boolean } | undefined;

  const host = createCardHost({
    signal,
    doc,
    onClose: (reason) => {
      if (reason !== 'hover') intent.closed(now());
    },
    onPointerEnter: () => run(intent.pointerEnterCard(now())),
    onPointerLeave: () => run(intent.pointerLeaveCard(now())),
  });

  const show = (m: PageMention, focus: boolean, pointer?: { x: number; y: number }) => {
    const vnode = h(I18nContext.Provider, {
      value: o.i18n,
      children: h(MentionCard, {
        mention: m.mention,
        pack: o.pack,
        reporterName: o.reporterName,
        figureComparison: o.settings().figureComparison,
        theme: isDarkPage(doc) ? 'dark' : 'light',
        dir: o.i18n.dir,
        onReadArticle: () => o.actions.readArticle(m.mention.type === 'figure' ? m.mention.id : undefined),
        onMute: (id: EntityId) => {
          host.close('button');
          o.actions.mute(id);
        },
        onPauseSite: () => {
          host.close('button');
          o.actions.pauseSite();
        },
        onClose: () => host.close('button'),
      }),
    });
    host.open(liveRange(doc, m), vnode, { theme: isDarkPage(doc) ? 'dark' : 'light', dir: o.i18n.dir, lang: o.i18n.lang, focus, ...(pointer ? { pointer } : {}) });
  };

  /** Carries out the intent's actions and sets its one timer. */
  function run(actions: HoverAction<PageMention>[]) {
    for (const a of actions) {
      if (a.type === 'open') show(a.target, false, last);
      else host.close('hover');
    }
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    const due = intent.nextDeadline();
    if (due !== null) timer = win.setTimeout(() => run(intent.tick(now())), Math.max(0, due - now()));
  }

  const hitTest = () => {
    frame = undefined;
    if (!last) return;
    intent.setDelay(o.settings().hoverDelayMs);
    const target = last.onCard ? null : (o.mentionAt(last.x, last.y) ?? null);
    run(intent.pointerMove(now(), target, last.x, last.y));
  };
  const schedule = () => {
    frame ??= win.requestAnimationFrame(hitTest);
  };

  doc.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return; // touch has no hover: a tap is a tap on the page
    last = { x: e.clientX, y: e.clientY, onCard: host.contains(e.target as Node) };
    schedule();
  }, { passive: true, signal });
  doc.documentElement.addEventListener('pointerleave', () => {
    last = undefined;
    run(intent.pointerMove(now(), null, Number.NaN, Number.NaN));
  }, { passive: true, signal });
  doc.addEventListener('scroll', () => {
    run(intent.scroll(now()));
    schedule(); // what is under the still pointer now (it starts no dwell: the pointer did not move)
  }, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => {
    if (timer !== undefined) win.clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  }, { once: true });

  return {
    open(m, _anchor, via) {
      show(m, via === 'keyboard');
      intent.opened(now(), m, via);
    },
    close: () => host.close('api'),
    isOpen: () => host.isOpen(),
    owns: (node) => host.contains(node),
    destroy: () => host.destroy(),
  };
}
