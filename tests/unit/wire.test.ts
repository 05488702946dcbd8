import { describe, expect, it } from 'vitest';
import { decodeScans, encodeScans } from '@/core/detect/wire.ts';
import { detector } from './support/detector.ts';

describe('block scans on the wire', () => {
  it('come back equal, smaller than the objects, whatever the blocks hold', () => {
    // a page names the same few entities again and again: the wire lists each once
    const texts = Array.from({ length: 10 }, () => [
      'The Syrian army took eastern Aleppo; Assad said Aleppo was retaken.',
      'Nothing here.',
      'The ICRC said 34,000 people were evacuated from Aleppo, and the UN agreed.',
      'Halep\'te 34 bin kişi tahliye edildi; Esad ve BM.',
    ]).flat();
    const page = detector.newPage();
    const scans = texts.map((t) => page.scan(t));
    expect(scans.flatMap((s) => s.mentions).length).toBeGreaterThan(80);
    const wire = JSON.parse(JSON.stringify(encodeScans(scans)));
    expect(decodeScans(texts, wire)).toEqual(scans);
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(scans).length / 3);
  });

  it('refuse malformed input with an error instead of returning wrong mentions', () => {
    const texts = ['Aleppo'];
    const good = encodeScans([{ mentions: [{ type: 'entity', id: 'aleppo', kind: 'place', tier: 'anchor', alias: 'Aleppo', lang: 'en', start: 0, end: 6, surface: 'Aleppo' }], becameOnTopic: true }]);
    expect(decodeScans(texts, good)[0]!.mentions[0]!.surface).toBe('Aleppo');
    expect(() => decodeScans(texts, { ...good, blocks: [[0, 0, 7]] })).toThrow(/malformed/);
    expect(() => decodeScans(texts, { ...good, blocks: [[5, 0, 6]] })).toThrow(/malformed/);
    expect(() => decodeScans(['a', 'b'], good)).toThrow(/malformed/);
    expect(() => decodeScans(texts, null as never)).toThrow(/malformed/);
  });
});
