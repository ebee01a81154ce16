// The deadline of one item in its editor: the template's rule, a date, a span or words. A date outside the
// period is refused with a message and not applied, so the row keeps its last good deadline.
import { useState } from 'preact/hooks';
import { deadlineText } from '../../lib/deadline-text.ts';
import { ruDate } from '../../lib/ru-words.ts';
import { isIsoDate } from '../../lib/dates.ts';
import type { BuilderItem, BuilderState, ItemDeadline } from '../../lib/roadmap-builder/state.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

type Kind = ItemDeadline['kind'];

interface Draft {
  kind: Kind;
  date: string;
  by: boolean;
  from: string;
  to: string;
  words: string;
}

interface Props {
  id: string;
  item: BuilderItem;
  state: Pick<BuilderState, 'start' | 'end'>;
  labels: BuilderLabels;
  onChange: (deadline: ItemDeadline) => void;
}

/** The deadline a draft stands for, or why it cannot be applied. */
export function draftDeadline(
  draft: Draft,
  period: { start: string; end: string },
  labels: BuilderLabels,
): { deadline?: ItemDeadline; error: string } {
  const outside = (day: string) => day < period.start || day > period.end;
  const outsideError = fill(labels.dateOutside, { start: ruDate(period.start), end: ruDate(period.end) });
  switch (draft.kind) {
    case 'rule':
      return { error: '' };
    case 'date':
      if (!isIsoDate(draft.date)) return { error: labels.dateMissing };
      if (outside(draft.date)) return { error: outsideError };
      return { deadline: { kind: 'date', date: draft.date, by: draft.by }, error: '' };
    case 'span':
      if (!isIsoDate(draft.from) || !isIsoDate(draft.to)) return { error: labels.spanMissing };
      if (draft.to < draft.from) return { error: labels.spanBackwards };
      if (outside(draft.from) || outside(draft.to)) return { error: outsideError };
      return { deadline: { kind: 'span', from: draft.from, to: draft.to }, error: '' };
    case 'text':
      return { deadline: { kind: 'text', text: draft.words.slice(0, 300) }, error: '' };
  }
}

const initialDraft = ({ deadline }: BuilderItem): Draft => ({
  kind: deadline.kind,
  date: deadline.kind === 'date' ? deadline.date : '',
  by: deadline.kind === 'date' ? deadline.by : true,
  from: deadline.kind === 'span' ? deadline.from : '',
  to: deadline.kind === 'span' ? deadline.to : '',
  words: deadline.kind === 'text' ? deadline.text : '',
});

interface DayProps {
  id: string;
  label: string;
  value: string;
  period: { start: string; end: string };
  error: string;
  errorId: string;
  onInput: (value: string) => void;
}

function DayField({ id, label, value, period, error, errorId, onInput }: DayProps) {
  return (
    <div class="rb-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        min={period.start}
        max={period.end}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}

function KindChoice({
  id,
  draft,
  rule,
  set,
  labels,
}: {
  id: string;
  draft: Draft;
  rule: string | null;
  set: (d: Partial<Draft>) => void;
  labels: BuilderLabels;
}) {
  const kinds: [Kind, string][] = [
    ...(rule === null ? [] : [['rule', fill(labels.deadlineRule, { text: rule })] as [Kind, string]]),
    ['date', labels.deadlineDate],
    ['span', labels.deadlineSpan],
    ['text', labels.deadlineWords],
  ];
  return (
    <div class="rb-choices">
      {kinds.map(([kind, label]) => (
        <label key={kind}>
          <input type="radio" name={`${id}-kind`} checked={draft.kind === kind} onChange={() => set({ kind })} />{' '}
          {label}
        </label>
      ))}
    </div>
  );
}

type DayShared = Pick<DayProps, 'period' | 'error' | 'errorId'>;

function DateRow(props: {
  id: string;
  draft: Draft;
  set: (d: Partial<Draft>) => void;
  labels: BuilderLabels;
  day: DayShared;
}) {
  const { id, draft, set, labels, day } = props;
  return (
    <div class="rb-row">
      <DayField id={`${id}-date`} label={labels.date} value={draft.date} onInput={(date) => set({ date })} {...day} />
      <label class="rb-check">
        <input type="checkbox" checked={draft.by} onChange={(event) => set({ by: event.currentTarget.checked })} />{' '}
        {labels.byDate}
      </label>
    </div>
  );
}

function WordsField({
  id,
  draft,
  set,
  labels,
}: {
  id: string;
  draft: Draft;
  set: (d: Partial<Draft>) => void;
  labels: BuilderLabels;
}) {
  return (
    <div class="rb-field">
      <label for={`${id}-words`}>{labels.words}</label>
      <input
        id={`${id}-words`}
        type="text"
        maxLength={300}
        value={draft.words}
        onInput={(event) => set({ words: event.currentTarget.value })}
      />
    </div>
  );
}

export function DeadlineFields({ id, item, state, labels, onChange }: Props) {
  const [draft, setDraft] = useState<Draft>(() => initialDraft(item));
  const [error, setError] = useState('');
  const period = { start: state.start, end: state.end };
  const errorId = `${id}-error`;
  /** Applies the deadline as typed if it makes sense; otherwise says why and keeps the last good one. */
  const set = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const result = draftDeadline(next, period, labels);
    setError(result.error);
    if (result.deadline) onChange(result.deadline);
  };
  const day: DayShared = { period, error, errorId };
  return (
    <fieldset class="rb-wide">
      <legend>{labels.deadline}</legend>
      <KindChoice
        id={id}
        draft={draft}
        rule={item.deadline.kind === 'rule' ? deadlineText(item.deadline.rule) : null}
        set={set}
        labels={labels}
      />
      {draft.kind === 'date' && <DateRow id={id} draft={draft} set={set} labels={labels} day={day} />}
      {draft.kind === 'span' && (
        <div class="rb-row">
          <DayField
            id={`${id}-from`}
            label={labels.from}
            value={draft.from}
            onInput={(from) => set({ from })}
            {...day}
          />
          <DayField id={`${id}-to`} label={labels.to} value={draft.to} onInput={(to) => set({ to })} {...day} />
        </div>
      )}
      {draft.kind === 'text' && <WordsField id={id} draft={draft} set={set} labels={labels} />}
      {error && (
        <p class="rb-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
