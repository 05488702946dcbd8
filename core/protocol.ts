import * as v from 'valibot';
import { ENTITY_IDS } from './pack/schema.ts';
import type { PageContext } from './detect/types.ts';
import type { WireScans } from './detect/wire.ts';

/**
 * Every message between the extension's contexts: one request type and one response type per
 * message, a discriminated union on `type`, validated on receipt with `parseRequest`.
 *
 *   popup -> content        page-state, reveal
 *   background -> content   next-mention (the keyboard command), page-state
 *   content -> background   page-report (badge), open-article, open-settings, load-card, detect
 */

const EntityId = v.picklist(ENTITY_IDS);
const FigureId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/));

export const PageStateRequest = v.strictObject({ type: v.literal('page-state') });
export const RevealRequest = v.strictObject({
  type: v.literal('reveal'),
  /** entity id or figure id; the first shown mention of it is scrolled to and its card opened */
  id: v.union([EntityId, FigureId]),
});
export const NextMentionRequest = v.strictObject({ type: v.literal('next-mention'), backwards: v.optional(v.boolean()) });
export const PageReportRequest = v.strictObject({
  type: v.literal('page-report'),
  /** shown mentions, every occurrence, after relevance, categories and muted entities */
  count: v.pipe(v.number(), v.integer(), v.minValue(0)),
  status: v.picklist(['active', 'paused', 'site-off', 'not-news', 'not-listed']),
});
export const OpenArticleRequest = v.strictObject({ type: v.literal('open-article'), figureId: v.optional(FigureId) });
export const OpenSettingsRequest = v.strictObject({ type: v.literal('open-settings') });
/** content -> background: inject the card's script into the asking frame (see page/card-view.ts) */
export const LoadCardRequest = v.strictObject({ type: v.literal('load-card') });

/** A page's blocks in one batch: the longest block the page cuts is 64 kB, a batch holds about that much */
export const MAX_DETECT_BLOCKS = 4096;
export const MAX_DETECT_CHARS = 256 * 1024;
const Key = v.pipe(v.string(), v.maxLength(64));
/**
 * content -> background: scan these blocks of a page, going on from the page's context (see
 * core/detect/page-reader.ts). The background keeps nothing between batches.
 */
export const DetectRequest = v.strictObject({
  type: v.literal('detect'),
  context: v.strictObject({ onTopic: v.boolean(), family: v.pipe(v.array(v.tuple([Key, Key])), v.maxLength(64)) }),
  texts: v.pipe(
    v.array(v.string()),
    v.maxLength(MAX_DETECT_BLOCKS),
    v.check((texts) => texts.reduce((n, t) => n + t.length, 0) <= MAX_DETECT_CHARS, 'batch too long'),
  ),
});

export const Request = v.variant('type', [
  PageStateRequest, RevealRequest, NextMentionRequest, PageReportRequest, OpenArticleRequest, OpenSettingsRequest, LoadCardRequest, DetectRequest,
]);
export type Request = v.InferOutput<typeof Request>;
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
}

export type ParsedRequest = { ok: true; request: Request } | { ok: false; reason: string };

/** Validates a message received from another context; unknown or malformed messages are refused. */
export function parseRequest(message: unknown): ParsedRequest {
  const r = v.safeParse(Request, message);
  if (r.success) return { ok: true, request: r.output };
  const type = typeof message === 'object' && message && 'type' in message ? String((message as { type: unknown }).type) : typeof message;
  return { ok: false, reason: `refused message (${type.slice(0, 40)}): ${r.issues[0]?.message ?? 'invalid'}` };
}
