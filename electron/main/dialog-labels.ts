import type { UiLanguage } from '../../shared/model/settings';

const en = {
  openLibrary: 'Open a Copydesk library',
  createLibrary: 'Choose a folder for the new library',
  exportFolder: 'Choose where to export',
  backup: 'Back up the library',
  pdf: 'Export as PDF',
  pdfFilter: 'PDF document',
  importFiles: 'Import articles',
  importFilter: 'Articles (Markdown, text, HTML, Word)',
  ok: 'OK',
  cancel: 'Cancel',
  openLink: 'Open this link in your browser?',
};

export type DialogLabels = typeof en;

const fr: DialogLabels = {
  openLibrary: 'Ouvrir une bibliothèque Copydesk',
  createLibrary: 'Choisir un dossier pour la nouvelle bibliothèque',
  exportFolder: 'Choisir où exporter',
  backup: 'Sauvegarder la bibliothèque',
  pdf: 'Exporter en PDF',
  pdfFilter: 'Document PDF',
  importFiles: 'Importer des articles',
  importFilter: 'Articles (Markdown, texte, HTML, Word)',
  ok: 'OK',
  cancel: 'Annuler',
  openLink: 'Ouvrir ce lien dans votre navigateur ?',
};

export const dialogLabels: Record<UiLanguage, DialogLabels> = { en, fr };
