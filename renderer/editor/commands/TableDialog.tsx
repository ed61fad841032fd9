import type { Editor } from '@tiptap/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { tableSizeLimits } from './table-size';

const clamp = (value: number, { min, max }: { min: number; max: number }): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;

/** Asks the table's size and whether its first row is a header row, then inserts it. */
export function TableDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation('editor');
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [headerRow, setHeaderRow] = useState(true);

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    editor
      .chain()
      .focus()
      .insertTable({
        rows: clamp(Number(rows), tableSizeLimits.rows),
        cols: clamp(Number(columns), tableSizeLimits.columns),
        withHeaderRow: headerRow,
      })
      .run();
  };

  return (
    <Dialog title={t('table.title')} className="dialog-confirm command-dialog" onCancel={cancel}>
      <form onSubmit={submit}>
        <label className="field">
          <span className="field-label">{t('table.rows')}</span>
          <input
            className="text-input"
            type="number"
            required
            autoFocus
            min={tableSizeLimits.rows.min}
            max={tableSizeLimits.rows.max}
            value={rows}
            onChange={(event) => setRows(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('table.columns')}</span>
          <input
            className="text-input"
            type="number"
            required
            min={tableSizeLimits.columns.min}
            max={tableSizeLimits.columns.max}
            value={columns}
            onChange={(event) => setColumns(event.target.value)}
          />
        </label>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={headerRow}
            onChange={(event) => setHeaderRow(event.target.checked)}
          />
          <span>{t('table.headerRow')}</span>
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={cancel}>
            {t('table.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('table.insert')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
