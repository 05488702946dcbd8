import { h, render } from 'preact';
import type { Mention } from '@/core/detect/types.ts';
import type { EntityId, Pack } from '@/core/pack/schema.ts';
import { I18nContext, type I18n } from '@/components/i18n.tsx';
import { MentionCard } from '@/components/MentionCard.tsx';
import { createCardHost, type CardAnchor, type CloseReason } from './card-host.ts';

/**
 * The card's view: the shadow-root host and the Preact card. It is built into its own script
 * (entrypoints/card-ui.ts) that the content script has injected only when a first card is about
 * to open, so pages where no card opens never load Preact, Floating UI or the card.
 */
export interface CardViewOptions {
  doc: Document;
  signal: AbortSignal;
  pack: Pack;
  i18n: I18n;
  reporterName: (reportedBy: string) => string;
  onClose: (reason: CloseReason) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  actions: {
    readArticle(figureId?: string): void;
    mute(entityId: EntityId): void;
    pauseSite(): void;
  };
}

/** What the content script gives the view; the card script adds the pack, which it bundles itself. */
export type CardViewRequest = Omit<CardViewOptions, 'pack' | 'reporterName'>;

export interface ShowOptions {
  theme: 'light' | 'dark';
  figureComparison: boolean;
  focus: boolean;
  pointer?: { x: number; y: number };
}

export interface CardView {
  show(anchor: CardAnchor, mention: Mention, opts: ShowOptions): void;
  /**
   * Renders this mention's card once, off the page, and throws it away: run while the hover delay
   * is still counting, so the first card that opens finds its code compiled and its dates formatted.
   */
  warm(mention: Mention, opts: Omit<ShowOptions, 'focus' | 'pointer'>): void;
  /**
   * Renders and places this mention's card, unseen, while the hover delay is still counting (once a
   * first card has opened): the card then opens by being shown. Dropped by `unprepare` or any open.
   */
  prepare(anchor: CardAnchor, mention: Mention, opts: Omit<ShowOptions, 'focus'>): void;
  unprepare(): void;
  close(reason: CloseReason): void;
  isOpen(): boolean;
  contains(node: Node | null | undefined): boolean;
  destroy(): void;
}

export function createCardView(o: CardViewOptions): CardView {
  const host = createCardHost({ signal: o.signal, doc: o.doc, onClose: o.onClose, onPointerEnter: o.onPointerEnter, onPointerLeave: o.onPointerLeave });
  const cardFor = (m: Mention, s: Omit<ShowOptions, 'focus' | 'pointer'>) => {
    const card = h(MentionCard, {
      mention: m,
      pack: o.pack,
      reporterName: o.reporterName,
      figureComparison: s.figureComparison,
      theme: s.theme,
      dir: o.i18n.dir,
      onReadArticle: () => o.actions.readArticle(m.type === 'figure' ? m.id : undefined),
      onMute: (id: EntityId) => {
        host.close('button');
        o.actions.mute(id);
      },
      onPauseSite: () => {
        host.close('button');
        o.actions.pauseSite();
      },
      onClose: () => host.close('button'),
    });
    return h(I18nContext.Provider, { value: o.i18n, children: card });
  };
  // The last card made, so that opening the card just prepared hands the host the very same vnode
  // (Preact then skips it: nothing is rendered twice).
  let last: { mention: Mention; theme: string; figureComparison: boolean; vnode: ReturnType<typeof cardFor> } | undefined;
  const vnodeFor = (m: Mention, s: Omit<ShowOptions, 'focus' | 'pointer'>) => {
    if (last?.mention !== m || last.theme !== s.theme || last.figureComparison !== s.figureComparison) {
      last = { mention: m, theme: s.theme, figureComparison: s.figureComparison, vnode: cardFor(m, s) };
    }
    return last.vnode;
  };
  const placement = (s: Omit<ShowOptions, 'figureComparison'>) => ({
    theme: s.theme, dir: o.i18n.dir, lang: o.i18n.lang, focus: s.focus === true, ...(s.pointer ? { pointer: s.pointer } : {}),
  });
  return {
    show(anchor, m, s) {
      host.open(anchor, vnodeFor(m, s), placement(s));
    },
    prepare(anchor, m, s) {
      host.prepare(anchor, vnodeFor(m, s), placement({ ...s, focus: false }));
    },
    unprepare: () => host.unprepare(),
    warm(m, s) {
      const scratch = o.doc.createElement('div'); // never attached: no style, no layout
      render(cardFor(m, s), scratch);
      render(null, scratch);
    },
    close: (reason) => host.close(reason),
    isOpen: () => host.isOpen(),
    contains: (node) => host.contains(node),
    destroy: () => host.destroy(),
  };
}
