// Every catalog, as data: the renderer's i18next and the Electron menu and dialogs read the same strings.
import type { UiLanguage } from '../model/settings';
import enComments from './locales/en/comments.json';
import enCommon from './locales/en/common.json';
import enDialogs from './locales/en/dialogs.json';
import enDiff from './locales/en/diff.json';
import enEditor from './locales/en/editor.json';
import enFigures from './locales/en/figures.json';
import enLibrary from './locales/en/library.json';
import enMenu from './locales/en/menu.json';
import enNewsroom from './locales/en/newsroom.json';
import enPackages from './locales/en/packages.json';
import enPublishing from './locales/en/publishing.json';
import enSpellcheck from './locales/en/spellcheck.json';
import enSuggestions from './locales/en/suggestions.json';
import enTransfer from './locales/en/transfer.json';
import enWire from './locales/en/wire.json';
import enWorkflow from './locales/en/workflow.json';
import frComments from './locales/fr/comments.json';
import frCommon from './locales/fr/common.json';
import frDialogs from './locales/fr/dialogs.json';
import frDiff from './locales/fr/diff.json';
import frEditor from './locales/fr/editor.json';
import frFigures from './locales/fr/figures.json';
import frLibrary from './locales/fr/library.json';
import frMenu from './locales/fr/menu.json';
import frNewsroom from './locales/fr/newsroom.json';
import frPackages from './locales/fr/packages.json';
import frPublishing from './locales/fr/publishing.json';
import frSpellcheck from './locales/fr/spellcheck.json';
import frSuggestions from './locales/fr/suggestions.json';
import frTransfer from './locales/fr/transfer.json';
import frWire from './locales/fr/wire.json';
import frWorkflow from './locales/fr/workflow.json';

const en = {
  comments: enComments,
  common: enCommon,
  dialogs: enDialogs,
  diff: enDiff,
  editor: enEditor,
  figures: enFigures,
  library: enLibrary,
  menu: enMenu,
  newsroom: enNewsroom,
  packages: enPackages,
  publishing: enPublishing,
  spellcheck: enSpellcheck,
  suggestions: enSuggestions,
  transfer: enTransfer,
  wire: enWire,
  workflow: enWorkflow,
};

export type Catalog = typeof en;

const fr = {
  comments: frComments,
  common: frCommon,
  dialogs: frDialogs,
  diff: frDiff,
  editor: frEditor,
  figures: frFigures,
  library: frLibrary,
  menu: frMenu,
  newsroom: frNewsroom,
  packages: frPackages,
  publishing: frPublishing,
  spellcheck: frSpellcheck,
  suggestions: frSuggestions,
  transfer: frTransfer,
  wire: frWire,
  workflow: frWorkflow,
};

export const catalogs: Record<UiLanguage, Catalog> = { en, fr };
