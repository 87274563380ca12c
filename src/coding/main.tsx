import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '../app/app.css';
import './coding.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../app/error-boundary';
import { createQueryClient } from '../app/query-client';
import { CodingApp } from './coding-app';

const root = document.getElementById('root');
if (!root) throw new Error('code.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary label="coding tool">
      <QueryClientProvider client={createQueryClient()}>
        <CodingApp />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
