// The form filler: every field of a form as an input, autosaved in the browser, checked against the
// form's schema, and downloaded filled as .docx (and as .json for a questionnaire) or printed.
import { ConfirmButton } from '../shared/ConfirmButton.tsx';
import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Form, FormField } from '../../schemas/form.ts';
import { declinedTexts, decliningFields, withValue } from '../../lib/forms/declension.ts';
import { paragraphParts, previewText } from '../../lib/forms/preview.ts';
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
import { usePersistentState, type Persistent } from '../shared/usePersistentState.ts';
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

type Persist = Persistent<SavedAnswers>;

/** The answers saved in the browser, with a curator's link (#zapolnit?…) filling the fields it carries. */
function useAnswers(formId: string, source: Form) {
  const [prefilled, setPrefilled] = useState<string[]>([]);
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
  return { persist, prefilled, blank };
}

/** The form in the organisation's own words, and the values it shows: the user's, else the school profile's. */
function useShownForm(source: Form, persist: Persist) {
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
  return { form, fields, values, fromProfile, offersWording, wording, setChosenWording };
}

/** The .docx and .json downloads, refused while the form has errors; `status` says what is under way or failed. */
function useDownloads(
  formId: string,
  form: Form,
  values: FormValues,
  labels: FormFillerLabels,
  blocked: () => boolean,
) {
  const [status, setStatus] = useState<string>();
  const downloadDocx = async () => {
    if (blocked()) return;
    setStatus(labels.preparing);
    try {
      const [{ Packer }, { formDocument }, { formFileName }] = await loadModule(() =>
        Promise.all([import('docx'), import('../../lib/docx/form.ts'), import('../../lib/forms/file-name.ts')]),
      );
      saveFile(await Packer.toBlob(formDocument(form, values)), formFileName(formId, form, values, 'docx'));
      setStatus(undefined);
    } catch (error) {
      setStatus(failureText(error, labels.exportFailed));
    }
  };
  // The file's name is made by slugify, whose tables take a long moment to build: it loads on the click.
  const downloadJson = async () => {
    if (blocked()) return;
    try {
      const { formFileName } = await loadModule(() => import('../../lib/forms/file-name.ts'));
      saveFile(
        exportJson(form, formId, values, new Date().toISOString()),
        formFileName(formId, form, values, 'json'),
        'application/json',
      );
    } catch (error) {
      setStatus(failureText(error, labels.exportFailed));
    }
  };
  return { status, downloadDocx, downloadJson };
}

/** A placeholder of the preview: the value in the case its sentence needs, or the field's name while empty. */
function usePlaceholder(form: Form, fields: FormField[], values: FormValues, fieldLabels: Map<string, string>) {
  const declined = useMemo(() => declinedTexts(form, values), [form, values]);
  const dateFields = useMemo(() => new Set(fields.filter((f) => f.kind === 'date').map((f) => f.id)), [fields]);
  const people = useMemo(
    () => new Set(fields.flatMap((f) => (f.kind === 'text' && f.declines === 'person' ? [f.id] : []))),
    [fields],
  );
  return (id: string, grammar: string | undefined, after: string) => {
    const value = grammar && grammar !== 'nomn' ? declined.get(`${id}@${grammar}`) : values[id];
    const text = previewText(value, { date: dateFields.has(id), person: people.has(id) }, after);
    if (!text) return <span class="blank">{fieldLabels.get(id) ?? id}</span>;
    return <strong>{text}</strong>;
  };
}

interface NoticesProps {
  formId: string;
  form: Form;
  persist: Persist;
  startedOver: boolean;
  offersWording: boolean;
  wording: WordingKind;
  onWording: (wording: WordingKind) => void;
  prefilled: string[];
  fromProfile: Set<string>;
  fieldLabels: Map<string, string>;
  labels: FormFillerLabels;
}

function WordingChoice({ formId, wording, onWording, labels }: NoticesProps) {
  return (
    <p class="wording no-print">
      <label for={`${formId}-wording`}>{labels.wording}</label>{' '}
      <select
        id={`${formId}-wording`}
        value={wording}
        onChange={(e) => onWording(e.currentTarget.value as WordingKind)}
      >
        <option value="school">{labels.wordingSchool}</option>
        <option value="kindergarten">{labels.wordingKindergarten}</option>
        <option value="college">{labels.wordingCollege}</option>
      </select>
    </p>
  );
}

function Notices(props: NoticesProps) {
  const { formId, form, persist, startedOver, offersWording, prefilled, fromProfile, fieldLabels, labels } = props;
  const opened = persist.opened;
  // Answers saved for an earlier version of the form say what changed, until the user starts over.
  const notice =
    opened?.kind === 'restored' && !persist.taken && !startedOver ? formChangedNotice(form, opened.value) : undefined;
  return (
    <>
      <StateNotices persist={persist} fileName={formId} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {offersWording && <WordingChoice {...props} />}
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
    </>
  );
}

interface SummaryProps {
  errors: Record<string, string>;
  fieldLabels: Map<string, string>;
  summary: RefObject<HTMLDivElement>;
  labels: FormFillerLabels;
}

