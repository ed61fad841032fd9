import { beforeEach, describe, expect, it, vi } from 'vitest';
import { followArticleUpdates } from './follow-article-updates';

type Changed = (payload: { articleIds: string[] }) => void;

const fakes = vi.hoisted(() => ({
  changed: [] as ((payload: { articleIds: string[] }) => void)[],
  session: {
    article: null as { id: string } | null,
    resync: vi.fn(() => Promise.resolve()),
    refreshHead: vi.fn(() => Promise.resolve()),
    receiveUpdate: vi.fn(),
  },
}));

vi.mock('./editor-api', () => ({
  articleEvents: () => ({
    onArticleUpdated: () => () => undefined,
    onLibraryChanged: (listener: Changed) => {
      fakes.changed.push(listener);
      return () => undefined;
    },
  }),
}));
vi.mock('./editor-session', () => ({ useEditorSession: { getState: () => fakes.session } }));

const announce = (articleIds: string[]) => {
  for (const listener of fakes.changed) listener({ articleIds });
};

describe('followArticleUpdates', () => {
  beforeEach(() => {
    fakes.changed.length = 0;
    fakes.session.article = { id: 'open' };
    fakes.session.resync.mockClear();
    fakes.session.refreshHead.mockClear();
    followArticleUpdates();
  });

  it('reads the open article’s head again when a change names it', () => {
    announce(['other', 'open']);
    expect(fakes.session.refreshHead).toHaveBeenCalledOnce();
    expect(fakes.session.resync).not.toHaveBeenCalled();
  });

  it('leaves the open article alone when the change is elsewhere', () => {
    announce(['other']);
    expect(fakes.session.refreshHead).not.toHaveBeenCalled();
  });

  it('merges everything again when the whole library changed', () => {
    announce([]);
    expect(fakes.session.resync).toHaveBeenCalledOnce();
    expect(fakes.session.refreshHead).not.toHaveBeenCalled();
  });
});
