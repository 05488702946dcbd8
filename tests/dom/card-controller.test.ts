import { describe, expect, it, vi } from 'vitest';
import { createCardController } from '@/page/card-controller.ts';

describe('the card controller', () => {
  const options = () => ({
    doc: document,
    signal: new AbortController().signal,
    i18n: () => { throw new Error('not needed'); },
    actions: { readArticle: vi.fn(), mute: vi.fn(), pauseSite: vi.fn() },
    mentionAt: vi.fn(() => undefined),
    settings: () => ({ hoverDelayMs: 350, figureComparison: true, highlightStyle: 'underline' }),
    loadView: vi.fn(async () => {}),
  });

  it('listens to nothing until the page has something painted, then to the pointer and scrolling', () => {
    const doc = vi.spyOn(document, 'addEventListener');
    const root = vi.spyOn(document.documentElement, 'addEventListener');
    const o = options();
    const card = createCardController(o);
    document.dispatchEvent(new Event('scroll'));
    expect(card.isOpen()).toBe(false);
    expect(card.owns(document.body)).toBe(false);
    card.close();
    expect(doc).not.toHaveBeenCalled();
    expect(root).not.toHaveBeenCalled();
    card.activate();
    card.activate();
    expect(doc.mock.calls.map((c) => c[0]).sort()).toEqual(['pointermove', 'scroll']);
    expect(root.mock.calls.map((c) => c[0])).toEqual(['pointerleave']);
    doc.mockRestore();
    root.mockRestore();
  });

  it('looks for no mention under a pointer that holds a button down (a selection or a drag), and does again once it is released', async () => {
    const o = options();
    const card = createCardController(o);
    card.activate();
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 50, clientY: 20, buttons: 1, pointerType: 'mouse' }));
    await frame();
    await frame();
    expect(o.mentionAt).not.toHaveBeenCalled();
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 52, clientY: 20, buttons: 0, pointerType: 'mouse' }));
    await frame();
    await frame();
    expect(o.mentionAt).toHaveBeenCalledWith(52, 20);
    expect(o.loadView).not.toHaveBeenCalled(); // nothing was under it
  });

  it('with no marking, looks for no mention under the pointer at all', async () => {
    const o = { ...options(), settings: () => ({ hoverDelayMs: 350, figureComparison: true, highlightStyle: 'none' }) };
    createCardController(o).activate();
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 50, clientY: 20, buttons: 0, pointerType: 'mouse' }));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))));
    expect(o.mentionAt).not.toHaveBeenCalled();
  });
});
