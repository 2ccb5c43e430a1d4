import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api/handlers';
import { useApi } from '../api/context';
import { describeError } from '../api/errors';
import { JobsProvider } from '../api/jobs-context';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { JobTray } from '../components/JobTray';
import { LanguageSelect } from '../components/LanguageSelect';
import { formatLongDate } from '../../../core/domain/locale-format';
import { ApprovalsPage } from '../features/approvals/ApprovalsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { useCurrentUser } from '../features/auth/current-user';
import { UserMenu } from '../features/auth/UserMenu';
import { DisbursementsPage } from '../features/disbursements/DisbursementsPage';
import { FundingReportPage } from '../features/funding/FundingReportPage';
import { FxPage } from '../features/fx/FxPage';
import { GrantsPage } from '../features/grants/GrantsPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ReconciliationPage } from '../features/reconciliation/ReconciliationPage';
import { OrganisationsPage } from '../features/register/OrganisationsPage';
import { PeoplePage } from '../features/register/PeoplePage';
import { UsersPage } from '../features/users/UsersPage';
import type { TextKey } from '../i18n/keys';
import { useLocale } from '../i18n/use-locale';
import { ROUTES, usePlace, type Route } from './routes';

type AppInfo = Output<'app.info'>;

const NAV_KEYS = {
  grants: 'app.nav.grants',
  disbursements: 'disbursements.title',
  approvals: 'approvals.nav',
  reconciliation: 'reconciliation.nav',
  'funding-report': 'funding.nav',
  organisations: 'register.organisations.nav',
  people: 'register.people.nav',
  plans: 'plans.nav',
  fx: 'fx.nav',
  audit: 'app.nav.audit',
  users: 'app.nav.users',
} as const satisfies Record<Route, TextKey>;

// Screens only some roles see (the core refuses their calls to anyone else anyway).
const ROLES_OF: Partial<Record<Route, readonly string[]>> = { users: ['administrator'], approvals: ['coordinator', 'finance_officer'] };

/** The window: product name, whether the data is a demo, the screens that work, and the screen. */
export function App() {
  const api = useApi();
  const { t, locale } = useLocale();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<unknown>(null);
  const { user } = useCurrentUser();
  const routes = ROUTES.filter((r) => ROLES_OF[r]?.includes(user.role) ?? true);
  const place = usePlace();
  const route: Route = routes.includes(place.route) ? place.route : 'grants';
  const grantId = route === place.route ? place.grantId : null;
  const main = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);

  // After moving to another screen, focus its heading, so keyboard and screen-reader users start
  // there rather than on the link they left (the first screen on start-up is left alone).
  useEffect(() => {
    if (shownRoute.current === route) return;
    shownRoute.current = route;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  useEffect(() => {
    let current = true;
    api.call('app.info', {}).then(
      (i) => current && setInfo(i),
      (e: unknown) => current && setInfoError(e),
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <JobsProvider>
    <div className="app">
      <header className="app-header">
        <div className="brand" title={t('app.tagline')}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <nav className="app-nav" aria-label={t('app.nav.label')}>
          {routes.map((r) => (
            <a key={r} href={`#${r}`} className="nav-link" data-testid={`nav-${r}`} aria-current={r === route ? 'page' : undefined}>
              {t(NAV_KEYS[r])}
            </a>
          ))}
        </nav>
        <div className="header-end">
          {info?.dataset === 'demo' && (
            <span className="demo-badge" data-testid="demo-badge" title={t('app.demoBadge.title')}>
              {t('app.demoBadge')}
            </span>
          )}
          {info && <span className="header-today">{t('app.today', { date: formatLongDate(info.today, locale) })}</span>}
          <LanguageSelect />
          <UserMenu />
        </div>
      </header>
      {infoError !== null && (
        <div className="banner banner-error app-banner" role="alert">
          {describeError(infoError, t).text}
        </div>
      )}
      <main className="app-main" ref={main}>
        <ErrorBoundary key={route}>
          <Screen route={route} grantId={grantId} />
        </ErrorBoundary>
      </main>
      <JobTray />
    </div>
    </JobsProvider>
  );
}

/** The screen of a route (and the grant the address opens on the Grants screen). */
function Screen({ route, grantId }: { route: Route; grantId: number | null }) {
  switch (route) {
    case 'disbursements':
      return <DisbursementsPage />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'reconciliation':
      return <ReconciliationPage />;
    case 'funding-report':
      return <FundingReportPage />;
    case 'organisations':
      return <OrganisationsPage />;
    case 'people':
      return <PeoplePage />;
    case 'plans':
      return <PlansPage />;
    case 'fx':
      return <FxPage />;
    case 'audit':
      return <AuditPage />;
    case 'users':
      return <UsersPage />;
    case 'grants':
      return <GrantsPage grantId={grantId} />;
  }
}
