import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../shared/model/article';
import { usePrintStore } from './print-store';
import { useMessageStore } from '../state/message-store';
import { exportPdf } from './export-pdf';

const bridge = vi.hoisted(() => ({ pdf: vi.fn(), host: 'electron' }));
const article = {
  id: 'a1',
  slug: 'la-une',
  headline: 'La une',
  body: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte' }] }],
  },
} as Article;

vi.mock('../bridge/copydesk-bridge', () => ({
  copydeskBridge: () => ({ export: { pdf: bridge.pdf } }),
}));
vi.mock('../state/host', () => ({ knownHost: () => bridge.host }));
vi.mock('../state/editor-session', () => ({
  useEditorSession: { getState: () => ({ saveNow: () => Promise.resolve(true), article }) },
}));

let viewWhenPrinted: unknown;
let unsubscribe: () => void;
beforeEach(() => {
  bridge.host = 'electron';
  viewWhenPrinted = undefined;
  useMessageStore.setState({ messages: [] });
  // Stands in for PrintView: reports the view laid out as soon as it is asked for.
  unsubscribe = usePrintStore.subscribe((state) => state.shown?.());
  bridge.pdf.mockImplementation(() => {
    viewWhenPrinted = usePrintStore.getState().article;
    return Promise.resolve({ ok: true, value: { path: '/desk/la-une.pdf' } });
  });
});
afterEach(() => {
  unsubscribe();
  usePrintStore.getState().finish();
  bridge.pdf.mockReset();
});

describe('exportPdf', () => {
  it('in the app, shows the print view while the host prints it, then hides it', async () => {
    await exportPdf();
    expect(bridge.pdf).toHaveBeenCalledWith({ suggestedName: 'la-une.pdf' });
    expect(viewWhenPrinted).toBe(article);
    expect(usePrintStore.getState().article).toBeNull();
    expect(useMessageStore.getState().messages).toEqual([
      expect.objectContaining({ key: 'transfer:pdf.done', values: { path: '/desk/la-une.pdf' } }),
    ]);
  });

  it('says nothing when the user cancels the save dialog', async () => {
    bridge.pdf.mockResolvedValue({ ok: true, value: null });
    await exportPdf();
    expect(usePrintStore.getState().article).toBeNull();
    expect(useMessageStore.getState().messages).toEqual([]);
  });

  it('reports a failed write and hides the print view', async () => {
    bridge.pdf.mockResolvedValue({ ok: false, error: { code: 'disk_full', message: 'Full.' } });
    await exportPdf();
    expect(usePrintStore.getState().article).toBeNull();
    expect(useMessageStore.getState().messages).toEqual([
      expect.objectContaining({ tone: 'error', key: 'errors.disk_full' }),
    ]);
  });

  it("in browser mode, opens the browser's print dialog instead", async () => {
    bridge.host = 'web';
    await exportPdf();
    expect(bridge.pdf).not.toHaveBeenCalled();
    expect(usePrintStore.getState()).toMatchObject({ article, purpose: 'print' });
  });
});
