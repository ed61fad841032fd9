import { Fragment } from 'react';
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
  return (
    <Dialog title={t('keyboard.shortcuts')} className="shortcuts-dialog" onCancel={onClose}>
      <p className="dialog-text">{t('keyboard.helpKeys')}</p>
      <div className="shortcuts-sections">
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
