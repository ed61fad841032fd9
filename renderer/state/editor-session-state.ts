import type * as Y from 'yjs';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Article, ArticleFields } from '../../shared/model/article';
import type { Status } from '../../shared/model/status';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import type { EditorApi, LibraryPort } from './editor-api';
import type { SaveStatus } from './editor-saver';
import type { PendingEdits } from './pending-edits';

/** Every field the writer edits outside the body. */
export type MetadataField = Exclude<keyof ArticleFields, 'body'>;

export type EditorAction = 'load' | 'status' | 'keepBoth' | 'reload' | 'restore';

/** An update of an article's document made elsewhere (event `article:updated`). */
export interface ReceivedUpdate {
  id: string;
  update: string;
  origin: string | null;
}

export interface EditorSessionState {
  articleId: string | null;
  /** The article as the writer sees it: its document's fields, plus the stored status and counts. */
  article: Article | null;
  /** The open article's Yjs document: the body editor binds to it. */
  document: Y.Doc | null;
  /** Bumped when the document is replaced (open, reload, restore): the editor remounts. */
  generation: number;
  loading: boolean;
  /** Editing is paused while a restore replaces the text. */
  busy: boolean;
  save: SaveStatus;
  failure: { action: EditorAction; error: AppErrorShape } | null;
  open: (id: string | null) => Promise<void>;
  setHeadline: (headline: string) => void;
  /** Writes an edit into the document; a value the model refuses is not written (returns false). */
  setField: <Name extends MetadataField>(name: Name, value: ArticleFields[Name]) => boolean;
  /** The editor hands over how to read its body; the returned function detaches it. */
  attachBody: (source: () => TiptapDocument) => () => void;
  /** Another window, tab or the library changed an article: merged into its document. */
  receiveUpdate: (received: ReceivedUpdate) => void;
  /** Updates may have been missed (the event stream dropped): merge the library's state again. */
  resync: () => Promise<void>;
  saveNow: () => Promise<boolean>;
  setStatus: (status: Status, note: string) => Promise<boolean>;
  /** Confirms a held (unverified) received move as the profile's own signed move. */
  confirmMove: (moveId: number) => Promise<boolean>;
  /** Reads the open article's status and revision again after a change made elsewhere (a key trusted); the text is untouched. */
  refreshHead: () => Promise<void>;
  keepBoth: (copySuffix: string) => Promise<boolean>;
  reloadTheirs: () => Promise<boolean>;
  restoreRevision: (revisionId: number) => Promise<boolean>;
  hasUnsavedWork: () => boolean;
  flushAll: () => Promise<boolean>;
  flushForUnload: () => void;
  dismissFailure: () => void;
}

export interface EditorSessionDeps {
  api: EditorApi;
  library: () => LibraryPort;
  /** Edits the server has not confirmed, kept where a reload finds them; absent: memory only. */
  pendingEdits?: PendingEdits;
  /** This page's editor id (sent with its updates); tests name theirs. */
  editorId?: string;
  debounceMs?: number;
  maxWaitMs?: number;
}
