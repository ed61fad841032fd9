import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../open-library';
import { openTestLibrary, paragraphs, reporter } from '../testing/open-test-library';
import { temporaryFolder } from '../testing/temporary-folder';

describe('backup', () => {
  it('writes a consistent copy that passes integrity_check and opens as a library', async () => {
    const library = openTestLibrary();
    const article = library.create(
      { headline: 'Sauvegardé', body: paragraphs('Rien ne se perd.') },
      reporter,
    );
    library.save({ id: article.id, baseRevision: 1, changes: { standfirst: 'Chapô' } }, reporter);
    const destinationFolder = temporaryFolder();
    const destination = path.join(destinationFolder, 'library.sqlite');
    const written = await library.backup(destination);
    expect(written).toBe(destination);
    expect(fs.readdirSync(destinationFolder)).toEqual(['library.sqlite']);
    const db = new Database(destination, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const copy = openLibrary(destinationFolder, { create: false });
    try {
      expect(copy.get(article.id)).toMatchObject({
        headline: 'Sauvegardé',
        standfirst: 'Chapô',
        revision: 2,
      });
      expect(copy.list({ text: 'perd' }).total).toBe(1);
    } finally {
      copy.close();
    }
    expect(library.list({}).total).toBe(1);
  });

  it('replaces an older backup whole and refuses to overwrite the library itself', async () => {
    const library = openTestLibrary();
    library.create({ headline: 'Premier' }, reporter);
    const destination = path.join(temporaryFolder(), 'copydesk-backup.sqlite');
    fs.writeFileSync(destination, 'old backup');
    await library.backup(destination);
    const db = new Database(destination, { readonly: true });
    expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Premier']);
    db.close();
    await expect(library.backup(path.join(library.path, 'library.sqlite'))).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});

describe('backup without replacing', () => {
  it('never replaces an existing file, and leaves no temp file behind', async () => {
    const library = openTestLibrary();
    library.create({ headline: 'Premier' }, reporter);
    const folder = temporaryFolder();
    const destination = path.join(folder, 'copydesk-backup.sqlite');
    fs.writeFileSync(destination, 'notes de la source');
    await expect(library.backup(destination, { replace: false })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(fs.readFileSync(destination, 'utf8')).toBe('notes de la source');
    expect(fs.readdirSync(folder)).toEqual(['copydesk-backup.sqlite']);
    const fresh = path.join(folder, 'copydesk-backup-2.sqlite');
    expect(await library.backup(fresh, { replace: false })).toBe(fresh);
    const db = new Database(fresh, { readonly: true });
    expect(db.prepare('SELECT headline FROM articles').pluck().all()).toEqual(['Premier']);
    db.close();
    expect(
      fs
        .readdirSync(folder)
        .filter((name) => !name.endsWith('-shm') && !name.endsWith('-wal'))
        .sort(),
    ).toEqual(['copydesk-backup-2.sqlite', 'copydesk-backup.sqlite']);
  });
});
