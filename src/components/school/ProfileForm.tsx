// The profile's fields in four groups: the organisation, its people, the school year and the implementing
// order, the headcounts. It only renders: the island owns the state and the checks.
import {
  countKeys,
  organisationKindLabels,
  organisationKinds,
  profileLimits,
  type OrganisationKind,
  type ProfileErrors,
  type ProfilePerson,
  type SchoolProfile,
} from '../../lib/school/profile.ts';
import type { SchoolLabels } from './labels.ts';
import { TextField } from './TextField.tsx';

interface Props {
  profile: SchoolProfile;
  errors: ProfileErrors;
  labels: SchoolLabels;
  onChange: (change: (draft: SchoolProfile) => void) => void;
}

type PersonKey = 'director' | 'curator' | 'siteOfficer';
const people: PersonKey[] = ['director', 'curator', 'siteOfficer'];

function PersonFields(props: {
  id: string;
  legend: string;
  person: ProfilePerson;
  errors: ProfileErrors;
  labels: SchoolLabels;
  onChange: (person: ProfilePerson) => void;
}) {
  const { id, legend, person, errors, labels, onChange } = props;
  return (
    <fieldset class="school-person">
      <legend>{legend}</legend>
      <TextField
        id={`${id}-name`}
        label={labels.personName}
        value={person.name}
        maxLength={profileLimits.text}
        autoComplete="off"
        error={errors[`${id}.name`]}
        onValue={(name) => onChange({ ...person, name })}
      />
      <TextField
        id={`${id}-position`}
        label={labels.personPosition}
        value={person.position}
        maxLength={profileLimits.text}
        error={errors[`${id}.position`]}
        onValue={(position) => onChange({ ...person, position })}
      />
    </fieldset>
  );
}

function OrganisationFields({ profile, errors, labels, onChange }: Props) {
  const o = profile.organisation;
  const text = (key: 'fullName' | 'fullNameGenitive' | 'shortName' | 'municipality' | 'town' | 'address') => ({
    id: `organisation-${key}`,
    label: labels[`organisation.${key}`],
    value: o[key],
    error: errors[`organisation.${key}`],
    onValue: (value: string) =>
      onChange((draft) => {
        draft.organisation[key] = value;
      }),
  });
  return (
    <fieldset>
      <legend>{labels.organisationLegend}</legend>
      <TextField
        {...text('fullName')}
        wide
        maxLength={profileLimits.organisation}
        hint={labels['organisation.fullNameHint']}
      />
      <TextField
        {...text('fullNameGenitive')}
        wide
        maxLength={profileLimits.organisation}
        hint={labels['organisation.fullNameGenitiveHint']}
      />
      <TextField {...text('shortName')} hint={labels['organisation.shortNameHint']} />
      <div class="school-field">
        <label for="organisation-kind">{labels['organisation.kind']}</label>
        <select
          id="organisation-kind"
          value={o.kind}
          onChange={(event) =>
            onChange((draft) => {
              draft.organisation.kind = event.currentTarget.value as OrganisationKind;
            })
          }
        >
          {organisationKinds.map((kind) => (
            <option value={kind}>{organisationKindLabels[kind]}</option>
          ))}
        </select>
      </div>
      <TextField {...text('municipality')} />
      <TextField {...text('town')} />
      <TextField {...text('address')} wide />
    </fieldset>
  );
}

function Coordinator({ profile, errors, labels, onChange, index }: Props & { index: number }) {
  return (
    <div class="school-coordinator">
      <PersonFields
        id={`coordinators.${index}`}
        legend={`${labels['person.coordinator']} ${index + 1}`}
        person={profile.coordinators[index]!}
        errors={errors}
        labels={labels}
        onChange={(next) =>
          onChange((draft) => {
            draft.coordinators[index] = next;
          })
        }
      />
      <button type="button" onClick={() => onChange((draft) => void draft.coordinators.splice(index, 1))}>
        {labels.removeCoordinator} {index + 1}
      </button>
    </div>
  );
}

function PeopleFields(props: Props) {
  const { profile, errors, labels, onChange } = props;
  return (
    <fieldset>
      <legend>{labels.peopleLegend}</legend>
      <p class="school-hint">{labels.peopleHint}</p>
      {people.map((key) => (
        <PersonFields
          id={key}
          legend={labels[`person.${key}`]}
          person={profile[key]}
          errors={errors}
          labels={labels}
          onChange={(person) =>
            onChange((draft) => {
              draft[key] = person;
            })
          }
        />
      ))}
      {profile.coordinators.map((_, index) => (
        <Coordinator {...props} index={index} />
      ))}
      {profile.coordinators.length < profileLimits.coordinators && (
        <button
          type="button"
          onClick={() => onChange((draft) => void draft.coordinators.push({ name: '', position: '' }))}
        >
          {labels.addCoordinator}
        </button>
      )}
    </fieldset>
  );
}

function OrderFields({ profile, errors, labels, onChange }: Props) {
  return (
    <fieldset>
      <legend>{labels.orderLegend}</legend>
      <TextField
        id="schoolYear"
        label={labels.schoolYear}
        inputMode="numeric"
        value={profile.schoolYear}
        error={errors.schoolYear}
        hint={labels.schoolYearHint}
        onValue={(value) =>
          onChange((draft) => {
            draft.schoolYear = value;
          })
        }
      />
      <TextField
        id="order-date"
        type="date"
        label={labels.orderDate}
        value={profile.order.date}
        error={errors['order.date']}
        onValue={(value) =>
          onChange((draft) => {
            draft.order.date = value;
          })
        }
      />
      <TextField
        id="order-number"
        label={labels.orderNumber}
        value={profile.order.number}
        maxLength={profileLimits.orderNumber}
        error={errors['order.number']}
        onValue={(value) =>
          onChange((draft) => {
            draft.order.number = value;
          })
        }
      />
    </fieldset>
  );
}

function CountFields({ profile, errors, labels, onChange }: Props) {
  return (
    <fieldset>
      <legend>{labels.countsLegend}</legend>
      <p class="school-hint">{labels.countsHint}</p>
      {countKeys.map((key) => (
        <TextField
          id={`counts-${key}`}
          label={labels[`counts.${key}`]}
          inputMode="numeric"
          value={profile.counts[key]}
          error={errors[`counts.${key}`]}
          onValue={(value) =>
            onChange((draft) => {
              draft.counts[key] = value;
            })
          }
        />
      ))}
    </fieldset>
  );
}

export function ProfileForm(props: Props) {
  return (
    <>
      <OrganisationFields {...props} />
      <PeopleFields {...props} />
      <OrderFields {...props} />
      <CountFields {...props} />
    </>
  );
}
