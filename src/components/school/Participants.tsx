// «Участники программы»: the school's mentors and mentees as one editable table, kept in this browser through
// the site's one store. Long lists are shown a hundred rows at a time; every row is saved and reaches documents.
import { useMemo, useState } from 'preact/hooks';
import { fill } from '../../lib/island-labels.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { mentoringForms, type MentoringFormId } from '../../lib/mentoring-forms.ts';
import {
  newParticipant,
  participantCategories,
  participantErrors,
  participantLimits,
  participantRoles,
  participantsFromRows,
  participantsSpec,
  participantsStorageKey,
  roleLabels,
  type Participant,
  type ParticipantRole,
} from '../../lib/school/participants.ts';
import { pageRange, pageStartOf, participantCounts, participantsPageSize } from '../../lib/school/participants-view.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePersistentState, type Persistent } from '../shared/usePersistentState.ts';
import type { SchoolLabels } from './labels.ts';

const pageSize = participantsPageSize;
const textColumns = ['code', 'name', 'position'] as const;

interface Props {
  labels: SchoolLabels;
}

type Edit = (index: number, change: Partial<Participant>) => void;

interface RowProps {
  p: Participant;
  i: number;
  errors: Record<string, string>;
  labels: SchoolLabels;
  edit: Edit;
  remove: (index: number) => void;
}

const cellLabel = (labels: SchoolLabels, column: string, row: number) => fill(labels['people.cell'], { column, row });

function TextCell({ p, i, errors, labels, edit, column }: RowProps & { column: (typeof textColumns)[number] }) {
  const error = errors[`${i}.${column}`];
  const id = `school-people-${i}-${column}`;
  return (
    <td>
      <input
        id={id}
        type="text"
        value={p[column]}
        size={column === 'code' ? 8 : column === 'name' ? 28 : 16}
        maxLength={participantLimits[column]}
        autoComplete="off"
        aria-label={cellLabel(labels, labels[`people.${column}`], i + 1)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => edit(i, { [column]: e.currentTarget.value })}
      />
      {error && (
        <p id={`${id}-error`} class="school-error">
          {error}
        </p>
      )}
    </td>
  );
}

