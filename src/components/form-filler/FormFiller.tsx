// The form filler: every field of a form as an input, autosaved in the browser, checked against the
// form's schema, and downloaded filled as .docx (and as .json for a questionnaire) or printed.
import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { appositionComma, declinedTexts, decliningFields, withValue } from '../../lib/forms/declension.ts';
import { formFileName } from '../../lib/forms/file-name.ts';
import { listText } from '../../lib/forms/list-text.ts';
import { prefillFromHash } from '../../lib/forms/prefill.ts';
import { validateForm } from '../../lib/forms/validate.ts';
import { formFields, initialValues, isEmpty, type FormValues } from '../../lib/forms/values.ts';
import { withProfile } from '../../lib/school/facts.ts';
import {
  formInWording,
  hasSchoolWording,
  startRowsInWording,
  wordingOf,
  type WordingKind,
} from '../../lib/forms/wording.ts';
import { fill } from '../../lib/island-labels.ts';
import { ruDate } from '../../lib/ru-words.ts';
import {
  answersSpec,
  exportJson,
  formChangedNotice,
  formVersion,
  storageKey,
  type SavedAnswers,
} from '../../lib/forms/storage.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePersistentState } from '../shared/usePersistentState.ts';
import { Declension } from './Declension.tsx';
import { PrintDocument } from './PrintDocument.tsx';
import { useSavedProfile } from '../school/useSavedProfile.ts';
import { Field, inputId } from './Fields.tsx';
import type { DeclensionLabels, FormFillerLabels } from './labels.ts';

interface Props {
  formId: string;
  form: Form;
  labels: FormFillerLabels;
  declensionLabels: DeclensionLabels;
}

