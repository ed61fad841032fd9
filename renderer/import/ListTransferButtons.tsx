import type { ReactNode } from 'react';
import { ExportButton } from '../export/ExportButton';
import { useLibraryInfoStore } from '../library/library-info-store';
import { useLibraryStore } from '../library/library-store';
import { ImportButton } from './ImportButton';

/** Import… and Export… in the list header (not in the trash), then `children` (the outbox). */
export function ListTransferButtons({ children }: { children?: ReactNode }) {
  const trash = useLibraryStore((state) => state.query.trash);
  const empty = useLibraryStore((state) => state.total === 0 && state.checkedIds.size === 0);
  const readOnly = useLibraryInfoStore((state) => state.info?.readOnly ?? true);
  if (trash) return null;
  return (
    <div className="button-row transfer-buttons">
      <ImportButton disabled={readOnly} />
      <ExportButton disabled={empty} />
      {children}
    </div>
  );
}
