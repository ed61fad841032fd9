import { EditorContent, useEditor } from '@tiptap/react';
import { useMemo } from 'react';
import { createExtensions } from '../../shared/editor/extensions';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { FigureNodeView } from '../figures/figure-node-view';
import './editor.css';

/** A version's body through the same schema, not editable. */
export function ReadOnlyBody({ content, label }: { content: TiptapDocument; label: string }) {
  const extensions = useMemo(() => [...createExtensions(), FigureNodeView], []);
  const editor = useEditor(
    {
      extensions,
      content,
      injectCSS: false,
      editable: false,
      editorProps: {
        attributes: {
          role: 'document',
          'aria-label': label,
          'aria-readonly': 'true',
          class: 'article-body is-read-only',
        },
      },
    },
    [content],
  );
  return <EditorContent editor={editor} className="article-body-scroll" />;
}
