import type { Output } from '../../../../core/api/handlers';
import { useLocale } from '../../i18n/use-locale';
import { registerLabel } from './register-labels';

export type LookAlike = Output<'organisations.lookAlikes'>[number];

/**
 * Records already holding an identifier of the one being entered, shown before saving. Sharing is
 * allowed (the user may still save); it is what the integrity rules look at later.
 */
export function LookAlikes({ found }: { found: readonly LookAlike[] }) {
  const { t } = useLocale();
  if (found.length === 0) return null;
  return (
    <section className="banner banner-warning look-alikes" role="status" data-testid="look-alikes">
      <p>{t('register.lookAlike.intro', { count: found.length })}</p>
      <ul>
        {found.map((f) => (
          <li key={`${f.kind}-${f.id}-${f.field}`} data-testid="look-alike">
            <strong>{f.name}</strong>{' '}
            <span className="mf-hint">
              {t(f.kind === 'organisation' ? 'register.lookAlike.organisation' : 'register.lookAlike.person', { field: registerLabel(t, 'lookAlikeField', f.field) })}
            </span>
          </li>
        ))}
      </ul>
      <p className="mf-hint">{t('register.lookAlike.saveAnyway')}</p>
    </section>
  );
}
