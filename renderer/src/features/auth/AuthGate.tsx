import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../core/api/handlers';
import { isUiLocale } from '../../../../core/domain/locales';
import { useApi } from '../../api/context';
import { onSessionChange, sessionToken, setSessionToken } from '../../api/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { TextKey } from '../../i18n/keys';
import { AuthScreen } from './AuthScreen';
import { CurrentUserContext, type CurrentUser, type SignedInUser } from './current-user';
import { SetupForm } from './SetupForm';
import { SignInForm } from './SignInForm';

type Status = Output<'auth.status'>;
type SignedIn = Output<'auth.signIn'>;

type GateState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'setup'; status: Status }
  | { kind: 'signIn'; status: Status }
  | { kind: 'in'; user: SignedInUser };

/**
 * Shows the app to a signed-in user only. On start it asks the core (auth.status) whether the
 * database still needs its first administrator, and whether this window's session is still good;
 * otherwise it shows the sign-in screen. When the session ends (sign-out, or any call refused as
 * 'unauthenticated') the app is taken down and the sign-in screen comes back, in the same language.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const api = useApi();
  const { i18n, t } = useTranslation();
  const [state, setState] = useState<GateState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // What the sign-in screen says about why it is showing, set as the session ends.
  const [notice, setNotice] = useState<TextKey | null>(null);
  const signingOut = useRef(false);

  useEffect(() => {
    let current = true;
    api.call('auth.status', {}).then(
      (status) => {
        if (!current) return;
        if (status.user && sessionToken() !== null) {
          setState({ kind: 'in', user: status.user });
          return;
        }
        if (sessionToken() !== null) {
          // A session the core no longer knows: expired, or another database was opened.
          setNotice('error.unauthenticated');
          setSessionToken(null);
        }
        setState(status.needsSetup ? { kind: 'setup', status } : { kind: 'signIn', status });
      },
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [api, attempt]);

  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((a) => a + 1);
  }, []);

  // While the app shows, the end of the session (from anywhere) brings the sign-in screen back.
  const signedIn = state.kind === 'in';
  useEffect(() => {
    if (!signedIn) return;
    return onSessionChange((token) => {
      if (token !== null) return;
      setNotice(signingOut.current ? 'auth.signIn.notice.signedOut' : 'error.unauthenticated');
      signingOut.current = false;
      reload();
    });
  }, [signedIn, reload]);

  const enter = useCallback(
    async (result: SignedIn) => {
      setNotice(null);
      // The user's own language, stored with the account, wins over the sign-in screen's.
      if (isUiLocale(result.locale) && result.locale !== i18n.language) await i18n.changeLanguage(result.locale);
      setState({ kind: 'in', user: result.user });
    },
    [i18n],
  );

  // Someone created the first account meanwhile (another window): sign in instead.
  const hasUsers = useCallback(() => {
    setNotice('auth.setup.error.hasUsers');
    reload();
  }, [reload]);

  const user = state.kind === 'in' ? state.user : null;
  const current = useMemo<CurrentUser | null>(
    () =>
      user && {
        user,
        signOut: async () => {
          signingOut.current = true;
          try {
            await api.call('auth.signOut', {});
          } catch {
            // Unreachable or already ended: the session ends in this window all the same.
          } finally {
            setSessionToken(null);
          }
        },
      },
    [api, user],
  );

  switch (state.kind) {
    case 'loading':
      return null;
    case 'failed':
      return (
        <AuthScreen demo={false}>
          <div className="auth-failed">
            <ErrorBanner title={t('auth.status.failed')} error={state.error} onRetry={reload} />
          </div>
        </AuthScreen>
      );
    case 'setup':
      return (
        <AuthScreen demo={state.status.dataset === 'demo'}>
          <SetupForm onSignedIn={enter} onHasUsers={hasUsers} />
        </AuthScreen>
      );
    case 'signIn':
      return (
        <AuthScreen demo={state.status.dataset === 'demo'}>
          <SignInForm demoAccounts={state.status.demoAccounts} notice={notice} onSignedIn={enter} />
        </AuthScreen>
      );
    case 'in':
      return <CurrentUserContext value={current}>{children}</CurrentUserContext>;
  }
}
