// The organisation's six counts: the populations the indicators are shares of.
import { countField } from '../../lib/kpi/district.ts';
import { populations } from '../../lib/kpi/types.ts';
import { Field } from './Field.tsx';
import { inputId, type PartProps } from './types.ts';

export function CountsFields({ state, update, result, labels }: PartProps) {
  const school = state.schools[0]!;
  return (
    <fieldset class="kpi-counts">
      <legend>{labels.counts}</legend>
      <div class="kpi-grid">
        {populations.map((population) => (
          <Field
            key={population}
            id={inputId(countField(0, population))}
            label={labels[`count.${population}`]}
            value={school.counts[population]}
            onValue={(value) =>
              update((s) => ({
                ...s,
                schools: s.schools.map((row, i) =>
                  i === 0 ? { ...row, counts: { ...row.counts, [population]: value } } : row,
                ),
              }))
            }
            error={result.errors[countField(0, population)]}
            labels={labels}
          />
        ))}
      </div>
    </fieldset>
  );
}
