import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePng } from '../../node/assets/testing/sample-images';
import { dispatch, type HandlerTable } from '../dispatch';
import { LibrarySession } from '../../node/library/library-session';
import { temporaryFolder } from '../../node/library/testing/temporary-folder';
import { createAssetHandlers } from './asset-handlers';
import type { HostContext } from './host-context';
import { createFakeLibrary } from '../../node/library/testing/fake-library';
import { createFakeSettingsStore } from '../../node/settings/testing/fake-settings-store';

const setup = (options: { readOnlyReason?: string } = {}) => {
  const folder = temporaryFolder();
  const session = new LibrarySession(createFakeSettingsStore(), (path) =>
    createFakeLibrary(path, options),
  );
  session.open(folder, { create: true });
  const handlers = createAssetHandlers({ session } as unknown as HostContext);
  const add = (payload: unknown) => dispatch(handlers as HandlerTable, 'assets:add', payload);
  return { folder, add };
};

const request = (bytes: Buffer) => ({
  name: 'photo.png',
  mimeType: 'image/png',
  dataBase64: bytes.toString('base64'),
});

describe('assets:add', () => {
  it('stores the image in the current library and answers its source and size', async () => {
    const { folder, add } = setup();
    const result = await add(request(samplePng(12, 7)));
    expect(result).toMatchObject({ ok: true, value: { width: 12, height: 7 } });
    expect(result.ok && result.value).toHaveProperty(
      'src',
      expect.stringMatching(/^copydesk-asset:[0-9a-f]{64}\.png$/) as unknown,
    );
    expect(fs.readdirSync(path.join(folder, 'assets'))).toHaveLength(1);
  });

  it('refuses a file that is not an image, whatever its name and type', async () => {
    const { add } = setup();
    const result = await add(request(Buffer.from('<svg onload="alert(1)"/>')));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('refuses to write into a read-only library', async () => {
    const { folder, add } = setup({ readOnlyReason: 'The folder is read-only.' });
    const result = await add(request(samplePng(2, 2)));
    expect(result).toEqual({
      ok: false,
      error: { code: 'read_only', message: 'The folder is read-only.' },
    });
    expect(fs.existsSync(path.join(folder, 'assets'))).toBe(false);
  });

  it('refuses malformed requests', async () => {
    const { add } = setup();
    expect(await add({ name: 'x.png', mimeType: 'image/png' })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
