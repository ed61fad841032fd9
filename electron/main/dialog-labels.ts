import type { UiLanguage } from '../../shared/model/settings';

const en = {
  openLibrary: 'Open a Copydesk library',
  createLibrary: 'Choose a folder for the new library',
  exportFolder: 'Choose where to export',
  backup: 'Back up the library',
  pdf: 'Export as PDF',
  pdfFilter: 'PDF document',
  importFiles: 'Import articles',
  package: 'Send for review',
  packageFilter: 'Copydesk package',
  importFilter: 'Articles (Markdown, text, HTML, Word, Copydesk package)',
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
  package: 'Envoyer pour relecture',
  packageFilter: 'Paquet Copydesk',
  importFilter: 'Articles (Markdown, texte, HTML, Word, paquet Copydesk)',
  ok: 'OK',
  cancel: 'Annuler',
  openLink: 'Ouvrir ce lien dans votre navigateur ?',
};

export const dialogLabels: Record<UiLanguage, DialogLabels> = { en, fr };
