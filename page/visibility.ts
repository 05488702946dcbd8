/**
 * Is a paragraph rendered at all (not display:none, not inside a hidden subtree)? Learned from an
 * IntersectionObserver, whose first report on each element is computed with the page's own
 * rendering: asking never forces a style or layout pass, which checkVisibility() does whenever the
 * page has left one pending. checkVisibility() is kept for a tab that draws no frames (hidden) and
 * for an answer needed at once (the popup asking what was found).
 *
 * A paragraph's verdict is kept until the page is read again: a "read more" that opens later is
 * highlighted at once (its ranges are painted anyway), and counted on the next scan.
 */
export class VisibilityProbe {
  private known = new WeakMap<Element, boolean>();
  private readonly win: Window;
  private observer?: IntersectionObserver;
  private readonly waiting = new Map<Element, Array<() => void>>();

  constructor(win: Window) {
    this.win = win;
  }

  /** The verdict, asking the page now if it is not known yet. */
  now(el: Element): boolean {
    let v = this.known.get(el);
    if (v === undefined) this.known.set(el, (v = checkVisible(el)));
    return v;
  }

  /** Learns the verdict on these paragraphs from the next frame; resolves when all are known. */
  learn(elements: Iterable<Element>, maxWaitMs = 2000): Promise<void> {
    const unknown = [...elements].filter((el) => !this.known.has(el));
    if (!unknown.length) return Promise.resolve();
    const Observer = (this.win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    if (!Observer || this.win.document.visibilityState === 'hidden') {
      for (const el of unknown) this.now(el); // no frame will come: ask directly
      return Promise.resolve();
    }
    this.observer ??= new Observer((entries) => {
      for (const e of entries) {
        const r = e.boundingClientRect;
        this.settle(e.target, r.width > 0 || r.height > 0);
      }
    });
    return new Promise<void>((resolve) => {
      let left = unknown.length;
      const one = () => {
        if (--left === 0) {
          this.win.clearTimeout(timer);
          resolve();
        }
      };
      // a tab hidden meanwhile stops reporting: whatever is still unknown is asked directly
      const timer = this.win.setTimeout(() => {
        for (const el of unknown) if (!this.known.has(el)) this.settle(el, checkVisible(el));
      }, maxWaitMs);
      for (const el of unknown) {
        const list = this.waiting.get(el);
        if (list) list.push(one);
        else {
          this.waiting.set(el, [one]);
          this.observer!.observe(el);
        }
      }
    });
  }

  private settle(el: Element, visible: boolean) {
    if (!this.known.has(el)) this.known.set(el, visible);
    this.observer?.unobserve(el);
    const list = this.waiting.get(el);
    this.waiting.delete(el);
    for (const done of list ?? []) done();
  }

  /** Forgets every verdict (the page is read again); pending `learn` calls still resolve. */
  reset(): void {
    this.known = new WeakMap();
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const [el] of this.waiting) this.settle(el, true);
  }
}

function checkVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return check ? check.call(el, { visibilityProperty: true }) : true;
}
