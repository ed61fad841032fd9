import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormats, type ExportFormat } from '../../shared/model/export-job';
import { ninjsVersions } from '../../shared/export/render-ninjs';
import { LabelledSelect } from '../components/LabelledSelect';
import type { ExportOptions, ExportScope, ExportSources } from './export-store';
import { exportOptionVisibility } from './export-option-visibility';

export interface ExportChoicesProps {
  sources: ExportSources;
  options: ExportOptions;
  onScope: (scope: ExportScope) => void;
  onOptions: (change: Partial<ExportOptions>) => void;
}

/** What to export and how: scope radios, format, and the options that format has. */
export function ExportChoices({ sources, options, onScope, onOptions }: ExportChoicesProps) {
  const { t } = useTranslation('transfer');
  const name = useId();
  const visible = exportOptionVisibility(options.format);
  const scopes: { scope: ExportScope; label: string; disabled: boolean }[] = [
    {
      scope: 'checked',
      label: t('export.scopeChecked', { count: sources.checked.length }),
      disabled: sources.checked.length === 0,
    },
    {
      scope: 'list',
      label: t('export.scopeList', { count: sources.listTotal }),
      disabled: sources.listTotal === 0,
    },
    { scope: 'article', label: t('export.scopeArticle'), disabled: sources.article === null },
  ];

  return (
    <div className="export-choices">
      <fieldset className="export-fieldset">
        <legend className="field-label">{t('export.scope')}</legend>
        {scopes.map(({ scope, label, disabled }) => (
          <label key={scope} className="export-radio">
            <input
              type="radio"
              name={name}
              checked={sources.scope === scope}
              disabled={disabled}
              onChange={() => onScope(scope)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <LabelledSelect
        label={t('export.format')}
        value={options.format}
        options={exportFormats.map((format) => ({
          value: format,
          label: t(`export.formats.${format}`),
        }))}
        onChange={(format) => onOptions({ format: format as ExportFormat })}
      />
      {visible.ninjsVersion && (
        <LabelledSelect
          label={t('export.ninjsVersion')}
          value={String(options.ninjsVersion)}
          options={ninjsVersions.map((version) => ({
            value: String(version),
            label: t('export.ninjsVersions', { version }),
          }))}
          onChange={(version) => onOptions({ ninjsVersion: version === '3' ? 3 : 2 })}
        />
      )}
      {visible.images && (
        <fieldset className="export-fieldset">
          <legend className="field-label">{t('export.images')}</legend>
          {(['folder', 'embed'] as const).map((images) => (
            <label key={images} className="export-radio">
              <input
                type="radio"
                name={`${name}-images`}
                checked={options.images === images}
                onChange={() => onOptions({ images })}
              />
              {t(images === 'folder' ? 'export.imagesFolder' : 'export.imagesEmbed')}
            </label>
          ))}
        </fieldset>
      )}
      {visible.stylesheet && (
        <label className="export-check">
          <input
            type="checkbox"
            checked={options.stylesheet}
            onChange={(event) => onOptions({ stylesheet: event.target.checked })}
          />
          {t('export.stylesheet')}
        </label>
      )}
      {visible.gutenberg && (
        <label className="export-check">
          <input
            type="checkbox"
            checked={options.gutenberg}
            onChange={(event) => onOptions({ gutenberg: event.target.checked })}
          />
          {t('export.gutenberg')}
        </label>
      )}
    </div>
  );
}
