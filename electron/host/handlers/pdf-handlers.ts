import { AppError } from '../../../shared/errors/error-code';
import type { HandlerTable } from '../dispatch';
import type { HostContext } from './host-context';

type PdfHandlers = Pick<HandlerTable, 'export:pdf'>;

/**
 * PDF of the window's print view, where the host can print one (Electron). Browser mode has no
 * such thing: the renderer opens the browser's print dialog, whose "Save as PDF" does the same.
 */
export const createPdfHandlers = ({ printToPdf }: HostContext): PdfHandlers => ({
  'export:pdf': async ({ suggestedName }) => {
    if (!printToPdf) {
      throw new AppError(
        'unavailable',
        "PDF export is done with the browser's print dialog in browser mode.",
      );
    }
    const path = await printToPdf(suggestedName);
    return path === null ? null : { path };
  },
});
