import { useLocale } from '../../i18n/use-locale';
import { showFieldValue } from './field-value';
import { diffEntry, type Image } from './history-diff';

type Props = { action: string; before: Image | null; after: Image | null };

/**
 * What one entry did to the record, field by field: for a new record every field and its value,
 * for a change the fields that changed from what to what, for a removal what was removed.
 */
export function FieldChanges({ action, before, after }: Props) {
  const { t } = useLocale();
  const diff = diffEntry(action, before, after);
  if (diff.fields.length === 0) return <p className="empty">{t('audit.diff.none')}</p>;
  return (
    <table className="table diff-table" data-testid="history-diff">
      <thead>
        <tr>
          <th scope="col">{t('audit.diff.field')}</th>
          {diff.kind === 'update' ? (
            <>
              <th scope="col">{t('audit.diff.before')}</th>
              <th scope="col">{t('audit.diff.after')}</th>
            </>
          ) : (
            <th scope="col">{diff.kind === 'insert' ? t('audit.diff.value') : t('audit.diff.removed')}</th>
          )}
        </tr>
      </thead>
      <tbody>
        {diff.fields.map((f) => (
          <tr key={f.field} data-field={f.field}>
            <th scope="row" className="diff-field">
              {f.field}
            </th>
            {diff.kind !== 'insert' && (
              <td className={diff.kind === 'update' ? 'diff-old' : undefined}>
                <FieldValue field={f.field} value={f.before} image={before} />
              </td>
            )}
            {diff.kind !== 'delete' && (
              <td className={diff.kind === 'update' ? 'diff-new' : undefined}>
                <FieldValue field={f.field} value={f.after} image={after} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FieldValue({ field, value, image }: { field: string; value: unknown; image: Image | null }) {
  const { t, locale } = useLocale();
  const shown = showFieldValue(field, value, image, locale);
  switch (shown.kind) {
    case 'empty':
      return (
        <span className="value-empty" title={t('audit.value.empty')}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{t('audit.value.empty')}</span>
        </span>
      );
    case 'money':
      return (
        <span className="value-money" title={t('audit.value.stored', { value: shown.stored })}>
          {shown.text}
        </span>
      );
    default:
      return <span className="value-plain">{shown.text}</span>;
  }
}
