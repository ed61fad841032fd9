import type { DragEvent, ReactNode } from 'react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';
import { ImportReport } from './ImportReport';
import '../export/transfer.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The article list as a drop target for files to import, with the last import's report. */
export function ImportDropZone({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { t } = useTranslation('transfer');
  const importFiles = useImportStore((state) => state.importFiles);
  const [over, setOver] = useState(false);
  const depth = useRef(0);

  const accept = (event: DragEvent) => {
    if (!enabled || !carriesFiles(event)) return false;
    event.preventDefault();
    return true;
  };

  return (
    <div
      className="import-drop-zone"
      onDragEnter={(event) => {
        if (!accept(event)) return;
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (accept(event)) event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!accept(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        if (!accept(event)) return;
        depth.current = 0;
        setOver(false);
        void importFiles([...event.dataTransfer.files]);
      }}
    >
      <ImportReport />
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.dropZone')}</p>
        </div>
      )}
    </div>
  );
}
