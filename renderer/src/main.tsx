import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { ApiProvider } from './api/context';
import { defaultTransport } from './api/transports';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { AuthGate } from './features/auth/AuthGate';
import { LocaleProvider } from './i18n/LocaleProvider';
import './styles.css';

const api = createApi(defaultTransport());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <LocaleProvider>
        <ErrorBoundary>
          <AuthGate>
            <App />
          </AuthGate>
        </ErrorBoundary>
      </LocaleProvider>
    </ApiProvider>
  </StrictMode>,
);
