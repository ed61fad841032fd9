import * as Y from 'yjs';
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { readBodyDocument } from '../../shared/collab/read-article-document';
import { decodeUpdate } from '../../shared/collab/update-encoding';
import { writeArticleChanges } from '../../shared/collab/write-article-changes';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { Article } from '../../shared/model/article';
import { ArticleFields as ArticleFieldsSchema } from '../../shared/model/article';
import { applyKeptEdit } from './apply-kept-edit';
import { bridgeEditorApi, connectedLibrary } from './editor-api';
import { copyDraft } from './editor-copy-draft';
import { pagePendingEdits } from './page-pending-edits';
import type { PendingEdit } from './pending-edits';
import type { ArticleRecord } from './article-record';
import { createArticleRecord, remoteOrigin } from './article-record';
import { fetchArticleDocument } from './fetch-article-document';
import type { EditorSessionDeps, EditorSessionState, EditorAction } from './editor-session-state';
import { atCurrentRevision as atRevision } from './at-current-revision';

/** What the page kept and puts back: sent again, like typing. */
const keptOrigin = 'kept';
/** The body read for the rest of the app (readiness, copy, print) at most this often. */
const bodyRefreshMs = 1_000;

const listedFields = (article: Article) => {
  const { headline, standfirst, section, tags, bylines, language, deadline, embargo } = article;
  return { headline, standfirst, section, tags, bylines, language, deadline, embargo };
};

