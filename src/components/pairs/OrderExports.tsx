// The order's own details and the downloads: the order as .docx (the library's form, filled with the pairs),
// the table as CSV, and the whole work as a file to keep or pass on (without names when «codes only»).
import { limits } from '../../lib/limits.ts';
import { LimitNote } from '../shared/LimitNote.tsx';
import { useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { orderValues, resultCsv, type People } from '../../lib/pairs/output.ts';
import { projectJson, readProject } from '../../lib/pairs/storage.ts';
import type { MatchResult, OrderDetails, PairsState } from '../../lib/pairs/types.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import { fill } from '../../lib/island-labels.ts';
import { CuratorDeclension } from './CuratorDeclension.tsx';
import type { DeclensionLabels } from '../form-filler/labels.ts';
import { FromProfile } from '../school/FromProfile.tsx';
import type { PairsLabels } from './labels.ts';

interface Props {
  declensionLabels: DeclensionLabels;
  state: PairsState;
  result: MatchResult | null;
  people: People;
  orderForm: Form;
  today: string;
  labels: PairsLabels;
  /**
   * Changes the order's details from the latest ones: «Взять из профиля» applies after its code has loaded, and
   * what the user typed meanwhile must stay.
   */
  onOrder: (change: (order: OrderDetails) => OrderDetails) => void;
  onLoad: (state: PairsState) => void;
}

const fields: [Exclude<keyof OrderDetails, 'curatorDative' | 'curatorGender'>, 'text' | 'date'][] = [
  ['organisation', 'text'],
  ['settlement', 'text'],
  ['orderDate', 'date'],
  ['orderNumber', 'text'],
  ['schoolYear', 'text'],
  ['curator', 'text'],
  ['plansDue', 'date'],
  ['from', 'date'],
  ['to', 'date'],
];

/** The order's lines as the document prints them; dates have no length of their own. */
const orderLimits: Record<(typeof fields)[number][0], number> = {
  organisation: limits.organisation,
  settlement: limits.settlement,
  orderNumber: limits.number,
  schoolYear: limits.number,
  curator: limits.personName + limits.position,
  orderDate: limits.number,
  plansDue: limits.number,
  from: limits.number,
  to: limits.number,
};

/**
 * The order as .docx: the library's form filled with the pairs. The libraries load on the click; a curator whose
 * gender the name does not tell is asked for first.
 */
async function downloadOrder(
  { state, result, people, orderForm, labels }: Props,
  setMessage: (message: string) => void,
) {
  if (!result) return;
  const values = orderValues(state.order, result.pairs, people);
  setMessage(labels.preparing);
  try {
    const [{ Packer }, { formDocument }, { declensionErrors }, { downloadName }] = await loadModule(() =>
      Promise.all([
        import('docx'),
        import('../../lib/docx/form.ts'),
        import('../../lib/forms/declension.ts'),
        import('../../lib/download-name.ts'),
      ]),
    );
    // A curator's name whose gender is unknown would stand in the nominative after «Куратору»: ask first.
    const unresolved = Object.values(declensionErrors(orderForm, values))[0];
    if (unresolved) {
      setMessage(`${labels['order.curator']}: ${unresolved}`);
      return;
    }
    saveFile(
      await Packer.toBlob(formDocument(orderForm, values)),
      downloadName(['prikaz-o-zakreplenii-par', state.order.orderDate], 'docx'),
    );
    setMessage(labels.orderReady);
  } catch (error) {
    setMessage(failureText(error, labels.exportFailed));
  }
}

/** A saved project file opened: the whole work replaced, or the Russian reason it cannot be. */
async function loadProject(input: HTMLInputElement, { today, labels, onLoad }: Props, setMessage: (m: string) => void) {
  const file = input.files?.[0];
  if (!file) return;
  const read = readProject(await file.text(), today);
  input.value = '';
  if ('error' in read) setMessage(`«${file.name}»: ${read.error}`);
  else {
    onLoad(read.state);
    setMessage(fill(labels.projectLoaded, { name: file.name }));
  }
}

export function OrderExports(props: Props) {
  const { state, result, people, orderForm, labels, declensionLabels, onOrder } = props;
  const [message, setMessage] = useState('');
  const noPairs = !result || result.pairs.length === 0;
  // «Куратору …»: the declined name as the order will print it, to check and correct, as in the form filler.
  // The key of the chosen gender is `curator@gender` (forms/declension.ts genderKey), written here so the page
  // loads the grammar only with a curator.
  const setDeclined = (key: string, value: string) =>
    onOrder((order) => ({
      ...order,
      ...(key === 'curator@gender' ? { curatorGender: value } : { curatorDative: value }),
    }));
  const downloads = {
    order: () => downloadOrder(props, setMessage),
    csv: () => {
      if (!result) return;
      saveFile(resultCsv(result, people), 'nastavnicheskie-pary.csv', 'text/csv;charset=utf-8');
    },
    project: () => saveFile(projectJson(state, new Date().toISOString()), 'podbor-par.json', 'application/json'),
  };
  return (
    <div class="pairs-exports">
      <FromProfile
        labels={{ apply: labels.fromProfile, done: labels.fromProfileDone }}
        onApply={async (profile) => {
          const { pairsOrderWithProfile } = await loadModule(() => import('../../lib/school/tools.ts'));
          onOrder((order) => ({ ...pairsOrderWithProfile(order, profile), curatorDative: '' }));
        }}
      />
      <OrderFields order={state.order} labels={labels} onOrder={onOrder} />
      {state.order.curator.trim() && (
        <CuratorDeclension
          orderForm={orderForm}
          values={orderValues(state.order, [], people)}
          labels={declensionLabels}
          onChange={setDeclined}
        />
      )}
      <p class="pairs-hint">{labels.orderHint}</p>
      {noPairs && <p class="pairs-hint">{labels.matchFirst}</p>}
      <DownloadButtons noPairs={noPairs} labels={labels} downloads={downloads} />
      <div class="pairs-file">
        <label for="pairs-project">{labels.loadProject}</label>
        <input
          id="pairs-project"
          type="file"
          accept=".json,application/json"
          onChange={(event) => loadProject(event.currentTarget, props, setMessage)}
        />
      </div>
      <p class="pairs-hint">{state.codesOnly ? labels.projectHintCodes : labels.projectHint}</p>
      <p role="status" class="pairs-status">
        {message}
      </p>
    </div>
  );
}

interface OrderFieldsProps {
  order: OrderDetails;
  labels: PairsLabels;
  onOrder: (change: (order: OrderDetails) => OrderDetails) => void;
}

/** The order's own details: organisation, number and dates, the curator, the plans' due date, the period. */
function OrderFields({ order, labels, onOrder }: OrderFieldsProps) {
  return (
    <div class="pairs-grid">
      {fields.map(([field, kind]) => (
        <div class="pairs-field" key={field}>
          <label for={`pairs-order-${field}`}>{labels[`order.${field}`]}</label>
          <input
            id={`pairs-order-${field}`}
            type={kind}
            maxLength={kind === 'text' ? orderLimits[field] : undefined}
            value={order[field]}
            autoComplete="off"
            onInput={(event) => {
              const value = event.currentTarget.value;
              // A correction of the curator's name belonged to the old name.
              onOrder((current) => ({
                ...current,
                [field]: value,
                ...(field === 'curator' ? { curatorDative: '' } : {}),
              }));
            }}
          />
          {kind === 'text' && <LimitNote value={order[field]} max={orderLimits[field]} />}
        </div>
      ))}
    </div>
  );
}

interface DownloadButtonsProps {
  noPairs: boolean;
  labels: PairsLabels;
  downloads: { order: () => void; csv: () => void; project: () => void };
}

function DownloadButtons({ noPairs, labels, downloads }: DownloadButtonsProps) {
  return (
    <div class="pairs-buttons">
      <button type="button" class="pairs-primary" disabled={noPairs} onClick={downloads.order}>
        {labels.downloadOrder}
      </button>
      <button type="button" disabled={noPairs} onClick={downloads.csv}>
        {labels.downloadCsv}
      </button>
      <button type="button" onClick={() => window.print()}>
        {labels.print}
      </button>
      <button type="button" onClick={downloads.project}>
        {labels.saveProject}
      </button>
    </div>
  );
}
