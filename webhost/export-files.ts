import { createReadStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What an export job names its file: a random UUID and the format. Nothing else is ever served. */
const EXPORT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.(xlsx|csv|pdf|xml)$/;

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
  xml: 'application/xml',
};

/** The path of an export file in `dir`, or null for any name an export job cannot have produced. */
export function exportFilePath(dir: string, name: string): { path: string; type: string; size: number } | null {
  const m = EXPORT_FILE.exec(name);
  if (!m) return null;
  const path = join(dir, name);
  try {
    const st = statSync(path);
    return st.isFile() ? { path, type: TYPES[m[1]!]!, size: st.size } : null;
  } catch {
    return null;
  }
}

/** Streams the file, then removes it: each export is downloaded once. */
export function streamOnce(path: string, out: NodeJS.WritableStream): Promise<void> {
  return new Promise((done, failed) => {
    const s = createReadStream(path);
    s.once('error', failed);
    out.once('finish', () => {
      rmSync(path, { force: true });
      done();
    });
    s.pipe(out);
  });
}
