// Under a name or an organisation that the text puts into another case: the gender when the name does not
// tell it, and each declined form as the document will print it, for the user to correct.
import { limits } from '../../lib/limits.ts';
import {
  asksGender,
  caseKey,
  chosenGender,
  genderKey,
  suggestion,
  type Declined,
  type DecliningField,
} from '../../lib/forms/declension.ts';
import type { FormValues } from '../../lib/forms/values.ts';
import { inputId } from './Fields.tsx';
import type { DeclensionLabels } from './labels.ts';
import './declension.css';

interface Props {
  field: DecliningField;
  cases: Declined[];
  values: FormValues;
  labels: DeclensionLabels;
  onChange: (key: string, value: string) => void;
}

export function Declension({ field, cases, values, labels, onChange }: Props) {
  const nominative = values[field.id];
  if (typeof nominative !== 'string' || !nominative.trim()) return null;
  const gender = chosenGender(values, field.id);
  const asking = asksGender(field, values);
  const id = `${inputId(field.id)}-declension`;
  return (
    <div class="declension" role="group" aria-label={`${field.label} — ${labels.inText}`} id={id}>
      {asking && (
        <fieldset class="gender">
          <legend>{labels.gender}</legend>
          {(['male', 'female'] as const).map((option) => (
            <label class="option" key={option}>
              <input
                type="radio"
                name={`${id}-gender`}
                checked={gender === option}
                onChange={() => onChange(genderKey(field.id), option)}
              />
              {option === 'male' ? labels.genderMale : labels.genderFemale}
            </label>
          ))}
        </fieldset>
      )}
      {cases.map((grammar) => {
        const corrected = values[caseKey(field.id, grammar)];
        const offered = suggestion(field, values, grammar);
        const label =
          field.declines === 'organisation'
            ? labels.declinedOrganisation
            : labels.declinedPerson.replace('{question}', labels[`case.${grammar}`]);
        return (
          <div class="declined" key={grammar}>
            <label for={`${id}-${grammar}`}>{label}</label>
            <input
              type="text"
              id={`${id}-${grammar}`}
              value={typeof corrected === 'string' ? corrected : (offered ?? '')}
              // Emptied, the box shows what will print instead: the suggestion.
              placeholder={offered === null ? labels.declinedNeedsGender : offered}
              // A name or an organisation in another case: as long as the longest it declines.
              maxLength={limits.organisation}
              autoComplete="off"
              onInput={(event) => onChange(caseKey(field.id, grammar), event.currentTarget.value)}
            />
          </div>
        );
      })}
    </div>
  );
}
