// The district's schools: a row of counts per school, typed or pasted from a spreadsheet.
import { limits } from '../../lib/limits.ts';
import { useState } from 'preact/hooks';
import { countField } from '../../lib/kpi/district.ts';
import { schoolsFromRows } from '../../lib/kpi/paste.ts';
import { addSchools, maxSchools } from '../../lib/kpi/storage.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { emptySchool } from '../../lib/kpi/url-state.ts';
import { populations, type SchoolInput } from '../../lib/kpi/types.ts';
import { Field } from './Field.tsx';
import { fill } from '../../lib/island-labels.ts';
import { inputId, type PartProps } from './types.ts';

type SchoolProps = PartProps & { school: SchoolInput; index: number };

function SchoolRow({ state, update, result, labels, school, index }: SchoolProps) {
  const setSchool = (change: (school: SchoolInput) => SchoolInput) =>
    update((s) => ({ ...s, schools: s.schools.map((one, i) => (i === index ? change(one) : one)) }));
  const name = school.name.trim() || fill(labels.schoolN, { n: index + 1 });
  return (
    <tr>
      <td>
        <Field
          id={inputId(`s${index}-name`)}
          label={`${labels.schoolName}: ${fill(labels.schoolN, { n: index + 1 })}`}
          hideLabel
          value={school.name}
          onValue={(value) => setSchool((s) => ({ ...s, name: value }))}
          labels={labels}
          inputMode="text"
          size={16}
        />
      </td>
      {populations.map((p) => (
        <td key={p}>
          <Field
            id={inputId(countField(index, p))}
            label={`${name}: ${labels[`count.${p}`]}`}
            hideLabel
            value={school.counts[p]}
            onValue={(value) => setSchool((s) => ({ ...s, counts: { ...s.counts, [p]: value } }))}
            error={result.errors[countField(index, p)]}
            labels={labels}
            size={5}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          class="kpi-remove"
          disabled={state.schools.length === 1}
          aria-label={fill(labels.removeSchoolLabel, { name })}
          onClick={() => update((s) => ({ ...s, schools: s.schools.filter((_, i) => i !== index) }))}
        >
          ×
        </button>
      </td>
    </tr>
  );
}

function SchoolsTable(props: PartProps) {
  const { state, labels } = props;
  return (
    <div class="kpi-scroll" tabIndex={0} role="region" aria-label={labels.schools}>
      <table class="kpi-table kpi-schools">
        <thead>
          <tr>
            <th scope="col">{labels.schoolName}</th>
            {populations.map((p) => (
              <th scope="col" key={p}>
                {labels[`count.${p}`]}
              </th>
            ))}
            <th scope="col">
              <span class="sr-only">{labels.removeSchool}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {state.schools.map((school, index) => (
            <SchoolRow key={index} {...props} school={school} index={index} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Schools pasted from a spreadsheet replace the list or join it; the import module loads on click. */
function SchoolsPaste({ state, update, labels }: PartProps) {
  const [pasted, setPasted] = useState('');
  const [pasteMessage, setPasteMessage] = useState('');
  const applyPaste = async (replace: boolean) => {
    let schools: SchoolInput[];
    try {
      const { readPaste } = await loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');
      schools = schoolsFromRows(await readPaste(pasted));
    } catch (error) {
      setPasteMessage(failureText(error, '{message}'));
      return;
    }
    if (schools.length === 0) {
      setPasteMessage(labels.pasteEmpty);
      return;
    }
    const added = addSchools(state.schools, schools, replace);
    if ('error' in added) {
      setPasteMessage(added.error);
      return;
    }
    update((s) => ({ ...s, schools: added.schools }));
    setPasted('');
    setPasteMessage(fill(labels.pasteDone, { n: schools.length }));
  };
  return (
    <details class="kpi-paste">
      <summary>{labels.paste}</summary>
      <label for="kpi-paste">{labels.pasteLabel}</label>
      <textarea
        id="kpi-paste"
        maxLength={limits.pastedRows}
        rows={5}
        aria-describedby="kpi-paste-hint"
        value={pasted}
        onInput={(event) => setPasted(event.currentTarget.value)}
      />
      <p id="kpi-paste-hint" class="kpi-hint">
        {labels.pasteHint}
      </p>
      <div class="kpi-buttons">
        <button type="button" onClick={() => void applyPaste(true)}>
          {labels.pasteApply}
        </button>
        <button type="button" onClick={() => void applyPaste(false)}>
          {labels.pasteAppend}
        </button>
      </div>
      <p role="status">{pasteMessage}</p>
    </details>
  );
}

export function DistrictSchools(props: PartProps) {
  const { state, update, labels } = props;
  return (
    <fieldset class="kpi-district">
      <legend>{labels.schools}</legend>
      <SchoolsTable {...props} />
      <div class="kpi-buttons">
        <button
          type="button"
          disabled={state.schools.length >= maxSchools}
          onClick={() => update((s) => ({ ...s, schools: [...s.schools, emptySchool()] }))}
        >
          {labels.addSchool}
        </button>
        {state.schools.length >= maxSchools && (
          <p class="kpi-hint">{`В калькуляторе может быть не больше ${maxSchools} школ.`}</p>
        )}
      </div>
      <SchoolsPaste {...props} />
    </fieldset>
  );
}
