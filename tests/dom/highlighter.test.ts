import { describe, expect, it, vi } from 'vitest';
import { createElementPainter, createPainter, cssFor, MARK_TAG, type HighlightStyle } from '@/page/highlighter.ts';

// happy-dom has no StaticRange; the painter only reads these fields.
const span = (startContainer: Node, startOffset: number, endContainer: Node, endOffset: number) =>
  ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }) as AbstractRange;

const style: HighlightStyle = {
  style: 'underline',
  darkPage: false,
  colors: { person: '#7c3aed', place: '#0f766e', organisation: '#1d4ed8', country: '#b45309', group: '#be123c', figure: '#15803d' },
};

describe('the element painter (where the Highlight API is missing)', () => {
  it('wraps a range that spans inline elements and restores the DOM exactly', () => {
    document.body.innerHTML = '<p id="p">President Bashar <a href="#">al-Assad</a> said</p>';
    const p = document.getElementById('p')!;
    const before = p.innerHTML;
    const [t1, a] = [p.firstChild as Text, p.querySelector('a')!];
    const range = span(t1, 10, a.firstChild!, 8);
    const painter = createElementPainter(document, style);
    painter.add('person', range);
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(2);
    expect(Array.from(p.querySelectorAll(MARK_TAG)).map((m) => m.textContent).join('')).toBe('Bashar al-Assad');
    painter.destroy();
    expect(p.querySelectorAll(MARK_TAG)).toHaveLength(0);
    expect(p.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(3); // split text nodes were joined again
  });

  it('restyles marks live', () => {
    document.body.innerHTML = '<p>Aleppo</p>';
    const t = document.body.querySelector('p')!.firstChild as Text;
    const painter = createElementPainter(document, style);
    painter.add('place', span(t, 0, t, 6));
    const mark = document.body.querySelector(MARK_TAG) as HTMLElement;
    expect(mark.getAttribute('style')).toContain('dotted');
    painter.setStyle({ ...style, style: 'background' });
    expect(mark.getAttribute('style')).toContain('background-color');
    painter.destroy();
  });
});

describe('highlight styles', () => {
  it('keep a non-colour cue, give way to forced colours and print plainly', () => {
    const css = cssFor(style, (c) => `::highlight(x-${c})`);
    expect(css).toContain('::highlight(x-person) { text-decoration: underline dotted #7c3aed');
    expect(css).toMatch(/@media \(forced-colors: active\) \{[^@]*underline solid LinkText/);
    expect(css).toMatch(/@media print/);
  });

  it('lighten colours on a dark page', () => {
    const css = cssFor({ ...style, darkPage: true }, (c) => `.${c}`);
    expect(css).not.toContain('#7c3aed');
    expect(css).toMatch(/\.person \{ text-decoration: underline dotted rgb\(/);
  });
});

describe('the Highlight API painter', () => {
  /** A document whose window has the Highlight API (happy-dom has none): just what the painter touches. */
  function stubDocument() {
    const registry = new Map<string, Set<AbstractRange>>();
    const timers = new Set<number>();
    let next = 1;
    const win = {
      Highlight: class extends Set<AbstractRange> { priority = 0; },
      CSS: { highlights: registry },
      CSSStyleSheet: class { css = ''; replaceSync(t: string) { this.css = t; } },
      setInterval: () => { timers.add(next); return next++; },
      clearInterval: (id: number) => void timers.delete(id),
    };
    const doc = { defaultView: win, adoptedStyleSheets: [] as unknown[] };
    return { doc: doc as unknown as Document, registry, timers, sheets: () => doc.adoptedStyleSheets };
  }

  it('leaves a page that gets no highlight untouched: no stylesheet, no highlight, no timer', () => {
    const s = stubDocument();
    const ac = new AbortController();
    const painter = createPainter(s.doc, style, ac.signal);
    expect(painter.kind).toBe('highlight-api');
    painter.setStyle({ ...style, style: 'background' });
    painter.clear();
    painter.repair();
    expect(s.sheets()).toHaveLength(0);
    expect(s.registry.size).toBe(0);
    expect(s.timers.size).toBe(0);
    painter.destroy();
    expect(s.sheets()).toHaveLength(0);
  });

  it('sets itself up on the first range, with the latest style, and tears down on abort and destroy', () => {
    const s = stubDocument();
    const ac = new AbortController();
    const first = vi.fn();
    const painter = createPainter(s.doc, style, ac.signal, first);
    painter.setStyle({ ...style, style: 'background' });
    expect(first).not.toHaveBeenCalled();
    const range = span({} as Node, 0, {} as Node, 6);
    painter.add('place', range);
    painter.add('person', span({} as Node, 7, {} as Node, 9));
    expect(first).toHaveBeenCalledTimes(1);
    expect(s.sheets()).toHaveLength(1);
    expect((s.sheets()[0] as { css: string }).css).toContain('background-color');
    expect([...s.registry.keys()]).toContain('aleppo-context-place');
    expect(s.registry.get('aleppo-context-place')!.has(range)).toBe(true);
    expect(s.timers.size).toBe(1);
    // a page that clears the registry gets ours back at the next repair
    s.registry.clear();
    painter.repair();
    expect(s.registry.get('aleppo-context-place')!.has(range)).toBe(true);
    ac.abort();
    expect(s.timers.size).toBe(0);
    painter.destroy();
    expect(s.sheets()).toHaveLength(0);
    expect(s.registry.size).toBe(0);
  });
});

describe('the first paint', () => {
  it('is announced once, by either painter', () => {
    document.body.innerHTML = '<p>Aleppo and Homs</p>';
    const t = document.body.querySelector('p')!.firstChild as Text;
    const first = vi.fn();
    // happy-dom has no Highlight API: this is the element painter
    const painter = createPainter(document, style, undefined, first);
    expect(painter.kind).toBe('elements');
    expect(first).not.toHaveBeenCalled();
    painter.add('place', span(t, 0, t, 6));
    painter.add('place', span(t, 0, t, 3));
    expect(first).toHaveBeenCalledTimes(1);
    painter.destroy();
    expect(document.body.innerHTML).toBe('<p>Aleppo and Homs</p>');
  });
});
