import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { Article, ArticleFields } from '../../shared/model/article';
import { ArticleFields as ArticleFieldsSchema } from '../../shared/model/article';
import type { Status } from '../../shared/model/status';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import { articleWords } from '../../shared/text/article-counts';
import type { EditorApi, LibraryPort } from './editor-api';
import { bridgeEditorApi, connectedLibrary } from './editor-api';
import { copyDraft } from './editor-copy-draft';
import type { ArticleSaver, SaveStatus } from './editor-saver';
import { createArticleSaver } from './editor-saver';
import { keptChangesToRestore } from './kept-changes-to-restore';
import { pagePendingEdits } from './page-pending-edits';
import type { PendingEdits } from './pending-edits';

/** Every field the writer edits outside the body. */
export type MetadataField = Exclude<keyof ArticleFields, 'body'>;

export type EditorAction = 'load' | 'status' | 'keepBoth' | 'reload' | 'restore';

export interface EditorSessionState {
  articleId: string | null;
  /** The article as the writer sees it: the last saved version plus their unsaved edits (body aside). */
  article: Article | null;
  /** Bumped when the body is replaced from outside (open, reload, restore): the editor remounts. */
  generation: number;
  loading: boolean;
  /** Editing is paused while a restore replaces the text. */
  busy: boolean;
  save: SaveStatus;
  failure: { action: EditorAction; error: AppErrorShape } | null;
  open: (id: string | null) => Promise<void>;
  setHeadline: (headline: string) => void;
  /** Records an edit for autosave; a value the model refuses is not recorded (returns false). */
  setField: <Name extends MetadataField>(name: Name, value: ArticleFields[Name]) => boolean;
  /** Called on every body transaction that changed the document; O(1). */
  bodyChanged: () => void;
  /** The editor hands over how to read its body; the returned function detaches it. */
  attachBody: (source: () => TiptapDocument) => () => void;
  saveNow: () => Promise<boolean>;
  setStatus: (status: Status, note: string) => Promise<boolean>;
  /** Confirms a held (unverified) received move as the profile's own signed move. */
  confirmMove: (moveId: number) => Promise<boolean>;
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
  debounceMs?: number;
  maxWaitMs?: number;
}

interface ArticleRecord {
  article: Article;
  saver: ArticleSaver;
}

