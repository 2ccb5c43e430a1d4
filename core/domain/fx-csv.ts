/** One exchange rate as read from a CSV line: 1 base = rate quote, on date. */
export type RateRow = { line: number; date: string; base: string; quote: string; rate: string };
export type CsvProblem = { line: number; field: string; message: string };

const HEADER = ['date', 'base', 'quote', 'rate'];

/**
 * Parses rates from CSV text with the header date,base,quote,rate (comma or semicolon separated,
 * as spreadsheets in the region export them). Rates stay exact decimal strings; a decimal comma is
 * accepted only with semicolon separators. Returns the rows, or every problem with its line.
 */
export function parseRatesCsv(text: string, isCurrency: (code: string) => boolean): { rows: RateRow[]; problems: CsvProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').trim();
  const sep = header.includes(';') ? ';' : ',';
  const cols = header.split(sep).map((c) => c.trim().toLowerCase());
  if (cols.join(',') !== HEADER.join(',')) {
    return { rows: [], problems: [{ line: 1, field: 'header', message: `the first line must be ${HEADER.join(sep)}` }] };
  }
  const rows: RateRow[] = [];
  const problems: CsvProblem[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const f = raw.split(sep).map((c) => c.trim());
    if (f.length !== 4) return problems.push({ line, field: 'line', message: `expected 4 fields, found ${f.length}` });
    const [date, base, quote, rateText] = f as [string, string, string, string];
    const rate = sep === ';' ? rateText.replace(',', '.') : rateText;
    const d = new Date(`${date}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) problems.push({ line, field: 'date', message: `"${date}" is not a date (YYYY-MM-DD)` });
    if (!isCurrency(base)) problems.push({ line, field: 'base', message: `"${base}" is not an ISO 4217 currency` });
    if (!isCurrency(quote)) problems.push({ line, field: 'quote', message: `"${quote}" is not an ISO 4217 currency` });
    if (base === quote) problems.push({ line, field: 'quote', message: 'base and quote are the same currency' });
    if (!/^\d{1,12}(\.\d{1,12})?$/.test(rate) || /^0+(\.0+)?$/.test(rate)) problems.push({ line, field: 'rate', message: `"${rateText}" is not a positive decimal rate` });
    const key = `${date}|${base}|${quote}`;
    if (seen.has(key)) problems.push({ line, field: 'line', message: `a second ${base}/${quote} rate for ${date}` });
    seen.add(key);
    rows.push({ line, date, base, quote, rate });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, field: 'line', message: 'no rates in the file' });
  return { rows: problems.length ? [] : rows, problems };
}
