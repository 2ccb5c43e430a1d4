import { useState } from 'react';
import type { Input } from '../../../../core/api/handlers';
import { downloadExport } from '../../api/download';
import { useJobsStore, useJobSlot } from '../../api/jobs-context';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useLocale } from '../../i18n/use-locale';

const FORMATS = ['xlsx', 'csv'] as const;
type Format = (typeof FORMATS)[number];
export type ExportTarget = { method: 'exports.report'; input: (format: Format) => Input<'exports.report'> } | { method: 'exports.grid'; input: (format: Format) => Input<'exports.grid'> };

/**
 * Export buttons for a screen: the export runs as a job (progress and Cancel in the job tray),
 * and its file is downloaded when it is ready.
 */
export function ExportButtons({ slot, target }: { slot: string; target: ExportTarget }) {
  const { t, locale } = useLocale();
  const store = useJobsStore();
  const { running } = useJobSlot(slot);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saved'; name: string } | { kind: 'failed'; error: unknown }>({ kind: 'idle' });

  const run = async (format: Format) => {
    setState({ kind: 'idle' });
    const outcome =
      target.method === 'exports.report'
        ? await store.start(slot, 'exports.report', { ...target.input(format), locale })
        : await store.start(slot, 'exports.grid', { ...target.input(format), locale });
    if (!outcome.ok) return setState({ kind: 'failed', error: outcome.error });
    try {
      await downloadExport(outcome.value.file, outcome.value.name);
      setState({ kind: 'saved', name: outcome.value.name });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <span className="export-buttons" role="group" aria-label={t('export.group')}>
      {FORMATS.map((f) => (
        <button key={f} type="button" className="btn" data-testid={`export-${f}`} disabled={running !== null} onClick={() => void run(f)}>
          {t(f === 'xlsx' ? 'export.xlsx' : 'export.csv')}
        </button>
      ))}
      {state.kind === 'saved' && (
        <span className="muted" role="status" data-testid="export-saved">
          {t('export.saved', { name: state.name })}
        </span>
      )}
      {state.kind === 'failed' && <ErrorBanner title={t('export.failed')} error={state.error} />}
    </span>
  );
}
