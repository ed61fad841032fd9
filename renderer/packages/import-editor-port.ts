import type { PackageImport, PackageOutcome } from '../../shared/model/package-outcome';
import type { EditorSessionState } from '../state/editor-session-state';

/** What an import asks of the editor around it. */
export interface ImportEditorPort {
  /** Saves pending edits, so a package is compared with what the writer sees. */
  saveAll: () => Promise<boolean>;
  /** Shows the open article as stored when a package changed it under the editor. */
  packagesImported: (packages: readonly PackageImport[]) => Promise<void>;
}

const changedTheArticle: ReadonlySet<PackageOutcome> = new Set([
  'added',
  'fast_forwarded',
  'merged',
  'conflict',
]);

type Session = Pick<
  EditorSessionState,
  'articleId' | 'flushAll' | 'hasUnsavedWork' | 'reloadTheirs'
>;

export const importEditorPort = (session: () => Session): ImportEditorPort => ({
  saveAll: () => session().flushAll(),

  async packagesImported(packages) {
    const { articleId } = session();
    const changed = packages.some(
      ({ id, outcome }) => id === articleId && changedTheArticle.has(outcome),
    );
    // Unsaved edits are never dropped: their next save meets the new revision and the editor's
    // save-conflict dialog lets the writer choose.
    if (changed && !session().hasUnsavedWork()) await session().reloadTheirs();
  },
});
