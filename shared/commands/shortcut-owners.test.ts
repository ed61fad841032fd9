import { describe, expect, it } from 'vitest';
import type { CommandHost } from './app-command';
import { appCommands } from './app-commands';
import { findDoubleOwners } from './testing/shortcut-owners';
import { shortcutsOnHost } from './shortcuts-on-host';

describe('findDoubleOwners', () => {
  it('finds two commands on one combination in a scope', () => {
    expect(
      findDoubleOwners([
        { id: 'bold', scope: 'editor', shortcuts: ['Mod-b'] },
        { id: 'blockquote', scope: 'editor', shortcuts: ['Mod-B'] },
      ]),
    ).toEqual([
      { combination: 'Ctrl+b', scope: 'editor', ids: ['bold', 'blockquote'] },
      expect.anything(),
    ]);
  });

  it('counts an app shortcut in every scope', () => {
    const owners = findDoubleOwners([
      { id: 'focusSearch', scope: 'app', shortcuts: ['Mod-f'] },
      { id: 'find', scope: 'editor', shortcuts: ['Mod-f'] },
    ]);
    expect(owners.map(({ scope, ids }) => [scope, ids])).toContainEqual([
      'editor',
      ['focusSearch', 'find'],
    ]);
  });

  it('lets the list and the body use one key for different things', () => {
    expect(
      findDoubleOwners([
        { id: 'openArticle', scope: 'library', shortcuts: ['Mod-Enter'] },
        { id: 'split', scope: 'editor', shortcuts: ['Mod-Enter'] },
      ]),
    ).toEqual([]);
  });

  it('catches Ctrl written plainly against Mod on Windows and Linux only', () => {
    const owners = findDoubleOwners([
      { id: 'a', scope: 'app', shortcuts: ['Ctrl-k'] },
      { id: 'b', scope: 'app', shortcuts: ['Mod-k'] },
    ]);
    expect(owners.map(({ combination }) => combination)).toEqual(['Ctrl+k', 'Ctrl+k', 'Ctrl+k']);
  });
});

describe.each<CommandHost>(['electron', 'web'])('app commands on %s', (host) => {
  it('never give one combination to two commands', () => {
    const owners = Object.values(appCommands).map((command) => ({
      ...command,
      shortcuts: shortcutsOnHost(command, host),
    }));
    expect(findDoubleOwners(owners)).toEqual([]);
  });
});
