import { codeLabel } from '../i18n/code-labels';
import { useLocale } from '../i18n/use-locale';

type Kind = 'grantStatus' | 'trancheStatus';

/** A small coloured label for a grant or tranche status; the colour only repeats what the text says. */
export function StatusPill({ kind, status }: { kind: Kind; status: string }) {
  const { t } = useLocale();
  const tone = /^[a-z_]+$/.test(status) ? status : 'unknown';
  return <span className={`pill pill-${kind} pill-${tone}`}>{codeLabel(t, kind, status)}</span>;
}
