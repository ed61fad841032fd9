import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { useShallow } from 'zustand/react/shallow';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { StandfirstField } from '../components/editor/StandfirstField';
import { HeadlineField } from '../components/editor/HeadlineField';
import { restoreParagraphsInto } from '../diff/restore-paragraph-in-editor';
import { EditingHint } from '../presence/EditingHint';
import type { EditingField } from '../presence/presence-peer';
import { usePresence } from '../presence/presence-store';
import { useEditorSession } from '../state/editor-session';
import { watchFullScreen } from '../state/view-store';
import { bodyAttributes } from './body-attributes';
import { createBodyExtensions } from './body-extensions';
import { SelectionBubbleMenu } from './bubble-menu/SelectionBubbleMenu';
import { useCommandDialog } from './commands/command-dialog-store';
import { CommandDialogs } from './commands/CommandDialogs';
import { useWindowShortcuts } from './commands/use-window-shortcuts';
import { EditorToolbar } from './EditorToolbar';
import { useBodyFocusRequest } from './use-body-focus-request';
import { FindBar } from './find-replace/FindBar';
import { useFindBar } from './find-replace/find-bar-store';
import { EditorSpellingMenu } from './spelling/EditorSpellingMenu';
import './body-content.css';
import './body-font.css';
import './editor.css';
import './focus-mode.css';
import '../presence/presence.css';

/** The names of the others typing in `field`. */
const editorsOf =
  (field: EditingField) =>
  ({ peers }: { peers: { name: string; editing: EditingField | null }[] }) =>
    peers.filter((peer) => peer.editing === field).map((peer) => peer.name);

/**
 * Toolbar, headline and Tiptap body bound to the article's Yjs document. Mounted once per loaded
 * document (keyed by the session's generation), so undo history never crosses articles or
 * restores.
 */
export function ArticleEditor({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('editor');
  const [{ articleId, document, fresh }] = useState(() => {
    const { article, document } = useEditorSession.getState();
    // A brand-new article: the writer starts with the headline.
    return {
      articleId: article?.id,
      document: document ?? new Y.Doc(),
      fresh: article?.revision === 1 && article.headline === '',
    };
  });
  const [awareness] = useState(() => usePresence.getState().awarenessFor(document));
  useEffect(
    () => (articleId ? usePresence.getState().join(articleId, document) : undefined),
    [articleId, document],
  );
  const headlineEditors = usePresence(useShallow(editorsOf('headline')));
  const standfirstEditors = usePresence(useShallow(editorsOf('standfirst')));
  const setEditing = usePresence((state) => state.setEditing);
  const editingIn = (field: EditingField) => (focused: boolean) =>
    setEditing(focused ? field : null);
  const headline = useEditorSession((state) => state.article?.headline ?? '');
  const setHeadline = useEditorSession((state) => state.setHeadline);
  const standfirst = useEditorSession((state) => state.article?.standfirst ?? '');
  const setField = useEditorSession((state) => state.setField);
  const attachBody = useEditorSession((state) => state.attachBody);
  const extensions = useMemo(
    () => createBodyExtensions(document, awareness),
    [document, awareness],
  );
  const label = t('body.label');
  const placeholder = t('body.placeholder');
  const editorProps = useMemo(
    () => ({ attributes: bodyAttributes(label, placeholder) }),
    [label, placeholder],
  );

  // No `content`: the text comes from the document alone, or it would be inserted twice.
  const editor = useEditor({
    extensions,
    injectCSS: false,
    editable: !readOnly,
    editorProps,
    onFocus: () => setEditing('body'),
    onBlur: () => setEditing(null),
  });

  useEffect(() => attachBody(() => editor.getJSON() as TiptapDocument), [editor, attachBody]);
  useEffect(() => restoreParagraphsInto(editor), [editor]);

  useEffect(() => {
    editor.setEditable(!readOnly, false);
    // Assistive technology (and tests) read the textbox role's state from aria-readonly.
    editor.view.dom.setAttribute('aria-readonly', String(readOnly));
  }, [editor, readOnly]);
  useEffect(watchFullScreen, []);
  // The find bar and command dialogs belong to this text: another article starts without them.
  useEffect(
    () => () => {
      useFindBar.getState().close();
      useCommandDialog.getState().close();
    },
    [],
  );
  useWindowShortcuts(editor);
  useBodyFocusRequest(editor, articleId);
  const findOpen = useFindBar((state) => state.open);

  return (
    <div className="article-editor">
      <div className="editor-chrome">
        <EditorToolbar editor={editor} disabled={readOnly} />
        {findOpen && <FindBar editor={editor} readOnly={readOnly} />}
      </div>
      <div className="article-page">
        <HeadlineField
          value={headline}
          label={t('headline.label')}
          placeholder={t('headline.placeholder')}
          readOnly={readOnly}
          autoFocus={fresh}
          onChange={setHeadline}
          onEnter={() => editor.commands.focus('start')}
          onFocusChange={editingIn('headline')}
        />
        <EditingHint names={headlineEditors} field="headline" />
        <StandfirstField
          value={standfirst}
          label={t('metadata.standfirst')}
          placeholder={t('standfirst.placeholder')}
          readOnly={readOnly}
          onChange={(value) => setField('standfirst', value)}
          onFocusChange={editingIn('standfirst')}
        />
        <EditingHint names={standfirstEditors} field="standfirst" />
        <EditorContent editor={editor} className="article-body-frame" />
      </div>
      <SelectionBubbleMenu editor={editor} />
      <CommandDialogs editor={editor} />
      <EditorSpellingMenu editor={editor} />
    </div>
  );
}
