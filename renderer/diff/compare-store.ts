import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import type { DiffBlock } from '../../shared/diff/diff-block';
import type { DiffCounts } from '../../shared/diff/diff-counts';
import { countDiffWords } from '../../shared/diff/diff-counts';
import { diffDocuments } from '../../shared/diff/diff-documents';
import type { ComparedMetadata, MetadataChange } from '../../shared/diff/diff-metadata';
import { diffMetadata } from '../../shared/diff/diff-metadata';
import type { ParagraphRestore } from '../../shared/diff/paragraph-restore';
import { planParagraphRestore } from '../../shared/diff/paragraph-restore';
import type { AppErrorShape } from '../../shared/errors/error-code';
import type { Result } from '../../shared/ipc/result';
import type { ArticleFields } from '../../shared/model/article';
import type { TiptapDocument } from '../../shared/model/tiptap-document';
import type { EditorApi } from '../state/editor-api';
import { bridgeEditorApi } from '../state/editor-api';
import type { EditorSessionState } from '../state/editor-session-state';
import { useEditorSession } from '../state/editor-session';
import { requestParagraphRestore } from './paragraph-restore-bus';
import { restoreParagraphThroughSave } from './restore-paragraph-through-save';

/** The right-hand side of a comparison: a revision id or the text being edited. */
export type CompareTarget = number | 'current';

export interface Comparison {
  articleId: string;
  fromId: number;
  to: CompareTarget;
  before: TiptapDocument;
  after: TiptapDocument;
  blocks: DiffBlock[];
  metadata: MetadataChange[];
  counts: DiffCounts;
}

export type CompareFailure =
  { action: 'compare' | 'restoreParagraph'; error: AppErrorShape } | { action: 'stale' };

export interface CompareState {
  comparison: Comparison | null;
  loading: boolean;
  failure: CompareFailure | null;
  compare: (articleId: string, fromId: number, to: CompareTarget) => Promise<boolean>;
  /** Puts the older side of a changed or deleted block back into the text being edited. */
  restoreParagraph: (position: number) => Promise<boolean>;
  clear: () => void;
}

export type CompareApi = Pick<EditorApi, 'revisions'> & {
  articles: Pick<EditorApi['articles'], 'get' | 'save'>;
};
type Session = {
  getState(): Pick<EditorSessionState, 'article' | 'saveNow' | 'reloadTheirs' | 'failure'>;
};
type Side = { fields: ComparedMetadata & Pick<ArticleFields, 'body'> };

export const compareState =
  (
    api: CompareApi,
    session: Session,
    restoreInEditor: (restore: ParagraphRestore) => boolean | undefined,
  ): StateCreator<CompareState> =>
  (set, get) => {
    let token = 0;

    const readSide = async (articleId: string, target: CompareTarget): Promise<Result<Side>> => {
      if (target === 'current') {
        await session.getState().saveNow();
        const article = session.getState().article;
        if (article?.id !== articleId)
          return { ok: false, error: { code: 'not_found', message: 'Not open.' } };
        return { ok: true, value: { fields: article } };
      }
      const result = await api.revisions.get({ id: articleId, revisionId: target });
      if (!result.ok) return result;
      return {
        ok: true,
        value: { fields: { ...result.value.fields, status: result.value.status } },
      };
    };

    return {
      comparison: null,
      loading: false,
      failure: null,

      async compare(articleId, fromId, to) {
        const mine = ++token;
        set({ loading: true, failure: null });
        const before = await readSide(articleId, fromId);
        const after = before.ok ? await readSide(articleId, to) : before;
        if (mine !== token) return false;
        if (!before.ok || !after.ok) {
          const error = !before.ok ? before.error : !after.ok ? after.error : null;
          set({ loading: false, failure: { action: 'compare', error: error! } });
          return false;
        }
        const blocks = diffDocuments(before.value.fields.body, after.value.fields.body);
        set({
          loading: false,
          comparison: {
            articleId,
            fromId,
            to,
            before: before.value.fields.body,
            after: after.value.fields.body,
            blocks,
            metadata: diffMetadata(before.value.fields, after.value.fields),
            counts: countDiffWords(blocks),
          },
        });
        return true;
      },

      async restoreParagraph(position) {
        const comparison = get().comparison;
        if (comparison?.to !== 'current') return false;
        const { articleId, blocks, before, after, fromId } = comparison;
        const restore = planParagraphRestore(blocks, position, before, after);
        if (!restore) return false;
        set({ failure: null });
        const done =
          restoreInEditor(restore) ??
          (await restoreParagraphThroughSave(api.articles, session, articleId, restore));
        if (done !== true) {
          set({
            failure:
              done === false ? { action: 'stale' } : { action: 'restoreParagraph', error: done },
          });
          return false;
        }
        return get().compare(articleId, fromId, 'current');
      },

      clear() {
        token += 1;
        set({ comparison: null, loading: false, failure: null });
      },
    };
  };

export const useCompare = create<CompareState>()(
  compareState(bridgeEditorApi(), useEditorSession, requestParagraphRestore),
);
