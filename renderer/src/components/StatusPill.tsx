import { label } from '../i18n/t';

type Kind = 'grantStatus' | 'trancheStatus';

/** A small coloured label for a grant or tranche status; the colour only repeats what the text says. */
export function StatusPill({ kind, status }: { kind: Kind; status: string }) {
  const tone = /^[a-z_]+$/.test(status) ? status : 'unknown';
  return <span className={`pill pill-${kind} pill-${tone}`}>{label(kind, status)}</span>;
}
