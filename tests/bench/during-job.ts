// Figure: grid pages answered by the web host while it verifies the audit log as a job. The host
// is the bundled one (dist/webhost), as shipped; its core runs in a thread of its own and the
// verification in job and range threads, so a page must not wait for the verification.
import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNTS } from '../../core/demo/accounts';
import { createRng } from '../../core/demo/random';
import { startBundledHost } from './bundled-host';
import { quantiles, round, type Figure } from './figures';

export async function gridDuringVerify(dbPath: string, idlePages: number): Promise<Figure> {
  const host = startBundledHost(dbPath);
  try {
    const url = await host.url;
    const token = /name="tranche-token" content="([0-9a-f]+)"/.exec(await (await fetch(url)).text())?.[1];
    if (!token) throw new Error('no token in index.html');
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-tranche-token': token };
    const api = async (method: string, input: unknown, extra: Record<string, string> = {}) => {
      const res = await fetch(`${url}api/${method}`, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(input) });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value;
    };
    const auditor = DEMO_ACCOUNTS.find((a) => a.username === 'auditor')!;
    const { session } = (await api('auth.signIn', { username: auditor.username, password: auditor.password })) as { session: string };
    headers['x-tranche-session'] = session;

    // The pages a user leafs through, as the grid-page figures ask for them (figures.ts): grants
    // by disbursed, Serbian EUR payments by amount, the log's payment entries; random blocks.
    const rng = createRng(7);
    const text = (filter: string) => ({ filterType: 'text', type: 'equals', filter });
    const pageCall = async () => {
      const k = rng.int(0, 2);
      const startRow = rng.int(0, 20) * 100;
      const block = { startRow, endRow: startRow + 100, search: '' };
      const t0 = performance.now();
      if (k === 0) await api('grants.page', { ...block, sortModel: [{ colId: 'disbursed', sort: 'desc' }], filterModel: {}, reportingCurrency: 'EUR' });
      else if (k === 1) await api('disbursements.page', { ...block, sortModel: [{ colId: 'amount', sort: 'desc' }], filterModel: { country: text('RS'), currency: text('EUR') } });
      else await api('audit.page', { ...block, sortModel: [{ colId: 'seq', sort: 'desc' }], filterModel: { tableName: text('disbursements') } });
      return performance.now() - t0;
    };

    // Peer: the same pages from the same host with nothing else running.
    const idle: number[] = [];
    for (let i = 0; i < idlePages; i++) idle.push(await pageCall());

    const t0 = performance.now();
    let verifyMs = 0;
    let entries = 0;
    let finished = false;
    const job = api('audit.verify', {}, { 'x-tranche-job': 'bench-verify-job' }).then((v) => {
      verifyMs = performance.now() - t0;
      entries = (v as { count: number }).count;
      finished = true;
    });
    const during: number[] = [];
    while (!finished) during.push(await pageCall());
    await job;
    const hostPeakMiB = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${host.child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
    const d = quantiles(during);
    const i = quantiles(idle);
    return {
      figure: 'grid_page_during_verify_job',
      entries,
      verifyMs: Math.round(verifyMs),
      pagesDuring: during.length,
      p50Ms: d.p50,
      p95Ms: d.p95,
      maxMs: d.max,
      idleP50Ms: i.p50,
      idleP95Ms: i.p95,
      ratioP95: round(d.p95 / i.p95),
      goal: 'p95 < 100 ms',
      note: 'bundled web host over HTTP; grants, disbursements and audit pages at random blocks while audit.verify runs as a job',
      hostPeakRssMiB: hostPeakMiB,
    };
  } finally {
    host.child.kill('SIGTERM');
  }
}
