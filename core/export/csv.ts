/**
 * CSV: RFC 4180 (comma, CRLF, quotes doubled) in UTF-8 with a byte-order mark, so spreadsheet
 * programs read Albanian and Cyrillic letters; amounts as plain decimals with a dot and dates ISO,
 * whatever the user's language, because other systems read these files.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { minorToDecimal, rowsOf, type Provenance, type Row, type Section } from './table';

/**
 * The provenance line that opens the file. It has no comma or quote, so a strict RFC 4180 reader
 * sees one one-field record and a parser with comments on (csv-parse `comment: '#'`) skips it.
 */
export function provenanceLine(p: Provenance): string {
  return `#tranche-provenance audit_entries=${p.auditCount} head_seq=${p.headSeq} head=${p.headHash ?? 'none'} database=${p.databaseId} exported_at=${p.exportedAt}`;
}

function cellsOf(section: Section, r: Row): string[] {
  return section.columns.map((c) => {
    const v = r[c.key];
    if (v === null || v === undefined) return '';
    if (c.kind === 'money') return minorToDecimal(Number(v), String(r[c.currencyKey]));
    if (c.kind === 'bool') return v ? 'true' : 'false';
    return String(v);
  });
}

/** Writes one section to `path`; `onRows` hears the running row count (and may throw to stop). */
export async function writeCsv(path: string, section: Section, provenance: Provenance, onRows?: (n: number) => void): Promise<number> {
  const out = createWriteStream(path);
  const csv = stringify({ record_delimiter: '\r\n', quoted_match: /^[\s#]/ });
  csv.pipe(out);
  const write = async (line: string[]) => {
    if (!csv.write(line)) await once(csv, 'drain');
  };
  let n = 0;
  try {
    out.write('\uFEFF');
    out.write(`${provenanceLine(provenance)}\r\n`);
    await write(section.columns.map((c) => c.header));
    for (const r of rowsOf(section, onRows)) {
      await write(cellsOf(section, r));
      n++;
    }
  } finally {
    csv.end();
    await once(out, 'close');
  }
  return n;
}
