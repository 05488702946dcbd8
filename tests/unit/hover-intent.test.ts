import { describe, expect, it } from 'vitest';
import { clampDelay, HoverIntent, type HoverAction } from '@/core/hover-intent.ts';

const open = (target: string): HoverAction<string> => ({ type: 'open', target });
const close: HoverAction<string> = { type: 'close' };

/** Runs the machine the way the content script does: one timer, fired at `nextDeadline()`. */
function runUntil(h: HoverIntent<string>, until: number): Array<[number, HoverAction<string>]> {
  const out: Array<[number, HoverAction<string>]> = [];
  for (let guard = 0; guard < 100; guard++) {
    const d = h.nextDeadline();
    if (d === null || d > until) break;
    for (const a of h.tick(d)) out.push([d, a]);
  }
  return out;
}

describe('hover intent: opening', () => {
  it('opens after the pointer rests on one mention for the delay (350 ms by default), not before', () => {
    const h = new HoverIntent<string>();
    expect(h.pointerMove(1000, 'aleppo', 100, 100)).toEqual([]);
    expect(h.nextDeadline()).toBe(1350);
    expect(h.tick(1349)).toEqual([]);
    expect(h.tick(1350)).toEqual([open('aleppo')]);
    expect(h.openTarget).toBe('aleppo');
    expect(h.nextDeadline()).toBeNull();
  });

  it('uses the delay setting, clamped to 0..2000 ms; 0 opens at once', () => {
    expect(clampDelay(-5)).toBe(0);
    expect(clampDelay(5000)).toBe(2000);
    expect(clampDelay(Number.NaN)).toBe(350);
    const slow = new HoverIntent<string>({ delayMs: 800 });
    slow.pointerMove(0, 'a', 10, 10);
    expect(slow.nextDeadline()).toBe(800);
    slow.setDelay(99999);
    expect(slow.delay).toBe(2000);
    expect(slow.nextDeadline()).toBe(2000);
    const instant = new HoverIntent<string>({ delayMs: 0 });
    expect(instant.pointerMove(0, 'a', 10, 10)).toEqual([open('a')]);
  });

  it('does not open for a pointer that passes across a mention', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'aleppo', 10, 100);
    h.pointerMove(120, 'aleppo', 40, 100);
    h.pointerMove(240, 'aleppo', 70, 100);
    h.pointerMove(300, null, 100, 100);
    expect(runUntil(h, 5000)).toEqual([]);
    expect(h.openTarget).toBeNull();
  });

  it('restarts the dwell when the pointer moves more than 6 px within the mention, not for jitter', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'a', 100, 100);
    h.pointerMove(200, 'a', 103, 102); // jitter: within 6 px of where the dwell began
    expect(h.nextDeadline()).toBe(350);
    h.pointerMove(300, 'a', 110, 100); // 10 px: a new dwell from here
    expect(h.nextDeadline()).toBe(650);
    expect(h.tick(350)).toEqual([]);
    expect(h.tick(650)).toEqual([open('a')]);
  });

  it('restarts the dwell when the pointer moves to another mention', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'a', 100, 100);
    h.pointerMove(300, 'b', 102, 100);
    expect(h.nextDeadline()).toBe(650);
    expect(runUntil(h, 5000)).toEqual([[650, open('b')]]);
  });

  it('opens nothing while the page scrolls, and for 150 ms after the last scroll', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'a', 100, 100);
    h.scroll(200); // resets the dwell
    expect(h.nextDeadline()).toBeNull();
    h.pointerMove(210, 'a', 100, 120); // the pointer moves during the scroll
    h.scroll(250);
    h.pointerMove(260, 'a', 100, 130);
    h.scroll(300);
    h.pointerMove(310, 'a', 100, 140);
    expect(h.nextDeadline()).toBe(660);
    expect(h.tick(659)).toEqual([]);
    expect(h.tick(660)).toEqual([open('a')]);

    // with no delay, the 150 ms after a scroll still hold
    const quick = new HoverIntent<string>({ delayMs: 0 });
    quick.scroll(1000);
    expect(quick.pointerMove(1010, 'a', 5, 5)).toEqual([]);
    expect(quick.nextDeadline()).toBe(1150);
    expect(quick.tick(1150)).toEqual([open('a')]);
  });

  it('does not open for a mention that scrolled under a still pointer, until the pointer moves', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, null, 300, 300);
    h.scroll(100);
    h.pointerMove(400, 'a', 300, 300); // same place: the text moved, not the pointer
    expect(runUntil(h, 5000)).toEqual([]);
    h.pointerMove(6000, 'a', 301, 300); // the reader moves
    expect(runUntil(h, 10000)).toEqual([[6350, open('a')]]);
  });
});

