import type { BlockScan, Mention } from './types.ts';

/**
 * Block scans as they cross between contexts. Extension messages are JSON: a long page has thousands
 * of mentions, and as objects each would repeat its id, kind, tier, alias and language (about 120
 * bytes, more than the text it was found in). Here each distinct mention, less its place, is listed
 * once, and each occurrence is three numbers; the surface is sliced again from the block's text.
 */
export interface WireScans {
  /** distinct mentions without start, end and surface */
  kinds: Array<Omit<Mention, 'start' | 'end' | 'surface'>>;
  /** per block: [kind index, start, end] for each mention, flattened */
  blocks: number[][];
  /** the block that made the page on-topic, or -1 */
  becameOnTopic: number;
}

export function encodeScans(scans: readonly BlockScan[]): WireScans {
  const kinds: WireScans['kinds'] = [];
  const index = new Map<string, number>();
  const blocks: number[][] = [];
  let becameOnTopic = -1;
  scans.forEach((scan, b) => {
    if (scan.becameOnTopic) becameOnTopic = b;
    const flat: number[] = [];
    for (const m of scan.mentions) {
      const { start, end, surface: _s, ...kind } = m;
      const key = m.type === 'entity' ? `e|${m.id}|${m.tier}|${m.alias}|${m.lang}` : `f|${m.id}|${m.value}|${m.comparison}|${m.tier}`;
      let k = index.get(key);
      if (k === undefined) {
        index.set(key, (k = kinds.length));
        kinds.push(kind);
      }
      flat.push(k, start, end);
    }
    blocks.push(flat);
  });
  return { kinds, blocks, becameOnTopic };
}

/** A block with nothing in it, shared: on most pages nearly every block is one (read-only). */
const NOTHING: BlockScan = Object.freeze({ mentions: Object.freeze([]) as unknown as Mention[], becameOnTopic: false });

/**
 * The scans back from the wire; malformed input (a count or an index out of range) throws. Blocks
 * with no mention share one frozen result: it must not be changed.
 */
export function decodeScans(texts: readonly string[], wire: WireScans): BlockScan[] {
  if (!wire || !Array.isArray(wire.blocks) || !Array.isArray(wire.kinds) || wire.blocks.length !== texts.length) throw new Error('malformed scans');
  return wire.blocks.map((flat, b) => {
    if (!Array.isArray(flat)) throw new Error('malformed scans');
    if (flat.length === 0 && b !== wire.becameOnTopic) return NOTHING;
    const text = texts[b]!;
    const mentions: Mention[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) {
      const kind = wire.kinds[flat[i]!];
      const start = flat[i + 1]!;
      const end = flat[i + 2]!;
      if (!kind || !(start >= 0 && end > start && end <= text.length)) throw new Error('malformed mention');
      mentions.push({ ...kind, start, end, surface: text.slice(start, end) } as Mention);
    }
    return { mentions, becameOnTopic: b === wire.becameOnTopic };
  });
}
