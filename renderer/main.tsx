import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startLanguage } from './i18n/remembered-language';
import { setupI18n } from './i18n/setup';
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './styles/article-list.css';
import './styles/dialog.css';
import './styles/messages.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

void setupI18n(startLanguage(window.localStorage, navigator.language)).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
