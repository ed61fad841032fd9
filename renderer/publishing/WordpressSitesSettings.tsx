import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/model/settings';
import { connectionProblemText } from '../../shared/wordpress/connection-problem-text';
import { defaultStatusMapping, type WordpressSite } from '../../shared/model/wordpress-site';
import { TextField } from '../components/TextField';
import type { ConnectionCheck } from './publishing-store';
import { SiteStatusMapping } from './SiteStatusMapping';

interface WordpressSitesSettingsProps {
  sites: readonly WordpressSite[];
  checks: Readonly<Record<string, ConnectionCheck>>;
  language: UiLanguage;
  onSave: (site: WordpressSite, applicationPassword: string) => Promise<boolean>;
  onRemove: (name: string) => void;
  onCheck: (name: string) => void;
}

const checkText = (
  check: ConnectionCheck | undefined,
  language: UiLanguage,
  t: (key: string, values?: Record<string, string>) => string,
): string => {
  if (check === undefined) return '';
  if (check.state === 'checking') return t('sites.checking');
  if (check.state === 'ok') return t('sites.connected', { name: check.displayName });
  return connectionProblemText(check.problem, language);
};

/** Settings: the WordPress sites, each with "Check connection"; a form to add one. */
export function WordpressSitesSettings(props: WordpressSitesSettingsProps) {
  const { t } = useTranslation('publishing');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('https://');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const add = async () => {
    const saved = await props.onSave(
      {
        name: name.trim(),
        address: address.trim(),
        userName: userName.trim(),
        statusMapping: defaultStatusMapping,
      },
      password,
    );
    if (saved) {
      setName('');
      setAddress('https://');
      setUserName('');
      setPassword('');
    }
  };
  return (
    <fieldset className="wordpress-sites-settings">
      <legend>{t('sites.title')}</legend>
      {props.sites.length === 0 && <p className="field-hint">{t('sites.none')}</p>}
      <ul className="wordpress-sites" aria-label={t('sites.title')}>
        {props.sites.map((site) => (
          <li key={site.name}>
            <strong>{site.name}</strong> {site.address} ({site.userName}){' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => props.onCheck(site.name)}
            >
              {t('sites.check')}
            </button>{' '}
            <button
              type="button"
              className="button button-small"
              aria-label={t('sites.removeLabel', { name: site.name })}
              onClick={() => props.onRemove(site.name)}
            >
              {t('sites.remove')}
            </button>
            <p role="status" className="field-hint">
              {checkText(props.checks[site.name], props.language, t)}
            </p>
            <SiteStatusMapping
              site={site}
              onChange={(statusMapping) => void props.onSave({ ...site, statusMapping }, '')}
            />
          </li>
        ))}
      </ul>
      <TextField label={t('sites.name')} value={name} maxLength={80} onChange={setName} />
      <TextField label={t('sites.address')} value={address} maxLength={500} onChange={setAddress} />
      <TextField
        label={t('sites.userName')}
        value={userName}
        maxLength={200}
        onChange={setUserName}
      />
      <TextField
        label={t('sites.password')}
        hint={t('sites.passwordHint')}
        value={password}
        maxLength={200}
        autoComplete="off"
        onChange={setPassword}
      />
      <button type="button" className="button" onClick={() => void add()}>
        {t('sites.add')}
      </button>
    </fieldset>
  );
}
