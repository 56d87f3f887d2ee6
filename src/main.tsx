import './platform/zodWithoutEval';
// The UI's words: i18next is set up once, before the first component renders.
import './ui/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startOfflineCache } from './platform/offline/startOfflineCache';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startOfflineCache();
