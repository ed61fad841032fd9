import { describe, expect, it, vi } from 'vitest';
import { createHttpApi } from './http-api';
import { postChannel } from './http-transport';
import { readSessionToken } from './session-token';

const articleId = '7f1c0f7e-3c55-4b0e-9a51-0c2f3b1d9a11';

const jsonResponse = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fakeFetch = (response: () => Promise<Response>) => vi.fn<typeof fetch>(() => response());

describe('HTTP bridge', () => {
  it('posts the request to /api/<channel> with the token and JSON body', async () => {
    const fetch = fakeFetch(() =>
      Promise.resolve(jsonResponse({ ok: true, value: { id: articleId } })),
    );
    const api = createHttpApi({ token: 'secret-token', fetch });

    await api.articles.trash({ id: articleId });

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/articles:trash');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({
      'X-Copydesk-Token': 'secret-token',
      'Content-Type': 'application/json',
    });
    expect(JSON.parse(init?.body as string)).toEqual({ id: articleId });
  });

  it('hands back the Result the server sent, failures included', async () => {
    const refusal = {
      ok: false,
      error: { code: 'conflict', message: 'Someone else saved first.' },
    };
    const success = { ok: true, value: { deleted: 3 } };
    const api = createHttpApi({
      token: 't',
      fetch: fakeFetch(() => Promise.resolve(jsonResponse(refusal))),
    });
    expect(await api.articles.trash({ id: articleId })).toEqual(refusal);
    const other = createHttpApi({
      token: 't',
      fetch: fakeFetch(() => Promise.resolve(jsonResponse(success))),
    });
    expect(await other.articles.emptyTrash({})).toEqual(success);
  });

  it('sends an empty object when a call has no request', async () => {
    const fetch = fakeFetch(() => Promise.resolve(jsonResponse({ ok: true, value: [] })));
    await postChannel({ token: 't', fetch }, 'library:recent', undefined);
    expect(fetch.mock.calls[0]![1]?.body).toBe('{}');
  });

  it('turns a network failure into an "unavailable" result instead of throwing', async () => {
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await createHttpApi({ token: 't', fetch }).settings.get({});
    expect(result).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'Failed to fetch' },
    });
  });

  it('reports a refused token as "forbidden"', async () => {
    const fetch = fakeFetch(() => Promise.resolve(new Response('Unauthorized', { status: 401 })));
    const result = await createHttpApi({ token: 'wrong', fetch }).settings.get({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('forbidden');
  });

  it('marks small requests keepalive on request, and never bodies Chromium would refuse', async () => {
    const fetch = fakeFetch(() => Promise.resolve(jsonResponse({ ok: true, value: null })));
    await postChannel({ token: 't', fetch }, 'articles:save', { small: true }, { keepalive: true });
    await postChannel(
      { token: 't', fetch },
      'articles:save',
      { big: 'x'.repeat(100_000) },
      { keepalive: true },
    );
    await postChannel({ token: 't', fetch }, 'articles:save', { small: true });
    expect(fetch.mock.calls.map(([, init]) => init?.keepalive)).toEqual([true, false, false]);
  });

  it('gives events no-op subscriptions that return an unsubscribe', () => {
    const api = createHttpApi({
      token: 't',
      fetch: fakeFetch(() => Promise.reject(new Error('unused'))),
    });
    const unsubscribe = api.events.onMenuCommand(() => undefined);
    expect(typeof unsubscribe).toBe('function');
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('session token', () => {
  it('takes the token from the URL and keeps it for reloads without it', () => {
    sessionStorage.clear();
    expect(readSessionToken({ search: '?token=abc123' }, sessionStorage)).toBe('abc123');
    expect(readSessionToken({ search: '' }, sessionStorage)).toBe('abc123');
  });

  it('takes the token out of the address and keeps the rest of the query', () => {
    sessionStorage.clear();
    const addresses: string[] = [];
    const hide = (search: string) => addresses.push(search);
    expect(readSessionToken({ search: '?token=abc123&article=7' }, sessionStorage, hide)).toBe(
      'abc123',
    );
    readSessionToken({ search: '?token=def456' }, sessionStorage, hide);
    readSessionToken({ search: '' }, sessionStorage, hide);
    expect(addresses).toEqual(['?article=7', '']);
  });
});
