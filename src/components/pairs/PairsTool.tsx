// The pairs tool: the two lists, the settings, the matching with the curator's decisions, the order and the
// downloads. The island only holds state and lays out the parts; the work is done by src/lib/pairs/.
import { useMemo, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { exampleMentees, exampleMentors } from '../../lib/pairs/example.ts';
import { mentoringForms } from '../../lib/mentoring-forms.ts';
import { codeMaker, emptyMentee, emptyMentor, menteeCategories } from '../../lib/pairs/import.ts';
import { matchPairs } from '../../lib/pairs/match.ts';
import { peopleOf } from '../../lib/pairs/output.ts';
import { prepare } from '../../lib/pairs/prepare.ts';
import { initialState } from '../../lib/pairs/storage.ts';
import type { MatchResult, MenteeRow, MentorRow, PairRef, PairsState } from '../../lib/pairs/types.ts';
import { ImportBar } from './ImportBar.tsx';
import { fill } from '../../lib/island-labels.ts';
import type { PairsLabels } from './labels.ts';
import type { DeclensionLabels } from '../form-filler/labels.ts';
import { OrderExports } from './OrderExports.tsx';
import { PeopleTable, type Column } from './PeopleTable.tsx';
import { Results, same } from './Results.tsx';
import { SettingsFields } from './SettingsFields.tsx';
import { localToday } from '../../lib/dates.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePairsState, type Notice } from './store.ts';
import './pairs.css';

interface Props {
  labels: PairsLabels;
  declensionLabels: DeclensionLabels;
  orderForm: Form;
  /** The site's base path, for the district file and the builder links. */
  base: string;
  /** The build's date, YYYY-MM-DD, for the server render. */
  buildToday: string;
}

const noticeKey: Record<Notice, 'noticeEmpty' | 'noticeRestored'> = {
  empty: 'noticeEmpty',
  restored: 'noticeRestored',
};

export default function PairsTool({ labels, declensionLabels, orderForm, base, buildToday }: Props) {
  const { state, update, notice, ready, saved, edited, settingsFromLink, persist } = usePairsState(buildToday);
  const [result, setResult] = useState<MatchResult | null>(null);
  const [stale, setStale] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const today = ready ? localToday() : buildToday;
  const prepared = useMemo(
    () => prepare(state),
    [state.mentees, state.mentors, state.settings, state.fixed, state.forbidden],
  );
  const people = useMemo(
    () => peopleOf(state.mentees, state.mentors, state.codesOnly),
    [state.mentees, state.mentors, state.codesOnly],
  );

  /** A change to the lists or settings: the pairs shown no longer follow from them until matched again. */
  const edit = (change: (s: PairsState) => PairsState) => {
    update(change);
    if (result) setStale(true);
  };
  const run = (next: PairsState) => {
    setResult(matchPairs(next));
    setStale(false);
  };
  const decide = (change: (s: PairsState) => PairsState) => {
    const next = change(state);
    update(() => next);
    run(next);
  };
  const without = (list: PairRef[], pair: PairRef) => list.filter((p) => !same(pair)(p));
  const ref = (pair: PairRef): PairRef => ({ mentee: pair.mentee, mentor: pair.mentor });

  const menteeColumns: Column<MenteeRow>[] = [
    { field: 'code', label: labels['col.code'], size: 8 },
    { field: 'name', label: labels['col.name'], size: 22 },
    { field: 'school', label: labels['col.school'], size: 12 },
    { field: 'category', label: labels['col.category'], size: 14, list: 'pairs-categories' },
    { field: 'form', label: labels['col.form'], size: 14, list: 'pairs-forms' },
    { field: 'topics', label: labels['col.needs'], size: 28 },
  ];
  const mentorColumns: Column<MentorRow>[] = [
    { field: 'code', label: labels['col.code'], size: 8 },
    { field: 'name', label: labels['col.name'], size: 22 },
    { field: 'position', label: labels['col.position'], size: 14 },
    { field: 'school', label: labels['col.school'], size: 12 },
    { field: 'forms', label: labels['col.forms'], size: 14, list: 'pairs-forms' },
    { field: 'topics', label: labels['col.canHelp'], size: 28 },
    { field: 'capacity', label: labels['col.capacity'], size: 3 },
  ];
  const listIssues = (list: 'mentees' | 'mentors') => prepared.issues.filter((i) => i.list === list);
  const otherIssues = prepared.issues.filter((i) => i.list === 'settings' || i.list === 'decisions');

  const tool = (
    <div class="pairs not-content" data-tool data-pairs data-hydrated={ready ? 'true' : undefined}>
      <StateNotices persist={persist} fileName="podbor-par" />
      <div class="pairs-notice" role="status">
        {!edited && <p>{ready ? labels[noticeKey[notice]] : labels.loading}</p>}
        {settingsFromLink && <p>{labels.noticeSettingsLink}</p>}
        <div class="pairs-buttons">
          <button
            type="button"
            onClick={() =>
              edit((s) => ({ ...s, mentees: exampleMentees, mentors: exampleMentors, fixed: [], forbidden: [] }))
            }
          >
            {labels.example}
          </button>
          {confirming ? (
            <span role="group" aria-label={labels.confirmClear} class="pairs-confirm">
              <span>{labels.confirmClear}</span>
              <button
                type="button"
                onClick={() => {
                  update(() => initialState(localToday()));
                  setResult(null);
                  setStale(false);
                  setConfirming(false);
                }}
              >
                {labels.confirmYes}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {labels.confirmNo}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {labels.clear}
            </button>
          )}
        </div>
      </div>
      <datalist id="pairs-forms">
        {Object.values(mentoringForms).map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
      <datalist id="pairs-categories">
        {menteeCategories.map((category) => (
          <option key={category} value={category} />
        ))}
      </datalist>

      <section aria-labelledby="pairs-mentees-heading">
        <h3 id="pairs-mentees-heading">{fill(labels.mentees, { n: state.mentees.length })}</h3>
        <ImportBar
          list="mentees"
          rows={state.mentees}
          labels={labels}
          base={base}
          onAdd={(rows) => edit((s) => ({ ...s, mentees: [...s.mentees, ...rows] }))}
        />
        <PeopleTable
          id="mentees"
          caption={labels.menteesCaption}
          rows={state.mentees}
          columns={menteeColumns}
          issues={listIssues('mentees')}
          labels={labels}
          onChange={(rows) => edit((s) => ({ ...s, mentees: rows }))}
          onAdd={() =>
            edit((s) => ({
              ...s,
              mentees: [
                ...s.mentees,
                emptyMentee(
                  codeMaker(
                    'mentees',
                    s.mentees.map((m) => m.code),
                  )(),
                ),
              ],
            }))
          }
        />
      </section>

      <section aria-labelledby="pairs-mentors-heading">
        <h3 id="pairs-mentors-heading">{fill(labels.mentors, { n: state.mentors.length })}</h3>
        <ImportBar
          list="mentors"
          rows={state.mentors}
          labels={labels}
          base={base}
          onAdd={(rows) => edit((s) => ({ ...s, mentors: [...s.mentors, ...rows] }))}
        />
        <PeopleTable
          id="mentors"
          caption={labels.mentorsCaption}
          rows={state.mentors}
          columns={mentorColumns}
          issues={listIssues('mentors')}
          labels={labels}
          onChange={(rows) => edit((s) => ({ ...s, mentors: rows }))}
          onAdd={() =>
            edit((s) => ({
              ...s,
              mentors: [
                ...s.mentors,
                emptyMentor(
                  codeMaker(
                    'mentors',
                    s.mentors.map((m) => m.code),
                  )(),
                ),
              ],
            }))
          }
        />
      </section>

      <section aria-labelledby="pairs-settings-heading">
        <h3 id="pairs-settings-heading">{labels.settings}</h3>
        <SettingsFields
          settings={state.settings}
          codesOnly={state.codesOnly}
          labels={labels}
          onSettings={(settings) => edit((s) => ({ ...s, settings }))}
          onCodesOnly={(codesOnly) => update((s) => ({ ...s, codesOnly }))}
        />
      </section>

      <section aria-labelledby="pairs-result-heading">
        <h3 id="pairs-result-heading">{labels.result}</h3>
        {otherIssues.length > 0 && (
          <ul class="pairs-issues">
            {otherIssues.map((issue, i) => (
              <li key={i} class={issue.level === 'error' ? 'pairs-issue--error' : 'pairs-issue--warning'}>
                <span class="pairs-issue-level">{issue.level === 'error' ? labels.error : labels.warning}</span>{' '}
                {issue.message}
              </li>
            ))}
          </ul>
        )}
        <div class="pairs-buttons">
          <button type="button" class="pairs-primary" disabled={!ready} onClick={() => run(state)}>
            {result ? labels.rematch : labels.match}
          </button>
        </div>
        {stale && <p class="pairs-hint pairs-stale">{labels.stale}</p>}
        {result && (
          <Results
            result={result}
            people={people}
            order={state.order}
            fixed={state.fixed}
            forbidden={state.forbidden}
            today={today}
            base={base}
            labels={labels}
            onFix={(pair) =>
              decide((s) => ({
                ...s,
                fixed: [...without(s.fixed, pair), ref(pair)],
                forbidden: without(s.forbidden, pair),
              }))
            }
            onUnfix={(pair) => decide((s) => ({ ...s, fixed: without(s.fixed, pair) }))}
            onForbid={(pair) =>
              decide((s) => ({
                ...s,
                forbidden: [...without(s.forbidden, pair), ref(pair)],
                fixed: without(s.fixed, pair),
              }))
            }
            onAllow={(pair) => decide((s) => ({ ...s, forbidden: without(s.forbidden, pair) }))}
          />
        )}
      </section>

      <section aria-labelledby="pairs-order-heading">
        <h3 id="pairs-order-heading">{labels.order}</h3>
        <OrderExports
          state={state}
          result={stale ? null : result}
          people={people}
          orderForm={orderForm}
          today={today}
          labels={labels}
          declensionLabels={declensionLabels}
          onOrder={(order) => update((s) => ({ ...s, order }))}
          onLoad={(loaded) => {
            update(() => loaded);
            setResult(null);
            setStale(false);
          }}
        />
      </section>
      <p class="pairs-save-state" role="status">
        {saved === false ? labels.notSaved : saved ? labels.saved : ''}
      </p>
    </div>
  );
  // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
  // without a word. The fieldset has no border or padding (tools.css).
  return (
    <fieldset class="tool-gate" disabled={!ready}>
      {tool}
    </fieldset>
  );
}
