// The pairs tool: the two lists, the settings, the matching with the curator's decisions, the order and the
// downloads. The island only holds state and lays out the parts; the work is done by src/lib/pairs/.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { exampleMentees, exampleMentors } from '../../lib/pairs/example.ts';
import { mentoringForms } from '../../lib/mentoring-forms.ts';
import { menteeCategories } from '../../lib/pairs/people.ts';
import { afterEdit, decide, restoreMatch, savedMatch, type Decision } from '../../lib/pairs/decisions.ts';
import { peopleOf } from '../../lib/pairs/output.ts';
import { prepare } from '../../lib/pairs/prepare.ts';
import { initialState } from '../../lib/pairs/storage.ts';
import type { InputIssue, MatchResult, MenteeRow, MentorRow, PairsState, SavedMatch } from '../../lib/pairs/types.ts';
import type { PairsLabels } from './labels.ts';
import type { DeclensionLabels } from '../form-filler/labels.ts';
import { MatchSection } from './MatchSection.tsx';
import { OrderExports } from './OrderExports.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { participantsForPairs, participantsKey } from '../school/participants-for-pairs.ts';
import { FromSaved } from '../school/FromSaved.tsx';
import { fill } from '../../lib/island-labels.ts';
import { limitError } from '../../lib/pairs/storage.ts';
import { SettingsFields } from './SettingsFields.tsx';
import { ToolNotice } from './ToolNotice.tsx';
import { Unchanged } from './Unchanged.tsx';
import { localToday } from '../../lib/dates.ts';
import { StateNotices } from '../shared/StateNotices.tsx';
import { usePairsState } from './store.ts';
import { useMatching } from './useMatching.ts';
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

/**
 * The result shown and how it follows the state: a new matching is saved with the state as codes; a saved
 * result (on open, from a project file, from another tab) is rebuilt from the lists once per saved set of pairs.
 */
function useResult(state: PairsState, ready: boolean) {
  const [result, setResult] = useState<MatchResult | null>(null);
  const shown = useRef<SavedMatch['pairs'] | null>(null);
  useEffect(() => {
    if (!ready) return;
    const saved = state.matched ?? null;
    if ((saved?.pairs ?? null) === shown.current) return;
    shown.current = saved?.pairs ?? null;
    setResult(saved ? restoreMatch(state, saved).result : null);
  }, [ready, state.matched]);
  const take = (next: MatchResult): SavedMatch => {
    const saved = savedMatch(next);
    shown.current = saved.pairs;
    setResult(next);
    return saved;
  };
  return { result, take };
}

/** The tool's state and what each part does to it; the component below only lays the parts out. */
function usePairsTool(buildToday: string) {
  const store = usePairsState(buildToday);
  const { state, update, ready } = store;
  const { result, take } = useResult(state, ready);
  const matching = useMatching();
  const prepared = useMemo(
    () => prepare(state),
    [state.mentees, state.mentors, state.settings, state.fixed, state.forbidden],
  );
  const people = useMemo(
    () => peopleOf(state.mentees, state.mentors, state.codesOnly),
    [state.mentees, state.mentors, state.codesOnly],
  );
  /** A change to the lists or settings: the pairs shown no longer follow from them until matched again. */
  const edit = (change: (s: PairsState) => PairsState) => update((s) => afterEdit(change(s)));
  const run = (input: PairsState) =>
    matching.start(input, (found) => {
      const matched = take(found);
      update((s) => ({ ...s, matched }));
    });
  const onDecide = (decision: Decision) => {
    const next = { ...state, ...decide(state, decision) };
    update(() => next);
    run(next);
  };
  const clear = () => {
    matching.cancel();
    update(() => initialState(localToday()));
  };
  const example = () =>
    edit((s) => ({ ...s, mentees: exampleMentees, mentors: exampleMentors, fixed: [], forbidden: [] }));
  return { ...store, result, matching, prepared, people, edit, run, onDecide, clear, example };
}

/** The suggestions of the lists' form and category cells. */
function Datalists() {
  return (
    <>
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
    </>
  );
}

