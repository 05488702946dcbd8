import * as v from 'valibot';
import { ENTITY_IDS } from './pack/ids.ts';
import type { PageContext } from './detect/types.ts';
import type { WireScans } from './detect/wire.ts';
import type { Settings } from './settings/defaults.ts';

/**
 * Every message between the extension's contexts: one request type and one response type per
 * message, a discriminated union on `type`, validated on receipt with `parseRequest`.
 *
 *   popup -> content        page-state, reveal
 *   background -> content   next-mention (the keyboard command), page-state
 *   content -> background   page-report (badge), open-article, open-settings, load-card, detect,
 *                           page-settings, mute-entity, pause-site
 */

/** A page's blocks in one batch: the longest block the page cuts is 64 kB, a batch holds about that much */
export const MAX_DETECT_BLOCKS = 4096;
export const MAX_DETECT_CHARS = 256 * 1024;

/**
 * The schemas, built on first use: a content script builds them only when a message reaches it, not
 * on every page it starts on (valibot's builders run cold there).
 */
function buildRequestSchema() {
  const EntityId = v.picklist(ENTITY_IDS);
  const FigureId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));

  const PageStateRequest = v.strictObject({ type: v.literal('page-state') });
  const RevealRequest = v.strictObject({
    type: v.literal('reveal'),
    /** entity id or figure id; the first shown mention of it is scrolled to and its card opened */
    id: v.union([EntityId, FigureId]),
  });
  const NextMentionRequest = v.strictObject({ type: v.literal('next-mention'), backwards: v.optional(v.boolean()) });
  const PageReportRequest = v.strictObject({
    type: v.literal('page-report'),
    /** shown mentions, every occurrence, after relevance, categories and muted entities */
    count: v.pipe(v.number(), v.integer(), v.minValue(0)),
    status: v.picklist(['active', 'paused', 'site-off', 'not-news', 'not-listed']),
  });
  const OpenArticleRequest = v.strictObject({ type: v.literal('open-article'), figureId: v.optional(FigureId) });
  const OpenSettingsRequest = v.strictObject({ type: v.literal('open-settings') });
  /** content -> background: inject the card's script into the asking frame (see page/card-view.ts) */
  const LoadCardRequest = v.strictObject({ type: v.literal('load-card') });

  /**
   * content -> background: the reader's settings, read and repaired there (the code that validates
   * them runs warm in the background instead of cold on every page).
   */
  const PageSettingsRequest = v.strictObject({ type: v.literal('page-settings') });
  /** content -> background: stop highlighting this entity (the card's "mute" action) */
  const MuteEntityRequest = v.strictObject({ type: v.literal('mute-entity'), id: EntityId });
  /** content -> background: add the page's site to the block list (the card's "pause on this site") */
  const PauseSiteRequest = v.strictObject({ type: v.literal('pause-site'), hostname: v.pipe(v.string(), v.minLength(1), v.maxLength(253)) });

  const Key = v.pipe(v.string(), v.maxLength(64));
  /**
   * content -> background: scan these blocks of a page, going on from the page's context (see
   * core/detect/page-reader.ts). The background keeps nothing between batches.
   */
  const DetectRequest = v.strictObject({
    type: v.literal('detect'),
    context: v.strictObject({ onTopic: v.boolean(), family: v.pipe(v.array(v.tuple([Key, Key])), v.maxLength(64)) }),
    texts: v.pipe(
      v.array(v.string()),
      v.maxLength(MAX_DETECT_BLOCKS),
      v.check((texts) => texts.reduce((n, t) => n + t.length, 0) <= MAX_DETECT_CHARS, 'batch too long'),
    ),
  });

  return v.variant('type', [
    PageStateRequest, RevealRequest, NextMentionRequest, PageReportRequest, OpenArticleRequest, OpenSettingsRequest, LoadCardRequest, DetectRequest,
    PageSettingsRequest, MuteEntityRequest, PauseSiteRequest,
  ]);
}
let requestSchema: ReturnType<typeof buildRequestSchema> | undefined;

export type Request = v.InferOutput<ReturnType<typeof buildRequestSchema>>;
export type RequestType = Request['type'];

export interface EntitySummary {
  id: string;
  name: string;
  kind: string;
  count: number;
  /** the first surface seen on the page ("Halep") */
  firstSurface: string;
}
export interface FigureSummary {
  id: string;
  surface: string;
  value: number;
  comparison: 'same' | 'close' | 'different';
}
export interface PageState {
  status: 'active' | 'paused' | 'site-off' | 'not-news' | 'not-listed';
  site: string;
  onTopic: boolean;
  /** shown mentions, every occurrence (the badge shows the same number) */
  total: number;
  entities: EntitySummary[];
  figures: FigureSummary[];
}

/** The response each request gets. */
export interface Responses {
  'page-state': PageState;
  reveal: { ok: boolean };
  'next-mention': { ok: boolean };
  'page-report': { ok: true };
  'open-article': { ok: true };
  'open-settings': { ok: true };
  'load-card': { ok: boolean };
  detect: { context: PageContext; scans: WireScans };
  'page-settings': Settings;
  /** ok is false when the change could not be saved (see the settings store's SaveResult) */
  'mute-entity': { ok: boolean };
  'pause-site': { ok: boolean };
}

export type ParsedRequest = { ok: true; request: Request } | { ok: false; reason: string };

/** Validates a message received from another context; unknown or malformed messages are refused. */
export function parseRequest(message: unknown): ParsedRequest {
  const r = v.safeParse((requestSchema ??= buildRequestSchema()), message);
  if (r.success) return { ok: true, request: r.output };
  const type = typeof message === 'object' && message && 'type' in message ? String((message as { type: unknown }).type) : typeof message;
  return { ok: false, reason: `refused message (${type.slice(0, 40)}): ${r.issues[0]?.message ?? 'invalid'}` };
}
