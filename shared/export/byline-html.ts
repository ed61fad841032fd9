import type { Byline, BylineRole } from '../model/byline';
import { escapeHtml } from './escape-html';

// French sets a narrow no-break space before the colon, so the label never wraps away from it.
const roleLabels: Readonly<Record<'fr' | 'en', Record<BylineRole, string>>> = {
  fr: {
    author: '',
    contributor: 'avec ',
    photographer: 'photos\u202f: ',
    editor: 'édition\u202f: ',
    translator: 'traduction\u202f: ',
  },
  en: {
    author: '',
    contributor: 'with ',
    photographer: 'photos: ',
    editor: 'edited by ',
    translator: 'translated by ',
  },
};

export const bylineLabelsFor = (language: string) =>
  language.toLowerCase().startsWith('fr') ? roleLabels.fr : roleLabels.en;

/** `<p class="byline">` with one `<span class="author" data-role="…">` per byline; '' without any. */
export const renderBylinesHtml = (bylines: readonly Byline[], language: string): string => {
  if (bylines.length === 0) return '';
  const labels = bylineLabelsFor(language);
  const spans = bylines.map(({ name, role, affiliation }) => {
    const label =
      labels[role] === '' ? '' : `<span class="role">${escapeHtml(labels[role])}</span>`;
    const from =
      affiliation === undefined || affiliation === ''
        ? ''
        : ` <span class="affiliation">(${escapeHtml(affiliation)})</span>`;
    return `<span class="author" data-role="${role}">${label}${escapeHtml(name)}${from}</span>`;
  });
  return `<p class="byline">${spans.join(', ')}</p>`;
};
