import { useLocale } from '../../i18n/use-locale';
import { actionLabel } from './audit-codes';

/** Created / Changed / Deleted as a small coloured label; the colour only repeats what the word says. */
export function ActionPill({ action }: { action: string }) {
  const { t } = useLocale();
  const tone = action === 'insert' || action === 'update' || action === 'delete' ? action : 'unknown';
  return <span className={`pill pill-action pill-${tone}`}>{actionLabel(t, action)}</span>;
}
