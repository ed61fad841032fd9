import type { Locator } from '@playwright/test';
import type { CopydeskPage } from './copydesk-page';

const names = {
  en: { banner: 'Article in the trash', restore: 'Restore article' },
  fr: { banner: 'Article dans la corbeille', restore: 'Restaurer l’article' },
} as const;

/** The banner over an article opened from the trash, with its "Restore" button. */
export class TrashedArticle {
  constructor(private readonly app: CopydeskPage) {}

  get banner(): Locator {
    return this.app.page.getByRole('region', {
      name: names[this.app.language].banner,
      exact: true,
    });
  }

  get restoreButton(): Locator {
    return this.banner.getByRole('button', {
      name: names[this.app.language].restore,
      exact: true,
    });
  }
}
