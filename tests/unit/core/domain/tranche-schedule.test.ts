import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from '../../../../core/domain/money';
import { addMonths, generateSchedule, ScheduleError } from '../../../../core/domain/tranche-schedule';

const PERIOD = { start: '2026-01-01', end: '2035-12-31' };

describe('generateSchedule', () => {
  it('splits any total into any count of equal tranches that add up exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.integer({ min: 1, max: 40 }), fc.constantFrom('monthly', 'quarterly') , fc.constantFrom('first', 'last'), (total, count, kind, remainder) => {
        fc.pre(total >= count);
        const s = generateSchedule(money(total, 'EUR'), PERIOD, { kind, count, firstDueDate: '2026-01-31', remainder });
        expect(s).toHaveLength(count);
        expect(s.reduce((a, t) => a + t.amountMinor, 0)).toBe(total);
        const amounts = s.map((t) => t.amountMinor);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        // The larger instalments sit at the stated end.
        const big = Math.max(...amounts);
        const bigOnes = amounts.map((a, i) => (a === big ? i : -1)).filter((i) => i >= 0);
        if (big !== Math.min(...amounts)) {
          if (remainder === 'last') expect(bigOnes.at(-1)).toBe(count - 1);
          else expect(bigOnes[0]).toBe(0);
        }
      }),
    );
  });

  it('places quarterly tranches three months apart, clamped to month ends', () => {
    const s = generateSchedule(money(10_000_001, 'EUR'), PERIOD, { kind: 'quarterly', count: 4, firstDueDate: '2026-01-31' });
    expect(s).toEqual([
      { seq: 1, dueDate: '2026-01-31', amountMinor: 2_500_000 },
      { seq: 2, dueDate: '2026-04-30', amountMinor: 2_500_000 },
      { seq: 3, dueDate: '2026-07-31', amountMinor: 2_500_000 },
      { seq: 4, dueDate: '2026-10-31', amountMinor: 2_500_001 },
    ]);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('takes custom tranches only when they add up to the grant amount', () => {
    const ok = generateSchedule(money(900, 'RSD'), PERIOD, { kind: 'custom', instalments: [{ dueDate: '2026-06-01', amountMinor: 600 }, { dueDate: '2026-02-01', amountMinor: 300 }] });
    expect(ok.map((t) => [t.seq, t.dueDate])).toEqual([[1, '2026-02-01'], [2, '2026-06-01']]);
    expect(() => generateSchedule(money(900, 'RSD'), PERIOD, { kind: 'custom', instalments: [{ dueDate: '2026-06-01', amountMinor: 600 }] })).toThrow(/add up to 600 minor units, not the grant amount 900/);
  });

  it.each([
    [{ kind: 'monthly', count: 5, firstDueDate: '2026-02-30' }, 'firstDueDate'],
    [{ kind: 'monthly', count: 200, firstDueDate: '2026-01-01' }, 'count'],
    [{ kind: 'custom', instalments: [] }, 'instalments'],
    [{ kind: 'custom', instalments: [{ dueDate: '2026-01-01', amountMinor: 0 }] }, 'instalments.0.amountMinor'],
  ] as const)('names the field at fault: %j', (spec, field) => {
    try {
      generateSchedule(money(100_000, 'EUR'), { start: '2026-01-01', end: '2027-12-31' }, spec as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScheduleError);
      expect((e as ScheduleError).field).toBe(field);
    }
  });
});
