import { describe, expect, it } from 'vitest';
import { translate } from './translate';

describe('translate', () => {
  it('reads a namespaced key in the language asked for', () => {
    expect(translate('fr', 'transfer:actions.export')).toBe('Exporter…');
    expect(translate('en', 'menu:file')).toBe('File');
  });

  it('reads the common namespace when none is given', () => {
    expect(translate('fr', 'actions.newArticle')).toBe('Nouvel article');
  });

  it('answers the key itself rather than nothing when it is missing', () => {
    expect(translate('fr', 'menu:nothing.here')).toBe('menu:nothing.here');
  });
});
