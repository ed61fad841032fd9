import type { onLoadDocumentPayload } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { IndexEntry } from '../../../../shared/newsroom/library-index';
import { indexMapName } from '../../../../shared/newsroom/library-index';
import { relayedIndex } from './relayed-index';

const entry = (changedAt: string, moves: number): IndexEntry => ({
  status: moves === 0 ? 'draft' : 'submitted',
  trashedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  changedAt,
  moves: Array.from({ length: moves }, () => ({
    from: 'draft',
    to: 'submitted',
    by: 'Awa',
    role: 'reporter',
    at: changedAt,
    note: '',
  })),
});

const relayedFrom = (other: Y.Doc, into: Y.Doc) =>
  Y.applyUpdate(into, Y.encodeStateAsUpdate(other, Y.encodeStateVector(into)), { source: 'redis' });

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the library document written by several instances', () => {
  it('puts back the later entry when a concurrent older one wins the Yjs conflict', async () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    // The older write must win Yjs's tie-break for the test to mean anything: higher client id.
    here.clientID = 1;
    there.clientID = 2;
    const extension = relayedIndex();
    await extension.afterLoadDocument!({
      documentName: 'library',
      document: here,
    } as unknown as onLoadDocumentPayload);
    const newer = entry('2026-01-01T00:00:02.000Z', 1);
    here.getMap(indexMapName).set('a', newer);
    there.getMap(indexMapName).set('a', entry('2026-01-01T00:00:01.000Z', 0));
    relayedFrom(there, here);
    expect(here.getMap(indexMapName).get('a')).toMatchObject({
      changedAt: '2026-01-01T00:00:01.000Z',
    });
    await tick();
    expect(here.getMap(indexMapName).get('a')).toEqual(newer);
    relayedFrom(here, there);
    expect(there.getMap(indexMapName).get('a')).toEqual(newer);
  });

  it('takes a relayed entry that is later than the one it knows', async () => {
    const here = new Y.Doc();
    const there = new Y.Doc();
    const extension = relayedIndex();
    await extension.afterLoadDocument!({
      documentName: 'library',
      document: here,
    } as unknown as onLoadDocumentPayload);
    here.getMap(indexMapName).set('a', entry('2026-01-01T00:00:01.000Z', 0));
    relayedFrom(here, there);
    const later = entry('2026-01-01T00:00:03.000Z', 1);
    there.getMap(indexMapName).set('a', later);
    relayedFrom(there, here);
    await tick();
    expect(here.getMap(indexMapName).get('a')).toEqual(later);
  });
});
