// A section's heading row in the builder's table: its title, renamed in place, and the buttons that add an item,
// move the section or remove it.
import { useState } from 'preact/hooks';
import {
  moveSection,
  removeSection,
  renameSection,
  type BuilderState,
  type Removed,
} from '../../lib/roadmap-builder/state.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  section: { id: string; title: string };
  index: number;
  count: number;
  columns: number;
  state: BuilderState;
  update: (change: (state: BuilderState) => BuilderState) => void;
  onAddItem: () => void;
  onRemoved: (removed: Removed, what: string) => void;
  labels: BuilderLabels;
}

export const focusLater = (selector: string) =>
  setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);

function TitleInput({
  section,
  update,
  onDone,
  labels,
}: Pick<Props, 'section' | 'update' | 'labels'> & { onDone: () => void }) {
  return (
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
        onKeyDown={(event) => event.key === 'Enter' && onDone()}
      />
      <button type="button" onClick={onDone}>
        {labels.done}
      </button>
    </span>
  );
}

export function SectionHeading({ section, index, count, columns, state, update, onAddItem, onRemoved, labels }: Props) {
  const [renaming, setRenaming] = useState(false);
  const named = { title: section.title };
  const remove = () => {
    const { state: next, removed } = removeSection(state, section.id);
    if (!removed) return;
    update(() => next);
    onRemoved(removed, fill(labels.removedSection, named));
  };
  return (
    <tr class="rb-section">
      <th scope="colgroup" colSpan={columns}>
        {renaming ? (
          <TitleInput section={section} update={update} onDone={() => setRenaming(false)} labels={labels} />
        ) : (
          <span class="rb-section-title">{section.title || labels.untitledSection}</span>
        )}
        <span class="rb-section-buttons">
          <button
            type="button"
            aria-label={fill(labels.renameSectionNamed, named)}
            onClick={() => {
              setRenaming(true);
              focusLater(`#rb-section-${section.id}`);
            }}
          >
            {labels.renameSection}
          </button>
          <button type="button" aria-label={fill(labels.addItemNamed, named)} onClick={onAddItem}>
            {labels.addItem}
          </button>
          <button
            type="button"
            disabled={index === 0}
            aria-label={fill(labels.moveSectionUp, named)}
            onClick={() => update((s) => moveSection(s, section.id, -1))}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={index === count - 1}
            aria-label={fill(labels.moveSectionDown, named)}
            onClick={() => update((s) => moveSection(s, section.id, 1))}
          >
            ↓
          </button>
          <button type="button" class="rb-danger" aria-label={fill(labels.removeSectionNamed, named)} onClick={remove}>
            {labels.removeSection}
          </button>
        </span>
      </th>
    </tr>
  );
}
