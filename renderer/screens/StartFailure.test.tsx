import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyLanguage, setupI18n } from '../i18n/setup';
import { StartFailure } from './StartFailure';

const render = (code: 'forbidden' | 'unavailable') => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const error = { code, message: 'Missing or wrong token: open the address Copydesk printed.' };
  act(() => root.render(<StartFailure error={error} onRetry={() => undefined} />));
  return host;
};

describe('start failure screen', () => {
  beforeAll(async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await setupI18n('en');
  });
  afterEach(() => document.body.replaceChildren());

  it('says in French what to do when the server refuses the page', async () => {
    await applyLanguage('fr');
    const screen = render('forbidden');
    expect(screen.querySelector('h1')?.textContent).toBe('Copydesk n’a pas pu démarrer.');
    expect(screen.querySelector('[role="alert"]')?.textContent).toBe(
      'Accès refusé. Rouvrez Copydesk depuis l’adresse affichée au démarrage.',
    );
    expect(screen.querySelector('button')?.textContent).toBe('Réessayer');
  });

  it('says in English that Copydesk is not running', async () => {
    await applyLanguage('en');
    expect(render('unavailable').textContent).toContain('Copydesk is not running.');
  });
});
