import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/t';

type Props = { children: ReactNode };
type State = { error: Error | null };

/** Catches render errors below it and shows a calm explanation instead of a blank window. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[tranche] render error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h2>{t('app.crash.title')}</h2>
        <p>{t('app.crash.body')}</p>
        <details>
          <summary>{t('app.crash.details')}</summary>
          <pre>{error.stack ?? error.message}</pre>
        </details>
        <button type="button" className="btn" onClick={() => window.location.reload()}>
          {t('app.crash.reload')}
        </button>
      </div>
    );
  }
}
