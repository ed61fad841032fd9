/** Plain text always; HTML as `text/html` too where the browser can write rich clipboard items. */
export async function writeClipboard(text: string, html?: string): Promise<void> {
  const clipboard = navigator.clipboard;
  if (html !== undefined && typeof ClipboardItem !== 'undefined' && 'write' in clipboard) {
    await clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
    return;
  }
  await clipboard.writeText(text);
}
