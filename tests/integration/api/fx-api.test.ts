import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCore } from '../../support/demo-core';

let env: ReturnType<typeof demoCore>;
beforeEach(() => {
  env = demoCore('demo', 'finance');
});
afterEach(() => env.cleanup());

const count = () => (env.raw.ctx.db.$client.prepare('SELECT COUNT(*) AS n FROM fx_rates').get() as { n: number }).n;

describe('exchange rates', () => {
  it('imports a CSV exported with semicolons and decimal commas, exactly', () => {
    const before = count();
    const r = env.core.call('fx.import', { csv: 'date;base;quote;rate\n2026-11-23;EUR;RSD;117,1754\n2026-11-23;EUR;MKD;61,4950\n', source: 'NBS list 2026-11-23' });
    expect(r).toEqual({ ok: true, value: { imported: 2 } });
    expect(count()).toBe(before + 2);
    expect(env.core.call('fx.rates', { base: 'EUR', quote: 'RSD', limit: 1 })).toEqual({ ok: true, value: [{ rateDate: '2026-11-23', rate: '117.1754', source: 'NBS list 2026-11-23' }] });
  });

  it('imports nothing when any line is wrong, and names every bad line', () => {
    const before = count();
    const r = env.core.call('fx.import', { csv: 'date,base,quote,rate\n2026-11-23,EUR,RSD,117.17\n2026-13-01,EUR,XXX,-1\n2026-11-23,EUR,RSD,118\n' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Line 3, date: "2026-13-01" is not a date (YYYY-MM-DD) (and 3 more)' } });
    if (!r.ok) expect(r.error.issues?.map((i) => i.path)).toEqual(['line 3.date', 'line 3.quote', 'line 3.rate', 'line 4.line']);
    expect(count()).toBe(before);
  });

  it('takes a rate by hand as an exact decimal string, never a float', () => {
    expect(env.core.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: '97.35' }).ok).toBe(true);
    expect(env.core.call('fx.set', { base: 'EUR', quote: 'ALL', rateDate: '2026-11-24', rate: 97.35 })).toMatchObject({ ok: false, error: { issues: [{ path: 'rate' }] } });
    expect(env.core.call('fx.set', { base: 'EUR', quote: 'EUR', rateDate: '2026-11-24', rate: '1' })).toMatchObject({ ok: false, error: { issues: [{ path: 'quote' }] } });
  });
});
