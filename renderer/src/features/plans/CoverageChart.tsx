import { useMemo } from 'react';
import type { UiLocale } from '../../../../core/domain/locales';
import { intlLocaleOf } from '../../../../core/domain/locales';
import { showMoney } from '../../components/money-text';
import { useLocale } from '../../i18n/use-locale';
import { useChart } from './echarts';
import type { YearCoverage } from './plan-types';

/** The stack each year: paid, committed not yet paid, pledged not yet committed, and the gap, which together reach the need. */
export function coverageStack(y: YearCoverage) {
  return { paid: y.paidMinor, committed: y.committedMinor - y.paidMinor, pledged: y.pledgedMinor - y.committedMinor, gap: y.gapMinor };
}

/** Coverage per year as stacked bars against the need (a line), in major units of the plan currency. */
export function CoverageChart({ years, currency, minorUnits, testId = 'coverage-chart' }: { years: readonly YearCoverage[]; currency: string; minorUnits: number; testId?: string }) {
  const { t, locale } = useLocale();
  const option = useMemo(() => {
    const scale = 10 ** minorUnits;
    const major = (minor: number) => minor / scale; // display only: the chart's axis, never stored or summed
    const money = (minor: number) => showMoney({ amountMinor: minor, currency }, locale as UiLocale);
    const stacks = years.map(coverageStack);
    const series = (name: string, key: keyof ReturnType<typeof coverageStack>, color: string) => ({
      name, type: 'bar', stack: 'cover', itemStyle: { color }, data: stacks.map((s) => major(s[key])), barMaxWidth: 48,
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => money(Math.round(v * scale)) },
      legend: { bottom: 0 },
      grid: { left: 80, right: 16, top: 16, bottom: 72 },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => new Intl.NumberFormat(intlLocaleOf(locale as UiLocale), { notation: 'compact' }).format(v) } },
      series: [
        series(t('plans.stack.paid'), 'paid', '#2f7d4f'),
        series(t('plans.stack.committed'), 'committed', '#5b8fd1'),
        series(t('plans.stack.pledged'), 'pledged', '#c8d7ee'),
        series(t('plans.stack.gap'), 'gap', '#e0a3a3'),
        { name: t('plans.stack.need'), type: 'line', data: years.map((y) => major(y.needMinor)), itemStyle: { color: '#333' }, lineStyle: { type: 'dashed' }, symbol: 'rect' },
      ],
    };
  }, [years, currency, minorUnits, locale, t]);
  const ref = useChart(option);
  // The figures drawn, per year, so a test can hold the chart to the table.
  const drawn = years.map((y) => Object.values(coverageStack(y)).join('/')).join(' ');
  return <div ref={ref} className="plan-chart" data-testid={testId} data-stacks={drawn} role="img" aria-label={t('plans.chart.label')} />;
}
