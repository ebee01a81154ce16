// What is calculated (one organisation or a district), for whom, and over which years.
import { loadModule } from '../../lib/lazy-module.ts';
import { FromProfile } from '../school/FromProfile.tsx';
import { Field } from './Field.tsx';
import { inputId, type PartProps } from './types.ts';

function ModeChoice({ state, update, labels }: PartProps) {
  return (
    <fieldset class="kpi-mode">
      <legend>{labels.mode}</legend>
      {(['school', 'district'] as const).map((mode) => (
        <label key={mode}>
          <input
            type="radio"
            name="kpi-mode"
            value={mode}
            checked={state.mode === mode}
            onChange={() => update((s) => ({ ...s, mode }))}
          />{' '}
          {mode === 'school' ? labels.modeSchool : labels.modeDistrict}
        </label>
      ))}
    </fieldset>
  );
}

function PeriodFields({ state, update, result, labels }: PartProps) {
  return (
    <fieldset class="kpi-period">
      <legend>{labels.period}</legend>
      <div class="kpi-row">
        <Field
          id={inputId('firstYear')}
          label={labels.firstYear}
          value={state.firstYear}
          onValue={(firstYear) => update((s) => ({ ...s, firstYear }))}
          error={result.errors.firstYear}
          labels={labels}
        />
        <Field
          id={inputId('lastYear')}
          label={labels.lastYear}
          value={state.lastYear}
          onValue={(lastYear) => update((s) => ({ ...s, lastYear }))}
          error={result.errors.lastYear}
          labels={labels}
        />
      </div>
      <p class="kpi-hint">{labels.periodHint}</p>
    </fieldset>
  );
}

export function SetupFields(props: PartProps) {
  const { state, update, labels } = props;
  return (
    <div class="kpi-setup">
      <FromProfile
        labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }}
        onApply={async (profile) => {
          const [{ kpiWithProfile, kpiWithParticipants }, { savedParticipants }] = await loadModule(() =>
            Promise.all([import('../../lib/school/tools.ts'), import('../school/useSavedProfile.ts')]),
          );
          const participants = savedParticipants();
          update((s) => kpiWithParticipants(kpiWithProfile(s, profile), participants, profile.schoolYear));
          return participants.length > 0 && state.mode === 'school' ? labels.fromParticipantsDone : undefined;
        }}
      />
      <ModeChoice {...props} />
      <Field
        id={inputId('organisation')}
        label={labels.organisation}
        value={state.organisation}
        onValue={(organisation) => update((s) => ({ ...s, organisation }))}
        labels={labels}
        inputMode="text"
        size={40}
      />
      <PeriodFields {...props} />
    </div>
  );
}
