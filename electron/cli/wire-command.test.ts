import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary } from '../node/library/open-library';
import { runCli } from './testing/run-cli';

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../../tests/fixtures/wire/${path}`, import.meta.url));

let folder: string;
let library: string;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'copydesk-wire-'));
  library = join(folder, 'library');
  await runCli(['--library', library, 'init']);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const wireCount = (): number => {
  const opened = openLibrary(library, { create: false });
  try {
    return opened.wire.list({}).length;
  } finally {
    opened.close();
  }
};

describe('copydesk wire', () => {
  it('imports items of every format, then a newer version replaces the older one', async () => {
    const first = await runCli([
      '--library',
      library,
      'wire',
      'import',
      fixture('afp/afp-fr-archives-v1.iso-8859-1.xml'),
      fixture('newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml'),
      fixture('ninjs/examples/3.0/ntb_text.json'),
    ]);
    expect(first).toEqual({
      code: 0,
      stdout:
        "added afp.com TX-PAR-SYN01 v1 Archives : le gouvernement présente un projet de loi sur l'accès aux fonds publics\n" +
        'added http://www.acmenews.com/about/ urn:newsml:acmenews.com:20161121:US-FINANCE-FED v11 Fed to halt QE to avert "bubble"\n' +
        'added NTB urn:8d19cf88-b3ab-4972-8fec-1207599f2872 v6 Google har kjøpt giganttomt i Skien\n',
      stderr: '',
    });
    const again = await runCli([
      '--library',
      library,
      'wire',
      'import',
      fixture('afp/afp-fr-archives-v2.iso-8859-1.xml'),
      fixture('afp/afp-fr-archives-v1.iso-8859-1.xml'),
    ]);
    expect(again.stdout).toBe(
      'updated afp.com TX-PAR-SYN01 v2 Archives : le projet de loi prévoit une ouverture des fonds dès 2027\n' +
        "kept afp.com TX-PAR-SYN01 v1 Archives : le gouvernement présente un projet de loi sur l'accès aux fonds publics\n",
    );
    expect(wireCount()).toBe(3);
  });

  it('refuses a hostile file by name and stores nothing from the batch', async () => {
    const result = await runCli([
      '--library',
      library,
      'wire',
      'import',
      fixture('afp/afp-fr-archives-v1.iso-8859-1.xml'),
      fixture('hostile/billion-laughs.xml'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Cannot import wire file billion-laughs.xml: it declares XML entities',
    );
    expect(wireCount()).toBe(0);
  });

  it('watches a drop folder: good files stored and moved to imported/, bad ones to refused/ with the reason', async () => {
    const drop = join(folder, 'drop');
    mkdirSync(drop);
    copyFileSync(fixture('afp/afp-fr-economie.windows-1252.xml'), join(drop, 'eco.xml'));
    copyFileSync(fixture('hostile/invalid.json'), join(drop, 'broken.json'));
    copyFileSync(fixture('afp/afp-en-utf8.xml'), join(drop, 'partial.xml.part'));
    const result = await runCli(['--library', library, 'wire', 'watch', drop, '--once']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^added afp\.com TX-PAR-SYN02 v1 Budget/);
    expect(result.stderr).toMatch(
      /^refused Cannot import wire file broken\.json: it is not valid JSON/,
    );
    expect(readdirSync(drop).sort()).toEqual(['imported', 'partial.xml.part', 'refused']);
    expect(existsSync(join(drop, 'imported', 'eco.xml'))).toBe(true);
    expect(readFileSync(join(drop, 'refused', 'broken.json.reason.txt'), 'utf8')).toMatch(
      /not valid JSON/,
    );
    expect(wireCount()).toBe(1);
  });
});
