// Editing one item of the roadmap: its activity, its deadline (the template's rule, a date, a span or words),
// who answers for it, its format and result; moving and removing it. A date outside the period is refused
// with a message and not applied, so the row keeps its last good deadline.
import { useState } from 'preact/hooks';
import { deadlineText } from '../../lib/deadline-text.ts';
import { ruDate } from '../../lib/ru-words.ts';
import { isIsoDate } from '../../lib/dates.ts';
import { rolesError } from '../../lib/roadmap-builder/limits.ts';
import type { BuilderItem, BuilderState, ItemDeadline } from '../../lib/roadmap-builder/state.ts';
import { fill } from '../../lib/island-labels.ts';
import type { BuilderLabels } from './labels.ts';

interface Props {
  item: BuilderItem;
  number: number;
  state: BuilderState;
  hasFormat: boolean;
  labels: BuilderLabels;
  onChange: (patch: Partial<Omit<BuilderItem, 'id'>>) => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onClose: () => void;
}

const roles = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);

type Kind = ItemDeadline['kind'];

export function ItemEditor({ item, number, state, hasFormat, labels, onChange, onMove, onRemove, onClose }: Props) {
  const id = `rb-item-${item.id}`;
  const [kind, setKind] = useState<Kind>(item.deadline.kind);
  const [date, setDate] = useState(item.deadline.kind === 'date' ? item.deadline.date : '');
  const [by, setBy] = useState(item.deadline.kind === 'date' ? item.deadline.by : true);
  const [from, setFrom] = useState(item.deadline.kind === 'span' ? item.deadline.from : '');
  const [to, setTo] = useState(item.deadline.kind === 'span' ? item.deadline.to : '');
  const [words, setWords] = useState(item.deadline.kind === 'text' ? item.deadline.text : '');
  const [error, setError] = useState('');
  const rule = item.deadline.kind === 'rule' ? item.deadline.rule : null;

  const outside = (day: string) => day < state.start || day > state.end;
  /** Applies the deadline as typed if it makes sense; otherwise says why and keeps the last good one. */
  const apply = (next: { kind: Kind; date?: string; by?: boolean; from?: string; to?: string; words?: string }) => {
    if (next.kind === 'rule') {
      setError('');
      return;
    }
    if (next.kind === 'date') {
      const day = next.date ?? '';
      if (!isIsoDate(day)) return setError(labels.dateMissing);
      if (outside(day))
        return setError(fill(labels.dateOutside, { start: ruDate(state.start), end: ruDate(state.end) }));
      setError('');
      return onChange({ deadline: { kind: 'date', date: day, by: next.by ?? true } });
    }
    if (next.kind === 'span') {
      const a = next.from ?? '';
      const b = next.to ?? '';
      if (!isIsoDate(a) || !isIsoDate(b)) return setError(labels.spanMissing);
      if (b < a) return setError(labels.spanBackwards);
      if (outside(a) || outside(b))
        return setError(fill(labels.dateOutside, { start: ruDate(state.start), end: ruDate(state.end) }));
      setError('');
      return onChange({ deadline: { kind: 'span', from: a, to: b } });
    }
    setError('');
    onChange({ deadline: { kind: 'text', text: (next.words ?? '').slice(0, 300) } });
  };
  // Executors are checked against the roadmap's limits here, where they are typed, so a save always reads back.
  const [rolesMessage, setRolesMessage] = useState('');
  const setRoles = (input: HTMLInputElement, field: 'responsible' | 'responsibleSchool') => {
    const patch = { [field]: roles(input.value) };
    const refused = rolesError(state, item.id, patch);
    setRolesMessage(refused ?? '');
    if (refused) input.value = (item[field] ?? []).join(', ');
    else onChange(patch);
  };
  const choose = (next: Kind) => {
    setKind(next);
    apply({ kind: next, date, by, from, to, words });
  };

  return (
    <div class="rb-editor" role="group" aria-label={fill(labels.editorLabel, { n: number })}>
      <div class="rb-field rb-wide">
        <label for={`${id}-activity`}>{labels.activity}</label>
        <textarea
          id={`${id}-activity`}
          rows={3}
          maxLength={2000}
          value={item.activity}
          onInput={(event) => onChange({ activity: event.currentTarget.value })}
        />
      </div>

      <fieldset class="rb-wide">
        <legend>{labels.deadline}</legend>
        <div class="rb-choices">
          {rule && (
            <label>
              <input type="radio" name={`${id}-kind`} checked={kind === 'rule'} onChange={() => choose('rule')} />{' '}
              {fill(labels.deadlineRule, { text: deadlineText(rule) })}
            </label>
          )}
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'date'} onChange={() => choose('date')} />{' '}
            {labels.deadlineDate}
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'span'} onChange={() => choose('span')} />{' '}
            {labels.deadlineSpan}
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'text'} onChange={() => choose('text')} />{' '}
            {labels.deadlineWords}
          </label>
        </div>
        {kind === 'date' && (
          <div class="rb-row">
            <div class="rb-field">
              <label for={`${id}-date`}>{labels.date}</label>
              <input
                id={`${id}-date`}
                type="date"
                min={state.start}
                max={state.end}
                value={date}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(event) => {
                  setDate(event.currentTarget.value);
                  apply({ kind, date: event.currentTarget.value, by });
                }}
              />
            </div>
            <label class="rb-check">
              <input
                type="checkbox"
                checked={by}
                onChange={(event) => {
                  setBy(event.currentTarget.checked);
                  apply({ kind, date, by: event.currentTarget.checked });
                }}
              />{' '}
              {labels.byDate}
            </label>
          </div>
        )}
        {kind === 'span' && (
          <div class="rb-row">
            <div class="rb-field">
              <label for={`${id}-from`}>{labels.from}</label>
              <input
                id={`${id}-from`}
                type="date"
                min={state.start}
                max={state.end}
                value={from}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(event) => {
                  setFrom(event.currentTarget.value);
                  apply({ kind, from: event.currentTarget.value, to });
                }}
              />
            </div>
            <div class="rb-field">
              <label for={`${id}-to`}>{labels.to}</label>
              <input
                id={`${id}-to`}
                type="date"
                min={state.start}
                max={state.end}
                value={to}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onInput={(event) => {
                  setTo(event.currentTarget.value);
                  apply({ kind, from, to: event.currentTarget.value });
                }}
              />
            </div>
          </div>
        )}
        {kind === 'text' && (
          <div class="rb-field">
            <label for={`${id}-words`}>{labels.words}</label>
            <input
              id={`${id}-words`}
              type="text"
              maxLength={300}
              value={words}
              onInput={(event) => {
                setWords(event.currentTarget.value);
                apply({ kind, words: event.currentTarget.value });
              }}
            />
          </div>
        )}
        {error && (
          <p class="rb-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </fieldset>

      <div class="rb-field">
        <label for={`${id}-responsible`}>{state.twoLevel ? labels.responsibleMunicipal : labels.responsible}</label>
        <input
          id={`${id}-responsible`}
          type="text"
          maxLength={1000}
          value={item.responsible.join(', ')}
          aria-describedby={`${id}-responsible-hint`}
          onChange={(event) => setRoles(event.currentTarget, 'responsible')}
        />
        <span class="rb-hint" id={`${id}-responsible-hint`}>
          {labels.responsibleHint}
        </span>
      </div>
      {state.twoLevel && (
        <div class="rb-field">
          <label for={`${id}-responsible-school`}>{labels.responsibleSchool}</label>
          <input
            id={`${id}-responsible-school`}
            type="text"
            maxLength={1000}
            value={(item.responsibleSchool ?? []).join(', ')}
            onChange={(event) => setRoles(event.currentTarget, 'responsibleSchool')}
          />
        </div>
      )}
      {rolesMessage && (
        <p class="rb-error rb-wide" role="alert">
          {rolesMessage}
        </p>
      )}
      {hasFormat && (
        <div class="rb-field">
          <label for={`${id}-format`}>{labels.format}</label>
          <input
            id={`${id}-format`}
            type="text"
            maxLength={300}
            value={item.format}
            onInput={(event) => onChange({ format: event.currentTarget.value })}
          />
        </div>
      )}
      <div class="rb-field rb-wide">
        <label for={`${id}-result`}>{labels.result}</label>
        <input
          id={`${id}-result`}
          type="text"
          maxLength={1000}
          value={item.result}
          onInput={(event) => onChange({ result: event.currentTarget.value })}
        />
      </div>

      <div class="rb-buttons rb-wide">
        <button type="button" onClick={onClose}>
          {labels.done}
        </button>
        <button type="button" onClick={() => onMove(-1)}>
          {labels.moveUp}
        </button>
        <button type="button" onClick={() => onMove(1)}>
          {labels.moveDown}
        </button>
        <button type="button" class="rb-danger" onClick={onRemove}>
          {fill(labels.removeItem, { n: number })}
        </button>
      </div>
    </div>
  );
}
