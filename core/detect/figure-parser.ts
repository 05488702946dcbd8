/**
 * Reads the value of a number written in words or digits, as the pack's figure surfaces are:
 * "34,000", "almost half a million", "millions", "2011". Returns undefined when it cannot.
 */
export function readFigureSurface(surface: string): number | undefined {
  const s = surface.trim().toLowerCase().replace(/^(almost|about|nearly|some|over|more than)\s+/, '');
  if (/^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$|^\d+$/.test(s)) return Number(s.replace(/\D/g, ''));
  if (s === 'half a million') return 500_000;
  if (s === 'millions') return 2_000_000;
  if (/^no\b/.test(s)) return 0;
  return undefined;
}
