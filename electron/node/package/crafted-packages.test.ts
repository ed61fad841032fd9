import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/model/actor';
import type { Status } from '../../../shared/model/status';
import type { MoveSignature } from '../../../shared/model/move-signature';
import { statusMovePayload } from '../../../shared/trust/status-move-payload';
import { appErrorOf } from '../library/testing/app-error-of';
import { openTestLibrary, paragraphs } from '../library/testing/open-test-library';
import { testClock } from '../library/testing/test-clock';
import { generateSigningKey } from '../signing/signing-key';
import { keyFingerprint } from '../signing/key-fingerprint';
import { editorActor, packageDesk, reporterActor } from './testing/package-desk';
import { jsonBytes, parseBytes, rewritePackage } from './testing/rewrite-package';

interface LogEntry {
  revision: number;
  from: Status | null;
  to: Status;
  by: string;
  role: string | null;
  note: string;
  at: string;
  signature?: MoveSignature;
}

/** Rewrites `history.json`'s status log, and optionally the article's status, in a real package. */
const rewriteStatus = (
  bytes: Uint8Array,
  change: (log: LogEntry[], articleId: string) => LogEntry[],
  status?: Status,
) =>
  rewritePackage(bytes, (entries) => {
    const article = parseBytes(entries['article.json']);
    const history = parseBytes(entries['history.json']);
    history.statusLog = change(history.statusLog as LogEntry[], article.id as string);
    if (status !== undefined) article.status = status;
    entries['history.json'] = jsonBytes(history);
    entries['article.json'] = jsonBytes(article);
  });

/** A move as someone claims it, signed with `signer` when given (as a forger would sign it). */
const claimedMove = (
  articleId: string,
  move: Omit<LogEntry, 'signature' | 'revision'>,
  signer?: Actor['signer'],
): LogEntry => ({
  ...move,
  revision: 9,
  signature: signer?.sign(statusMovePayload({ ...move, articleId })),
});

const chief = (name = 'Rédactrice en chef') => ({ by: name, role: 'chief_editor', note: '' });

/** The reporter's library with one submitted article, and an editor's library to receive it. */
const desks = async () => {
  const clock = testClock();
  const reporter = openTestLibrary({ now: clock.now });
  const editor = openTestLibrary({ now: clock.now });
  const desk = packageDesk(clock);
  const created = reporter.create(
    { headline: 'Crue à Kayes', standfirst: 'Le fleuve monte.', body: paragraphs('Il pleut.') },
    reporterActor,
  );
  clock.advance(60_000);
  const { id } = reporter.setStatus(
    { id: created.id, baseRevision: created.revision, status: 'submitted', note: 'Prêt' },
    reporterActor,
  );
  clock.advance(60_000);
  const bytes = await desk.send(reporter, id, reporterActor);
  return { clock, reporter, editor, desk, id, bytes };
};

const statuses = (log: readonly { to: Status }[]) => log.map(({ to }) => to);

