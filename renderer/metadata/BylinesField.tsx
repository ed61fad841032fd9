import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bylineRoles } from '../../shared/model/byline';
import type { BylineRole } from '../../shared/model/byline';
import { useEditorSession } from '../state/editor-session';
import type { BylineDraft } from './byline-list';
import {
  addByline,
  moveByline,
  removeByline,
  savedBylines,
  toDrafts,
  updateByline,
} from './byline-list';

const isRole = (value: string): value is BylineRole =>
  (bylineRoles as readonly string[]).includes(value);

/** Bylines, added, named, reordered and removed; a row is saved once it has a name. */
export function BylinesField() {
  const { t } = useTranslation('editor');
  const setField = useEditorSession((state) => state.setField);
  const [drafts, setDrafts] = useState(() =>
    toDrafts(useEditorSession.getState().article?.bylines ?? []),
  );
  const change = (next: BylineDraft[]) => {
    setDrafts(next);
    const bylines = savedBylines(next);
    const current = useEditorSession.getState().article?.bylines ?? [];
    if (JSON.stringify(bylines) !== JSON.stringify(current)) setField('bylines', bylines);
  };
  return (
    <fieldset className="field bylines-field">
      <legend className="field-label">{t('metadata.bylines')}</legend>
      <ol className="byline-rows">
        {drafts.map((draft, index) => (
          <li key={draft.key} className="byline-row">
            <input
              type="text"
              className="text-input"
              aria-label={t('metadata.bylineName')}
              placeholder={t('metadata.bylineName')}
              value={draft.name}
              maxLength={200}
              aria-invalid={draft.name.trim() === ''}
              onChange={(event) =>
                change(updateByline(drafts, index, { name: event.target.value }))
              }
            />
            <select
              className="select"
              aria-label={t('metadata.bylineRole')}
              value={draft.role}
              onChange={(event) =>
                isRole(event.target.value) &&
                change(updateByline(drafts, index, { role: event.target.value }))
              }
            >
              {bylineRoles.map((role) => (
                <option key={role} value={role}>
                  {t(`metadata.roles.${role}`)}
                </option>
              ))}
            </select>
            <input
              type="text"
              className="text-input"
              aria-label={t('metadata.bylineAffiliation')}
              placeholder={t('metadata.bylineAffiliation')}
              value={draft.affiliation}
              maxLength={200}
              onChange={(event) =>
                change(updateByline(drafts, index, { affiliation: event.target.value }))
              }
            />
            <div className="byline-actions">
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('metadata.moveBylineUp')}
                title={t('metadata.moveBylineUp')}
                disabled={index === 0}
                onClick={() => change(moveByline(drafts, index, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('metadata.moveBylineDown')}
                title={t('metadata.moveBylineDown')}
                disabled={index === drafts.length - 1}
                onClick={() => change(moveByline(drafts, index, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={t('metadata.removeByline')}
                title={t('metadata.removeByline')}
                onClick={() => change(removeByline(drafts, index))}
              >
                ×
              </button>
            </div>
            {draft.name.trim() === '' && (
              <p className="field-hint">{t('metadata.bylineNameRequired')}</p>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-small"
        onClick={() => setDrafts(addByline(drafts))}
      >
        {t('metadata.addByline')}
      </button>
    </fieldset>
  );
}
