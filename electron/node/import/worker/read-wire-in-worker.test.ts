import { describe, expect, it, onTestFinished } from 'vitest';
import { parseWireFile } from '../../wire/parse-wire-file';
import { wireFixture } from '../../wire/testing/wire-fixture';
import { createImporter, type ImportWorkerLimits } from './create-importer';

const afp = 'afp/afp-fr-archives-v1.iso-8859-1.xml';

const importer = (limits?: ImportWorkerLimits) => {
  const created = createImporter(limits);
  onTestFinished(() => created.close());
  return created;
};

describe('agency files read in the import worker', { timeout: 60_000 }, () => {
  it('give the same items as reading them in place', async () => {
    const bytes = wireFixture(afp);
    expect(await importer().readWire({ name: 'afp.xml', bytes })).toEqual(
      parseWireFile('afp.xml', bytes),
    );
  });

  it('go on in a fresh worker once one has read its share of files', async () => {
    const recycling = importer({ seconds: 8, heapMegabytes: 448, filesPerWorker: 1 });
    const bytes = wireFixture(afp);
    const first = await recycling.readWire({ name: 'a.xml', bytes });
    const second = await recycling.readWire({ name: 'b.xml', bytes });
    expect(second).toEqual(first);
    expect(second).toHaveLength(1);
  });

  it('are refused by name when hostile, and past the time budget the worker is stopped', async () => {
    const bomb = new TextEncoder().encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    );
    await expect(importer().readWire({ name: 'bomb.xml', bytes: bomb })).rejects.toThrow(
      /bomb\.xml/,
    );
    const hurried = importer({ seconds: 0, heapMegabytes: 448 });
    await expect(hurried.readWire({ name: 'afp.xml', bytes: wireFixture(afp) })).rejects.toThrow(
      /Cannot import afp\.xml: converting it took longer than 0 seconds/,
    );
  });
});
