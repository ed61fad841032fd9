import { useExportStore } from './export-store';
import { ExportDialog } from './ExportDialog';
import { PrintView } from './PrintView';

/** What export and print show above the app: the export dialog, the print view. */
export function TransferLayer() {
  const open = useExportStore((state) => state.open);
  return (
    <>
      {open && <ExportDialog />}
      <PrintView />
    </>
  );
}
