import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { RevisionSnapshot, RevisionSummary } from '../../shared/model/revision';
import type { EditorApi } from '../state/editor-api';
import { bridgeEditorApi } from '../state/editor-api';
import type { EditorSessionState } from '../state/editor-session-state';
import { useEditorSession } from '../state/editor-session';
import type { SidePanelState } from '../state/side-panel-store';
import { useSidePanel } from '../state/side-panel-store';

export interface RevisionsState {
  /** The "Save version" name form is showing. */
  naming: boolean;
  articleId: string | null;
  items: RevisionSummary[];
  loading: boolean;
  preview: RevisionSnapshot | null;
  /** The comparison view is showing instead of the list. */
  comparing: boolean;
  failure: { action: 'list' | 'name' | 'preview' | 'restore'; error: AppErrorShape } | null;
  setPanelOpen: (open: boolean) => void;
  setNaming: (naming: boolean) => void;
  setComparing: (comparing: boolean) => void;
  load: (articleId: string) => Promise<void>;
  /** Saves what is pending, then names the article's current state. */
  saveVersion: (name: string) => Promise<boolean>;
  openPreview: (revisionId: number) => Promise<void>;
  closePreview: () => void;
  restorePreview: () => Promise<boolean>;
  /** Restores a whole revision (as a new revision) and goes back to the list. */
  restore: (revisionId: number) => Promise<boolean>;
}

type Session = { getState(): Pick<EditorSessionState, 'saveNow' | 'restoreRevision' | 'failure'> };
type SidePanels = {
  getState(): Pick<SidePanelState, 'setPanelOpen'>;
  subscribe(listener: (state: SidePanelState, previous: SidePanelState) => void): () => void;
};

export const revisionsState =
  (
    api: EditorApi['revisions'],
    session: Session,
    panels: SidePanels,
  ): StateCreator<RevisionsState> =>
  (set, get) => {
    let token = 0;
    const fail = (
      action: NonNullable<RevisionsState['failure']>['action'],
      error: AppErrorShape,
    ) => {
      set({ failure: { action, error }, loading: false });
      return false;
    };

    const onList = { naming: false, preview: null, comparing: false, failure: null };
    // Closed by another panel taking its place: it reopens on its list, as when closed by hand.
    panels.subscribe((now, before) => {
      if (before.sidePanel === 'versions' && now.sidePanel !== 'versions') set(onList);
    });

    return {
      naming: false,
      articleId: null,
      items: [],
      loading: false,
      preview: null,
      comparing: false,
      failure: null,

      setPanelOpen(open) {
        set(onList);
        panels.getState().setPanelOpen('versions', open);
      },

      setNaming(naming) {
        set(naming ? { naming, preview: null, comparing: false } : { naming });
        if (naming) panels.getState().setPanelOpen('versions', true);
      },

      setComparing(comparing) {
        set(comparing ? { comparing, naming: false, preview: null, failure: null } : { comparing });
      },

      async load(articleId) {
        const mine = ++token;
        set({
          articleId,
          loading: true,
          failure: null,
          ...(get().articleId === articleId ? {} : { items: [], preview: null, comparing: false }),
        });
        const result = await api.list({ id: articleId });
        if (mine !== token) return;
        if (!result.ok) return void fail('list', result.error);
        set({ items: result.value, loading: false });
      },

      async saveVersion(name) {
        const { articleId } = get();
        if (!articleId) return false;
        await session.getState().saveNow();
        const result = await api.name({ id: articleId, name });
        if (!result.ok) return fail('name', result.error);
        set({ naming: false });
        await get().load(articleId);
        return true;
      },

      async openPreview(revisionId) {
        const { articleId } = get();
        if (!articleId) return;
        const result = await api.get({ id: articleId, revisionId });
        if (!result.ok) return void fail('preview', result.error);
        if (get().articleId === articleId) set({ preview: result.value, failure: null });
      },

      closePreview() {
        set({ preview: null });
      },

      async restorePreview() {
        const { preview } = get();
        return preview ? get().restore(preview.id) : false;
      },

      async restore(revisionId) {
        const { articleId } = get();
        if (!articleId) return false;
        if (!(await session.getState().restoreRevision(revisionId))) {
          const error = session.getState().failure?.error ?? {
            code: 'internal',
            message: 'Not restored.',
          };
          return fail('restore', error);
        }
        set({ preview: null, comparing: false });
        await get().load(articleId);
        return true;
      },
    };
  };

export const useRevisions = create<RevisionsState>()(
  revisionsState(bridgeEditorApi().revisions, useEditorSession, useSidePanel),
);
