import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { entitiesById } from '@/lib/knowledge-pack.ts';
import { getDetector } from '@/lib/detector.ts';
import { onRequests, sendToExtension } from '@/lib/messaging.ts';
import { ContentApp, type PageSettings, type Status } from '@/page/content-app.ts';

const DEFAULTS: PageSettings = {
  enabled: true,
  siteMode: 'all',
  allowList: [],
  blockList: [],
  categories: { person: true, place: true, organisation: true, country: true, group: true, figure: true },
  mutedEntities: [],
  density: 'first-per-paragraph',
  highlightStyle: 'underline',
  colors: { person: '#7c3aed', place: '#0f766e', organisation: '#1d4ed8', country: '#b45309', group: '#be123c', figure: '#15803d' },
  hoverDelayMs: 350,
  figureComparison: true,
};

function statusFor(s: PageSettings, f: { site: string; isNewsPage: boolean }): Status {
  if (!s.enabled) return 'paused';
  if (s.blockList.includes(f.site)) return 'site-off';
  if (s.siteMode === 'news' && !f.isNewsPage) return 'not-news';
  if (s.siteMode === 'listed' && !s.allowList.includes(f.site)) return 'not-listed';
  return 'active';
}

/**
 * Frames we work in: the top frame, same-origin frames and their about:blank children. Cross-origin
 * frames (ads, embeds) and sandboxed frames (an opaque origin) are left alone.
 */
export function shouldRunInFrame(win: Window): boolean {
  if (win === win.top) return true;
  if (win.origin === 'null') return false;
  try {
    return win.top!.location.origin === win.origin;
  } catch {
    return false; // reading a cross-origin top's location throws
  }
}

export async function startContent(ctx: ContentScriptContext): Promise<void> {
  if (!document.documentElement || !shouldRunInFrame(window)) return;
  const signal = ctx.signal;
  let reportTimer: number | undefined;
  const isTop = window === window.top;
  const app = new ContentApp({
    doc: document,
    signal,
    detector: getDetector,
    settings: DEFAULTS,
    statusFor,
    entityName: (id) => entitiesById.get(id)?.name ?? id,
    onReport: (count, status) => {
      if (!isTop) return; // the badge is about the page the reader sees, the top frame
      if (reportTimer !== undefined) clearTimeout(reportTimer);
      reportTimer = ctx.setTimeout(() => void sendToExtension({ type: 'page-report', count, status }).catch(() => {}), 250);
    },
  });
  if (isTop) {
    onRequests({
      'page-state': () => app.state(),
      reveal: (r) => ({ ok: app.reveal(r.id) }),
      'next-mention': (r) => ({ ok: app.next(r.backwards) }),
    }, signal);
  }
  void browser; // storage-backed settings arrive with the settings store
  // The context notices that the extension was disabled, removed or updated only when it checks
  // (browser.runtime.id is gone): a slow heartbeat makes it check, and its abort tears everything down.
  ctx.setInterval(() => {}, 5000);
  await app.apply(DEFAULTS);
}
