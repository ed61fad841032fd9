import { describe, expect, it } from 'vitest';
import type { WireItem } from '../../../../shared/model/wire-item';
import { parseWireFile } from '../../wire/parse-wire-file';
import { wireFixture } from '../../wire/testing/wire-fixture';
import { openTestLibrary } from '../testing/open-test-library';

const afp = (name: string): WireItem[] => parseWireFile(name, wireFixture(`afp/${name}`));

describe('the wire desk', () => {
  it('keeps wire items apart from articles, searchable without accents or case', () => {
    const library = openTestLibrary();
    const [outcome] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    expect(outcome).toMatchObject({
      agency: 'afp.com',
      itemId: 'TX-PAR-SYN01',
      version: 1,
      outcome: 'added',
    });
    library.wire.store(afp('afp-fr-economie.windows-1252.xml'), 'eco.xml');
    expect(library.list({}).total).toBe(0);
    expect(library.wire.list({ text: 'numerises PREFECTURES' }).map((item) => item.itemId)).toEqual(
      ['TX-PAR-SYN01'],
    );
    expect(library.wire.list({ text: 'œuvre' }).map((item) => item.itemId)).toEqual([
      'TX-PAR-SYN02',
    ]);
    expect(library.wire.list({ text: 'gouvern' }).map((item) => item.itemId)).toEqual([
      'TX-PAR-SYN01',
    ]);
    expect(library.wire.list({}).map((item) => item.itemId)).toEqual([
      'TX-PAR-SYN02',
      'TX-PAR-SYN01',
    ]);
  });

  it('replaces an older version with a newer one, marked updated and unread again; never the reverse', () => {
    const library = openTestLibrary();
    const [first] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    library.wire.markRead(first!.id);
    expect(library.wire.get(first!.id)).toMatchObject({ read: true, updated: false, version: 1 });
    const [second] = library.wire.store(afp('afp-fr-archives-v2.iso-8859-1.xml'), 'v2.xml');
    expect(second).toMatchObject({ outcome: 'updated', id: first!.id, version: 2 });
    expect(library.wire.get(first!.id)).toMatchObject({
      read: false,
      updated: true,
      version: 2,
      source: 'v2.xml',
    });
    expect(library.wire.list({ text: '40 millions' })).toHaveLength(1);
    const [older] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    expect(older?.outcome).toBe('kept');
    expect(library.wire.get(first!.id).version).toBe(2);
    expect(library.wire.list({})).toHaveLength(1);
  });

  it('records a kill notice from the agency on the item', () => {
    const library = openTestLibrary();
    library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    const [kill] = library.wire.store(afp('afp-fr-archives-kill.iso-8859-1.xml'), 'kill.xml');
    expect(library.wire.get(kill!.id)).toMatchObject({ notice: 'kill', version: 4 });
    expect(library.wire.list({ text: 'archives' })[0]?.notice).toBe('kill');
  });

  it('filters by agency, urgency and unread', () => {
    const library = openTestLibrary();
    const [archives] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'a.xml');
    library.wire.store(afp('afp-fr-economie.windows-1252.xml'), 'b.xml');
    library.wire.store(
      parseWireFile('dpa.json', wireFixture('ninjs/examples/2.1/dpa_text.json')),
      'dpa.json',
    );
    expect(library.wire.list({ agency: 'dpa' }).map((item) => item.agency)).toEqual(['dpa']);
    expect(library.wire.list({ urgencyAtMost: 2 }).map((item) => item.itemId)).toEqual([
      'TX-PAR-SYN02',
    ]);
    library.wire.markRead(archives!.id);
    expect(library.wire.list({ unreadOnly: true })).toHaveLength(2);
  });
});
