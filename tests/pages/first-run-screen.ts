import type { Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';
import { uiNames, type UiLanguage } from './ui-names';

/** The first-run dialog: interface language, then the profile that signs the user's work. */
export class FirstRunScreen {
  constructor(private readonly app: CopydeskPage) {}

  dialog(language: UiLanguage): Locator {
    return this.app.page.getByRole('dialog', { name: uiNames[language].firstRun, exact: true });
  }

  languageSelect(language: UiLanguage): Locator {
    return this.dialog(language).getByRole('combobox', {
      name: uiNames[language].interfaceLanguage,
      exact: true,
    });
  }

  roleSelect(language: UiLanguage): Locator {
    return this.dialog(language).getByRole('combobox', {
      name: language === 'fr' ? 'Votre rôle' : 'Your role',
      exact: true,
    });
  }
}
