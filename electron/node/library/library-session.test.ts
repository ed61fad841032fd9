import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors/error-code';
import { createFakeLibrary } from './testing/fake-library';
import { createFakeSettingsStore } from '../settings/testing/fake-settings-store';
import { LibrarySession } from './library-session';

const setup = () => {
  const settings = createFakeSettingsStore();
  const opened: ReturnType<typeof createFakeLibrary>[] = [];
  const openLibrary = vi.fn((folder: string) => {
    const library = createFakeLibrary(folder);
    opened.push(library);
    return library;
  });
  return { settings, opened, openLibrary, session: new LibrarySession(settings, openLibrary) };
};

describe('LibrarySession', () => {
  it('refuses to hand out a library before one is open', () => {
    const { session } = setup();
    expect(() => session.current()).toThrow(new AppError('unavailable', 'No library is open'));
  });

  it('opens a library and remembers it as last and most recent', () => {
    const { session, settings, openLibrary } = setup();
    const library = session.open('/tmp/desk-a', { create: true });
    expect(openLibrary).toHaveBeenCalledWith('/tmp/desk-a', { create: true });
    expect(session.current()).toBe(library);
    expect(settings.get()).toMatchObject({
      lastLibrary: '/tmp/desk-a',
      recentLibraries: ['/tmp/desk-a'],
    });
  });

  it('closes the previous library when another one opens', () => {
    const { session, opened } = setup();
    session.open('/tmp/desk-a', { create: false });
    session.open('/tmp/desk-b', { create: false });
    expect(opened[0]!.close).toHaveBeenCalledOnce();
    expect(opened[1]!.close).not.toHaveBeenCalled();
    expect(session.current().path).toBe('/tmp/desk-b');
  });

  it('keeps the current library when another one fails to open', () => {
    const { session, opened, openLibrary, settings } = setup();
    session.open('/tmp/desk-a', { create: false });
    openLibrary.mockImplementationOnce(() => {
      throw new AppError('locked', 'The library is in use by another Copydesk');
    });
    expect(() => session.open('/tmp/desk-b', { create: false })).toThrow('in use');
    expect(session.current()).toBe(opened[0]);
    expect(opened[0]!.close).not.toHaveBeenCalled();
    expect(settings.get().lastLibrary).toBe('/tmp/desk-a');
  });

  it('does not open the same folder twice', () => {
    const { session, openLibrary } = setup();
    const first = session.open('/tmp/desk-a', { create: false });
    expect(session.open('/tmp/desk-a/', { create: false })).toBe(first);
    expect(openLibrary).toHaveBeenCalledOnce();
  });

  it('lists recent libraries most recent first, without duplicates, at most ten', () => {
    const { session, settings } = setup();
    for (let index = 0; index < 12; index += 1)
      session.open(`/tmp/desk-${index}`, { create: true });
    session.open('/tmp/desk-5', { create: false });
    const recent = settings.get().recentLibraries;
    expect(recent).toHaveLength(10);
    expect(recent.slice(0, 3)).toEqual(['/tmp/desk-5', '/tmp/desk-11', '/tmp/desk-10']);
    expect(new Set(recent).size).toBe(10);
    expect(recent).not.toContain('/tmp/desk-0');
  });

  it('closes the library on close', () => {
    const { session, opened } = setup();
    session.open('/tmp/desk-a', { create: false });
    session.close();
    expect(opened[0]!.close).toHaveBeenCalledOnce();
    expect(() => session.current()).toThrow('No library is open');
    session.close();
    expect(opened[0]!.close).toHaveBeenCalledOnce();
  });
});
