import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderImages } from '../../../shared/export/folder-images';
import { writeExport, writeExportFile } from './write-export';

const asset = `copydesk-asset:${'cd'.repeat(32)}.png`;
let folder: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-export-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('writeExport', () => {
  it('writes the file and copies folder-mode images into <slug>_files/', async () => {
    const images = createFolderImages('greve_files');
    expect(images.resolveImage(asset)).toBe(`greve_files/${'cd'.repeat(32)}.png`);
    const result = await writeExport({
      folder,
      fileName: 'greve.html',
      content: '<p>Grève\u00a0!</p>',
      images: { folderName: 'greve_files', files: images.files() },
      readAsset: (source) => (source === asset ? new Uint8Array([137, 80, 78, 71]) : null),
    });
    expect(fs.readFileSync(result.path, 'utf8')).toBe('<p>Grève\u00a0!</p>');
    expect([
      ...fs.readFileSync(path.join(folder, 'greve_files', `${'cd'.repeat(32)}.png`)),
    ]).toEqual([137, 80, 78, 71]);
    expect(result.missing).toEqual([]);
    expect(fs.readdirSync(folder).sort()).toEqual(['greve.html', 'greve_files']);
  });

  it('leaves the previous file whole and no temp file behind when the write fails', async () => {
    const target = path.join(folder, 'greve.md');
    fs.writeFileSync(target, 'version précédente');
    const failingWrite = (file: string) => {
      fs.writeFileSync(file, 'moitié');
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    };
    await expect(
      writeExport({
        folder,
        fileName: 'greve.md',
        content: 'nouvelle version',
        writeData: failingWrite,
      }),
    ).rejects.toMatchObject({ code: 'disk_full' });
    expect(fs.readFileSync(target, 'utf8')).toBe('version précédente');
    expect(fs.readdirSync(folder)).toEqual(['greve.md']);
  });

  it('maps permission errors to read_only', () => {
    const denied = () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    expect(() => writeExportFile(path.join(folder, 'x.md'), 'x', denied)).toThrow(
      expect.objectContaining({ code: 'read_only' }),
    );
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses names that would leave the export folder', async () => {
    for (const fileName of ['../evil.md', 'a/b.md', '..', 'a\\b.md']) {
      await expect(writeExport({ folder, fileName, content: 'x' })).rejects.toMatchObject({
        code: 'invalid',
      });
    }
    expect(fs.readdirSync(path.dirname(folder)).includes('evil.md')).toBe(false);
  });

  it('reports assets the library cannot provide', async () => {
    const result = await writeExport({
      folder,
      fileName: 'a.html',
      content: 'x',
      images: { folderName: 'a_files', files: [{ source: asset, name: `${'cd'.repeat(32)}.png` }] },
      readAsset: () => null,
    });
    expect(result.missing).toEqual([asset]);
  });
});