export const editorSessionState =
  (deps: EditorSessionDeps): StateCreator<EditorSessionState> =>
  (set, get) => {
    const records = new Map<string, ArticleRecord>();
    let current: ArticleRecord | null = null;
    let openToken = 0;

    const isCurrent = (record: ArticleRecord) => current === record;

    const release = (record: ArticleRecord) => {
      if (isCurrent(record) || record.saver.hasUnsavedWork()) return;
      record.saver.stop();
      if (records.get(record.article.id) === record) records.delete(record.article.id);
    };

    const publish = (record: ArticleRecord) => {
      if (isCurrent(record)) set({ article: record.article });
    };

    const forgetKept = (id: string) => void deps.pendingEdits?.forget(id).catch(() => undefined);

    /**
     * Text this page kept while the server could not take it goes back in the editor, saved on
     * the revision it was typed on, so a version saved elsewhere meanwhile is a conflict. The
     * stored text is shown first and at once: opening never waits on the page's storage.
     */
    const restoreKept = async (shown: ArticleRecord, token: number) => {
      const keptEdit = await keptChangesToRestore(deps.pendingEdits, shown.article);
      if (!keptEdit || token !== openToken || !isCurrent(shown)) return;
      if (shown.saver.hasUnsavedWork()) return;
      shown.saver.stop();
      records.delete(shown.article.id);
      const restored = createRecord(
        { ...shown.article, ...keptEdit.changes },
        Math.min(keptEdit.baseRevision, shown.article.revision),
      );
      show(restored);
      restored.saver.change(keptEdit.changes);
    };

    const createRecord = (article: Article, baseRevision = article.revision): ArticleRecord => {
      const record = { article } as ArticleRecord;
      record.saver = createArticleSaver({
        id: article.id,
        baseRevision,
        debounceMs: deps.debounceMs,
        maxWaitMs: deps.maxWaitMs,
        pendingEdits: deps.pendingEdits,
        send: (request, transport) =>
          transport === 'keepalive'
            ? deps.api.saveKeepalive(request)
            : deps.api.articles.save(request),
        onSaved: (result, changes) => {
          const { revision, updatedAt, slug, counts } = result;
          // Other fields are already current in the view (typed since this save went out); only the
          // body, serialised lazily, is taken from the save so a reopened article shows it.
          const body = changes.body ?? record.article.body;
          record.article = { ...record.article, body, revision, updatedAt, slug, counts };
          publish(record);
          const { headline, standfirst, section, tags, bylines, language, deadline, embargo } =
            record.article;
          const listed = {
            headline,
            standfirst,
            section,
            tags,
            bylines,
            language,
            deadline,
            embargo,
          };
          deps.library().articleSaved({
            id: result.id,
            ...listed,
            updatedAt,
            revision,
            slug,
            words: articleWords(listed, counts.words),
          });
          release(record);
        },
        onStatus: (save) => {
          if (isCurrent(record)) set({ save });
          else release(record);
        },
      });
      records.set(article.id, record);
      return record;
    };

    const show = (record: ArticleRecord | null, extra: Partial<EditorSessionState> = {}) => {
      current = record;
      set({
        articleId: record?.article.id ?? null,
        article: record?.article ?? null,
        generation: get().generation + 1,
        save: record?.saver.status ?? { kind: 'saved' },
        loading: false,
        busy: false,
        failure: null,
        ...extra,
      });
    };

    /** Replaces an article's text with the server's version; the old saver's edits are dropped. */
    const replace = (record: ArticleRecord, article: Article) => {
      record.saver.stop();
      forgetKept(record.article.id);
      records.delete(record.article.id);
      const next = createRecord(article);
      if (isCurrent(record)) show(next);
      const { id, headline, status, updatedAt, revision, slug, counts } = article;
      const words = articleWords(article, counts.words);
      deps.library().articleSaved({ id, headline, status, updatedAt, revision, slug, words });
    };

    const fail = (action: EditorAction, error: AppErrorShape) => {
      set({ failure: { action, error }, busy: false });
      return false;
    };

    return {
      articleId: null,
      article: null,
      generation: 0,
      loading: false,
      busy: false,
      save: { kind: 'saved' },
      failure: null,

      async open(id) {
        if (id === get().articleId) return;
        const token = ++openToken;
        const previous = current;
        if (previous) {
          current = null;
          void previous.saver.flush().then(() => release(previous));
        }
        const kept = id === null ? undefined : records.get(id);
        if (id === null || kept) {
          if (kept) kept.article = { ...kept.article, ...kept.saver.peekChanges() };
          show(kept ?? null);
          return;
        }
        set({
          articleId: id,
          article: null,
          loading: true,
          failure: null,
          save: { kind: 'saved' },
        });
        const result = await deps.api.articles.get({ id });
        if (token !== openToken) return;
        if (!result.ok) {
          set({ loading: false, failure: { action: 'load', error: result.error } });
          return;
        }
        const existing = records.get(id);
        if (existing) return show(existing);
        const record = createRecord(result.value);
        show(record);
        await restoreKept(record, token);
      },

      setHeadline(headline) {
        get().setField('headline', headline);
      },

      setField(name, value) {
        if (!current || !ArticleFieldsSchema.shape[name].safeParse(value).success) return false;
        current.article = { ...current.article, [name]: value };
        set({ article: current.article });
        current.saver.change({ [name]: value });
        return true;
      },

      bodyChanged() {
        current?.saver.bodyChanged();
      },

      attachBody(source) {
        const saver = current?.saver;
        saver?.attachBody(source);
        return () => saver?.detachBody(source);
      },

      saveNow: () => current?.saver.flush() ?? Promise.resolve(true),

      async setStatus(status, note) {
        const record = current;
        if (!record) return false;
        const previous = record.article.status;
        set({ failure: null });
        record.article = { ...record.article, status };
        publish(record);
        const result = await record.saver.exclusive(
          (baseRevision) =>
            deps.api.articles.setStatus({ id: record.article.id, baseRevision, status, note }),
          (article) => article.revision,
        );
        if (!result.ok) {
          record.article = { ...record.article, status: previous };
          publish(record);
          return fail('status', result.error);
        }
        const { revision, updatedAt } = result.value;
        record.article = { ...record.article, status: result.value.status, revision, updatedAt };
        publish(record);
        deps.library().articleSaved({
          id: record.article.id,
          status: result.value.status,
          revision,
          updatedAt,
        });
        return true;
      },

      async confirmMove(moveId) {
        const record = current;
        if (!record) return false;
        set({ failure: null });
        const result = await record.saver.exclusive(
          (baseRevision) =>
            deps.api.articles.confirmMove({ id: record.article.id, moveId, baseRevision }),
          (article) => article.revision,
        );
        if (!result.ok) return fail('status', result.error);
        const { status, revision, updatedAt } = result.value;
        record.article = { ...record.article, status, revision, updatedAt };
        publish(record);
        deps.library().articleSaved({ id: record.article.id, status, revision, updatedAt });
        return true;
      },

      async keepBoth(copySuffix) {
        const record = current;
        if (!record) return false;
        set({ failure: null });
        const mine = { ...record.article, ...record.saver.peekChanges() };
        const created = await deps.api.articles.create(copyDraft(mine, copySuffix));
        if (!created.ok) return fail('keepBoth', created.error);
        record.saver.stop();
        forgetKept(record.article.id);
        records.delete(record.article.id);
        if (isCurrent(record)) show(createRecord(created.value));
        const library = deps.library();
        await library.refresh();
        library.select(created.value.id);
        return true;
      },

      async reloadTheirs() {
        const record = current;
        if (!record) return false;
        set({ failure: null });
        const result = await deps.api.articles.get({ id: record.article.id });
        if (!result.ok) return fail('reload', result.error);
        replace(record, result.value);
        return true;
      },

      async restoreRevision(revisionId) {
        const record = current;
        if (!record) return false;
        set({ busy: true, failure: null });
        const result: Result<Article> = await record.saver.exclusive(
          (baseRevision) =>
            deps.api.revisions.restore({ id: record.article.id, revisionId, baseRevision }),
          (article) => article.revision,
        );
        if (!result.ok) return fail('restore', result.error);
        replace(record, result.value);
        return true;
      },

      hasUnsavedWork: () => [...records.values()].some((record) => record.saver.hasUnsavedWork()),

      async flushAll() {
        const results = await Promise.all(
          [...records.values()].map((record) => record.saver.flush()),
        );
        return results.every(Boolean);
      },

      flushForUnload() {
        for (const record of records.values()) record.saver.flushForUnload();
      },

      dismissFailure() {
        set({ failure: null });
      },
    };
  };

/**
 * A store bound to the given host: tests pass fakes.
 * @internal Tests build the store on fakes; the app uses the bound one.
 */
export const createEditorSessionStore = (deps: EditorSessionDeps) =>
  createStore<EditorSessionState>()(editorSessionState(deps));

export const useEditorSession = create<EditorSessionState>()(
  editorSessionState({
    api: bridgeEditorApi(),
    library: connectedLibrary,
    pendingEdits: pagePendingEdits,
  }),
);