export const editorSessionState =
  (deps: EditorSessionDeps): StateCreator<EditorSessionState> =>
  (set, get) => {
    const editorId = deps.editorId ?? crypto.randomUUID();
    const records = new Map<string, ArticleRecord>();
    let current: ArticleRecord | null = null;
    let openToken = 0;
    /** Updates heard for the article being fetched, applied once its document is built. */
    let early: { id: string; updates: Uint8Array[] } | null = null;

    const isCurrent = (record: ArticleRecord) => current === record;

    const drop = (record: ArticleRecord) => {
      record.saver.stop();
      clearTimeout(record.bodyTimer);
      record.doc.destroy();
      if (records.get(record.article.id) === record) records.delete(record.article.id);
    };

    const release = (record: ArticleRecord) => {
      if (isCurrent(record) || record.saver.hasUnsavedWork()) return;
      drop(record);
    };

    const publish = (record: ArticleRecord) => {
      if (isCurrent(record)) set({ article: record.article });
    };

    const forgetKept = (id: string) => void deps.pendingEdits?.forget(id).catch(() => undefined);

    const readBody = (record: ArticleRecord) => {
      clearTimeout(record.bodyTimer);
      record.bodyTimer = undefined;
      const body = record.body ? record.body() : readBodyDocument(record.doc);
      record.article = { ...record.article, body };
      publish(record);
    };

    const scheduleBody = (record: ArticleRecord) => {
      record.bodyTimer ??= setTimeout(() => readBody(record), bodyRefreshMs);
    };

    const createRecord = (stored: Article, state: Uint8Array): ArticleRecord => {
      const record = createArticleRecord(stored, state, {
        saver: {
          origin: editorId,
          debounceMs: deps.debounceMs,
          maxWaitMs: deps.maxWaitMs,
          pendingEdits: deps.pendingEdits,
          send: (request, transport) =>
            transport === 'keepalive'
              ? deps.api.updateKeepalive(request)
              : deps.api.articles.update(request),
        },
        onSaved: async (saved) => {
          deps.library().articleSaved({ id: stored.id, ...listedFields(saved.article) });
          if (saved.slugAsked) {
            saved.slugAsked = false;
            await refreshHead(saved);
          }
          release(saved);
        },
        onStatus: (saving, save) => {
          if (isCurrent(saving)) set({ save });
          else release(saving);
        },
        onFieldsChanged: publish,
        onBodyChanged: scheduleBody,
      });
      records.set(stored.id, record);
      return record;
    };

    const show = (record: ArticleRecord | null, extra: Partial<EditorSessionState> = {}) => {
      current = record;
      set({
        articleId: record?.article.id ?? null,
        article: record?.article ?? null,
        document: record?.doc ?? null,
        generation: get().generation + 1,
        save: record?.saver.status ?? { kind: 'saved' },
        loading: false,
        busy: false,
        failure: null,
        ...extra,
      });
    };

    const fetchArticle = (id: string) => fetchArticleDocument(deps.api, id);

    /** Text this page kept while the server could not take it goes back in, and is sent again. */
    const restoreKept = async (record: ArticleRecord) => {
      let kept: PendingEdit | null;
      try {
        kept = (await deps.pendingEdits?.read(record.article.id)) ?? null;
      } catch (error) {
        console.error('Copydesk: kept text could not be read:', error);
        return;
      }
      if (!kept || !records.has(record.article.id)) return;
      if (!applyKeptEdit(record.doc, kept, keptOrigin) && !record.saver.hasUnsavedWork()) {
        forgetKept(record.article.id);
      }
    };

    /**
     * Shows the library's version in a new document. Unless `dropMine`, what this page has not
     * sent yet is merged into it and sent: a reload loses no typing.
     */
    const replace = async (record: ArticleRecord, dropMine: boolean): Promise<boolean> => {
      const fetched = await fetchArticle(record.article.id);
      if (!fetched.ok) return fail('reload', fetched.error);
      const mine = Y.encodeStateAsUpdate(record.doc);
      drop(record);
      if (dropMine) forgetKept(record.article.id);
      const next = createRecord(fetched.value.stored, fetched.value.state);
      if (!dropMine) Y.applyUpdate(next.doc, mine, keptOrigin);
      if (isCurrent(record)) show(next);
      const { id, status, updatedAt, revision, slug } = fetched.value.stored;
      deps
        .library()
        .articleSaved({ id, ...listedFields(next.article), status, updatedAt, revision, slug });
      return true;
    };

    /** The stored article's head (revision, status, counts) without touching what is typed. */
    const refreshHead = async (record: ArticleRecord): Promise<Result<Article>> => {
      const stored = await deps.api.articles.get({ id: record.article.id });
      if (!stored.ok) return stored;
      const { revision, updatedAt, slug, counts, status, trashedAt, conflict, handoffs } =
        stored.value;
      record.article = {
        ...record.article,
        ...{ revision, updatedAt, slug, counts, status, trashedAt, conflict, handoffs },
      };
      publish(record);
      return stored;
    };

    const atCurrentRevision = <T>(
      record: ArticleRecord,
      operation: (baseRevision: number) => Promise<Result<T>>,
      stillValid?: (stored: Article) => boolean,
    ) => atRevision(record, refreshHead, operation, stillValid);

    const fail = (action: EditorAction, error: AppErrorShape) => {
      set({ failure: { action, error }, busy: false });
      return false;
    };

    return {
      articleId: null,
      article: null,
      document: null,
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
          if (previous.body) readBody(previous);
          previous.body = null;
          void previous.saver.flush().then(() => release(previous));
        }
        const kept = id === null ? undefined : records.get(id);
        if (id === null || kept) {
          show(kept ?? null);
          return;
        }
        early = { id, updates: [] };
        set({
          articleId: id,
          article: null,
          document: null,
          loading: true,
          failure: null,
          save: { kind: 'saved' },
        });
        const fetched = await fetchArticle(id);
        if (token !== openToken) return;
        const heard = early?.id === id ? early.updates : [];
        early = null;
        if (!fetched.ok) {
          set({ loading: false, failure: { action: 'load', error: fetched.error } });
          return;
        }
        const existing = records.get(id);
        if (existing) return show(existing);
        const record = createRecord(fetched.value.stored, fetched.value.state);
        for (const update of heard) Y.applyUpdate(record.doc, update, remoteOrigin);
        show(record);
        await restoreKept(record);
      },

      setHeadline(headline) {
        get().setField('headline', headline);
      },

      setField(name, value) {
        if (!current || !ArticleFieldsSchema.shape[name].safeParse(value).success) return false;
        current.article = { ...current.article, [name]: value };
        set({ article: current.article });
        if (name === 'headline' || name === 'slug') current.slugAsked = true;
        writeArticleChanges(current.doc, { [name]: value }, editorId);
        return true;
      },

      attachBody(source) {
        const record = current;
        if (record) record.body = source;
        return () => {
          if (record?.body !== source) return;
          readBody(record);
          record.body = null;
        };
      },

      receiveUpdate({ id, update, origin }) {
        if (origin === editorId) return;
        const record = records.get(id);
        if (record) Y.applyUpdate(record.doc, decodeUpdate(update), remoteOrigin);
        else if (early?.id === id) early.updates.push(decodeUpdate(update));
      },

      async resync() {
        await Promise.all(
          [...records.values()].map(async (record) => {
            const state = await deps.api.articles.document({ id: record.article.id });
            if (state.ok && records.get(record.article.id) === record) {
              Y.applyUpdate(record.doc, decodeUpdate(state.value.state), remoteOrigin);
            }
          }),
        );
      },

      async saveNow() {
        const record = current;
        if (!record) return true;
        if (!(await record.saver.flush())) return false;
        readBody(record);
        await refreshHead(record);
        return true;
      },

      async setStatus(status, note) {
        const record = current;
        if (!record) return false;
        const previous = record.article.status;
        set({ failure: null });
        record.article = { ...record.article, status };
        publish(record);
        const result = await atCurrentRevision(
          record,
          (baseRevision) =>
            deps.api.articles.setStatus({ id: record.article.id, baseRevision, status, note }),
          (stored) => stored.status === previous,
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
        const result = await atCurrentRevision(record, (baseRevision) =>
          deps.api.articles.confirmMove({ id: record.article.id, moveId, baseRevision }),
        );
        if (!result.ok) return fail('status', result.error);
        const { status, revision, updatedAt } = result.value;
        record.article = { ...record.article, status, revision, updatedAt };
        publish(record);
        deps.library().articleSaved({ id: record.article.id, status, revision, updatedAt });
        return true;
      },

      async refreshHead() {
        const record = current;
        if (record) await refreshHead(record);
      },

      async keepBoth(copySuffix) {
        const record = current;
        if (!record) return false;
        set({ failure: null });
        readBody(record);
        const created = await deps.api.articles.create(copyDraft(record.article, copySuffix));
        if (!created.ok) return fail('keepBoth', created.error);
        forgetKept(record.article.id);
        drop(record);
        const library = deps.library();
        await library.refresh();
        library.select(created.value.id);
        return true;
      },

      async reloadTheirs() {
        const record = current;
        if (!record) return false;
        set({ failure: null });
        return replace(record, record.saver.status.kind === 'conflict');
      },

      async restoreRevision(revisionId) {
        const record = current;
        if (!record) return false;
        set({ busy: true, failure: null });
        const result = await atCurrentRevision(record, (baseRevision) =>
          deps.api.revisions.restore({ id: record.article.id, revisionId, baseRevision }),
        );
        if (!result.ok) return fail('restore', result.error);
        return replace(record, true);
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
