import type { UiLanguage } from '../../shared/model/settings';

const en = {
  file: 'File',
  newArticle: 'New article',
  openLibrary: 'Open library…',
  newLibrary: 'New library…',
  backUpLibrary: 'Back up library…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  find: 'Find',
  reload: 'Reload',
  developerTools: 'Toggle developer tools',
  fullScreen: 'Toggle full screen',
  actualSize: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  help: 'Help',
  about: 'About Copydesk',
};

export type MenuLabels = typeof en;

const fr: MenuLabels = {
  file: 'Fichier',
  newArticle: 'Nouvel article',
  openLibrary: 'Ouvrir une bibliothèque…',
  newLibrary: 'Nouvelle bibliothèque…',
  backUpLibrary: 'Sauvegarder la bibliothèque…',
  quit: 'Quitter',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  find: 'Rechercher',
  reload: 'Recharger',
  developerTools: 'Outils de développement',
  fullScreen: 'Plein écran',
  actualSize: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  help: 'Aide',
  about: 'À propos de Copydesk',
};

export const menuLabels: Record<UiLanguage, MenuLabels> = { en, fr };
