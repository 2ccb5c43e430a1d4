/**
 * The funding report as a printable A4 PDF (pdfmake 0.3): the selection at the top of every page,
 * the provenance and "page n of m" at the foot of every page, tables in the user's language with
 * amounts formatted for it, and a chart drawn by ECharts' server-side SVG renderer. Fonts are
 * pdfmake's bundled Roboto (Latin with Albanian ë/ç and Cyrillic), embedded; no URL or file
 * outside those fonts may be read while the document is built.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as echarts from 'echarts';
import pdfmake from 'pdfmake';
import type { UiLocale } from '../domain/locales';
import { formatMoneyIn } from '../domain/locale-format';
import type { Label } from './labels';
import { rowsOf, type Column, type ExportDoc, type Row, type Section } from './table';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const FONTS = {
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
};
pdfmake.addFonts(FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => Object.values(FONTS.Roboto).includes(path));

function cellText(c: Column, r: Row, l: Label, locale: UiLocale): string {
  const v = r[c.key];
  if (v === null || v === undefined) return '';
  if (c.kind === 'money') return formatMoneyIn({ amountMinor: Number(v), currency: String(r[c.currencyKey]) }, locale);
  if (c.kind === 'bool') return v ? l('export.yes') : l('export.no');
  return String(v);
}

function table(section: Section, l: Label, locale: UiLocale) {
  const right = (c: Column) => c.kind === 'money' || c.kind === 'int';
  const body = [
    section.columns.map((c) => ({ text: c.header, bold: true, alignment: right(c) ? 'right' : 'left' })),
    ...[...rowsOf(section)].map((r) => section.columns.map((c) => ({ text: cellText(c, r, l, locale), alignment: right(c) ? 'right' : 'left', noWrap: c.kind === 'money' }))),
  ];
  return [
    { text: section.name, style: 'h2' },
    { table: { headerRows: 1, widths: section.columns.map((c) => (c.kind === 'money' ? 'auto' : '*')), body }, layout: 'lightHorizontalLines', fontSize: 7 },
  ];
}

/** Committed and disbursed per year in one currency, as an SVG string. */
export function yearChartSvg(points: { year: string; committed: number; disbursed: number }[], title: string, labels: { committed: string; disbursed: string }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 300 });
  chart.setOption({
    animation: false,
    title: { text: title, textStyle: { fontSize: 13, fontFamily: 'Roboto' } },
    legend: { bottom: 0, textStyle: { fontFamily: 'Roboto' } },
    grid: { top: 40, left: 80, right: 20, bottom: 50 },
    xAxis: { type: 'category', data: points.map((p) => p.year) },
    yAxis: { type: 'value' },
    series: [
      { name: labels.committed, type: 'bar', data: points.map((p) => p.committed) },
      { name: labels.disbursed, type: 'bar', data: points.map((p) => p.disbursed) },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Writes the report document `doc` to `path`; `chart` is the per-year series of its main currency. */
export async function writePdf(path: string, doc: ExportDoc, l: Label, locale: UiLocale, chart: { currency: string; points: { year: string; committed: number; disbursed: number }[] } | null): Promise<number> {
  const selection = doc.cover.lines.filter(([k, v]) => k !== '' && v !== '').slice(0, 6).map(([k, v]) => `${k}: ${v}`).join(' · ');
  const p = doc.provenance;
  const content: unknown[] = [
    { text: doc.cover.title, style: 'h1' },
    { table: { widths: [150, '*'], body: doc.cover.lines.map(([k, v]) => [{ text: k, bold: true }, { text: v }]) }, layout: 'noBorders', fontSize: 8 },
    ...doc.cover.notes.map((n) => ({ text: n, fontSize: 8, italics: true, margin: [0, 6, 0, 0] })),
  ];
  if (chart && chart.points.length) {
    content.push({
      svg: yearChartSvg(chart.points, l('export.chart.byYear', { currency: chart.currency }), { committed: l('export.col.committed'), disbursed: l('export.col.disbursed') }),
      width: 500,
      margin: [0, 12, 0, 0],
    });
  }
  let rows = 0;
  for (const s of doc.sections) {
    content.push({ text: '', pageBreak: 'before' }, ...table(s, l, locale));
    rows += s.total ?? 0;
  }
  const pdf = pdfmake.createPdf({
    pageSize: 'A4',
    pageMargins: [36, 54, 36, 54],
    info: { title: doc.cover.title, creator: 'Tranche' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: { h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] }, h2: { fontSize: 12, bold: true, margin: [0, 0, 0, 6] } },
    header: () => ({ text: `${doc.cover.title} — ${selection}`, fontSize: 7, margin: [36, 20, 36, 0] }),
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${l('export.cover.auditCount')}: ${p.auditCount} · ${l('export.cover.headHash')}: ${p.headHash ?? l('export.cover.none')} · ${l('export.cover.databaseId')}: ${p.databaseId} · ${p.exportedAt}`, fontSize: 6, width: '*' },
        { text: l('export.page', { page, pages }), fontSize: 8, alignment: 'right', width: 90 },
      ],
      margin: [36, 16, 36, 0],
    }),
    content,
  });
  await pdf.write(path);
  return rows;
}
