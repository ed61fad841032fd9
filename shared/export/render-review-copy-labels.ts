export interface ReviewCopyLabels {
  notice: string;
  comments: string;
  open: string;
  resolvedBy: (name: string) => string;
  deleted: string;
  none: string;
}

const labels: Readonly<Record<'fr' | 'en', ReviewCopyLabels>> = {
  fr: {
    notice: 'Copie de relecture, avec les commentaires. Ne pas publier.',
    comments: 'Commentaires',
    open: 'Ouvert',
    resolvedBy: (name) => `Résolu par ${name}`,
    deleted: 'Le texte commenté a été supprimé',
    none: 'Aucun commentaire.',
  },
  en: {
    notice: 'Review copy, with comments. Not for publication.',
    comments: 'Comments',
    open: 'Open',
    resolvedBy: (name) => `Resolved by ${name}`,
    deleted: 'The commented text was deleted',
    none: 'No comments.',
  },
};

/** The review copy's own words, in the article's language (French or English). */
export const reviewCopyLabelsFor = (language: string): ReviewCopyLabels =>
  language.toLowerCase().startsWith('fr') ? labels.fr : labels.en;
