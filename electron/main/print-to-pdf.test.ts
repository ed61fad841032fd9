import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DialogService } from '../host/dialog-service';
import { createPrintToPdf } from './print-to-pdf';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pdf-'));
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

const pdfBytes = Buffer.from('%PDF-1.7\n% la une\n%%EOF\n');

const setup = (
  chosen: string | null,
  contents = { printToPDF: vi.fn(() => Promise.resolve(pdfBytes)) },
) => {
  const chooseSaveFile = vi.fn<DialogService['chooseSaveFile']>(() => Promise.resolve(chosen));
  const printToPdf = createPrintToPdf({ contents: () => contents, dialogs: { chooseSaveFile } });
  return { printToPdf, chooseSaveFile, contents };
};

describe('createPrintToPdf', () => {
  it('asks where to save, prints A4 with backgrounds and writes the PDF there', async () => {
    const target = path.join(folder, 'la-une.pdf');
    const { printToPdf, chooseSaveFile, contents } = setup(target);
    expect(await printToPdf('la-une.pdf')).toBe(target);
    expect(chooseSaveFile).toHaveBeenCalledWith('pdf', 'la-une.pdf');
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true }),
    );
    expect(fs.readFileSync(target)).toEqual(pdfBytes);
    expect(fs.readdirSync(folder)).toEqual(['la-une.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, 'la-une.pdf');
    fs.writeFileSync(target, 'old version');
    const { printToPdf } = setup(target);
    await printToPdf('la-une.pdf');
    expect(fs.readFileSync(target)).toEqual(pdfBytes);
  });

  it('suggests a plain .pdf name, whatever the renderer sent', async () => {
    const { printToPdf, chooseSaveFile } = setup(null);
    await printToPdf('../../etc/la-une');
    await printToPdf('..');
    expect(chooseSaveFile.mock.calls.map(([, name]) => name)).toEqual([
      'la-une.pdf',
      'article.pdf',
    ]);
  });

  it('prints and writes nothing when the user cancels', async () => {
    const { printToPdf, contents } = setup(null);
    expect(await printToPdf('la-une.pdf')).toBeNull();
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('leaves the previous file intact when printing fails', async () => {
    const target = path.join(folder, 'la-une.pdf');
    fs.writeFileSync(target, 'old version');
    const failing = { printToPDF: vi.fn(() => Promise.reject(new Error('renderer gone'))) };
    const { printToPdf } = setup(target, failing);
    await expect(printToPdf('la-une.pdf')).rejects.toThrow('renderer gone');
    expect(fs.readFileSync(target, 'utf8')).toBe('old version');
    expect(fs.readdirSync(folder)).toEqual(['la-une.pdf']);
  });
});
