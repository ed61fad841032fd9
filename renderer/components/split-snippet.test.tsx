import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { SnippetText } from './SnippetText';
import { splitSnippet } from './split-snippet';

describe('search snippets', () => {
  it('splits the match markers into highlighted and plain parts', () => {
    expect(splitSnippet('…les \uE000élections\uE001 au \uE000Mali\uE001 ont…')).toEqual([
      { text: '…les ', match: false },
      { text: 'élections', match: true },
      { text: ' au ', match: false },
      { text: 'Mali', match: true },
      { text: ' ont…', match: false },
    ]);
  });

  it('keeps an unclosed match to the end and drops stray end markers', () => {
    expect(splitSnippet('a\uE001b \uE000c')).toEqual([
      { text: 'a', match: false },
      { text: 'b ', match: false },
      { text: 'c', match: true },
    ]);
  });

  it('shows hostile markup as text, never as elements', () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const host = document.createElement('div');
    document.body.append(host);
    const hostile = '<img src=x onerror="window.__pwned=1"> \uE000<b>Goïta</b>\uE001';
    const root = createRoot(host);
    act(() => root.render(<SnippetText snippet={hostile} />));
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('mark')?.textContent).toBe('<b>Goïta</b>');
    expect(host.textContent).toBe('<img src=x onerror="window.__pwned=1"> <b>Goïta</b>');
    act(() => root.unmount());
    host.remove();
  });
});
