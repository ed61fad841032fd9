import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CopydeskApi } from '../../shared/ipc/api';
import type { AppErrorShape } from '../../shared/errors/error-code';
import { copydeskBridge } from '../bridge/copydesk-bridge';
import { conflictRevisions } from './conflict-revisions';
import type { CompareState } from '../diff/compare-store';
import { useCompare } from '../diff/compare-store';
import type { RevisionsState } from '../revisions/revisions-store';
import { useRevisions } from '../revisions/revisions-store';
import type { EditorSessionState } from '../state/editor-session-state';
import { useEditorSession } from '../state/editor-session';
import type { LibraryState } from '../library/library-store';
import { useLibraryStore } from '../library/library-store';

export interface ConflictState {
  /** The article being marked resolved; its editor is paused meanwhile. */
  resolvingId: string | null;
  failure: { articleId: string; error: AppErrorShape } | null;
  /** Opens Versions on the comparison of the marker's two revisions (conflictRevisions). */
  compareVersions: () => Promise<void>;
  /** Saves pending edits, clears the marker (resolved, or reviewed) and shows the article as stored. */
  resolve: () => Promise<boolean>;
}

export interface ConflictDeps {
  api: { articles: Pick<CopydeskApi['articles'], 'resolveConflict'> };
  session: () => Pick<EditorSessionState, 'article' | 'saveNow' | 'reloadTheirs' | 'failure'>;
  compare: () => Pick<CompareState, 'compare'>;
  revisions: () => Pick<RevisionsState, 'load' | 'setPanelOpen' | 'setComparing'>;
  library: () => Pick<LibraryState, 'articleSaved'>;
}

const notReloaded: AppErrorShape = { code: 'io', message: 'The article could not be reloaded.' };
const notSaved: AppErrorShape = { code: 'io', message: 'The pending edits could not be saved.' };

export const conflictState =
  ({ api, session, compare, revisions, library }: ConflictDeps): StateCreator<ConflictState> =>
  (set, get) => ({
    resolvingId: null,
    failure: null,

    async compareVersions() {
      const article = session().article;
      if (!article?.conflict) return;
      const [from, to] = conflictRevisions(article.conflict);
      // Loaded first: the panel's first load of another article would leave the comparison.
      await revisions().load(article.id);
      await compare().compare(article.id, from, to);
      revisions().setPanelOpen(true);
      revisions().setComparing(true);
    },

    async resolve() {
      const opened = session().article;
      if (!opened?.conflict || get().resolvingId !== null) return false;
      const articleId = opened.id;
      set({ resolvingId: articleId, failure: null });
      const fail = (error: AppErrorShape) => {
        set({ resolvingId: null, failure: { articleId, error } });
        return false;
      };
      if (!(await session().saveNow())) return fail(notSaved);
      const saved = session().article;
      if (saved?.id !== articleId)
        return fail({ code: 'cancelled', message: 'Another article was opened.' });
      const result = await api.articles.resolveConflict({
        id: articleId,
        baseRevision: saved.revision,
      });
      if (!result.ok) return fail(result.error);
      const { revision, updatedAt } = result.value;
      library().articleSaved({ id: articleId, inConflict: false, revision, updatedAt });
      if (session().article?.id === articleId && !(await session().reloadTheirs()))
        return fail(session().failure?.error ?? notReloaded);
      set({ resolvingId: null });
      return true;
    },
  });

/** @internal Tests build the store on fakes; the app uses the bound one. */
export const createConflictStore = (deps: ConflictDeps) =>
  createStore<ConflictState>()(conflictState(deps));

export const useConflict = create<ConflictState>()(
  conflictState({
    api: copydeskBridge(),
    session: () => useEditorSession.getState(),
    compare: () => useCompare.getState(),
    revisions: () => useRevisions.getState(),
    library: () => useLibraryStore.getState(),
  }),
);
