import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme, UiLanguage } from '../../shared/model/settings';
import { Theme as Themes, uiLanguages } from '../../shared/model/settings';
import { switchLibrary } from '../actions/library-operations';
import { Dialog } from '../components/Dialog';
import { HeadlineVariantSettings } from '../metadata/HeadlineVariantSettings';
import { LinksNofollowSetting } from '../export/LinksNofollowSetting';
import { LabelledSelect } from '../components/LabelledSelect';
import { TextField } from '../components/TextField';
import { useLibraryInfoStore } from '../library/library-info-store';
import { CompactLibrarySetting } from '../library/CompactLibrarySetting';
import { useSettingsStore } from '../state/settings-store';
import { useUiStore } from '../state/ui-store';
import { WritingSettings } from '../typography/WritingSettings';
import { WireDropFolderSetting } from '../wire/WireDropFolderSetting';
import { RoleSelect } from '../workflow/RoleSelect';
import { Messages } from './Messages';
import { LibraryCommandButtons } from './LibraryCommandButtons';
import { useHost } from '../state/host';
import { useSavePlace } from '../state/save-place';
import { SigningKeysSettings } from './SigningKeysSettings';
import { NewsroomSettings } from '../newsroom/NewsroomSettings';
import { PublishingSettings } from '../publishing/PublishingSettings';

const isUiLanguage = (value: string): value is UiLanguage =>
  (uiLanguages as readonly string[]).includes(value);

export function SettingsDialog() {
  const { t } = useTranslation();
  const settings = useSettingsStore((state) => state.settings);
  const update = useSettingsStore((state) => state.update);
  const info = useLibraryInfoStore((state) => state.info);
  const recent = useLibraryInfoStore((state) => state.recent);
  const busy = useLibraryInfoStore((state) => state.busy);
  const close = useUiStore((state) => state.closeSettings);
  const host = useHost();
  const savePlace = useSavePlace();
  const [author, setAuthor] = useState(settings?.authorName ?? '');

  const commitAuthor = () => {
    if (settings && author.trim() !== settings.authorName)
      void update({ authorName: author.trim() });
  };
  const done = () => {
    commitAuthor();
    close();
  };
  const otherRecent = recent.filter(({ path }) => path !== info?.path);

  return (
    <Dialog title={t('settings.title')} className="dialog-settings" onCancel={done}>
      <TextField
        label={t('settings.authorName')}
        value={author}
        maxLength={200}
        hint={t('settings.authorNameHint')}
        onChange={setAuthor}
        onBlur={commitAuthor}
        onEnter={commitAuthor}
      />
      <RoleSelect />
      <div className="field-pair">
        <LabelledSelect
          label={t('settings.uiLanguage')}
          value={settings?.uiLanguage ?? 'en'}
          options={uiLanguages.map((language) => ({
            value: language,
            label: t(`languages.${language}`),
            lang: language,
          }))}
          onChange={(value) => isUiLanguage(value) && void update({ uiLanguage: value })}
        />
        <LabelledSelect
          label={t('settings.theme')}
          value={settings?.theme ?? 'system'}
          options={Themes.options.map((theme: Theme) => ({
            value: theme,
            label: t(`settings.themes.${theme}`),
          }))}
          onChange={(value) => void update({ theme: Themes.parse(value) })}
        />
      </div>
      <WritingSettings />
      <HeadlineVariantSettings />
      {info !== null && <WireDropFolderSetting canChoose={host === 'electron'} />}
      <LinksNofollowSetting />
      <fieldset className="library-settings">
        <legend>{t('settings.library')}</legend>
        <p className="field-label">{t('settings.libraryPath')}</p>
        <p className="library-path">
          <code>{info?.path ?? t('settings.noLibraryPath')}</code>
          {info?.readOnly && <span className="tag-read-only">{t('settings.readOnly')}</span>}
        </p>
        <LibraryCommandButtons
          ids={[
            'library:open',
            'library:create',
            'library:backup',
            'library:connectNewsroom',
            'library:shareNewsroom',
          ]}
          host={host}
          disabled={(id) =>
            busy ||
            (id === 'library:backup' && (info === null || !savePlace.canSave)) ||
            ((id === 'library:connectNewsroom' || id === 'library:shareNewsroom') && info === null)
          }
        />
        {savePlace.folder !== null && (
          <p className="field-hint">{t('settings.backupInto', { folder: savePlace.folder })}</p>
        )}
        {!savePlace.canSave && <p className="field-hint">{t('settings.backupNowhere')}</p>}
        <CompactLibrarySetting />
        <NewsroomSettings />
        {busy && <p className="field-hint">{t('settings.working')}</p>}
        {otherRecent.length > 0 && (
          <>
            <p className="field-label">{t('settings.recentLibraries')}</p>
            <ul className="recent-libraries">
              {otherRecent.map(({ handle, path }) => (
                <li key={handle}>
                  <button
                    type="button"
                    className="button-link"
                    disabled={busy}
                    aria-label={t('settings.openRecent', { path })}
                    onClick={() => void switchLibrary('open', handle)}
                  >
                    {path}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>
      <SigningKeysSettings />
      <PublishingSettings />
      <Messages />
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={done}>
          {t('actions.close')}
        </button>
      </div>
    </Dialog>
  );
}
