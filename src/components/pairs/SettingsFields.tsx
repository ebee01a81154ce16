// How pairs are scored: declared synonyms of topics, the school preference, spreading the load; and whether
// names may appear at all.
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';
import { useState } from 'preact/hooks';
import { settingsHash } from '../../lib/pairs/storage.ts';
import type { MatchSettings, SchoolPreference } from '../../lib/pairs/types.ts';
import type { PairsLabels } from './labels.ts';

interface Props {
  settings: MatchSettings;
  codesOnly: boolean;
  labels: PairsLabels;
  onSettings: (settings: MatchSettings) => void;
  onCodesOnly: (codesOnly: boolean) => void;
}

export function SettingsFields({ settings, codesOnly, labels, onSettings, onCodesOnly }: Props) {
  return (
    <div class="pairs-settings">
      <SynonymsField settings={settings} labels={labels} onSettings={onSettings} />
      <SchoolChoice settings={settings} labels={labels} onSettings={onSettings} />
      <label class="pairs-option">
        <input
          type="checkbox"
          checked={settings.spread}
          onChange={(event) => onSettings({ ...settings, spread: event.currentTarget.checked })}
        />{' '}
        {labels.spread}
      </label>
      <label class="pairs-option">
        <input type="checkbox" checked={codesOnly} onChange={(event) => onCodesOnly(event.currentTarget.checked)} />{' '}
        {labels.codesOnly}
      </label>
      <SettingsLink settings={settings} labels={labels} />
    </div>
  );
}

type FieldProps = Pick<Props, 'settings' | 'labels' | 'onSettings'>;

/** Topics that mean the same, one group a line: «ИКТ = цифровые технологии». */
function SynonymsField({ settings, labels, onSettings }: FieldProps) {
  return (
    <div class="pairs-field">
      <label for="pairs-synonyms">{labels.synonyms}</label>
      <p id="pairs-synonyms-hint" class="pairs-hint">
        {labels.synonymsHint}
      </p>
      <textarea
        id="pairs-synonyms"
        rows={6}
        aria-describedby="pairs-synonyms-hint"
        maxLength={limits.synonyms}
        value={settings.synonyms}
        onInput={(event) => onSettings({ ...settings, synonyms: event.currentTarget.value })}
      />
      <LimitNote value={settings.synonyms} max={limits.synonyms} />
    </div>
  );
}

/** Whether a mentor of the mentee's own organisation, or of another, scores more. */
function SchoolChoice({ settings, labels, onSettings }: FieldProps) {
  const schools: [SchoolPreference, string][] = [
    ['none', labels.schoolNone],
    ['same', labels.schoolSame],
    ['other', labels.schoolOther],
  ];
  return (
    <fieldset>
      <legend>{labels.school}</legend>
      {schools.map(([value, label]) => (
        <label class="pairs-option" key={value}>
          <input
            type="radio"
            name="pairs-school"
            value={value}
            checked={settings.school === value}
            onChange={() => onSettings({ ...settings, school: value })}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The settings as a link to pass to a colleague (the lists stay in this browser); the link itself if no copy. */
function SettingsLink({ settings, labels }: Pick<Props, 'settings' | 'labels'>) {
  const [copied, setCopied] = useState('');
  const copyLink = async () => {
    const link = `${location.origin}${location.pathname}${settingsHash(settings)}`;
    try {
      await navigator.clipboard.writeText(link);
      setCopied(labels.linkCopied);
    } catch {
      setCopied(link);
    }
  };
  return (
    <>
      <div class="pairs-buttons">
        <button type="button" onClick={copyLink}>
          {labels.copySettingsLink}
        </button>
      </div>
      <p class="pairs-hint">{labels.settingsLinkHint}</p>
      <p role="status" class="pairs-status">
        {copied}
      </p>
    </>
  );
}
