import path from 'node:path';
import type { PrintToPDFOptions, WebContents } from 'electron';
import { AppError } from '../../shared/errors/error-code';
import type { DialogService } from '../host/dialog-service';
import { writeExportFile } from '../node/export/write-export';

export interface PrintToPdfDeps {
  /** The Copydesk window's contents, already showing the print view. */
  contents(): Pick<WebContents, 'printToPDF'> | null;
  dialogs: Pick<DialogService, 'chooseSaveFile'>;
  /** Crash-safe write; replaceable in tests. */
  writeFile?: (target: string, data: Uint8Array) => Promise<void>;
}

/** Margins in inches: about 2 cm, what a reader of a printed story expects. */
export const pdfOptions: PrintToPDFOptions = {
  printBackground: true,
  pageSize: 'A4',
  margins: { top: 0.8, bottom: 0.8, left: 0.8, right: 0.8 },
  generateDocumentOutline: true,
  generateTaggedPDF: true,
};

const pdfName = (suggestedName: string): string => {
  const base = path.basename(suggestedName.replaceAll('\\', '/')).trim();
  const stem = base.replace(/\.pdf$/i, '');
  return `${stem === '' || stem === '.' || stem === '..' ? 'article' : stem}.pdf`;
};

/** Asks where to save, prints the window to PDF and writes it crash-safely; null on cancel. */
export function createPrintToPdf(deps: PrintToPdfDeps) {
  const writeFile =
    deps.writeFile ?? ((target, data) => Promise.resolve(writeExportFile(target, data)));
  return async (suggestedName: string): Promise<string | null> => {
    const target = await deps.dialogs.chooseSaveFile('pdf', pdfName(suggestedName));
    if (target === null) return null;
    const contents = deps.contents();
    if (!contents) throw new AppError('unavailable', 'There is no Copydesk window to print.');
    const pdf = await contents.printToPDF(pdfOptions);
    await writeFile(target, new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    return target;
  };
}