export default function PairsTool({ labels, declensionLabels, orderForm, base, buildToday }: Props) {
  const tool = usePairsTool(buildToday);
  const { state, update, ready, result, prepared, edit } = tool;
  const stale = result !== null && state.matched?.stale === true;
  const today = ready ? localToday() : buildToday;
  const listIssues = (list: 'mentees' | 'mentors') => prepared.issues.filter((i) => i.list === list);
  const people = { rows: { mentees: state.mentees, mentors: state.mentors }, issues: listIssues, labels, base, edit };

  return (
    // Every control stays disabled until the island has hydrated: before that a chosen file or a click was lost
    // without a word. The fieldset has no border or padding (tools.css).
    <fieldset class="tool-gate" disabled={!ready}>
      <div class="pairs not-content" data-tool data-pairs data-hydrated={ready ? 'true' : undefined}>
        <StateNotices persist={tool.persist} fileName="podbor-par" />
        <ToolNotice
          ready={ready}
          edited={tool.edited}
          notice={tool.notice}
          settingsFromLink={tool.settingsFromLink}
          labels={labels}
          onExample={tool.example}
          onClear={tool.clear}
        />
        <Datalists />
        <Unchanged deps={[state.mentees, state.mentors, prepared.issues, labels, base]}>
          {() => <Lists {...people} />}
        </Unchanged>
        <SettingsSection state={state} labels={labels} edit={edit} update={update} />
        <MatchSection
          {...{ state, result, stale, ready, today, base, labels }}
          issues={prepared.issues.filter((i) => i.list === 'settings' || i.list === 'decisions')}
          matching={tool.matching}
          people={tool.people}
          onMatch={() => tool.run(state)}
          onDecide={tool.onDecide}
        />
        <section aria-labelledby="pairs-order-heading">
          <h3 id="pairs-order-heading">{labels.order}</h3>
          <OrderExports
            {...{ state, orderForm, today, labels, declensionLabels }}
            result={stale ? null : result}
            people={tool.people}
            onOrder={(change) => update((s) => ({ ...s, order: change(s.order) }))}
            onLoad={(loaded) => update(() => loaded)}
          />
        </section>
        <p class="pairs-save-state" role="status">
          {tool.saved === false ? labels.notSaved : tool.saved ? labels.saved : ''}
        </p>
      </div>
    </fieldset>
  );
}

interface SettingsSectionProps {
  state: PairsState;
  labels: PairsLabels;
  /** Settings change the pairs; whether names are shown does not. */
  edit: (change: (s: PairsState) => PairsState) => void;
  update: (change: (s: PairsState) => PairsState) => void;
}

function SettingsSection({ state, labels, edit, update }: SettingsSectionProps) {
  return (
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
  );
}

interface ListsProps {
  rows: { mentees: MenteeRow[]; mentors: MentorRow[] };
  issues: (list: 'mentees' | 'mentors') => InputIssue[];
  labels: PairsLabels;
  base: string;
  edit: (change: (s: PairsState) => PairsState) => void;
}

/** The two lists, each with its import bar and table. */
function Lists({ rows, issues, labels, base, edit }: ListsProps) {
  const fromSchool = async () => {
    const { participants, school, pairsListsWithParticipants } = await participantsForPairs();
    const next = pairsListsWithParticipants(rows, participants, school);
    const tooMany =
      limitError('mentees', rows.mentees.length, next.mentees.length - rows.mentees.length) ??
      limitError('mentors', rows.mentors.length, next.mentors.length - rows.mentors.length);
    if (tooMany) return tooMany;
    // Applied to the lists as they are now: a row typed while the participants loaded stays.
    if (next.added > 0)
      edit((s) => {
        const latest = pairsListsWithParticipants(s, participants, school);
        return { ...s, mentees: latest.mentees, mentors: latest.mentors };
      });
    return fill(labels.fromParticipantsDone, { n: next.added });
  };
  return (
    <>
      <FromSaved storageKey={participantsKey} label={labels.fromParticipants} onApply={fromSchool} />
      <PeopleSection
        list="mentees"
        rows={rows.mentees}
        issues={issues('mentees')}
        labels={labels}
        base={base}
        onRows={(change) => edit((s) => ({ ...s, mentees: change(s.mentees) }))}
      />
      <PeopleSection
        list="mentors"
        rows={rows.mentors}
        issues={issues('mentors')}
        labels={labels}
        base={base}
        onRows={(change) => edit((s) => ({ ...s, mentors: change(s.mentors) }))}
      />
    </>
  );
}
