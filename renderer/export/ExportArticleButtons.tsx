import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../components/use-dismiss';
import { useFitInWindow } from '../components/use-fit-in-window';
import { exportPdf } from './export-pdf';
import { copyArticle } from './copy-article';
import { openExportDialog } from './open-export-dialog';
import { printArticle } from './print-article';
import { useHost } from '../state/host';

/**
 * The editor bar's export group for the open article: "Copy as HTML" one click away, and one
 * menu for Export…, Copy as Markdown, Export PDF… and Print….
 */
export function ExportArticleButtons() {
  const { t } = useTranslation('transfer');
  const host = useHost();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const group = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, group, opener, close);
  const menu = useRef<HTMLDivElement>(null);
  useFitInWindow(open, menu);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const items: { label: string; run: () => void }[] = [
    { label: t('actions.export'), run: () => openExportDialog('article') },
    { label: t('actions.copyMarkdown'), run: () => void copyArticle('markdown') },
    // Browser mode makes the PDF with the browser's print dialog: the label says so.
    {
      label: t(host === 'web' ? 'actions.exportPdfBrowser' : 'actions.exportPdf'),
      run: () => void exportPdf(),
    },
    { label: t('actions.print'), run: () => void printArticle() },
  ];
  const choose = (run: () => void) => {
    setOpen(false);
    run();
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]'));
    const current = all.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    all[(current + step + all.length) % all.length]?.focus();
  };

  return (
    <div
      ref={group}
      className="button-group export-menu"
      role="group"
      aria-label={t('actions.articleTools')}
    >
      <button type="button" className="button" onClick={() => void copyArticle('html')}>
        {t('actions.copyHtml')}
      </button>
      <button
        ref={opener}
        type="button"
        className="button"
        aria-label={t('actions.articleTools')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
      >
        {t('actions.exportMenu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={t('actions.articleTools')}
          className="popover-menu"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose(item.run)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
