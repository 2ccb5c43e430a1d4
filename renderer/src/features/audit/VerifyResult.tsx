import type { Output } from '../../../../core/api/handlers';
import { useLocale } from '../../i18n/use-locale';
import { breakKindLabel, mismatchKindLabel, recordTypeLabel } from './audit-codes';
import type { RecordRef } from './RecordHistory';

export type Verification = Output<'audit.verify'>;

/** Hex characters of a hash shown in running text; the full hash is shown beside it. */
export const HEAD_PREFIX = 16;

type Props = {
  result: Verification;
  /** The log has grown since: the result speaks of fewer entries than there are now. */
  stale: boolean;
  onDismiss(): void;
  /** Opens the history of a record a finding names; `opener` gets focus back when it closes. */
  onOpenRecord(ref: RecordRef, opener: HTMLElement): void;
  /** Shows the broken entry in the grid. */
  onShowEntry(seq: number): void;
};

/**
 * What verification found, in words: intact with the head hash, or the first break in the chain
 * (entry, kind, the core's technical detail) and the records that differ from their last entry.
 */
export function VerifyResult({ result, stale, onDismiss, onOpenRecord, onShowEntry }: Props) {
  const { t } = useLocale();
  const staleNote = stale && (
    <p className="verify-stale" data-testid="audit-verify-stale">
      {t('audit.verify.stale')}
    </p>
  );
  const dismiss = (
    <button type="button" className="icon-btn verify-dismiss" onClick={onDismiss} aria-label={t('audit.verify.dismiss')} title={t('audit.verify.dismiss')}>
      <span aria-hidden="true">×</span>
    </button>
  );

  if (result.ok) {
    const head = result.head;
    return (
      <div className="verify-result verify-ok" data-testid="audit-verify-result" data-ok="true">
        <svg className="verify-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5 8.5 13.5 14.5 7" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <div className="verify-text">
          <strong>
            {result.checkedState
              ? t('audit.verify.intact', { count: result.count, head: head.slice(0, HEAD_PREFIX) })
              : t('audit.verify.chainOnly', { count: result.count, head: head.slice(0, HEAD_PREFIX) })}
          </strong>
          <div className="verify-line">
            <span className="muted verify-label">{t('audit.verify.headFull')}</span> <span className="mono verify-hash">{head}</span>
          </div>
          {staleNote}
        </div>
        {dismiss}
      </div>
    );
  }

  const { chainBreak, stateMismatches = [] } = result;
  return (
    <div className="verify-result verify-broken" data-testid="audit-verify-result" data-ok="false">
      <svg className="verify-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path d="M10 5v6.5" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
        <circle cx="10" cy="14.8" r="1.3" fill="#fff" />
      </svg>
      <div className="verify-text">
        <strong>{t('audit.verify.notIntact')}</strong>
        {chainBreak && (
          <div className="verify-break" data-testid="audit-verify-break" data-seq={chainBreak.seq}>
            <p>
              {t('audit.verify.broken', { seq: String(chainBreak.seq), kind: breakKindLabel(t, chainBreak.kind) })}{' '}
              <button type="button" className="btn btn-link" onClick={() => onShowEntry(chainBreak.seq)}>
                {t('audit.verify.showEntry', { seq: String(chainBreak.seq) })}
              </button>
            </p>
            <p className="verify-detail">
              <span className="muted verify-label">{t('audit.verify.detail')}</span> <span className="mono">{chainBreak.detail}</span>
            </p>
            <p className="verify-next">{t('audit.verify.brokenNext')}</p>
          </div>
        )}
        {stateMismatches.length > 0 && (
          <div className="verify-mismatches">
            <p>{t('audit.verify.mismatches', { count: stateMismatches.length })}</p>
            <div className="verify-table-wrap">
              <table className="table verify-table">
                <thead>
                  <tr>
                    <th scope="col">{t('audit.column.tableName')}</th>
                    <th scope="col">{t('audit.column.recordId')}</th>
                    <th scope="col">{t('audit.verify.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {stateMismatches.map((m) => {
                    const type = recordTypeLabel(t, m.table);
                    return (
                      <tr key={`${m.table}/${m.recordId}/${m.kind}`} data-testid="audit-mismatch">
                        <td>{type}</td>
                        <td>
                          <button
                            type="button"
                            className="btn btn-link mono"
                            aria-label={t('audit.verify.openHistory', { type, id: m.recordId })}
                            title={t('audit.verify.openHistory', { type, id: m.recordId })}
                            onClick={(e) => onOpenRecord({ tableName: m.table, recordId: m.recordId }, e.currentTarget)}
                          >
                            {m.recordId}
                          </button>
                        </td>
                        <td>{mismatchKindLabel(t, m.kind)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {stateMismatches.length >= MAX_LISTED && <p className="muted">{t('audit.verify.mismatches.more')}</p>}
          </div>
        )}
        {staleNote}
      </div>
      {dismiss}
    </div>
  );
}

/** How many mismatched records verification lists at most (db/queries/audit.ts stateMismatches). */
const MAX_LISTED = 20;
