import { readCorpusFile } from '../../../tests/corpus/corpus-files';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { importFile } from './import-file';

interface Bomb {
  id: string;
  format: string;
  parts: { text: string; repeat: number }[];
}

const { bombs } = JSON.parse(readCorpusFile('hostile', 'bombs.json')) as {
  bombs: Bomb[];
};
const folder = mkdtempSync(join(tmpdir(), 'copydesk-bombs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Budgets (2 s, linear scaling) are measured by the bench, not asserted here (no timing in tests).
// B13 is a JSON bomb: JSON import comes with a later issue.
describe('complexity bombs', () => {
  it.each(bombs.filter((bomb) => bomb.format !== 'json').map((bomb) => [bomb.id, bomb] as const))(
    '%s imports or is refused with a clear message',
    async (id, bomb) => {
      const path = join(folder, `${id}.${bomb.format}`);
      writeFileSync(path, bomb.parts.map((part) => part.text.repeat(part.repeat)).join(''));
      const outcome = await importFile(path).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error)),
      );
      if (outcome instanceof Error) {
        expect(outcome).toBeInstanceOf(AppError);
        expect(outcome.message).toContain(`${id}.${bomb.format}`);
      } else {
        expect(outcome.body.type).toBe('doc');
      }
    },
  );
});