function RoleAndCategoryCells({ p, i, labels, edit }: RowProps) {
  const row = i + 1;
  return (
    <>
      <td>
        <select
          aria-label={cellLabel(labels, labels['people.role'], row)}
          value={p.role}
          onChange={(e) => edit(i, { role: e.currentTarget.value as ParticipantRole })}
        >
          {participantRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={cellLabel(labels, labels['people.category'], row)}
          value={p.category}
          onChange={(e) => edit(i, { category: e.currentTarget.value as Participant['category'] })}
        >
          {participantCategories.map((category) => (
            <option key={category}>{category}</option>
          ))}
        </select>
      </td>
    </>
  );
}

function FormCell({ p, i, labels, edit }: RowProps) {
  return (
    <td>
      <select
        aria-label={cellLabel(labels, labels['people.form'], i + 1)}
        value={p.form}
        onChange={(e) => edit(i, { form: e.currentTarget.value as MentoringFormId | '' })}
      >
        <option value="">{labels['people.formAny']}</option>
        {Object.entries(mentoringForms).map(([id, name]) => (
          <option key={id} value={id}>
            {name}
          </option>
        ))}
      </select>
    </td>
  );
}

function ParticipantRow(props: RowProps) {
  const { p, i, labels, edit, remove } = props;
  const row = i + 1;
  return (
    <tr>
      <td>{row}</td>
      <TextCell {...props} column="code" />
      <TextCell {...props} column="name" />
      <RoleAndCategoryCells {...props} />
      <TextCell {...props} column="position" />
      <FormCell {...props} />
      <td>
        <input
          type="checkbox"
          checked={p.consent}
          aria-label={cellLabel(labels, labels['people.consent'], row)}
          onChange={(e) => edit(i, { consent: e.currentTarget.checked })}
        />
      </td>
      <td>
        <button type="button" onClick={() => remove(i)}>
          <span aria-hidden="true">×</span>
          <span class="sr-only">{fill(labels['people.remove'], { code: p.code || row })}</span>
        </button>
      </td>
    </tr>
  );
}

function TableHead({ labels }: { labels: SchoolLabels }) {
  return (
    <thead>
      <tr>
        <th scope="col">№</th>
        <th scope="col">{labels['people.code']}</th>
        <th scope="col">{labels['people.name']}</th>
        <th scope="col">{labels['people.role']}</th>
        <th scope="col">{labels['people.category']}</th>
        <th scope="col">{labels['people.position']}</th>
        <th scope="col">{labels['people.form']}</th>
        <th scope="col">{labels['people.consent']}</th>
        <th scope="col">
          <span class="sr-only">{labels['people.remove'].replace(' {code}', '')}</span>
        </th>
      </tr>
    </thead>
  );
}

interface TableProps extends Omit<RowProps, 'p' | 'i'> {
  list: Participant[];
  start: number;
}

function ParticipantsTable({ list, start, ...props }: TableProps) {
  return (
    <div class="school-scroll" tabIndex={0} role="region" aria-label={props.labels['people.caption']}>
      <table class="school-people-table">
        <caption class="sr-only">{props.labels['people.caption']}</caption>
        <TableHead labels={props.labels} />
        <tbody>
          {list.slice(start, start + pageSize).map((p, k) => (
            <ParticipantRow key={start + k} {...props} p={p} i={start + k} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PagerProps {
  start: number;
  total: number;
  setStart: (start: number) => void;
  labels: SchoolLabels;
}

function Pager({ start, total, setStart, labels }: PagerProps) {
  return (
    <p class="school-pages">
      <button type="button" disabled={start === 0} onClick={() => setStart(Math.max(0, start - pageSize))}>
        {labels['people.prev']}
      </button>{' '}
      {fill(labels['people.page'], pageRange(start, total))}{' '}
      <button type="button" disabled={start + pageSize >= total} onClick={() => setStart(start + pageSize)}>
        {labels['people.next']}
      </button>
    </p>
  );
}

interface PasteProps {
  list: Participant[];
  setList: Persistent<Participant[]>['setState'];
  labels: SchoolLabels;
}

/** Rows pasted from a spreadsheet, read by the import module loaded on click; the status says what came of it. */
function PasteBox({ list, setList, labels }: PasteProps) {
  const [pasted, setPasted] = useState('');
  const [pasteStatus, setPasteStatus] = useState<string[]>([]);
  const addPasted = async () => {
    let table: string[][];
    try {
      const { readPaste } = await loadModule(() => import('../../lib/import/index.ts'), 'для чтения таблицы');
      table = await readPaste(pasted);
    } catch (error) {
      setPasteStatus([failureText(error, '{message}')]);
      return;
    }
    const { added, errors: pasteErrors } = participantsFromRows(table, list);
    if (added.length > 0) {
      setList((current) => [...current, ...added]);
      setPasted('');
    }
    setPasteStatus([fill(labels['people.pasteAdded'], { count: added.length }), ...pasteErrors]);
  };
  return (
    <details class="school-paste">
      <summary>{labels['people.paste']}</summary>
      <p class="school-hint" id="school-people-paste-hint">
        {labels['people.pasteHint']}
      </p>
      <label for="school-people-paste">{labels['people.pasteLabel']}</label>
      <textarea
        id="school-people-paste"
        rows={5}
        value={pasted}
        aria-describedby="school-people-paste-hint"
        onInput={(e) => setPasted(e.currentTarget.value)}
      />
      <button type="button" disabled={!pasted.trim()} onClick={addPasted}>
        {labels['people.pasteAdd']}
      </button>
      {pasteStatus.length > 0 && (
        <ul role="status">
          {pasteStatus.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

export function Participants({ labels }: Props) {
  const persist = usePersistentState<Participant[]>({
    spec: participantsSpec,
    initial: [],
    key: () => participantsStorageKey,
  });
  const { state: list, setState: setList, ready } = persist;
  const [start, setStart] = useState(0);
  const errors = useMemo(() => participantErrors(list), [list]);
  const errorCount = Object.keys(errors).length;
  const counts = useMemo(() => participantCounts(list), [list]);
  const edit: Edit = (index, change) =>
    setList((current) => current.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const add = (role: ParticipantRole) => {
    setList((current) => [...current, newParticipant(current, role)]);
    setStart(pageStartOf(list.length));
  };
  const remove = (index: number) => setList((current) => current.filter((_, i) => i !== index));
  return (
    <section class="school-workspace school-people" aria-labelledby="school-people-heading">
      <h2 id="school-people-heading">{labels['people.heading']}</h2>
      <p>{labels['people.intro']}</p>
      <StateNotices persist={persist} fileName="uchastniki" />
      <fieldset class="school-people-all" disabled={!ready}>
        <legend class="sr-only">{labels['people.caption']}</legend>
        {list.length === 0 ? (
          <p>{labels['people.empty']}</p>
        ) : (
          <ParticipantsTable {...{ list, start, errors, labels, edit, remove }} />
        )}
        {list.length > pageSize && <Pager {...{ start, setStart, labels }} total={list.length} />}
        {errorCount > 0 && (
          <p role="alert" class="school-error">
            {fill(labels['people.errors'], { count: errorCount })}
          </p>
        )}
        <p>{fill(labels['people.summary'], counts)}</p>
        <p class="school-workspace-actions">
          <button type="button" onClick={() => add('mentee')}>
            {labels['people.addMentee']}
          </button>
          <button type="button" onClick={() => add('mentor')}>
            {labels['people.addMentor']}
          </button>
        </p>
        <PasteBox {...{ list, setList, labels }} />
      </fieldset>
    </section>
  );
}
