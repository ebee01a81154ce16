// The settings' people: a name for each role the roadmap names, so the table, the filter and the exports can
// say who does what. Names of roles no longer used are kept (mergePeople).
import { mergePeople, rolesOf, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import { Field } from './Field.tsx';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  labels: BuilderLabels;
}

export function PeopleFieldset({ state, update, labels }: Props) {
  const people = mergePeople(rolesOf(state), state.people);
  const setName = (role: string, name: string) =>
    update((s) => ({
      ...s,
      people: mergePeople(rolesOf(s), s.people).map((p) => (p.role === role ? { ...p, name } : p)),
    }));
  return (
    <fieldset>
      <legend>{labels.people}</legend>
      <p class="rb-hint">{labels.peopleHint}</p>
      <div class="rb-grid">
        {people.map((person, index) => (
          <Field id={`rb-person-${index}`} label={person.role} key={person.role}>
            <input
              id={`rb-person-${index}`}
              type="text"
              maxLength={200}
              value={person.name}
              onInput={(event) => setName(person.role, event.currentTarget.value)}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
