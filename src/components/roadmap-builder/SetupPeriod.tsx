// The settings' period: a school year in one click, or the first and last day typed. Dates are kept as typed
// (in Setup) until they make a valid period, and the period still in use is named under a wrong one.
import { schoolYearPeriod } from '../../lib/roadmap-builder/state.ts';
import { schoolYearOf } from '../../lib/dates.ts';
import { ruDate } from '../../lib/ru-words.ts';
import { fill } from '../../lib/island-labels.ts';
import { describedBy, Field } from './Field.tsx';
import type { BuilderLabels } from './labels.ts';

interface Props {
  /** The dates as typed, and the period the roadmap still uses. */
  start: string;
  end: string;
  kept: { start: string; end: string };
  errors: { start?: string; end?: string };
  setPeriod: (start: string, end: string) => void;
  today: string;
  labels: BuilderLabels;
}

export function PeriodFieldset({ start, end, kept, errors, setPeriod, today, labels }: Props) {
  const thisYear = schoolYearOf(today);
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  return (
    <fieldset>
      <legend>{labels.period}</legend>
      <div class="rb-row">
        <span class="rb-label-inline">{labels.schoolYear}</span>
        {years.map((year) => {
          const period = schoolYearPeriod(year);
          const current = start === period.start && end === period.end;
          return (
            <button type="button" key={year} aria-pressed={current} onClick={() => setPeriod(period.start, period.end)}>
              {year}/{year + 1}
            </button>
          );
        })}
      </div>
      <div class="rb-grid">
        <DateField
          id="rb-start"
          label={labels.start}
          value={start}
          error={errors.start}
          set={(v) => setPeriod(v, end)}
        />
        <DateField id="rb-end" label={labels.end} value={end} error={errors.end} set={(v) => setPeriod(start, v)} />
      </div>
      {(errors.start || errors.end) && (
        <p class="rb-hint">{fill(labels.periodKept, { start: ruDate(kept.start), end: ruDate(kept.end) })}</p>
      )}
    </fieldset>
  );
}

function DateField(props: {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  set: (value: string) => void;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <input
        id={props.id}
        type="date"
        required
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.id, props.error)}
        onInput={(event) => props.set(event.currentTarget.value)}
      />
    </Field>
  );
}
