import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { HeadlineField } from '../components/editor/HeadlineField';
import { useEditorSession } from '../state/editor-session';
import { bodyAttributes } from './body-attributes';
import { createBodyExtensions } from './body-extensions';
import { EditorToolbar } from './EditorToolbar';
import './editor.css';

/**
 * Toolbar, headline and Tiptap body. Mounted once per loaded text (keyed by the session's
 * generation), so undo history never crosses articles or restores.
 */
export function ArticleEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const [{ body, fresh }] = useState(() => {
    const article = useEditorSession.getState().article;
    // A brand-new article: the writer starts with the headline.
    return { body: article?.body, fresh: article?.revision === 1 && article.headline === '' };
  });
  const headline = useEditorSession((state) => state.article?.headline ?? '');
  const setHeadline = useEditorSession((state) => state.setHeadline);
  const attachBody = useEditorSession((state) => state.attachBody);
  const bodyChanged = useEditorSession((state) => state.bodyChanged);
  const extensions = useMemo(createBodyExtensions, []);
  const label = t('body.label');
  const placeholder = t('body.placeholder');
  const editorProps = useMemo(() => ({ attributes: bodyAttributes(label, placeholder) }), [label, placeholder]);

  const editor = useEditor({
    extensions,
    content: body ?? null,
    injectCSS: false,
    editable: !readOnly,
    editorProps,
    onUpdate: () => bodyChanged(),
  });

  useEffect(() => attachBody(() => editor.getJSON() as TiptapDocument), [editor, attachBody]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  return (
    <div className="article-editor">
      <EditorToolbar editor={editor} disabled={readOnly} />
      <div className="article-page">
        <HeadlineField
          value={headline}
          label={t('headline.label')}
          placeholder={t('headline.placeholder')}
          readOnly={readOnly}
          autoFocus={fresh}
          onChange={setHeadline}
          onEnter={() => editor.commands.focus('start')}
        />
        <EditorContent editor={editor} className="article-body-frame" />
      </div>
    </div>
  );
}
