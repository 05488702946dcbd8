/**
 * When to open and close the hover card: a small state machine with no DOM and no timers. The
 * caller feeds it what happened, with timestamps (ms, one clock, e.g. `event.timeStamp`), carries
 * out the actions it returns, and sets ONE timer for `nextDeadline()` that calls `tick()`.
 *
 * Rules (the complaints about hover cards in peers.md, designed out):
 * 1. Rest, don't pass. A card opens once the pointer has rested on the same mention for `delayMs`
 *    (default 350, a setting clamped to 0..2000). "Rested" means it stayed within `restRadiusPx`
 *    (6 px) of where the dwell began: a pointer moving more than that restarts the dwell from the
 *    new point, so a pointer crossing a mention, even slowly, opens nothing. Small jitter does not.
 * 2. Only a moving pointer starts a dwell. A mention that arrives under a still pointer (the page
 *    scrolled, or its layout moved) starts nothing until the pointer moves again: a resting pointer
 *    is where the reader left it, not intent (mastodon#30850).
 * 3. Not while scrolling. A scroll resets the dwell, and no card opens until `scrollQuietMs` (150)
 *    after the last scroll event. A scroll does not close an open card by itself.
 * 4. Hoverable, with a grace period. An open card stays open while the pointer is on the card or on
 *    its mention, and closes `closeDelayMs` (300) after the pointer has left both; coming back in
 *    time (to either) keeps it (WCAG 1.4.13).
 * 5. One card. A dwell on another mention that completes while a card is still open (within the
 *    grace of rule 4, so with a delay under 300 ms) replaces it: an `open` action for the new target,
 *    and the caller swaps the card's content. Otherwise the old card closes first, then the new one
 *    opens when its own dwell completes.
 * 6. Dismissed means dismissed. After the card is closed from outside (Esc, close button, click
 *    outside: `closed()`), the mention still under the pointer does not reopen it until the pointer
 *    has left that mention.
 * 7. A card opened from the keyboard (`opened(t, target, 'keyboard')`) is not closed by a pointer
 *    that never touched it; once the pointer reaches the card or its mention, rules 4 and 5 apply.
 *
 * Targets are compared with `===`: pass ids, or the mention objects themselves.
 */

export interface HoverIntentOptions {
  /** dwell before a card opens, ms; clamped to 0..2000 (default 350) */
  delayMs?: number;
  /** grace after the pointer leaves the card and its mention, ms (default 300) */
  closeDelayMs?: number;
  /** no card opens within this long after a scroll, ms (default 150) */
  scrollQuietMs?: number;
  /** moving further than this from where the dwell began restarts it, px (default 6) */
  restRadiusPx?: number;
}

export type HoverAction<K> = { type: 'open'; target: K } | { type: 'close' };

export const HOVER_DEFAULTS = { delayMs: 350, closeDelayMs: 300, scrollQuietMs: 150, restRadiusPx: 6 } as const;
export const MAX_HOVER_DELAY_MS = 2000;

export function clampDelay(ms: number): number {
  if (!Number.isFinite(ms)) return HOVER_DEFAULTS.delayMs;
  return Math.min(MAX_HOVER_DELAY_MS, Math.max(0, Math.round(ms)));
}

export class HoverIntent<K> {
  private delayMs: number;
  private readonly closeDelayMs: number;
  private readonly scrollQuietMs: number;
  private readonly restRadiusPx: number;

  /** the mention under the pointer, as last reported */
  private target: K | null = null;
  private x = Number.NaN;
  private y = Number.NaN;
  /** when and where the current dwell began; null: no dwell under way */
  private dwellAt: number | null = null;
  private dwellX = 0;
  private dwellY = 0;
  private lastScroll = Number.NEGATIVE_INFINITY;
  private onCard = false;

  private shown: K | null = null;
  /** false while a keyboard-opened card has not been reached by the pointer (rule 7) */
  private engaged = true;
  private closeAt: number | null = null;
  /** closed from outside while the pointer was on it (rule 6) */
  private dismissed: K | null = null;

  constructor(o: HoverIntentOptions = {}) {
    this.delayMs = clampDelay(o.delayMs ?? HOVER_DEFAULTS.delayMs);
    this.closeDelayMs = o.closeDelayMs ?? HOVER_DEFAULTS.closeDelayMs;
    this.scrollQuietMs = o.scrollQuietMs ?? HOVER_DEFAULTS.scrollQuietMs;
    this.restRadiusPx = o.restRadiusPx ?? HOVER_DEFAULTS.restRadiusPx;
  }

