import { Fragment, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { isMacPlatform } from '../editor/commands/format-shortcut';
import { shortcutHelpSections } from './shortcut-help-sections';
import './keyboard.css';

const mac = isMacPlatform();

/** The keyboard shortcuts help (`?` outside a text field, or F1). */
export function ShortcutsDialog({
  host,
  onClose,
}: {
  host: 'electron' | 'web';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const sections = shortcutHelpSections(t, host, mac);
  const list = useRef<HTMLDivElement>(null);
  // Opening focused the list and scrolled the title away: the reader starts at the top.
  useEffect(() => {
    list.current?.closest('dialog')?.scrollTo({ top: 0 });
  }, []);
  return (
    <Dialog title={t('keyboard.shortcuts')} className="shortcuts-dialog" onCancel={onClose}>
      <p className="dialog-text">{t('keyboard.helpKeys')}</p>
      {/* Focus starts on the list (not on Close, at the bottom), and arrows scroll it. */}
      <div ref={list} className="shortcuts-sections" tabIndex={-1}>
        {sections.map((section) => (
          <table key={section.titleKey} className="shortcuts-table">
            <caption>{t(section.titleKey)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('keyboard.action')}</th>
                <th scope="col">{t('keyboard.keys')}</th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>
                    {row.keys.map((key, index) => (
                      <Fragment key={key}>
                        {index > 0 && ' · '}
                        <kbd>{key}</kbd>
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          {t('keyboard.close')}
        </button>
      </div>
    </Dialog>
  );
}