describe('hover intent: staying open and closing', () => {
  function opened(): HoverIntent<string> {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'a', 100, 100);
    expect(h.tick(350)).toEqual([open('a')]);
    return h;
  }

  it('stays open while the pointer stays on the mention', () => {
    const h = opened();
    h.pointerMove(500, 'a', 120, 100);
    h.pointerMove(5000, 'a', 90, 101);
    expect(h.nextDeadline()).toBeNull();
    expect(runUntil(h, 60_000)).toEqual([]);
    expect(h.openTarget).toBe('a');
  });

  it('closes 300 ms after the pointer leaves the mention', () => {
    const h = opened();
    h.pointerMove(1000, null, 300, 300);
    expect(h.nextDeadline()).toBe(1300);
    expect(h.tick(1299)).toEqual([]);
    expect(h.tick(1300)).toEqual([close]);
    expect(h.openTarget).toBeNull();
  });

  it('stays open while the pointer is on the card, and closes 300 ms after it leaves the card', () => {
    const h = opened();
    h.pointerMove(1000, null, 100, 120); // crossing the gap to the card
    h.pointerEnterCard(1100);
    expect(h.nextDeadline()).toBeNull();
    h.pointerMove(1200, null, 100, 200); // moving over the card: no mention under it
    expect(runUntil(h, 20_000)).toEqual([]);
    h.pointerLeaveCard(20_000);
    expect(h.nextDeadline()).toBe(20_300);
    expect(runUntil(h, 30_000)).toEqual([[20_300, close]]);
  });

  it('keeps the card when the pointer comes back to the mention or the card within the grace', () => {
    const h = opened();
    h.pointerMove(1000, null, 300, 300);
    h.pointerMove(1200, 'a', 110, 100);
    expect(h.nextDeadline()).toBeNull();
    h.pointerEnterCard(1300);
    h.pointerLeaveCard(1400);
    h.pointerEnterCard(1600);
    expect(runUntil(h, 10_000)).toEqual([]);
    expect(h.openTarget).toBe('a');
  });

  it('a scroll alone does not close an open card', () => {
    const h = opened();
    h.scroll(1000);
    expect(runUntil(h, 10_000)).toEqual([]);
    expect(h.openTarget).toBe('a');
  });

  it('another mention: the old card closes after the grace, the new one opens after its own dwell', () => {
    const h = opened();
    h.pointerMove(1000, 'b', 200, 100);
    expect(runUntil(h, 10_000)).toEqual([[1300, close], [1350, open('b')]]);
  });

  it('with a delay shorter than the grace, a dwell on another mention replaces the card directly', () => {
    const h = new HoverIntent<string>({ delayMs: 200 });
    h.pointerMove(0, 'a', 10, 10);
    h.tick(200);
    h.pointerMove(1000, 'b', 200, 10);
    expect(runUntil(h, 10_000)).toEqual([[1200, open('b')]]);
  });

  it('after Esc (or the close button), the mention under the pointer does not reopen until the pointer leaves it', () => {
    const h = opened();
    h.closed(1000);
    h.pointerMove(1100, 'a', 104, 100);
    h.pointerMove(1500, 'a', 120, 100);
    expect(runUntil(h, 10_000)).toEqual([]);
    h.pointerMove(10_000, null, 300, 300);
    h.pointerMove(10_100, 'a', 100, 100);
    expect(runUntil(h, 20_000)).toEqual([[10_450, open('a')]]);
  });

  it('a keyboard-opened card is not closed by a pointer that never came to it', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, null, 500, 500);
    h.opened(100, 'a', 'keyboard');
    h.pointerMove(200, null, 600, 500);
    h.pointerMove(400, null, 700, 500);
    expect(runUntil(h, 10_000)).toEqual([]);
    expect(h.openTarget).toBe('a');
    // once the pointer reaches the card, leaving it closes as usual
    h.pointerEnterCard(11_000);
    h.pointerLeaveCard(11_500);
    expect(runUntil(h, 20_000)).toEqual([[11_800, close]]);
  });

  it('a late timer still carries out what was due, once', () => {
    const h = new HoverIntent<string>();
    h.pointerMove(0, 'a', 10, 10);
    expect(h.pointerMove(400, 'a', 11, 10)).toEqual([open('a')]); // the timer was late; the move finds it due
    expect(h.tick(450)).toEqual([]);
  });

  it('gives exactly one deadline: the earliest of opening and closing', () => {
    const h = new HoverIntent<string>({ delayMs: 200 });
    h.pointerMove(0, 'a', 10, 10);
    h.tick(200);
    h.pointerMove(1000, null, 300, 300);
    expect(h.nextDeadline()).toBe(1300);
    h.pointerMove(1050, 'b', 400, 300);
    expect(h.nextDeadline()).toBe(1250);
  });
});
