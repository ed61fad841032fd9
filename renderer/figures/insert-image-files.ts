import type { Editor } from '@tiptap/core';
import { isAllowedImageSource } from '../../shared/editor/policy/image-source-policy';
import { uploadImage } from './upload-image';

const emptyFields = { alt: '', caption: '', credit: '' };

/**
 * Uploads each file in turn and inserts a figure for it: at `position` (a drop) or at the
 * selection (toolbar, paste). A file that fails is reported and skipped.
 */
export async function insertImageFiles(
  editor: Editor,
  files: readonly File[],
  position?: number,
): Promise<void> {
  let at = position;
  for (const file of files) {
    const image = await uploadImage(file);
    if (image === null || editor.isDestroyed || !isAllowedImageSource(image.src)) continue;
    const figure = { type: 'figure', attrs: { ...emptyFields, src: image.src } };
    if (at === undefined) {
      editor
        .chain()
        .focus()
        .insertFigure({ ...emptyFields, src: image.src })
        .run();
      continue;
    }
    const clamped = Math.min(at, editor.state.doc.content.size);
    editor.chain().focus().insertContentAt(clamped, figure).run();
    at = editor.state.selection.to;
  }
}
