// The form filler: every field of a form as an input, autosaved in the browser, checked against the
// form's schema, and downloaded filled as .docx (and as .json for a questionnaire) or printed.
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { declinedTexts, decliningFields, withValue } from '../../lib/forms/declension.ts';
import { validateForm } from '../../lib/forms/validate.ts';
import { formFields, type FormValues } from '../../lib/forms/values.ts';
import { exportJson, forgetValues, restoreValues, saveValues } from '../../lib/forms/storage.ts';
import { saveFile } from '../../lib/save-file.ts';
import { Declension } from './Declension.tsx';
import { Field, inputId } from './Fields.tsx';
import type { DeclensionLabels, FormFillerLabels } from './labels.ts';

interface Props {
  formId: string;
  form: Form;
  labels: FormFillerLabels;
  declensionLabels: DeclensionLabels;
}

/** Tables start with the rows the blank prints (e.g. the months of a plan), or one empty row. */
function initialValues(form: Form): FormValues {
  const values: FormValues = {};
  for (const field of formFields(form)) {
    if (field.kind === 'table') {
      const blank = Object.fromEntries(field.columns.map((c) => [c.id, '']));
      values[field.id] = field.rows.length > 0 ? field.rows.map((row) => ({ ...blank, ...row })) : [blank];
    }
  }
  return values;
}

export default function FormFiller({ formId, form, labels, declensionLabels }: Props) {
  const [values, setValues] = useState<FormValues>(() => initialValues(form));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [saved, setSaved] = useState<boolean | null>(null);
  const [status, setStatus] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  // Saving starts only once what was saved has been read back: the render before that holds the blank form,
  // and saving it would overwrite the answers (seen when a reload came at the wrong moment).
  const [restored, setRestored] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const result = restoreValues(form, formId, window.localStorage);
    if (Object.keys(result.values).length > 0) setValues((current) => ({ ...current, ...result.values }));
    setNotice(result.notice);
    setRestored(true);
  }, []);

  useEffect(() => {
    if (restored) setSaved(saveValues(form, formId, values, window.localStorage));
  }, [values, restored]);

  const errors = useMemo(() => validateForm(form, values), [values]);
  const visibleError = (id: string) => (showAll || touched.has(id) ? errors[id] : undefined);
  const fieldLabels = useMemo(() => new Map(formFields(form).map((f) => [f.id, f.label])), [form]);
  const declining = useMemo(() => new Map(decliningFields(form).map((d) => [d.field.id, d])), [form]);
  const declined = useMemo(() => declinedTexts(form, values), [values]);

  const blocked = (): boolean => {
    if (Object.keys(errors).length === 0) return false;
    setShowAll(true);
    setTimeout(() => summary.current?.focus(), 0);
    return true;
  };

  const downloadDocx = async () => {
    if (blocked()) return;
    setStatus(labels.preparing);
    try {
      const [{ Packer }, { formDocument }] = await Promise.all([import('docx'), import('../../lib/docx/form.ts')]);
      saveFile(await Packer.toBlob(formDocument(form, values)), `${formId}.docx`);
      setStatus(undefined);
    } catch {
      setStatus(labels.exportFailed);
    }
  };

  const downloadJson = () => {
    if (blocked()) return;
    saveFile(exportJson(form, formId, values, new Date().toISOString()), `${formId}.json`, 'application/json');
  };

  const startOver = () => {
    forgetValues(formId, window.localStorage);
    setValues(initialValues(form));
    setTouched(new Set());
    setShowAll(false);
    setNotice(undefined);
    setConfirming(false);
  };

  // The preview reads as the document will: a name or an organisation in the case its sentence needs.
  const placeholder = (id: string, grammar: string | undefined) => {
    const value = grammar && grammar !== 'nomn' ? declined.get(`${id}@${grammar}`) : values[id];
    const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : (value ?? '');
    return text.trim() ? <strong>{text}</strong> : <span class="blank">{fieldLabels.get(id) ?? id}</span>;
  };

  const errorList = Object.entries(errors);
  return (
    <form class="form-filler" noValidate onSubmit={(e) => e.preventDefault()} aria-label={form.title}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {showAll && errorList.length > 0 && (
        <div class="summary" role="alert" tabIndex={-1} ref={summary}>
          <p>{labels.missing}</p>
          <ul>
            {errorList.map(([id, message]) => (
              <li key={id}>
                <a href={`#${inputId(id)}`}>{fieldLabels.get(id)}</a>: {message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {form.sections.map((section, s) => (
        <section key={s}>
          {section.title && <h3>{section.title}</h3>}
          {section.blocks.map((block, b) =>
            block.kind === 'paragraph' ? (
              <p class={`document-text${block.style ? ` ${block.style}` : ''}`} key={b}>
                {block.text.split(/(\{[a-z0-9-]+(?::[a-z]+)?\})/).map((part) => {
                  const [, id, grammar] = /^\{([a-z0-9-]+)(?::([a-z]+))?\}$/.exec(part) ?? [];
                  return id ? placeholder(id, grammar) : part;
                })}
              </p>
            ) : (
              <Fragment key={block.id}>
                <Field
                  field={block}
                  value={values[block.id]}
                  error={visibleError(block.id)}
                  labels={labels}
                  onChange={(value) => setValues((current) => withValue(form, current, block.id, value))}
                  onBlur={() => setTouched((current) => (current.has(block.id) ? current : new Set(current).add(block.id)))}
                />
                {declining.has(block.id) && (
                  <Declension
                    field={declining.get(block.id)!.field}
                    cases={declining.get(block.id)!.cases}
                    values={values}
                    labels={declensionLabels}
                    onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
                  />
                )}
              </Fragment>
            ),
          )}
        </section>
      ))}
      <div class="actions no-print">
        <button type="button" class="primary" onClick={downloadDocx}>
          {labels.downloadDocx}
        </button>
        {form.kind === 'questionnaire' && (
          <button type="button" onClick={downloadJson}>
            {labels.downloadJson}
          </button>
        )}
        <button type="button" onClick={() => window.print()}>
          {labels.print}
        </button>
        {confirming ? (
          <span class="confirm" role="group" aria-label={labels.confirmStartOver}>
            <span>{labels.confirmStartOver}</span>
            <button type="button" onClick={startOver}>
              {labels.confirmYes}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {labels.confirmNo}
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {labels.startOver}
          </button>
        )}
      </div>
      <p class="save-state no-print" role="status">
        {status ?? (saved === false ? labels.notSaved : saved ? labels.saved : '')}
      </p>
    </form>
  );
}
