import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { ApiProvider } from './api/context';
import { defaultTransport } from './api/transports';
import { App } from './app/App';
import { ErrorBoundary } from './components/ErrorBoundary';
import './styles.css';

const api = createApi(defaultTransport());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </ErrorBoundary>
  </StrictMode>,
);
