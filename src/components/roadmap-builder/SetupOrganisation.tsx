// The settings' organisation part: its name (and in the genitive, as the approval line needs it), how the
// roadmap is approved, the head, and the approval's date and number.
import { ApprovalChoice } from './ApprovalChoice.tsx';
import { loadModule } from '../../lib/lazy-module.ts';
import { organisationOf, renameOrganisation, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import { FromProfile } from '../school/FromProfile.tsx';
import { describedBy, Field } from './Field.tsx';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  labels: BuilderLabels;
  errors: { organisation?: string; approvalDate?: string };
  onTouched: () => void;
}

export function OrganisationFieldset({ state, update, labels, errors, onTouched }: Props) {
  return (
    <fieldset>
      <legend>{labels.organisationLegend}</legend>
      <FromProfile
        labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }}
        onApply={async (profile) => {
          const { builderWithProfile } = await loadModule(() => import('../../lib/school/tools.ts'));
          update((s) => builderWithProfile(s, profile));
        }}
      />
      <div class="rb-grid">
        <OrganisationNames
          state={state}
          update={update}
          labels={labels}
          error={errors.organisation}
          onTouched={onTouched}
        />
        <ApprovalChoice state={state} update={update} labels={labels} />
        <ApprovalFields state={state} update={update} labels={labels} error={errors.approvalDate} />
      </div>
    </fieldset>
  );
}

function OrganisationNames({
  state,
  update,
  labels,
  error,
  onTouched,
}: Omit<Props, 'errors'> & { error: string | undefined }) {
  return (
    <>
      <Field id="rb-organisation" label={labels.organisation} error={error}>
        <input
          id="rb-organisation"
          type="text"
          required
          maxLength={300}
          value={state.organisation}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('rb-organisation', error)}
          onBlur={onTouched}
          onInput={(event) => {
            const organisation = event.currentTarget.value;
            update((s) => renameOrganisation(s, organisation));
          }}
        />
      </Field>
      <Field id="rb-organisation-genitive" label={labels.organisationGenitive} hint={labels.organisationGenitiveHint}>
        <input
          id="rb-organisation-genitive"
          type="text"
          maxLength={300}
          value={state.organisationGenitive ?? organisationOf(state)}
          placeholder={organisationOf({ organisation: state.organisation })}
          aria-describedby="rb-organisation-genitive-hint"
          onInput={(event) => {
            const organisationGenitive = event.currentTarget.value;
            update((s) => ({ ...s, organisationGenitive }));
          }}
        />
      </Field>
    </>
  );
}

function ApprovalFields({
  state,
  update,
  labels,
  error,
}: Pick<Props, 'state' | 'update' | 'labels'> & { error: string | undefined }) {
  const setApproval = (patch: Partial<BuilderState['approval']>) =>
    update((s) => ({ ...s, approval: { ...s.approval, ...patch } }));
  return (
    <>
      <Field id="rb-head" label={labels.head}>
        <input
          id="rb-head"
          type="text"
          maxLength={200}
          value={state.head}
          onInput={(event) => {
            const head = event.currentTarget.value;
            update((s) => ({ ...s, head }));
          }}
        />
      </Field>
      <Field
        id="rb-approval-date"
        label={state.approvalForm === 'signature' ? labels.approvalSignedDate : labels.approvalDate}
        error={error}
      >
        <input
          id="rb-approval-date"
          type="date"
          value={state.approval.date}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy('rb-approval-date', error)}
          onInput={(event) => setApproval({ date: event.currentTarget.value })}
        />
      </Field>
      {(state.approvalForm ?? 'order') === 'order' && (
        <Field id="rb-approval-number" label={labels.approvalNumber}>
          <input
            id="rb-approval-number"
            type="text"
            maxLength={50}
            value={state.approval.number}
            onInput={(event) => setApproval({ number: event.currentTarget.value })}
          />
        </Field>
      )}
    </>
  );
}
