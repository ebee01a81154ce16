// How pairs are scored: declared synonyms of topics, the school preference, spreading the load; and whether
// names may appear at all.
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
  const schools: [SchoolPreference, string][] = [
    ['none', labels.schoolNone],
    ['same', labels.schoolSame],
    ['other', labels.schoolOther],
  ];
  return (
    <div class="pairs-settings">
      <div class="pairs-field">
        <label for="pairs-synonyms">{labels.synonyms}</label>
        <p id="pairs-synonyms-hint" class="pairs-hint">
          {labels.synonymsHint}
        </p>
        <textarea id="pairs-synonyms" rows={6} aria-describedby="pairs-synonyms-hint" value={settings.synonyms} onInput={(event) => onSettings({ ...settings, synonyms: event.currentTarget.value })} />
      </div>
      <fieldset>
        <legend>{labels.school}</legend>
        {schools.map(([value, label]) => (
          <label class="pairs-option" key={value}>
            <input type="radio" name="pairs-school" value={value} checked={settings.school === value} onChange={() => onSettings({ ...settings, school: value })} /> {label}
          </label>
        ))}
      </fieldset>
      <label class="pairs-option">
        <input type="checkbox" checked={settings.spread} onChange={(event) => onSettings({ ...settings, spread: event.currentTarget.checked })} /> {labels.spread}
      </label>
      <label class="pairs-option">
        <input type="checkbox" checked={codesOnly} onChange={(event) => onCodesOnly(event.currentTarget.checked)} /> {labels.codesOnly}
      </label>
    </div>
  );
}
