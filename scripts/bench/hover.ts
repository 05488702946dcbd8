// Hover: from the end of the hover delay to the end of the frame that paints the card, for the
// first card of a page (its view script is loaded on demand) and for later ones (a card closed,
// then another mention hovered). Measured from outside, in a trace per hover:
// - the dwell starts at the content script's hit test, in the first animation frame after the
//   pointer moved; a frame callback in the page's world marks that frame (bench:dwell);
// - a frame loop in the page's world marks the first frame in which the card's host has a box
//   (bench:card); the card is painted at the end of that frame (its Commit). A card rendered but
//   hidden (prepared during the delay, or not yet placed) does not count as shown.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browsers, Tab } from './browsers.ts';
import { HIGHLIGHT_PREFIX, loadWithExtension } from './extension.ts';
import type { BenchPage } from './pages.ts';
import { spreadMs, table } from './stats.ts';
import { startTrace } from './trace.ts';
import { ROOT } from '../../tests/e2e/support/browser.ts';
import { errorLine, sleep, within } from './util.ts';

export const CARD_TAG = 'aleppo-context-card';

/** The content script's default hover delay, read from its defaults (350 ms if not found). */
export function hoverDelayMs(): number {
  try {
    const src = readFileSync(path.join(ROOT, 'entrypoints/content/start.ts'), 'utf8');
    return Number(/hoverDelayMs:\s*(\d+)/.exec(src)?.[1] ?? 350);
  } catch {
    return 350;
  }
}

export interface HoverResult {
  available: boolean;
  delayMs: number;
  /** ms from the end of the hover delay to the end of the frame that paints the card */
  first: number[];
  after: number[];
  errors: string[];
}

interface CardWatch {
  armed: boolean;
  shown: boolean;
}

/** In the page's world: marks the frame after each pointer move, and the first frame showing the card. */
function watchCard(tag: unknown) {
  const w = window as unknown as { __card: CardWatch };
  const st: CardWatch = { armed: false, shown: false };
  w.__card = st;
  addEventListener('pointermove', () => requestAnimationFrame(() => performance.mark('bench:dwell')), { capture: true, passive: true });
  const visible = () => {
    const el = document.querySelector(tag as string);
    const frame = el?.shadowRoot?.firstElementChild ?? el;
    const box = frame?.getBoundingClientRect();
    // a card prepared unseen (visibility: hidden) or not placed yet (opacity 0) has a box but does not show
    return !!box && box.width > 0 && box.height > 0 && ((frame as Element).checkVisibility?.({ visibilityProperty: true, opacityProperty: true }) ?? true);
  };
  const tick = () => {
    const now = visible();
    if (now && !st.shown && st.armed) {
      performance.mark('bench:card');
      st.armed = false;
    }
    st.shown = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Centres of painted mentions in the viewport (scrolling the first into view if needed). */
function targets(tab: Tab, prefix: string) {
  return tab.page.evaluate((pre) => {
    const out: Array<{ x: number; y: number }> = [];
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith(pre)) continue;
      for (const r of h) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        ranges.push(live);
      }
    }
    ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    for (const r of ranges) {
      const b = r.getClientRects()[0];
      if (b && b.top >= 0 && b.bottom <= innerHeight && b.left >= 0 && b.right <= innerWidth) out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2 });
    }
    return out;
  }, prefix);
}

const cardState = (tab: Tab) => within(tab.page.evaluate(() => ({ ...(window as unknown as { __card: CardWatch }).__card })), 1000);

/** One hover: the latency (ms), or undefined when no card showed within the delay + 2 s. */
async function hoverOnce(tab: Tab, spot: { x: number; y: number }, delayMs: number): Promise<number | undefined> {
  // start from no card: pointer away, and wait for any open card to close (300 ms grace)
  await tab.page.mouse.move(1, 1);
  for (let i = 0; i < 40; i++) {
    const s = await cardState(tab);
    if (s && !s.shown) break;
    await sleep(50);
  }
  await sleep(100);
  await tab.page.evaluate(() => void ((window as unknown as { __card: CardWatch }).__card.armed = true));
  const trace = await startTrace(tab.cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing']);
  let shown = false;
  let events;
  try {
    await sleep(100);
    await tab.page.mouse.move(spot.x, spot.y);
    const until = Date.now() + delayMs + 2000;
    while (Date.now() < until) {
      const s = await cardState(tab);
      if (s && !s.armed) {
        shown = true;
        break;
      }
      await sleep(50);
    }
    await sleep(100); // the frame that paints it
  } finally {
    events = await trace.stop();
  }
  if (!shown) return undefined;
  const card = events.find((e) => e.name === 'bench:card');
  const dwells = events.filter((e) => e.name === 'bench:dwell' && card && e.ts <= card.ts);
  const dwell = dwells[dwells.length - 1];
  if (!card || !dwell) return undefined;
  const commit = events.filter((e) => e.name === 'Commit' && e.pid === card.pid && e.tid === card.tid && e.ts >= card.ts).sort((a, b) => a.ts - b.ts)[0];
  const painted = commit ? commit.ts + (commit.dur ?? 0) : card.ts;
  return (painted - (dwell.ts + delayMs * 1000)) / 1000;
}

export async function runHover(b: Browsers, page: BenchPage, rounds: number, log: (l: string) => void): Promise<HoverResult> {
  const delayMs = hoverDelayMs();
  const res: HoverResult = { available: false, delayMs, first: [], after: [], errors: [] };
  for (let r = 0; r < rounds; r++) {
    log(`hover: round ${r + 1}/${rounds}`);
    const { tab } = await loadWithExtension(b, page, { initScripts: [{ fn: watchCard, arg: CARD_TAG }] });
    try {
      const spots = await targets(tab, HIGHLIGHT_PREFIX);
      if (!spots.length) throw new Error('no painted mention in the viewport');
      for (let i = 0; i < Math.min(5, spots.length); i++) {
        const ms = await hoverOnce(tab, spots[i]!, delayMs);
        if (ms === undefined) {
          if (i === 0 && r === 0) return res; // no card in this build
          throw new Error(`hover ${i + 1}: no card within ${delayMs + 2000} ms`);
        }
        res.available = true;
        (i === 0 ? res.first : res.after).push(ms);
      }
    } catch (e) {
      res.errors.push(`round ${r + 1}: ${errorLine(e)}`);
    } finally {
      await tab.close();
    }
  }
  return res;
}

export function hoverTable(h: HoverResult): string {
  return table(
    ['card', `ms from the end of the ${h.delayMs} ms hover delay to the end of the frame that paints it`, 'hovers'],
    [
      ['first card on the page (loads the card view)', spreadMs(h.first), String(h.first.length)],
      ['later cards (after the previous one closed)', spreadMs(h.after), String(h.after.length)],
    ],
  );
}
