// One input per kind of field, each with its label, hint and error wired for screen readers.
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';
import type { ComponentChildren } from 'preact';
import type { FormField } from '../../schemas/form.ts';
import {
  chosenOptions,
  inputText as text,
  scaleSteps,
  tableRows,
  toggledChoice,
  withCell,
} from '../../lib/forms/field-input.ts';
import type { FormValues, TableRows } from '../../lib/forms/values.ts';
import type { FormFillerLabels } from './labels.ts';

export const inputId = (fieldId: string) => `ff-${fieldId}`;

interface FieldProps {
  field: FormField;
  value: FormValues[string];
  error: string | undefined;
  labels: FormFillerLabels;
  onChange: (value: FormValues[string]) => void;
  onBlur: () => void;
}

function describedBy(field: FormField, error: string | undefined) {
  const ids = [field.hint ? `${inputId(field.id)}-hint` : '', error ? `${inputId(field.id)}-error` : ''].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame({
  field,
  error,
  labels,
  children,
  group,
}: {
  field: FormField;
  error?: string | undefined;
  labels: FormFillerLabels;
  children: ComponentChildren;
  group?: boolean;
}) {
  const title = (
    <>
      {field.label}
      {field.required && (
        <span class="required">
          <span aria-hidden="true"> *</span>
          <span class="sr-only">{labels.required}</span>
        </span>
      )}
    </>
  );
  const notes = (
    <>
      {field.hint && (
        <p class="hint" id={`${inputId(field.id)}-hint`}>
          {field.hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${inputId(field.id)}-error`}>
          {error}
        </p>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset
        class={`field${error ? ' invalid' : ''}`}
        id={inputId(field.id)}
        tabIndex={-1}
        aria-describedby={describedBy(field, error)}
      >
        <legend>{title}</legend>
        {notes}
        {children}
      </fieldset>
    );
  }
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={inputId(field.id)}>{title}</label>
      {notes}
      {children}
    </div>
  );
}

// What every input of a field carries: its id, its error and hint wired for screen readers, and the blur that
// shows its error.
interface Common {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
  onBlur: () => void;
}

interface KindProps<K extends FormField['kind']> extends FieldProps {
  field: Extract<FormField, { kind: K }>;
  common: Common;
}

function TextInput({ field, value, error, labels, onChange, common }: KindProps<'text'>) {
  return (
    <Frame {...{ field, error, labels }}>
      <input
        type="text"
        {...common}
        maxLength={field.maxLength}
        value={text(value)}
        autoComplete="off"
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <LimitNote value={text(value)} max={field.maxLength} />
    </Frame>
  );
}

function LongTextInput({ field, value, error, labels, onChange, common }: KindProps<'longText'>) {
  return (
    <Frame {...{ field, error, labels }}>
      <textarea
        {...common}
        rows={4}
        maxLength={field.maxLength}
        value={text(value)}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <LimitNote value={text(value)} max={field.maxLength} />
    </Frame>
  );
}

function NumberInput({ field, value, error, labels, onChange, common }: KindProps<'number'>) {
  return (
    <Frame {...{ field, error, labels }}>
      <input
        type="text"
        inputMode="decimal"
        class="short"
        {...common}
        value={text(value)}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </Frame>
  );
}

function DateInput({ field, value, error, labels, onChange, common }: KindProps<'date'>) {
  return (
    <Frame {...{ field, error, labels }}>
      <input
        type="date"
        class="short"
        {...common}
        min="1950-01-01"
        max="2100-12-31"
        value={text(value)}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
    </Frame>
  );
}

function SignatureInput({ field, value, error, labels, onChange, common }: KindProps<'signature'>) {
  return (
    <Frame
      {...{ field: { ...field, label: `${field.label} (${field.role}): ${labels.signatureName}` }, error, labels }}
    >
      <input
        type="text"
        {...common}
        maxLength={limits.signature}
        value={text(value)}
        autoComplete="off"
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <LimitNote value={text(value)} max={limits.signature} />
    </Frame>
  );
}

function ChoiceInput({ field, value, error, labels, onChange, onBlur }: KindProps<'choice'>) {
  const chosen = chosenOptions(value);
  const toggle = (option: string, checked: boolean) =>
    onChange(toggledChoice(field.options, field.multiple, chosen, option, checked));
  const shown =
    field.multiple && !field.label.includes(labels.chooseMany)
      ? { ...field, label: `${field.label} (${labels.chooseMany})` }
      : field;
  return (
    <Frame {...{ field: shown, error, labels }} group>
      {field.options.map((option, index) => (
        <label class="option" key={option}>
          <input
            type={field.multiple ? 'checkbox' : 'radio'}
            name={inputId(field.id)}
            checked={chosen.includes(option)}
            aria-invalid={error ? true : undefined}
            onChange={(e) => toggle(option, e.currentTarget.checked)}
            onBlur={index === field.options.length - 1 ? onBlur : undefined}
          />
          {option}
        </label>
      ))}
    </Frame>
  );
}

function ScaleInput({ field, value, error, labels, onChange }: KindProps<'scale'>) {
  return (
    <Frame {...{ field, error, labels }} group>
      <div class="scale">
        {field.minLabel && <span class="scale-end">{field.minLabel}</span>}
        {scaleSteps(field.min, field.max).map((step) => (
          <label class="scale-step" key={step}>
            <input
              type="radio"
              name={inputId(field.id)}
              checked={text(value) === step}
              onChange={() => onChange(step)}
            />
            {step}
          </label>
        ))}
        {field.maxLabel && <span class="scale-end">{field.maxLabel}</span>}
      </div>
    </Frame>
  );
}

interface RowProps {
  field: Extract<FormField, { kind: 'table' }>;
  rows: TableRows;
  index: number;
  labels: FormFillerLabels;
  onChange: (rows: TableRows) => void;
  onBlur: () => void;
}

function TableRow({ field, rows, index, labels, onChange, onBlur }: RowProps) {
  const row = rows[index] ?? {};
  return (
    <tr>
      <td>
        <button
          type="button"
          class="small"
          onClick={() => onChange(rows.filter((_, i) => i !== index))}
          aria-label={`${labels.removeRow} ${index + 1}`}
        >
          ✕
        </button>
      </td>
      {field.columns.map((column) => (
        <td key={column.id}>
          <textarea
            rows={1}
            aria-label={`${column.label}, ${labels.row} ${index + 1}`}
            maxLength={limits.tableCell}
            value={row[column.id] ?? ''}
            onInput={(e) => onChange(withCell(rows, index, column.id, e.currentTarget.value))}
            onBlur={onBlur}
          />
          <LimitNote value={row[column.id] ?? ''} max={limits.tableCell} />
        </td>
      ))}
    </tr>
  );
}

function TableInput({ field, value, error, labels, onChange, onBlur }: KindProps<'table'>) {
  const rows = tableRows(value);
  const blankRow = () => Object.fromEntries(field.columns.map((c) => [c.id, '']));
  return (
    <Frame {...{ field, error, labels }} group>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{labels.removeRow}</span>
              </th>
              {field.columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((_, index) => (
              <TableRow key={index} {...{ field, rows, index, labels, onChange, onBlur }} />
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        class="small"
        disabled={rows.length >= field.maxRows}
        onClick={() => onChange([...rows, blankRow()])}
      >
        {labels.addRow}
      </button>
    </Frame>
  );
}

export function Field(props: FieldProps) {
  const { field, error, onBlur } = props;
  const common: Common = {
    id: inputId(field.id),
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(field, error),
    'aria-required': field.required || undefined,
    onBlur,
  };
  switch (field.kind) {
    case 'text':
      return <TextInput {...props} field={field} common={common} />;
    case 'longText':
      return <LongTextInput {...props} field={field} common={common} />;
    case 'number':
      return <NumberInput {...props} field={field} common={common} />;
    case 'date':
      return <DateInput {...props} field={field} common={common} />;
    case 'signature':
      return <SignatureInput {...props} field={field} common={common} />;
    case 'choice':
      return <ChoiceInput {...props} field={field} common={common} />;
    case 'scale':
      return <ScaleInput {...props} field={field} common={common} />;
    case 'table':
      return <TableInput {...props} field={field} common={common} />;
  }
}
