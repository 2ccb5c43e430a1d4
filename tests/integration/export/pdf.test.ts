import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoneyIn } from '../../../core/domain/locale-format';
import { exportToFile } from '../../../core/export/run-export';
import { demoCore, TEST_NOW } from '../../support/demo-core';
import { makeTmpDir } from '../../support/tmp-dir';

let env: ReturnType<typeof demoCore>;
let out: ReturnType<typeof makeTmpDir>;
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

beforeAll(() => {
  env = demoCore();
  out = makeTmpDir();
});
afterAll(() => {
  env.cleanup();
  out.cleanup();
});

const ALL = { countries: [], years: [], funderIds: [], granteeIds: [], purposes: [] };

async function pdf(locale: 'mk' | 'sq' | 'en', name: string) {
  const path = join(out.dir, name);
  await exportToFile(env.raw.ctx.db, { kind: 'report', format: 'pdf', selection: { ...ALL, countries: ['MK', 'AL'], years: ['2024', '2025'] } }, path, { locale, now: new Date(TEST_NOW), today: TEST_NOW.slice(0, 10) });
  // Intl's no-break spaces come back from pdftotext as plain ones.
  const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout.replace(/[\u00a0\u202f]/g, ' ');
  return { path, text };
}

describe.skipIf(!hasPoppler)('the funding report as PDF', () => {
  it('reads back in Macedonian Cyrillic, with the selection, page numbers and provenance on every page', async () => {
    const { path, text } = await pdf('mk', 'report-mk.pdf');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(2);
    const head = env.raw.ctx.db.$client.prepare('SELECT hash FROM audit_entries ORDER BY seq DESC LIMIT 1').get() as { hash: string };
    pages.forEach((p, i) => {
      expect(p).toContain('Извештај за финансирање');
      expect(p).toContain('Земји: MK, AL');
      expect(p).toContain(`Страница ${i + 1} од ${pages.length}`);
      expect(p.replace(/\s+/g, '')).toContain(head.hash);
    });
    // An amount of the totals, formatted for Macedonian.
    const total = env.raw.ctx.db.$client
      .prepare(`SELECT SUM(y.committed_minor) AS s FROM grant_year_totals y JOIN grants g ON g.id = y.grant_id WHERE g.status NOT IN ('draft','cancelled') AND g.country IN ('MK','AL') AND y.year IN ('2024','2025') AND g.currency = 'MKD'`)
      .get() as { s: number };
    expect(text).toContain(formatMoneyIn({ amountMinor: total.s, currency: 'MKD' }, 'mk').replace(/[\u00a0\u202f]/g, ' '));
    // A4 portrait: 595 x 842 points.
    expect(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // One page as PNG, to look at.
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join('test-results', 'e2e', 'report-mk')]);
  });

  it('embeds the Albanian letters', async () => {
    const { text } = await pdf('sq', 'report-sq.pdf');
    expect(text).toContain('Raporti i financimit');
    expect(text).toContain('Grante të ndërmjetme');
    expect(text).toContain('Faqja 1 nga');
  });

  it('is refused for a grid (a printable report only) before anything is written', async () => {
    const path = join(out.dir, 'grid.pdf');
    await expect(exportToFile(env.raw.ctx.db, { kind: 'grid', format: 'pdf' as never, grid: 'grants', view: { sortModel: [], filterModel: {}, search: '' } }, path, { locale: 'en', now: new Date(TEST_NOW), today: '2026-11-24' })).rejects.toThrow();
    expect(existsSync(path)).toBe(false);
  });
});