describe('status moves in a received package', () => {
  it('signs each move with the profile key, and the package carries the signatures', async () => {
    const { reporter, id, bytes } = await desks();
    const log = reporter.statusLog(id);
    expect(log.map(({ signature }) => signature?.publicKey)).toEqual([
      reporterActor.signer.publicKey,
      reporterActor.signer.publicKey,
    ]);
    rewriteStatus(bytes, (packaged) => {
      expect(packaged.map(({ signature }) => signature)).toEqual(
        log.map(({ signature }) => signature),
      );
      return packaged;
    });
  });

  it('(a) holds a claimed publication: the article arrives as a draft', async () => {
    const { editor, desk, id, bytes } = await desks();
    const crafted = rewriteStatus(
      bytes,
      (log) => [
        ...log.map(({ signature: _signature, ...entry }) => entry),
        { ...log[1]!, from: 'submitted', to: 'approved', ...chief(), signature: undefined },
        { ...log[1]!, from: 'approved', to: 'published', ...chief(), signature: undefined },
      ],
      'published',
    );
    const result = desk.receive(editor, crafted, editorActor);
    expect(result).toMatchObject({ outcome: 'added', heldMoves: 3, untrustedKeys: [] });
    expect(editor.get(id).status).toBe('draft');
    expect(editor.list({}).items.find((item) => item.id === id)?.status).toBe('draft');
    expect(statuses(editor.statusLog(id))).toEqual(['draft']);
    expect(editor.heldMoves(id).map(({ to, by, role, reason }) => [to, by, role, reason])).toEqual([
      ['submitted', 'Awa Diop', 'reporter', 'unsigned'],
      ['approved', 'Rédactrice en chef', 'chief_editor', 'unsigned'],
      ['published', 'Rédactrice en chef', 'chief_editor', 'unsigned'],
    ]);
  });

  it('(b) holds a move signed by a key the library does not trust, and names that key', async () => {
    const { editor, desk, id, bytes } = await desks();
    await desk.introduce(editor, reporterActor, editorActor);
    const forger = generateSigningKey();
    const crafted = rewriteStatus(bytes, (log) => [
      ...log,
      claimedMove(id, { from: 'submitted', to: 'approved', at: log[1]!.at, ...chief() }, forger),
    ]);
    const result = desk.receive(editor, crafted, editorActor);
    expect(result.heldMoves).toBe(1);
    expect(result.untrustedKeys).toEqual([
      expect.objectContaining({
        publicKey: forger.publicKey,
        fingerprint: keyFingerprint(forger.publicKey),
        name: 'Rédactrice en chef',
        role: 'chief_editor',
        trust: 'seen',
      }),
    ]);
    expect(editor.get(id).status).toBe('submitted');
    expect(editor.heldMoves(id)).toEqual([
      expect.objectContaining({
        to: 'approved',
        reason: 'unknown_key',
        fingerprint: forger.fingerprint,
      }),
    ]);
  });

  it('(b) holds a chief editor move signed by a key trusted only as a reporter', async () => {
    const { editor, desk, id, bytes } = await desks();
    await desk.introduce(editor, reporterActor, editorActor);
    const crafted = rewriteStatus(
      bytes,
      (log) => [
        ...log,
        claimedMove(
          id,
          { from: 'submitted', to: 'approved', at: log[1]!.at, ...chief('Awa Diop') },
          reporterActor.signer,
        ),
      ],
      'approved',
    );
    expect(desk.receive(editor, crafted, editorActor)).toMatchObject({
      heldMoves: 1,
      untrustedKeys: [],
    });
    expect(editor.get(id).status).toBe('submitted');
    expect(editor.heldMoves(id).map(({ reason }) => reason)).toEqual(['role_not_trusted']);
  });

  it('(c) refuses a signature whose move was changed after signing, and does not remember its key', async () => {
    const { editor, desk, id, bytes } = await desks();
    const crafted = rewriteStatus(bytes, (log) =>
      log.map((entry) => (entry.to === 'submitted' ? { ...entry, note: 'Publié' } : entry)),
    );
    expect(desk.receive(editor, crafted, editorActor)).toMatchObject({
      heldMoves: 1,
      untrustedKeys: [],
    });
    expect(editor.get(id).status).toBe('draft');
    expect(editor.heldMoves(id)).toEqual([
      expect.objectContaining({ to: 'submitted', note: 'Publié', reason: 'bad_signature' }),
    ]);
    expect(editor.signingKeys()).toEqual([]);
  });

  it('(c) refuses a signature moved onto another article', async () => {
    const { editor, desk, id, bytes } = await desks();
    await desk.introduce(editor, reporterActor, editorActor);
    const other = openTestLibrary().create({ headline: 'Autre' }, reporterActor);
    const crafted = rewriteStatus(bytes, (log) => [
      ...log,
      claimedMove(
        other.id,
        {
          from: 'submitted',
          to: 'draft',
          at: log[1]!.at,
          by: 'Awa Diop',
          role: 'reporter',
          note: '',
        },
        reporterActor.signer,
      ),
    ]);
    desk.receive(editor, crafted, editorActor);
    expect(editor.get(id).status).toBe('submitted');
    expect(editor.heldMoves(id).map(({ reason }) => reason)).toEqual(['bad_signature']);
  });

  it('(d) applies a move signed by a trusted key, and forwards it with its signature', async () => {
    const { clock, editor, desk, id, bytes } = await desks();
    await desk.introduce(editor, reporterActor, editorActor);
    expect(desk.receive(editor, bytes, editorActor)).toMatchObject({ heldMoves: 0 });
    expect(editor.get(id).status).toBe('submitted');
    expect(editor.heldMoves(id)).toEqual([]);
    expect(editor.statusLog(id).at(-1)?.signature?.publicKey).toBe(reporterActor.signer.publicKey);

    const chiefActor = { name: 'Mme Sall', role: 'chief_editor', signer: generateSigningKey() };
    const desk3 = openTestLibrary({ now: clock.now });
    await desk.introduce(desk3, reporterActor, chiefActor);
    const forwarded = await desk.send(editor, id, editorActor);
    expect(desk.receive(desk3, forwarded, chiefActor).heldMoves).toBe(0);
    expect(desk3.get(id).status).toBe('submitted');
  });

  it('(e) trusts a key on first use, applying its held moves, then holds its moves once revoked', async () => {
    const { clock, reporter, editor, desk, id, bytes } = await desks();
    const first = desk.receive(editor, bytes, editorActor);
    expect(first.untrustedKeys).toEqual([
      expect.objectContaining({
        publicKey: reporterActor.signer.publicKey,
        fingerprint: reporterActor.signer.fingerprint,
        name: 'Awa Diop',
        role: 'reporter',
      }),
    ]);
    expect(reporterActor.signer.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(editor.get(id).status).toBe('draft');
    expect(editor.heldMoves(id).map(({ reason }) => reason)).toEqual(['unknown_key']);

    const publicKey = reporterActor.signer.publicKey;
    expect(editor.changeKeyTrust({ publicKey, trust: 'trusted' }, editorActor).trust).toBe(
      'trusted',
    );
    expect(editor.get(id).status).toBe('submitted');
    expect(editor.heldMoves(id)).toEqual([]);
    expect(statuses(editor.statusLog(id))).toEqual(['draft', 'submitted']);

    expect(editor.changeKeyTrust({ publicKey, trust: 'revoked' }, editorActor).trust).toBe(
      'revoked',
    );
    clock.advance(60_000);
    const next = reporter.create({ headline: 'Décrue' }, reporterActor);
    reporter.setStatus(
      { id: next.id, baseRevision: next.revision, status: 'submitted', note: '' },
      reporterActor,
    );
    const later = await desk.send(reporter, next.id, reporterActor);
    expect(desk.receive(editor, later, editorActor)).toMatchObject({
      outcome: 'added',
      heldMoves: 1,
      untrustedKeys: [],
    });
    expect(editor.get(next.id).status).toBe('draft');
    expect(editor.heldMoves(next.id)).toEqual([
      expect.objectContaining({ to: 'submitted', reason: 'revoked_key' }),
    ]);
    expect(editor.get(id).status).toBe('submitted');
  });

  it('lets a local editor confirm a held move as their own signed move, never a reporter', async () => {
    const { editor, desk, id, bytes } = await desks();
    desk.receive(editor, bytes, editorActor);
    const [held] = editor.heldMoves(id);
    const base = editor.get(id).revision;
    expect(
      appErrorOf(() =>
        editor.confirmHeldMove({ id, moveId: held!.id, baseRevision: base }, reporterActor),
      ).code,
    ).toBe('forbidden');
    const confirmed = editor.confirmHeldMove(
      { id, moveId: held!.id, baseRevision: base },
      editorActor,
    );
    expect(confirmed.status).toBe('submitted');
    expect(editor.heldMoves(id)).toEqual([]);
    expect(editor.statusLog(id).at(-1)).toMatchObject({
      to: 'submitted',
      by: 'Chef Ndiaye',
      role: 'editor',
      note: 'Prêt',
      signature: { publicKey: editorActor.signer.publicKey },
    });
  });

  it('never confirms a held move the workflow does not allow from the status here', async () => {
    const { editor, desk, id, bytes } = await desks();
    const crafted = rewriteStatus(bytes, (log) => [
      ...log,
      { ...log[1]!, from: 'approved', to: 'published', ...chief(), signature: undefined },
    ]);
    desk.receive(editor, crafted, editorActor);
    const published = editor.heldMoves(id).find(({ to }) => to === 'published');
    const base = editor.get(id).revision;
    expect(
      appErrorOf(() =>
        editor.confirmHeldMove({ id, moveId: published!.id, baseRevision: base }, editorActor),
      ).code,
    ).toBe('forbidden');
    expect(editor.get(id).status).toBe('draft');
    expect(editor.heldMoves(id)).toHaveLength(2);
  });

  it('holds nothing twice when the same package arrives again', async () => {
    const { editor, desk, id, bytes } = await desks();
    desk.receive(editor, bytes, editorActor);
    const revision = editor.get(id).revision;
    expect(desk.receive(editor, bytes, editorActor).outcome).toBe('local_newer');
    expect(editor.get(id).revision).toBe(revision);
    expect(editor.heldMoves(id)).toHaveLength(1);
  });
});
