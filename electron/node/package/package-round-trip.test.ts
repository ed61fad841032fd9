import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSchema } from '../../../shared/export/export-schema';
import type { Library } from '../library/library';
import { openTestLibrary } from '../library/testing/open-test-library';
import { testClock } from '../library/testing/test-clock';
import { addAsset, assetsFolder } from '../assets/asset-store';
import { pngWithMetadata, secrets } from '../assets/testing/images-with-metadata';
import { samplePng } from '../assets/testing/sample-images';
import { sha256Hex } from '../files/sha256';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import { reviewBody, reviewThread } from './testing/review-article';

const history = (library: Library, id: string) => ({
  revisions: library.listRevisions(id).map(({ revision, reason, name, author, createdAt }) => ({
    revision,
    reason,
    name,
    author,
    createdAt,
  })),
  statusLog: library.statusLog(id).map(({ revision, from, to, by, role, note, at }) => ({
    revision,
    from,
    to,
    by,
    role,
    note,
    at,
  })),
});

describe('a package read into a new library', () => {
  it('gives the identical article: fields, comments, suggestion marks, status, revisions, status log and images', async () => {
    const clock = testClock();
    const source = openTestLibrary({ now: clock.now });
    const target = openTestLibrary({ now: clock.now });
    const image = addAsset(source.path, samplePng(4, 3, 7), 'image/png');
    const created = source.create(
      {
        headline: 'Crue à Kayes',
        standfirst: 'Le fleuve monte.',
        tags: ['Mali'],
        bylines: [{ name: 'Awa Diop', role: 'author' }],
        body: reviewBody(image.src),
        comments: [reviewThread()],
      },
      reporterActor,
    );
    clock.advance(60_000);
    source.nameRevision(created.id, 'Première version', reporterActor);
    source.setStatus(
      { id: created.id, baseRevision: created.revision, status: 'submitted', note: 'Relire' },
      reporterActor,
    );
    const desk = packageDesk(clock);
    await desk.introduce(target, reporterActor, editorActor);
    const historyBeforeSending = history(source, created.id);
    const bytes = await desk.send(source, created.id, reporterActor);

    expect(desk.receive(target, bytes, editorActor).outcome).toBe('added');
    const sent = source.get(created.id);
    const received = target.get(created.id);
    const { handoffs: sentHandoffs, body: sentBody, ...sentRest } = sent;
    const { handoffs, body, ...receivedRest } = received;
    expect(receivedRest).toEqual(sentRest);
    expect(body).toEqual(exportSchema().nodeFromJSON(sentBody).toJSON());
    expect(JSON.stringify(body)).toContain('"suggestionInsertion"');
    expect(JSON.stringify(body)).toContain('"suggestionDeletion"');
    expect(JSON.stringify(body)).toContain('"comment"');
    expect(sentHandoffs.at(-1)).toMatchObject({ direction: 'sent', by: 'Awa Diop' });
    expect(handoffs.slice(0, -1)).toEqual(sentHandoffs);
    expect(handoffs.at(-1)).toMatchObject({
      id: sentHandoffs.at(-1)!.id,
      direction: 'received',
      by: 'Chef Ndiaye',
    });
    // The sender keeps one more version, "Sent for review", made once the package was written.
    expect(history(target, created.id)).toEqual(historyBeforeSending);
    expect(history(source, created.id).revisions).toHaveLength(
      historyBeforeSending.revisions.length + 1,
    );
    const name = image.src.slice('copydesk-asset:'.length);
    expect(fs.readFileSync(path.join(assetsFolder(target.path), name))).toEqual(
      fs.readFileSync(path.join(assetsFolder(source.path), name)),
    );
  });
});

describe('a package image that carries metadata', () => {
  it('is stored without it, under its new name, and every version shows the stored image', async () => {
    const clock = testClock();
    const source = openTestLibrary({ now: clock.now });
    const target = openTestLibrary({ now: clock.now });
    // As an older Copydesk, which kept PNG text chunks, would have stored it.
    const carrying = pngWithMetadata();
    const carryingName = `${sha256Hex(carrying)}.png`;
    fs.mkdirSync(assetsFolder(source.path), { recursive: true });
    fs.writeFileSync(path.join(assetsFolder(source.path), carryingName), carrying);
    const created = source.create(
      { headline: 'Crue à Kayes', body: reviewBody(`copydesk-asset:${carryingName}`) },
      reporterActor,
    );
    const desk = packageDesk(clock);
    await desk.introduce(target, reporterActor, editorActor);
    const bytes = await desk.send(source, created.id, reporterActor);

    expect(desk.receive(target, bytes, editorActor).outcome).toBe('added');
    const cleanName = `${sha256Hex(samplePng(4, 3))}.png`;
    expect(fs.readdirSync(assetsFolder(target.path))).toEqual([cleanName]);
    const stored = fs.readFileSync(path.join(assetsFolder(target.path), cleanName));
    expect(stored).toEqual(samplePng(4, 3));
    for (const secret of secrets) expect(stored.toString('latin1')).not.toContain(secret);
    expect(JSON.stringify(target.get(created.id).body)).toContain(`copydesk-asset:${cleanName}`);
    for (const { revision } of target.listRevisions(created.id)) {
      const body = JSON.stringify(target.getRevision(created.id, revision).fields.body);
      expect(body).not.toContain(carryingName);
    }
  });
});