  /** The reader changed the delay setting; a dwell under way keeps its start. */
  setDelay(ms: number): void {
    this.delayMs = clampDelay(ms);
  }

  get delay(): number {
    return this.delayMs;
  }

  /** The target whose card is open, or null. */
  get openTarget(): K | null {
    return this.shown;
  }

  /**
   * The pointer is at (x, y) over `target` (null: over no mention, or outside the window). Call it
   * on pointer moves, and with the same coordinates when the mention under a still pointer changed
   * (after a scroll, say): that updates what the pointer is on without starting a dwell (rule 2).
   */
  pointerMove(t: number, target: K | null, x: number, y: number): HoverAction<K>[] {
    const out = this.advance(t);
    const moved = Number.isNaN(this.x) || x !== this.x || y !== this.y;
    this.x = x;
    this.y = y;
    if (target !== this.target) {
      this.target = target;
      if (this.dismissed !== null && target !== this.dismissed) this.dismissed = null;
      if (moved) this.startDwell(t);
      else this.dwellAt = null;
    } else if (target !== null && moved) {
      if (this.dwellAt === null || Math.hypot(x - this.dwellX, y - this.dwellY) > this.restRadiusPx) this.startDwell(t);
    }
    if (this.shown !== null && target === this.shown) this.engaged = true;
    this.updateClose(t);
    out.push(...this.advance(t));
    return out;
  }

  /** The page (or any scroll container) scrolled. */
  scroll(t: number): HoverAction<K>[] {
    const out = this.advance(t);
    this.lastScroll = t;
    this.dwellAt = null;
    return out;
  }

  pointerEnterCard(t: number): HoverAction<K>[] {
    const out = this.advance(t);
    this.onCard = true;
    this.engaged = true;
    this.updateClose(t);
    return out;
  }

  pointerLeaveCard(t: number): HoverAction<K>[] {
    const out = this.advance(t);
    this.onCard = false;
    this.updateClose(t);
    out.push(...this.advance(t));
    return out;
  }

  /** A card was opened by other means (the keyboard command, the popup's "go to"). */
  opened(_t: number, target: K, via: 'keyboard' | 'hover' = 'keyboard'): void {
    this.shown = target;
    this.engaged = via === 'hover' || this.target === target || this.onCard;
    this.closeAt = null;
    this.dwellAt = null;
    this.dismissed = null;
  }

  /** The card was closed by other means (Esc, its close button, a click outside, the page changed). */
  closed(_t: number): void {
    this.shown = null;
    this.closeAt = null;
    this.dwellAt = null;
    this.onCard = false;
    this.dismissed = this.target;
  }

  /** Call when the timer for `nextDeadline()` fires (a late timer is fine). */
  tick(t: number): HoverAction<K>[] {
    return this.advance(t);
  }

  /** The earliest time at which `tick` may have something to do; null: nothing pending. */
  nextDeadline(): number | null {
    const open = this.openAt();
    if (open === null) return this.closeAt;
    return this.closeAt === null ? open : Math.min(open, this.closeAt);
  }

  private startDwell(t: number) {
    const target = this.target;
    if (target === null || target === this.shown || target === this.dismissed) {
      this.dwellAt = null;
      return;
    }
    this.dwellAt = t;
    this.dwellX = this.x;
    this.dwellY = this.y;
  }

  private openAt(): number | null {
    if (this.dwellAt === null || this.target === null || this.target === this.shown) return null;
    return Math.max(this.dwellAt + this.delayMs, this.lastScroll + this.scrollQuietMs);
  }

  private updateClose(t: number) {
    if (this.shown === null) {
      this.closeAt = null;
      return;
    }
    const keep = this.onCard || this.target === this.shown || !this.engaged;
    if (keep) this.closeAt = null;
    else if (this.closeAt === null) this.closeAt = t + this.closeDelayMs;
  }

  /** Carries out what is due at `t`. An open that is due wins over a close: it replaces the card. */
  private advance(t: number): HoverAction<K>[] {
    const openAt = this.openAt();
    if (openAt !== null && t >= openAt) {
      const target = this.target as K;
      this.shown = target;
      this.engaged = true;
      this.dwellAt = null;
      this.closeAt = null;
      return [{ type: 'open', target }];
    }
    if (this.closeAt !== null && t >= this.closeAt) {
      this.shown = null;
      this.closeAt = null;
      return [{ type: 'close' }];
    }
    return [];
  }
}
