import { describe, expect, it } from 'vitest';
import type { WireItem } from '../../../../shared/model/wire-item';
import { documentText } from '../../../../shared/text/document-text';
import { typographyProfiles } from '../../../../shared/text/typography-profile';
import { parseWireFile } from '../../wire/parse-wire-file';
import { wireFixture } from '../../wire/testing/wire-fixture';
import { openTestLibrary, reporter } from '../testing/open-test-library';

const afp = (name: string): WireItem[] => parseWireFile(name, wireFixture(`afp/${name}`));
const house = typographyProfiles['fr-FR'];
const colon = house.beforeColon;

describe('write from a wire item', () => {
  it('makes a French AFP item a draft with the house typography, its metadata and the agency credited', () => {
    const library = openTestLibrary();
    const [stored] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    const article = library.wire.take(stored!.id, reporter, house);
    expect(article).toMatchObject({
      status: 'draft',
      headline: `Archives${colon}: le gouvernement présente un projet de loi sur l’accès aux fonds publics`,
      slug: 'france-archives-loi',
      language: 'fr',
      dateline: { place: 'Paris', date: '2026-12-07' },
      bylines: [
        { name: 'Camille Exemple', role: 'author' },
        { name: 'AFP', role: 'contributor' },
      ],
      tags: ['France', 'archives', 'gouvernement', '01000000', '11000000'],
    });
    const text = documentText(article.body);
    expect(text).toContain(
      `«${house.insideGuillemets}nous voulons une administration plus transparente${house.insideGuillemets}»`,
    );
    expect(text).toContain(`préfectures${house.beforeHighPunctuation}; il sera`);
    expect(text).not.toContain('"');
    expect(article.body.content?.at(-1)).toMatchObject({
      type: 'figure',
      attrs: { credit: 'AFP / Jeanne Exemple' },
    });
    expect(library.get(article.id).headline).toBe(article.headline);
  });

  it('links the article to its item and flags it when the agency kills the item later', () => {
    const library = openTestLibrary();
    const [stored] = library.wire.store(afp('afp-fr-archives-v1.iso-8859-1.xml'), 'v1.xml');
    const article = library.wire.take(stored!.id, reporter, house);
    expect(library.wire.sourceOf(article.id)).toEqual({
      wireId: stored!.id,
      agency: 'afp.com',
      credit: 'AFP',
      itemId: 'TX-PAR-SYN01',
      version: 1,
      currentVersion: 1,
      notice: null,
    });
    library.wire.store(afp('afp-fr-archives-kill.iso-8859-1.xml'), 'kill.xml');
    expect(library.wire.sourceOf(article.id)).toMatchObject({
      version: 1,
      currentVersion: 4,
      notice: 'kill',
    });
    expect(library.wire.sourceOf(library.create({}, reporter).id)).toBeNull();
  });

  it('keeps an English item’s text as sent', () => {
    const library = openTestLibrary();
    const [stored] = library.wire.store(afp('afp-en-utf8.xml'), 'en.xml');
    const article = library.wire.take(stored!.id, reporter, house);
    expect(article).toMatchObject({
      language: 'en',
      headline: 'Snow closes Alpine passes in France',
    });
  });
});
