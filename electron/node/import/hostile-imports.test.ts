import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { hostileInputs } from './testing/hostile-inputs';
import { createImporter } from './worker/create-importer';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const wholeArticle = { name: 'apres.md', bytes: encode('# Après\n\nLe texte suivant.') };

// The real worker, with the app's budget and cap: they bound each file, so no timing is asserted.
const importer = createImporter();
afterAll(() => importer.close());

describe('hostile imports', () => {
  it.each(hostileInputs.map((input) => [input.name, input] as const))(
    '%s is refused with its reason, or imported, and the next import works',
    async (name, input) => {
      const outcome = await importer
        .convert({ name, bytes: await input.bytes() })
        .catch((error: unknown) => error);
      if (input.refusal === null) {
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(AppError);
          expect(outcome.message).toContain(`Cannot import ${name}: `);
        } else expect(outcome).toMatchObject({ body: { type: 'doc' } });
      } else {
        expect(outcome).toBeInstanceOf(AppError);
        expect(outcome).toMatchObject({ code: 'invalid' });
        expect((outcome as Error).message).toMatch(input.refusal);
      }
      await expect(importer.convert(wholeArticle)).resolves.toMatchObject({ headline: 'Après' });
    },
    120_000,
  );
});

describe('the import worker', () => {
  it('stops a conversion past its memory cap with a refusal naming the file; the next one runs', async () => {
    const starved = createImporter({ seconds: 60, heapMegabytes: 8 });
    const attempt = starved.convert({ name: 'reportage.md', bytes: encode('# Reportage') });
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(
        /^Cannot import reportage\.md: .*more than 8 MB of memory/,
      ) as unknown,
    });
    await starved.close();
    await expect(importer.convert(wholeArticle)).resolves.toMatchObject({ headline: 'Après' });
  }, 120_000);

  it('stops a conversion past its time budget with a refusal naming the file', async () => {
    const hurried = createImporter({ seconds: 0.05, heapMegabytes: 448 });
    const slow = encode(`# Long\n\n${`${'**gras** et '.repeat(100)}\n\n`.repeat(1_000)}`);
    await expect(hurried.convert({ name: 'long.md', bytes: slow })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(
        /^Cannot import long\.md: .*longer than 0\.05 seconds/,
      ) as unknown,
    });
    await hurried.close();
  }, 120_000);
});
