type PageLanguage = 'fr' | 'en';

const refusals: Record<PageLanguage, string> = {
  fr: 'Accès refusé\u00a0: Copydesk ne répond qu’à sa propre page. Ouvrez l’adresse que Copydesk a affichée à son démarrage.',
  en: 'Access refused: Copydesk answers only its own page. Open the address Copydesk printed when it started.',
};

/** French or English, whichever the browser's Accept-Language ranks first; English otherwise. */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, order) => {
      const [tag = '', ...parameters] = entry.trim().toLowerCase().split(';');
      const quality = parameters.find((parameter) => parameter.trim().startsWith('q='));
      return { tag, weight: quality ? Number(quality.trim().slice(2)) : 1, order };
    })
    .filter(({ weight }) => weight > 0)
    .sort((left, right) => right.weight - left.weight || left.order - right.order);
  for (const { tag } of ranked) {
    if (tag === 'fr' || tag.startsWith('fr-')) return 'fr';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}

/** The refusal a browser shows before the app has loaded, in the reader's language. */
export const refusalText = (acceptLanguage: string | undefined) => {
  const language = pageLanguage(acceptLanguage);
  return { language, text: refusals[language] };
};
