import type { Pack } from './schema.ts';

export interface Annotation {
  kind: 'figure' | 'source';
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** offset of the piece in the article */
  start: number;
  /** annotations covering this piece of text, outermost first */
  marks: Annotation[];
}

/** Where the pack's figures (their surfaces) and sources (their quotes) sit in the article text. */
export function annotations(pack: Pack, article: string): Annotation[] {
  const out: Annotation[] = [];
  for (const s of pack.sources) {
    const at = article.indexOf(s.quote);
    if (at >= 0) out.push({ kind: 'source', id: s.id, start: at, end: at + s.quote.length });
  }
  for (const f of pack.figures) {
    if (!f.surface) continue;
    const q = article.indexOf(f.quote);
    const inQuote = q >= 0 ? f.quote.indexOf(f.surface) : -1;
    if (inQuote >= 0) out.push({ kind: 'figure', id: f.id, start: q + inQuote, end: q + inQuote + f.surface.length });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Cuts one paragraph [from, to) of the article into pieces, each with the annotations over it. */
export function segments(article: string, from: number, to: number, marks: readonly Annotation[]): Segment[] {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    out.push({ text: article.slice(a, b), start: a, marks: marks.filter((m) => m.start <= a && m.end >= b) });
  }
  return out;
}

/** The article's paragraphs as [start, end) offsets (lines of text; blank lines dropped). */
export function paragraphs(article: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const line of article.split('\n')) {
    if (line.trim()) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}
