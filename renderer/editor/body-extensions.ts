import type { Extensions } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { bodyFragmentName } from '../../shared/collab/article-document';
import { createExtensions } from '../../shared/editor/extensions';
import { SuggestChanges } from '../../shared/editor/suggestions/suggest-changes';
import { CommentAnchors } from '../comments/comment-anchors';
import { FigureEditing } from '../figures/figure-editing';
import { CleanPaste } from '../paste/clean-paste';
import { createPresenceCaret } from '../presence/presence-caret';
import { BodyEditorTracker } from '../state/body-editor';
import { useSettingsStore } from '../state/settings-store';
import { SuggestionsView } from '../suggestions/suggestions-view';
import { houseTypographyProfile, typographyEnabled } from '../typography/article-typography';
import { createWritingAidExtensions } from '../typography/writing-aids';
import { CommandShortcuts } from './command-shortcuts';
import { FindReplace } from './find-replace/find-replace-extension';
import { createBodySpellcheck } from './spelling/body-spellcheck';

/**
 * The shared schema plus the editor-only behaviour (shortcuts, find, paste, writing aids,
 * spelling), bound to the article's document: undo and redo are the document's (Yjs's undo
 * manager, which only undoes this editor's changes), so ProseMirror's own history is off. With
 * the document's awareness, other people's carets and selections show (and this one's goes out).
 */
export const createBodyExtensions = (document: Y.Doc, awareness?: Awareness): Extensions => [
  ...createExtensions({ history: false }),
  Collaboration.configure({ document, field: bodyFragmentName }),
  ...(awareness
    ? [createPresenceCaret(awareness, useSettingsStore.getState().settings?.authorName ?? '')]
    : []),
  CommandShortcuts,
  SuggestChanges.configure({
    author: () => useSettingsStore.getState().settings?.authorName ?? '',
  }),
  SuggestionsView,
  CommentAnchors,
  FindReplace,
  ...FigureEditing,
  CleanPaste.configure({
    frenchTypography: typographyEnabled,
    typographyProfile: houseTypographyProfile,
  }),
  ...createWritingAidExtensions(),
  createBodySpellcheck(),
  BodyEditorTracker,
];
