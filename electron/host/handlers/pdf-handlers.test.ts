import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../dispatch';
import type { HostContext } from './host-context';
import { createPdfHandlers } from './pdf-handlers';

const call = (context: Partial<HostContext>, payload: unknown) =>
  dispatch(createPdfHandlers(context as HostContext) as never, 'export:pdf', payload);

describe('export:pdf', () => {
  it('returns the path the host wrote the PDF to', async () => {
    const printToPdf = vi.fn(() => Promise.resolve('/desk/la-une.pdf'));
    expect(await call({ printToPdf }, { suggestedName: 'la-une.pdf' })).toEqual({
      ok: true,
      value: { path: '/desk/la-une.pdf' },
    });
    expect(printToPdf).toHaveBeenCalledWith('la-une.pdf');
  });

  it('answers null when the user cancels the save dialog', async () => {
    const printToPdf = () => Promise.resolve(null);
    expect(await call({ printToPdf }, { suggestedName: 'la-une.pdf' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('is unavailable in browser mode, which uses the print dialog instead', async () => {
    expect(await call({ host: 'web' }, { suggestedName: 'la-une.pdf' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('print dialog') as string },
    });
  });
});
