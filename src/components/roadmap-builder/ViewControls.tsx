// Above the built roadmap: the table or the timeline, and whose tasks to show (everyone's, a person's by name,
// or a role's). A choice that no longer names anyone falls back to everyone.
import { useState } from 'preact/hooks';
import { rolesOf, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import { concerns } from '../../lib/roadmap-builder/table.ts';
import type { BuilderLabels } from './labels.ts';

export type View = 'table' | 'timeline';

/** Whose tasks are shown, the names and roles to choose from, and whether an item is shown. */
export function useWhoFilter(state: BuilderState) {
  const [who, setWho] = useState('');
  const roles = rolesOf(state);
  const names = [...new Set(state.people.map((p) => p.name.trim()).filter(Boolean))];
  const valid = who === '' || roles.includes(who) || names.includes(who) ? who : '';
  const visible = (itemId: string) => {
    if (valid === '') return true;
    const item = state.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
    return item ? concerns(item, valid, state.people) : false;
  };
  return { who: valid, setWho, roles, names, visible };
}

interface Props {
  view: View;
  setView: (view: View) => void;
  filter: ReturnType<typeof useWhoFilter>;
  labels: BuilderLabels;
}

export function ViewControls({ view, setView, filter, labels }: Props) {
  return (
    <div class="rb-row rb-controls">
      <div class="rb-views" role="group" aria-label={labels.viewLabel}>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          {labels.viewTable}
        </button>
        <button type="button" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
          {labels.viewTimeline}
        </button>
      </div>
      <div class="rb-field rb-filter">
        <label for="rb-who">{labels.filter}</label>
        <select id="rb-who" value={filter.who} onChange={(event) => filter.setWho(event.currentTarget.value)}>
          <option value="">{labels.filterAll}</option>
          {filter.names.length > 0 && (
            <optgroup label={labels.filterPeople}>
              {filter.names.map((name) => (
                <option key={`n-${name}`} value={name}>
                  {name}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={labels.filterRoles}>
            {filter.roles.map((role) => (
              <option key={`r-${role}`} value={role}>
                {role}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
    </div>
  );
}
