import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorSession } from '../state/editor-session';
import { useUiStore } from '../state/ui-store';
import './keyboard.css';

/** The first stops of Tab: straight to the text of the open article, or to the article list. */
export function SkipLinks() {
  const { t } = useTranslation();
  const articleId = useEditorSession((state) => state.article?.id ?? null);
  const focusBody = useUiStore((state) => state.focusBody);
  const focusList = useUiStore((state) => state.focusList);

  // The targets take the focus themselves: a fragment link cannot put the caret in the body.
  const follow = (go: () => void) => (event: MouseEvent) => {
    event.preventDefault();
    go();
  };
  return (
    <nav className="skip-links" aria-label={t('keyboard.skipLinks')}>
      {articleId !== null && (
        <a href="#article-body" onClick={follow(() => focusBody(articleId))}>
          {t('keyboard.skipToArticle')}
        </a>
      )}
      <a href="#article-list" onClick={follow(focusList)}>
        {t('keyboard.skipToList')}
      </a>
    </nav>
  );
}
