// The roadmap in the standard table shape, with the real deadlines, and the controls to edit it in place:
// each section can be renamed, moved, removed or given a new item; each item opens its editor.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formatDeadline, movedNote } from '../../lib/roadmap-builder/deadline-format.ts';
import {
  addItem,
  moveItem,
  moveSection,
  removeItem,
  removeSection,
  renameSection,
  updateItem,
  withNames,
  type BuilderState,
  type Removed,
} from '../../lib/roadmap-builder/state.ts';
import type { ScheduledSection } from '../../lib/roadmap-builder/table.ts';
import { addItemError } from '../../lib/roadmap-builder/limits.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  state: BuilderState;
  scheduled: ScheduledSection[];
  /** Only the items that concern this role or person, or all when null. */
  visible: (itemId: string) => boolean;
  update: (change: (state: BuilderState) => BuilderState) => void;
  onRemoved: (removed: Removed, what: string) => void;
  labels: BuilderLabels;
}

export function RoadmapTable({ state, scheduled, visible, update, onRemoved, labels }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [limitMessage, setLimitMessage] = useState('');
  const hasFormat = state.sections.some((section) => section.items.some((item) => item.format.trim() !== ''));
  const columns = 4 + (state.twoLevel ? 1 : 0) + (hasFormat ? 1 : 0) + 1;

  const focusLater = (selector: string) => setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);

  return (
    <div class="rb-table-wrap" tabIndex={0} role="region" aria-label={labels.tableRegion}>
      <table class="rb-table">
        <colgroup>
          <col class="rb-col-number" />
          <col />
          <col class="rb-col-deadline" />
          <col class="rb-col-people" />
          {state.twoLevel && <col class="rb-col-people" />}
          {hasFormat && <col class="rb-col-format" />}
          <col class="rb-col-result" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">№</th>
            <th scope="col">{labels.activity}</th>
            <th scope="col">{labels.deadline}</th>
            <th scope="col">{state.twoLevel ? labels.responsibleMunicipal : labels.responsible}</th>
            {state.twoLevel && <th scope="col">{labels.responsibleSchool}</th>}
            {hasFormat && <th scope="col">{labels.format}</th>}
            <th scope="col">{labels.result}</th>
          </tr>
        </thead>
        {scheduled.map((section, sectionIndex) => {
          const items = section.items.filter((s) => visible(s.item.id));
          return (
            <tbody key={section.id}>
              <tr class="rb-section">
                <th scope="colgroup" colSpan={columns}>
                  {renaming === section.id ? (
                    <span class="rb-row">
                      <label class="sr-only" for={`rb-section-${section.id}`}>
                        {labels.sectionTitle}
                      </label>
                      <input
                        id={`rb-section-${section.id}`}
                        type="text"
                        maxLength={500}
                        value={section.title}
                        onInput={(event) => {
                          const title = event.currentTarget.value;
                          update((s) => renameSection(s, section.id, title));
                        }}
                        onKeyDown={(event) => event.key === 'Enter' && setRenaming(null)}
                      />
                      <button type="button" onClick={() => setRenaming(null)}>
                        {labels.done}
                      </button>
                    </span>
                  ) : (
                    <span class="rb-section-title">{section.title || labels.untitledSection}</span>
                  )}
                  <span class="rb-section-buttons">
                    <button
                      type="button"
                      aria-label={fill(labels.renameSectionNamed, { title: section.title })}
                      onClick={() => {
                        setRenaming(section.id);
                        focusLater(`#rb-section-${section.id}`);
                      }}
                    >
                      {labels.renameSection}
                    </button>
                    <button
                      type="button"
                      aria-label={fill(labels.addItemNamed, { title: section.title })}
                      onClick={() => {
                        const full = addItemError(state, section.id);
                        setLimitMessage(full ?? '');
                        if (full) return;
                        const next = addItem(state, section.id);
                        update(() => next.state);
                        setEditing(next.itemId);
                        focusLater(`#rb-item-${next.itemId}-activity`);
                      }}
                    >
                      {labels.addItem}
                    </button>
                    <button
                      type="button"
                      disabled={sectionIndex === 0}
                      aria-label={fill(labels.moveSectionUp, { title: section.title })}
                      onClick={() => update((s) => moveSection(s, section.id, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={sectionIndex === scheduled.length - 1}
                      aria-label={fill(labels.moveSectionDown, { title: section.title })}
                      onClick={() => update((s) => moveSection(s, section.id, 1))}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="rb-danger"
                      aria-label={fill(labels.removeSectionNamed, { title: section.title })}
                      onClick={() => {
                        const { state: next, removed } = removeSection(state, section.id);
                        if (removed) {
                          update(() => next);
                          onRemoved(removed, fill(labels.removedSection, { title: section.title }));
                        }
                      }}
                    >
                      {labels.removeSection}
                    </button>
                  </span>
                </th>
              </tr>
              {items.map(({ item, number, deadlines, outsidePeriod }) => (
                <Fragment key={item.id}>
                  <tr class={editing === item.id ? 'rb-editing' : undefined}>
                    <td data-label="№">{number}</td>
                    <td data-label={labels.activity}>
                      {item.activity || <em>{labels.noActivity}</em>}
                      <div>
                        <button
                          type="button"
                          class="rb-edit"
                          aria-expanded={editing === item.id}
                          aria-label={fill(labels.editItem, { n: number })}
                          onClick={() => setEditing(editing === item.id ? null : item.id)}
                        >
                          {labels.edit}
                        </button>
                      </div>
                    </td>
                    <td data-label={labels.deadline}>
                      {deadlines.length === 0 ? (
                        <em>{outsidePeriod ? labels.outsidePeriod : labels.noDeadline}</em>
                      ) : (
                        deadlines.map((deadline, index) => (
                          <span class="rb-deadline" key={index}>
                            {formatDeadline(deadline)}
                            {movedNote(deadline) && <span class="rb-moved">{movedNote(deadline)}</span>}
                          </span>
                        ))
                      )}
                    </td>
                    <td data-label={state.twoLevel ? labels.responsibleMunicipal : labels.responsible}>
                      {withNames(item.responsible, state.people)}
                    </td>
                    {state.twoLevel && (
                      <td data-label={labels.responsibleSchool}>
                        {withNames(item.responsibleSchool ?? [], state.people)}
                      </td>
                    )}
                    {hasFormat && <td data-label={labels.format}>{item.format}</td>}
                    <td data-label={labels.result}>{item.result}</td>
                  </tr>
                  {editing === item.id && (
                    <tr class="rb-editor-row">
                      <td colSpan={columns}>
                        <ItemEditor
                          item={item}
                          number={number}
                          state={state}
                          hasFormat={hasFormat}
                          labels={labels}
                          onChange={(patch) => update((s) => updateItem(s, item.id, patch))}
                          onMove={(step) => {
                            update((s) => moveItem(s, item.id, step));
                            focusLater(`#rb-item-${item.id}-activity`);
                          }}
                          onRemove={() => {
                            const { state: next, removed } = removeItem(state, item.id);
                            if (removed) {
                              setEditing(null);
                              update(() => next);
                              onRemoved(removed, fill(labels.removedItem, { n: number }));
                            }
                          }}
                          onClose={() => {
                            setEditing(null);
                            focusLater(`[aria-label="${fill(labels.editItem, { n: number }).replace(/"/g, '\\"')}"]`);
                          }}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
              {items.length === 0 && (
                <tr>
                  <td colSpan={columns}>
                    <em>{section.items.length === 0 ? labels.emptySection : labels.noneOfMine}</em>
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
      {limitMessage && (
        <p class="rb-error" role="alert">
          {limitMessage}
        </p>
      )}
    </div>
  );
}
