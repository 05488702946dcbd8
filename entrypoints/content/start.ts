import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { entityName } from '@/lib/entity-names.ts';
import { remoteReaders } from '@/lib/remote-reader.ts';
import { onRequests, sendToExtension } from '@/lib/messaging.ts';
import { ContentApp, type PageSettings, type Status } from '@/page/content-app.ts';
import { isActiveOn, type ActiveReason } from '@/core/settings/sites.ts';
import { SETTINGS_AREA, isSettingsKey } from '@/core/settings/keys.ts';
import { watchStorage } from '@/lib/storage-watch.ts';
import { browserI18n } from '@/lib/i18n.ts';
import type { I18n } from '@/components/i18n.tsx';
import { createCardController } from '@/page/card-controller.ts';

const STATUS: Record<ActiveReason, Status> = { on: 'active', paused: 'paused', 'site-off': 'site-off', 'not-listed': 'not-listed', 'not-news': 'not-news' };

// `isNewsPage` is read through, not copied: the page is judged only when the settings ask
const statusFor = (s: PageSettings, f: { site: string; isNewsPage: boolean }): Status =>
  STATUS[isActiveOn(s, { hostname: f.site, get isNewsPage() { return f.isNewsPage; } }).reason];

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
  const isTop = window === window.top;
  // Read and repaired by the background, where that code is warm, not cold on every page.
  const getSettings = () => sendToExtension({ type: 'page-settings' }).catch(() => undefined);
  const first = await getSettings();
  if (signal.aborted || !first) return;
  let settings = first;
  let i18n: I18n | undefined;
  const card = createCardController({
    doc: document,
    signal,
    i18n: () => (i18n ??= browserI18n()),
    mentionAt: (x, y) => app.mentionAt(x, y),
    loadView: async () => {
      if (!(await sendToExtension({ type: 'load-card' })).ok) throw new Error('card script refused');
    },
    settings: () => settings,
    actions: {
      readArticle: (figureId) => void sendToExtension({ type: 'open-article', ...(figureId ? { figureId } : {}) }).catch(() => {}),
      mute: (id) => void sendToExtension({ type: 'mute-entity', id }).catch(() => {}),
      pauseSite: () => void sendToExtension({ type: 'pause-site', hostname: location.hostname }).catch(() => {}),
    },
  });
  const app = new ContentApp({
    card,
    doc: document,
    signal,
    reader: remoteReaders,
    settings,
    statusFor,
    entityName,
    // (the app reports once its changes have settled: at most one message a quarter second)
    onReport: (count, status) => {
      if (isTop) void sendToExtension({ type: 'page-report', count, status }).catch(() => {}); // the badge is about the top frame
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
  const unwatch = watchStorage(SETTINGS_AREA, isSettingsKey, getSettings, (next) => {
    settings = next;
    void app.apply(next);
  });
  signal.addEventListener('abort', unwatch, { once: true });
  // The context notices that the extension was disabled, removed or updated only when it checks
  // (browser.runtime.id is gone): a slow heartbeat makes it check, and its abort tears everything down.
  ctx.setInterval(() => {}, 5000);
  await app.apply(settings);
}