function ErrorSummary({ errors, fieldLabels, summary, labels }: SummaryProps) {
  return (
    <div class="summary" role="alert" tabIndex={-1} ref={summary}>
      <p>{labels.missing}</p>
      <ul>
        {Object.entries(errors).map(([id, message]) => (
          <li key={id}>
            <a href={`#${inputId(id)}`}>{fieldLabels.get(id)}</a>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface SectionsProps {
  form: Form;
  values: FormValues;
  placeholder: ReturnType<typeof usePlaceholder>;
  visibleError: (id: string) => string | undefined;
  setValues: (change: (values: FormValues) => FormValues) => void;
  onTouch: (id: string) => void;
  labels: FormFillerLabels;
  declensionLabels: DeclensionLabels;
}

type Declining = Map<string, ReturnType<typeof decliningFields>[number]>;

function FieldBlock({ block, declining, ...props }: SectionsProps & { block: FormField; declining: Declining }) {
  const { form, values, visibleError, setValues, onTouch, labels, declensionLabels } = props;
  const declines = declining.get(block.id);
  return (
    <>
      <Field
        field={block}
        value={values[block.id]}
        error={visibleError(block.id)}
        labels={labels}
        onChange={(value) => setValues((current) => withValue(form, current, block.id, value))}
        onBlur={() => onTouch(block.id)}
      />
      {declines && (
        <Declension
          field={declines.field}
          cases={declines.cases}
          values={values}
          labels={declensionLabels}
          onChange={(key, value) => setValues((current) => ({ ...current, [key]: value }))}
        />
      )}
    </>
  );
}

function Sections(props: SectionsProps) {
  const { form } = props;
  const declining = useMemo(() => new Map(decliningFields(form).map((d) => [d.field.id, d])), [form]);
  return (
    <>
      {props.form.sections.map((section, s) => (
        <section key={s}>
          {section.title && <h3>{section.title}</h3>}
          {section.blocks.map((block, b) =>
            block.kind === 'paragraph' ? (
              <p class={`document-text${block.style ? ` ${block.style}` : ''}`} key={b}>
                {paragraphParts(block.text).map((part) =>
                  typeof part === 'string' ? part : props.placeholder(part.id, part.grammar, part.after),
                )}
              </p>
            ) : (
              <FieldBlock key={block.id} {...props} block={block} declining={declining} />
            ),
          )}
        </section>
      ))}
    </>
  );
}

interface ActionsProps {
  form: Form;
  downloads: ReturnType<typeof useDownloads>;
  onPrint: () => void;
  onStartOver: () => void;
  labels: FormFillerLabels;
}

function Actions({ form, downloads, onPrint, onStartOver, labels }: ActionsProps) {
  return (
    <div class="actions no-print">
      <button type="button" class="primary" onClick={downloads.downloadDocx}>
        {labels.downloadDocx}
      </button>
      {form.kind === 'questionnaire' && (
        <button type="button" onClick={downloads.downloadJson}>
          {labels.downloadJson}
        </button>
      )}
      <button type="button" onClick={onPrint}>
        {labels.print}
      </button>
      <ConfirmButton
        label={labels.startOver}
        question={labels.confirmStartOver}
        yes={labels.confirmYes}
        no={labels.confirmNo}
        onConfirm={onStartOver}
        class="confirm"
      />
    </div>
  );
}

/** Which fields show their errors: those left once, or all after a refused download. */
function useShownErrors(errors: Record<string, string>) {
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const visibleError = (id: string) => (showAll || touched.has(id) ? errors[id] : undefined);
  const touch = (id: string) => setTouched((current) => (current.has(id) ? current : new Set(current).add(id)));
  const blocked = (): boolean => {
    if (Object.keys(errors).length === 0) return false;
    setShowAll(true);
    setTimeout(() => summary.current?.focus(), 0);
    return true;
  };
  const reset = () => {
    setTouched(new Set());
    setShowAll(false);
  };
  return { showAll, summary, visibleError, touch, blocked, reset };
}

export default function FormFiller({ formId, form: source, labels, declensionLabels }: Props) {
  const [printing, setPrinting] = useState(false);
  const [startedOver, setStartedOver] = useState(false);
  const { persist, prefilled, blank } = useAnswers(formId, source);
  const shownForm = useShownForm(source, persist);
  const { form, fields, values } = shownForm;
  const setValues = (change: (values: FormValues) => FormValues) =>
    persist.setState((s) => ({ form: formVersion(form), values: change(s.values) }));
  const errors = useMemo(() => validateForm(form, values), [form, values]);
  const shownErrors = useShownErrors(errors);
  const fieldLabels = useMemo(() => new Map(fields.map((f) => [f.id, f.label])), [form]);
  const downloads = useDownloads(formId, form, values, labels, shownErrors.blocked);
  // The preview reads as the document will: a name or an organisation in the case its sentence needs.
  const placeholder = usePlaceholder(form, fields, values, fieldLabels);
  const startOver = () => {
    persist.clear(blank());
    setStartedOver(true);
    shownErrors.reset();
  };
  const tool = (
    <form
      class="form-filler"
      data-hydrated={persist.ready ? 'true' : undefined}
      noValidate
      onSubmit={(e) => e.preventDefault()}
      aria-label={form.title}
    >
      <Notices
        {...{ formId, form, persist, startedOver, prefilled, fieldLabels, labels }}
        {...{ offersWording: shownForm.offersWording, wording: shownForm.wording, fromProfile: shownForm.fromProfile }}
        onWording={shownForm.setChosenWording}
      />
      {shownErrors.showAll && Object.keys(errors).length > 0 && (
        <ErrorSummary {...{ errors, fieldLabels, labels }} summary={shownErrors.summary} />
      )}
      <Sections
        {...{ form, values, placeholder, setValues, labels, declensionLabels }}
        visibleError={shownErrors.visibleError}
        onTouch={shownErrors.touch}
      />
      <Actions {...{ form, downloads, labels }} onPrint={() => setPrinting(true)} onStartOver={startOver} />
      <p class="save-state no-print" role="status">
        {downloads.status ?? (persist.saved === false ? labels.notSaved : persist.saved ? labels.saved : '')}
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
