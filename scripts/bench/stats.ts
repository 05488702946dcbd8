// Small statistics helpers shared by the benchmarks: interleaved rounds, medians and spreads.

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** "1.23x (1.10–1.41)": the median and the range of per-round values. */
export const spread = (xs: number[], digits = 2) =>
  `${median(xs).toFixed(digits)}x (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** "12.3 ms (10.1–15.0)": the median and the range of per-round times in ms; "–" when there are none. */
export const spreadMs = (xs: number[], digits = 1) => {
  const v = xs.filter((x) => Number.isFinite(x));
  return v.length ? `${median(v).toFixed(digits)} (${Math.min(...v).toFixed(digits)}–${Math.max(...v).toFixed(digits)})` : '–';
};

/** Per-round ratios a[i] / b[i], over the rounds where both were measured. */
export const ratios = (a: Array<number | undefined>, b: Array<number | undefined>) =>
  a.flatMap((x, i) => (x !== undefined && Number.isFinite(x) && b[i] !== undefined && Number.isFinite(b[i]) && b[i]! > 0 ? [x / b[i]!] : []));
