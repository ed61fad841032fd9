import { corpusPath } from '../../../tests/corpus/corpus-files';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DialogService } from '../dialog-service';
import { dispatch, type HandlerTable } from '../dispatch';
import { LibrarySession } from '../../node/library/library-session';
import { openLibrary } from '../../node/library/open-library';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import type { HostContext } from './host-context';
import { createImportHandlers } from './import-handlers';
import { hostileInputs } from '../../node/import/testing/hostile-inputs';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';
import { generateSigningKey } from '../../node/signing/signing-key';
import { memorySiteSecrets } from '../../node/wordpress/testing/memory-site-secrets';

const signingKey = generateSigningKey();

const hostile = corpusPath('hostile');

const setup = (chosen: string[] | null = null) => {
  const session = new LibrarySession(createFakeSettingsStore(), openLibrary);
  const library = session.open(temporaryFolder(), { create: true });
  const chooseFiles = vi.fn<DialogService['chooseFiles']>(() => Promise.resolve(chosen));
  const context = {
    session,
    settings: createFakeSettingsStore(),
    signingKey: () => signingKey,
    siteSecrets: memorySiteSecrets(),
    dialogs: { chooseFiles },
  };
  const handlers = createImportHandlers(context as unknown as HostContext) as HandlerTable;
  const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload);
  return { library, call, chooseFiles, close: () => session.close() };
};

const file = (name: string, content: string | Buffer) => ({
  name,
  dataBase64: Buffer.from(content).toString('base64'),
});

describe('import:files', () => {
  it('creates one article per file, recorded as an import', async () => {
    const { library, call, close } = setup();
    const result = await call('import:files', {
      files: [
        file('a.md', '---\ntitle: Élection à Thiès\n---\n\nLes électeurs ont voté.\n'),
        file('b.txt', 'Grève des enseignants\n\nLe mouvement continue.'),
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        created: [{ headline: 'Élection à Thiès' }, { headline: 'Grève des enseignants' }],
        failed: [],
      },
    });
    const { items } = library.list({});
    expect(items.map((item) => item.headline).sort()).toEqual([
      'Grève des enseignants',
      'Élection à Thiès',
    ]);
    const [first] = result.ok ? (result.value as { created: { id: string }[] }).created : [];
    expect(library.listRevisions(first!.id).at(-1)).toMatchObject({ reason: 'import' });
    close();
  });

  it('reports a refused file by name and still imports the others', async () => {
    const { library, call, close } = setup();
    const result = await call('import:files', {
      files: [file('notes.pdf', '%PDF-1.7'), file('ok.txt', 'Titre\n\nTexte.')],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        created: [{ headline: 'Titre' }],
        failed: [{ name: 'notes.pdf', message: expect.stringContaining('notes.pdf') as unknown }],
      },
    });
    expect(library.list({}).total).toBe(1);
    close();
  });

  it('imports a hostile HTML file without any script or event handler', async () => {
    const { library, call, close } = setup();
    const bytes = readFileSync(join(hostile, '01-img-onerror.html'));
    const result = await call('import:files', { files: [file('01-img-onerror.html', bytes)] });
    expect(result.ok).toBe(true);
    const [summary] = library.list({}).items;
    const body = JSON.stringify(library.get(summary!.id).body);
    expect(body).not.toMatch(/<script|onerror|javascript:/i);
    close();
  });

  it('refuses a runaway file by name and its reason; the next file and the next import work', async () => {
    const { library, call, close } = setup();
    const nested = hostileInputs.find((input) => input.name === 'listes-indentees.md')!;
    const result = await call('import:files', {
      files: [
        file('reportage.md', Buffer.from(await nested.bytes())),
        file('ok.txt', 'Titre\n\nTexte.'),
      ],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        created: [{ headline: 'Titre' }],
        failed: [
          {
            name: 'reportage.md',
            message: 'Cannot import reportage.md: lists nested 2,000 deep; Copydesk accepts 32.',
          },
        ],
      },
    });
    const again = await call('import:files', { files: [file('suite.txt', 'Suite\n\nTexte.')] });
    expect(again).toMatchObject({ ok: true, value: { created: [{ headline: 'Suite' }] } });
    expect(library.list({}).total).toBe(2);
    close();
  }, 120_000);

  it('refuses more than 20 files at once', async () => {
    const { call, close } = setup();
    const files = Array.from({ length: 21 }, (_, index) => file(`${index}.txt`, 'x'));
    expect(await call('import:files', { files })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    close();
  });
});

describe('import:choose', () => {
  it('refuses a chosen file that nests through self-closing tags, naming it', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'auto-fermants.html');
    const selfClosing = hostileInputs.find((input) => input.name === 'auto-fermants.html')!;
    writeFileSync(path, await selfClosing.bytes());
    const { library, call, close } = setup([path]);
    const result = await call('import:choose', {});
    expect(result).toMatchObject({
      ok: true,
      value: {
        created: [],
        failed: [
          {
            name: 'auto-fermants.html',
            message: expect.stringMatching(
              /^Cannot import auto-fermants\.html: its HTML elements nest more than 256 deep/,
            ) as unknown,
          },
        ],
      },
    });
    expect(library.list({}).total).toBe(0);
    close();
  }, 120_000);

  it('imports the files chosen in the host dialog', async () => {
    const folder = temporaryFolder();
    const path = join(folder, 'depeche.md');
    writeFileSync(path, '# Inondations à Dakar\n\nLes pluies ont duré toute la nuit.\n');
    const { call, chooseFiles, close } = setup([path]);
    expect(await call('import:choose', {})).toMatchObject({
      ok: true,
      value: { created: [{ headline: 'Inondations à Dakar' }], failed: [] },
    });
    expect(chooseFiles).toHaveBeenCalledWith('import');
    close();
  });

  it('answers null when the dialog is cancelled', async () => {
    const { library, call, close } = setup(null);
    expect(await call('import:choose', {})).toEqual({ ok: true, value: null });
    expect(library.list({}).total).toBe(0);
    close();
  });
});
