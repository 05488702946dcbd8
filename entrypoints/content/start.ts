import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { entitiesById } from '@/lib/knowledge-pack.ts';
import { getDetector } from '@/lib/detector.ts';
import { onRequests, sendToExtension } from '@/lib/messaging.ts';
import { ContentApp, type PageSettings, type Status } from '@/page/content-app.ts';
import { isActiveOn, type ActiveReason } from '@/core/settings/sites.ts';
import { getSettings, watchSettings } from '@/lib/settings-store.ts';

const STATUS: Record<ActiveReason, Status> = { on: 'active', paused: 'paused', 'site-off': 'site-off', 'not-listed': 'not-listed', 'not-news': 'not-news' };

const statusFor = (s: PageSettings, f: { site: string; isNewsPage: boolean }): Status =>
  STATUS[isActiveOn(s, { hostname: f.site, isNewsPage: f.isNewsPage }).reason];

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
  const settings = await getSettings();
  if (signal.aborted) return;
  const app = new ContentApp({
    doc: document,
    signal,
    detector: getDetector,
    settings,
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
  // Changes made in the popup, the settings page or another device apply live, without a reload.
  const unwatch = watchSettings((next) => void app.apply(next));
  signal.addEventListener('abort', unwatch, { once: true });
  // The context notices that the extension was disabled, removed or updated only when it checks
  // (browser.runtime.id is gone): a slow heartbeat makes it check, and its abort tears everything down.
  ctx.setInterval(() => {}, 5000);
  await app.apply(settings);
}
