import type { ExportScope, ExportTarget } from './export-store';
import { useExportStore } from './export-store';
import { useEditorSession } from '../state/editor-session';
import { useLibraryStore } from '../library/library-store';

/** Where the user asked from: the list header, the editor bar, or a command (best guess). */
export type ExportOrigin = 'list' | 'article' | 'command';

const defaultScope = (origin: ExportOrigin, checked: number, article: boolean): ExportScope => {
  if (origin === 'article' && article) return 'article';
  if (checked > 0) return 'checked';
  if (origin === 'command' && article) return 'article';
  return 'list';
};

/** Opens the export dialog with the ticked articles, the current list and the open article. */
export function openExportDialog(origin: ExportOrigin): void {
  const library = useLibraryStore.getState();
  const open = useEditorSession.getState().article;
  const byId = new Map(library.items.map((item) => [item?.id, item]));
  const checked: ExportTarget[] = [...library.checkedIds].map((id) => ({
    id,
    embargo: byId.get(id)?.embargo ?? null,
  }));
  const article = open ? { id: open.id, embargo: open.embargo } : null;
  useExportStore.getState().openDialog({
    checked,
    article,
    query: library.query,
    listTotal: library.total,
    scope: defaultScope(origin, checked.length, article !== null),
  });
}
