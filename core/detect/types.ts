import type { EntityId, EntityKind } from '../pack/schema.ts';

/** How a page's number relates to the article's: equal (or within the article's hedge), within 10%, or not. */
export type Comparison = 'same' | 'close' | 'different';

interface MentionBase {
  /** UTF-16 offsets into the text given to `scan` (a block), `text.slice(start, end) === surface`. */
  start: number;
  end: number;
  surface: string;
}

export interface EntityMention extends MentionBase {
  type: 'entity';
  id: EntityId;
  kind: EntityKind;
  tier: 'anchor' | 'context';
  /** The lexicon name that matched, for "why it matched" ("Halep" = Aleppo). */
  alias: string;
  /** Language of that name (BCP 47), e.g. "tr". */
  lang: string;
}

export interface FigureMention extends MentionBase {
  type: 'figure';
  /** The pack figure the page's number was linked to, e.g. "evacuated-34000". */
  id: string;
  /** The page's number, normalised (34 000, 34k and thirty-four thousand all read 34000). */
  value: number;
  comparison: Comparison;
  /**
   * anchor: the article's own count (same or close), which makes a page on-topic and is always
   * shown; context: a different count, a year or an open-ended "millions", which many other
   * events share, shown only on an on-topic page.
   */
  tier: 'anchor' | 'context';
}

export type Mention = EntityMention | FigureMention;

export interface BlockScan {
  mentions: Mention[];
  /** True when this block made the page on-topic: context mentions of earlier blocks become shown. */
  becameOnTopic: boolean;
}

/**
 * What a page has established so far, as plain data: a scanner started from it goes on exactly
 * where the one that produced it stopped (the content script keeps it while another context scans).
 */
export interface PageContext {
  onTopic: boolean;
  /** who a bare family name means, per shadowed entity: [entity id, full name's target] */
  family: [string, string][];
}

/**
 * The state of one page (or one text file): feed it blocks in document order. Page-level context
 * (whether the page is on-topic, which Assad a bare "Assad" means) carries across blocks, and the
 * result does not depend on how the text is cut into blocks at paragraph boundaries.
 */
export interface PageScanner {
  scan(blockText: string): BlockScan;
  readonly onTopic: boolean;
  /** Anchors are always shown; context entities and figures once the page is on-topic. */
  isShown(m: Mention): boolean;
  /** the context now, to carry on elsewhere */
  context(): PageContext;
}

export interface Detector {
  /** a fresh page, or one going on from a context another scanner left */
  newPage(context?: PageContext): PageScanner;
}

/** Anchors are always shown; context entities and figures once the page is on-topic. */
export const isShownOn = (onTopic: boolean, m: Mention): boolean => m.tier === 'anchor' || onTopic;
