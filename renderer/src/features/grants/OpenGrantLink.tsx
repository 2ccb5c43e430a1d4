import { grantHref } from '../../app/routes';
import { useLocale } from '../../i18n/use-locale';

/**
 * A link to one grant on the Grants screen (`#grants/<id>`, its panel open): an ordinary link, so
 * Enter follows it, Back returns and it can be opened in a new window.
 */
export function OpenGrantLink({ grantId, reference }: { grantId: number; reference: string }) {
  const { t } = useLocale();
  return (
    <a className="btn open-grant" href={grantHref(grantId)} data-testid="open-grant" title={t('detail.openGrant.hint', { reference })}>
      {t('detail.openGrant')}
      <span aria-hidden="true" className="open-grant-arrow">
        →
      </span>
    </a>
  );
}
