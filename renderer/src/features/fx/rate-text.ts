/**
 * A rate as typed ("117,1754" or "117.1754") as the exact decimal string the API takes, or null
 * when it is not a positive decimal with one separator. No floating point is involved: digits are
 * only moved, so what is stored is exactly what was typed.
 */
export function normaliseRate(text: string): string | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,12}([.,]\d{1,12})?$/.test(s)) return null;
  const out = s.replace(',', '.');
  return /^0+(\.0+)?$/.test(out) ? null : out;
}

/** A CSV problem's field ("line 3.rate" → { line: 3, field: 'rate' }); null for any other path. */
export function csvProblemAt(path: string): { line: number; field: string } | null {
  const m = /^line (\d+)\.(\w+)$/.exec(path);
  return m ? { line: Number(m[1]), field: m[2]! } : null;
}