export default function FormFiller({ formId, form: source, labels, declensionLabels }: Props) {
  const [prefilled, setPrefilled] = useState<string[]>([]);
  const [printing, setPrinting] = useState(false);
  // Saved answers belong to the form's fields, which every wording keeps: the source form reads and writes them.
  const spec = useMemo(() => answersSpec(source), [source]);
  const blank = (): SavedAnswers => ({ form: formVersion(source), values: initialValues(source) });
  // The saved answers are read once the page runs; nothing is written before that (src/lib/state).
  const persist = usePersistentState<SavedAnswers>({
    spec,
    initial: blank(),
    blank,
    key: () => storageKey(formId),
    open: (opened) => {
      const state =
        opened.kind === 'restored'
          ? { form: opened.value.form, values: { ...initialValues(source), ...opened.value.values } }
          : blank();
      // A curator's link (#zapolnit?…) fills the fields it carries that are still empty, and is then taken off the
      // address so a reload does not fill them again.
      const linked = prefillFromHash(source, location.hash);
      const filled = Object.keys(linked).filter((id) => isEmpty({ [id]: state.values[id] }));
      if (Object.keys(linked).length > 0) history.replaceState(history.state, '', location.pathname + location.search);
      if (filled.length === 0) return { state };
      setPrefilled(filled);
      const values = { ...state.values, ...Object.fromEntries(filled.map((id) => [id, linked[id]])) };
      return { state: { form: formVersion(source), values }, save: true };
    },
  });
  // Fields bound to the school profile show its facts until the user types their own (src/lib/school/facts.ts).
  const profile = useSavedProfile();
  // A kindergarten or a college reads the form in its own words: from «Моя школа», or as chosen on the page.
  const offersWording = useMemo(() => hasSchoolWording(source), [source]);
  const [chosenWording, setChosenWording] = useState<WordingKind>();
  const wording = chosenWording ?? wordingOf(profile?.organisation.kind);
  const form = useMemo(() => formInWording(source, wording), [source, wording]);
  const fields = useMemo(() => formFields(form), [form]);
  const shown = useMemo(
    () =>
      form === source
        ? persist.state.values
        : startRowsInWording(persist.state.values, initialValues(source), initialValues(form)),
    [form, source, persist.state.values],
  );
  const { values, fromProfile } = useMemo(() => withProfile(fields, profile, shown), [fields, profile, shown]);
  const setValues = (change: (values: FormValues) => FormValues) =>
    persist.setState((s) => ({ form: formVersion(form), values: change(s.values) }));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const [status, setStatus] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [startedOver, setStartedOver] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const opened = persist.opened;
  const notice =
    opened?.kind === 'restored' && !persist.taken && !startedOver ? formChangedNotice(form, opened.value) : undefined;
  const saved = persist.saved;

  const errors = useMemo(() => validateForm(form, values), [form, values]);
  const visibleError = (id: string) => (showAll || touched.has(id) ? errors[id] : undefined);
  const fieldLabels = useMemo(() => new Map(fields.map((f) => [f.id, f.label])), [form]);
  const declining = useMemo(() => new Map(decliningFields(form).map((d) => [d.field.id, d])), [form]);
  const declined = useMemo(() => declinedTexts(form, values), [form, values]);

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
      const [{ Packer }, { formDocument }] = await loadModule(() =>
        Promise.all([import('docx'), import('../../lib/docx/form.ts')]),
      );
      saveFile(await Packer.toBlob(formDocument(form, values)), formFileName(formId, form, values, 'docx'));
      setStatus(undefined);
    } catch (error) {
      setStatus(failureText(error, labels.exportFailed));
    }
  };

  const downloadJson = () => {
    if (blocked()) return;
    saveFile(
      exportJson(form, formId, values, new Date().toISOString()),
      formFileName(formId, form, values, 'json'),
      'application/json',
    );
  };

  const startOver = () => {
    persist.clear(blank());
    setStartedOver(true);
    setTouched(new Set());
    setShowAll(false);
    setConfirming(false);
  };

  // The preview reads as the document will: a name or an organisation in the case its sentence needs.
  const dateFields = useMemo(() => new Set(fields.filter((f) => f.kind === 'date').map((f) => f.id)), [fields]);
  const people = useMemo(
    () => new Set(fields.flatMap((f) => (f.kind === 'text' && f.declines === 'person' ? [f.id] : []))),
    [fields],
  );
  const placeholder = (id: string, grammar: string | undefined, after: string) => {
    const value = grammar && grammar !== 'nomn' ? declined.get(`${id}@${grammar}`) : values[id];
    const joined = Array.isArray(value) ? listText(value.filter((v) => typeof v === 'string')) : (value ?? '');
    // Dates read as on paper, ДД.ММ.ГГГГ, as the .docx prints them; a position after a name closes with a comma.
    const text = dateFields.has(id) ? ruDate(joined) : joined.trim();
    if (!text) return <span class="blank">{fieldLabels.get(id) ?? id}</span>;
    return <strong>{text + (people.has(id) ? appositionComma(text, after) : '')}</strong>;
  };

  const errorList = Object.entries(errors);
  const tool = (
    <form
      class="form-filler"
      data-hydrated={persist.ready ? 'true' : undefined}
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-label={form.title}
    >
      <StateNotices persist={persist} fileName={formId} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {offersWording && (
        <p class="wording no-print">
          <label for={`${formId}-wording`}>{labels.wording}</label>{' '}
          <select
            id={`${formId}-wording`}
            value={wording}
            onChange={(e) => setChosenWording(e.currentTarget.value as WordingKind)}
          >
            <option value="school">{labels.wordingSchool}</option>
            <option value="kindergarten">{labels.wordingKindergarten}</option>
            <option value="college">{labels.wordingCollege}</option>
          </select>
        </p>
      )}
      {prefilled.length > 0 && (
        <p class="notice no-print" role="status">
          {fill(labels.prefilled, { fields: prefilled.map((id) => fieldLabels.get(id) ?? id).join(', ') })}
        </p>
      )}
      {fromProfile.size > 0 && (
        <p class="notice no-print">
          {fill(labels.fromProfile, {
            fields: [...fromProfile].map((id) => `«${fieldLabels.get(id) ?? id}»`).join(', '),
          })}{' '}
          <a href={`${import.meta.env.BASE_URL}instrumenty/moya-shkola/`}>{labels.profileLink}</a>
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
                {block.text.split(/(\{[a-z0-9-]+(?::[a-z]+)?\})/).map((part, i, parts) => {
                  const [, id, grammar] = /^\{([a-z0-9-]+)(?::([a-z]+))?\}$/.exec(part) ?? [];
                  return id ? placeholder(id, grammar, parts[i + 1] ?? '') : part;
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
                  onBlur={() =>
                    setTouched((current) => (current.has(block.id) ? current : new Set(current).add(block.id)))
                  }
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
        <button type="button" onClick={() => setPrinting(true)}>
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
  // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
  // without a word. The fieldset has no border or padding (tools.css).
  return (
    <fieldset class="tool-gate" disabled={!persist.ready}>
      {!persist.ready && (
        <p class="notice" role="status">
          {labels.loading}
        </p>
      )}
      {tool}
      {printing && <PrintDocument form={form} values={values} onDone={() => setPrinting(false)} />}
    </fieldset>
  );
}
