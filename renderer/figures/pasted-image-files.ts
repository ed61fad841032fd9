const hasText = (clipboard: DataTransfer): boolean => {
  const html = clipboard.getData('text/html');
  if (html !== '') {
    const text = new DOMParser().parseFromString(html, 'text/html').body.textContent;
    return text.trim() !== '';
  }
  return clipboard.getData('text/plain').trim() !== '';
};

/**
 * The files a paste should add as images. Office and browsers put a picture of copied text on
 * the clipboard beside its HTML: files count only when no text comes with them.
 */
export const pastedImageFiles = (clipboard: DataTransfer | null): File[] => {
  if (clipboard === null || clipboard.files.length === 0 || hasText(clipboard)) return [];
  return [...clipboard.files];
};
