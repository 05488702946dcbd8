import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { watchPage } from '@/page/watch.ts';

function watch(opts: { burstBlocks?: number; debounceMs?: number; maxWaitMs?: number } = {}) {
  const calls: Array<{ blocks?: Element[]; removed?: boolean; full?: string }> = [];
  const ac = new AbortController();
  watchPage({
    doc: document,
    signal: ac.signal,
    isOwn: () => false,
    onBlocks: (els, removed) => calls.push({ blocks: [...els], removed }),
    onFullRescan: (reason) => calls.push({ full: reason }),
    debounceMs: 10,
    maxWaitMs: 50,
    ...opts,
  });
  return { calls, stop: () => ac.abort() };
}
const settle = () => new Promise((r) => setTimeout(r, 80));

describe('watching a page for changes', () => {
  it('waits for a quiet moment, but never longer than the longest wait while changes go on', async () => {
    document.body.innerHTML = '<p id="a">one</p>';
    const text = document.getElementById('a')!.firstChild as Text;
    const { calls, stop } = watch({ debounceMs: 40, maxWaitMs: 150 });
    const t0 = performance.now();
    text.appendData(' Aleppo');
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toHaveLength(0); // not quiet for long enough yet
    // a change every 10 ms for 400 ms: quiet never comes, the longest wait decides
    const times: number[] = [];
    const seen = () => {
      while (times.length < calls.length) times.push(performance.now() - t0);
    };
    for (let i = 0; i < 40; i++) {
      text.appendData('.');
      await new Promise((r) => setTimeout(r, 10));
      seen();
    }
    expect(times.length).toBeGreaterThanOrEqual(1);
    expect(times[0]!).toBeGreaterThanOrEqual(140);
    expect(times[0]!).toBeLessThan(380); // well before the changes stop
    await new Promise((r) => setTimeout(r, 120));
    stop();
    expect(calls.every((c) => c.blocks?.[0]?.id === 'a')).toBe(true);
  });

  it('keeps exactly the outermost of any set of changed elements, in any order', async () => {
    // a tree of divs three deep, each holding a paragraph; a random set of them is changed
    const ids: string[] = [];
    const level = (prefix: string, depth: number): string =>
      [0, 1, 2].map((i) => {
        const id = `${prefix}${i}`;
        ids.push(id, `${id}p`);
        return `<div id="${id}"><p id="${id}p">x</p>${depth ? level(`${id}-`, depth - 1) : ''}</div>`;
      }).join('');
    document.body.innerHTML = level('d', 2);
    const { calls, stop } = watch({ debounceMs: 1, maxWaitMs: 5 });
    await fc.assert(fc.asyncProperty(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 12 }), async (changed) => {
      calls.length = 0;
      for (const id of changed) document.getElementById(id)!.append('!'); // in this order
      await new Promise((r) => setTimeout(r, 25));
      const els = changed.map((id) => document.getElementById(id)!);
      const outermost = els.filter((el) => !els.some((o) => o !== el && o.contains(el))).map((e) => e.id).sort();
      expect(calls.flatMap((c) => c.blocks ?? []).map((e) => e.id).sort()).toEqual(outermost);
    }), { numRuns: 40 });
    stop();
  });

  it('reports each changed paragraph once, and only the outermost of nested ones', async () => {
    document.body.innerHTML = '<div id="box"><p id="a">one</p><p id="b">two</p></div><p id="c">three</p>';
    const { calls, stop } = watch();
    document.getElementById('a')!.firstChild!.textContent = 'Aleppo';
    document.getElementById('c')!.append(' and Homs');
    document.getElementById('box')!.append(' and Hama'); // text straight in the container: the container changed
    await settle();
    stop();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.blocks!.map((e) => e.id).sort()).toEqual(['box', 'c']);
    expect(calls[0]!.removed).toBe(false); // nothing left the page: no need to look for lost paragraphs
  });

  it('says when nodes left the page, so the paragraphs they held are forgotten', async () => {
    document.body.innerHTML = '<div id="box"><p id="a">Aleppo</p><p id="b">two</p></div>';
    const { calls, stop } = watch();
    document.getElementById('a')!.remove();
    await settle();
    document.getElementById('b')!.append(' and Homs');
    await settle();
    stop();
    expect(calls.map((c) => [c.blocks!.map((e) => e.id), c.removed])).toEqual([[['box'], true], [['b'], false]]);
  });

  it('rescans a thousand changed paragraphs one by one, and the whole page only past the burst limit', async () => {
    document.body.innerHTML = Array.from({ length: 1200 }, (_, i) => `<p>paragraph ${i}</p>`).join('');
    const ps = [...document.querySelectorAll('p')];
    let w = watch({ burstBlocks: 1100 });
    for (const p of ps.slice(0, 1000)) (p.firstChild as Text).appendData(' Aleppo');
    await settle();
    w.stop();
    expect(w.calls).toHaveLength(1);
    expect(w.calls[0]!.blocks).toHaveLength(1000);
    w = watch({ burstBlocks: 1100 });
    for (const p of ps) (p.firstChild as Text).appendData(' Homs');
    await settle();
    w.stop();
    expect(w.calls).toEqual([{ full: 'burst' }]);
  });
});
