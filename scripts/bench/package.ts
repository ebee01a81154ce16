// Benchmark of «Моя школа»'s package: a school with its profile, the calculator, five filled forms and 40
// participants (30 mentees, 10 mentors, none with a consent yet) becomes one .zip of about ninety documents, as the page
// makes it on the click. Run by `npm run bench -- package`; the curator should wait seconds, not minutes.
import { performance } from 'node:perf_hooks';
import { benchFlags } from '../bench-args.ts';
import { ms, stats } from './stats.ts';
import { form as formSchema, type Form } from '../../src/schemas/form.ts';
import { holidayYear } from '../../src/schemas/holidays.ts';
import { indicator as indicatorSchema } from '../../src/schemas/indicator.ts';
import { readDataEntries } from '../../src/lib/data-loader.ts';
import { answersSpec, formVersion, storageKey as formKey } from '../../src/lib/forms/storage.ts';
import { typesetForm } from '../../src/lib/forms/typeset-form.ts';
import { kpiIndicators } from '../../src/lib/kpi/indicators.ts';
import { kpiSpec, storageKey as kpiKey } from '../../src/lib/kpi/storage.ts';
import { exampleState } from '../../src/lib/kpi/url-state.ts';
import { writeRecord } from '../../src/lib/state/record.ts';
import { packageZip } from '../../src/lib/school/package-zip.ts';
import { schoolPackage, type PackageSources } from '../../src/lib/school/package.ts';
import {
  newParticipant,
  participantsSpec,
  participantsStorageKey,
  type Participant,
} from '../../src/lib/school/participants.ts';
import { profileSpec } from '../../src/lib/school/profile.ts';
import { pairPlanTemplatesOf } from '../../src/lib/school/package-pairs.ts';
import { roadmapTemplate } from '../../src/schemas/roadmap.ts';
import { savedMatch } from '../../src/lib/pairs/decisions.ts';
import { matchPairs } from '../../src/lib/pairs/match.ts';
import { initialState, pairsSpec, storageKey as pairsStorageKey } from '../../src/lib/pairs/storage.ts';
import { pairsListsWithParticipants } from '../../src/lib/school/tools.ts';
import { exampleProfile } from '../../src/lib/school/test-data.ts';
import { profileStorageKey } from '../../src/lib/school/storage-key.ts';
import type { WorkspaceFile } from '../../src/lib/school/workspace.ts';

benchFlags('package', {});

const budgetMs = 5000;
const today = '2026-12-03';
const meta = { savedAt: `${today}T10:00:00.000Z`, rev: 'r', prev: null };
const forms = readDataEntries('src/content/forms', formSchema).map((e) => ({
  id: e.id,
  form: typesetForm(formSchema.parse(e.data) as Form),
}));
const sources: PackageSources = {
  forms,
  holidays: readDataEntries('src/content/holidays', holidayYear).map((e) => holidayYear.parse(e.data)),
  indicators: kpiIndicators(
    readDataEntries('src/content/indicators', indicatorSchema).map((e) => indicatorSchema.parse(e.data)),
  ),
  pairPlans: pairPlanTemplatesOf(
    readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => ({
      id: e.id,
      data: roadmapTemplate.parse(e.data),
    })),
  ),
};

const profile = exampleProfile();

const people: Participant[] = [];
for (let i = 0; i < 40; i++) {
  const person = newParticipant(people, i < 30 ? 'mentee' : 'mentor');
  people.push({ ...person, name: `Участникова Анна Петровна ${i + 1}`, position: i < 30 ? '8 «А»' : 'учитель' });
}
const records: Record<string, string> = {
  [profileStorageKey]: writeRecord(profileSpec(2026), profile, meta),
  [kpiKey]: writeRecord(kpiSpec, exampleState(today), meta),
  [participantsStorageKey]: writeRecord(participantsSpec, people, meta),
};
for (const { id, form } of forms.slice(0, 5)) {
  records[formKey(id)] = writeRecord(answersSpec(form), { form: formVersion(form), values: {} }, meta);
}
// The pairs tool took the participants and matched them: an order and a plan per pair (30 pairs).
const lists = pairsListsWithParticipants({ mentees: [], mentors: [] }, people, profile.organisation.shortName);
const pairsBase = {
  ...initialState(today),
  mentees: lists.mentees.map((mentee) => ({ ...mentee, topics: 'математика' })),
  mentors: lists.mentors.map((mentor) => ({ ...mentor, topics: 'математика', capacity: '3' })),
};
records[pairsStorageKey] = writeRecord(
  pairsSpec(today),
  { ...pairsBase, matched: savedMatch(matchPairs(pairsBase)) },
  meta,
);
const workspace: WorkspaceFile = {
  format: 'nastavnik-workspace',
  version: 1,
  savedAt: meta.savedAt,
  organisation: '',
  records,
};

const wall: number[] = [];
let size = 0;
let documents = 0;
for (let run = 0; run < 6; run++) {
  const start = performance.now();
  const pack = schoolPackage(sources, workspace, today);
  const bytes = await packageZip(pack, sources, workspace, today);
  const elapsed = performance.now() - start;
  size = bytes.length;
  documents = pack.parts.length;
  if (run > 0) wall.push(elapsed); // the first run warms the JIT and docx's modules up
}
const w = stats(wall);
console.log(
  `Пакет документов школы: ${documents} файлов и состав, архив ${(size / 1024).toFixed(0)} КБ, ${wall.length} повторов`,
);
console.log(`время по часам: медиана ${ms(w.median)} мс, максимум ${ms(w.max)} мс; бюджет ${budgetMs} мс`);
if (w.median > budgetMs) {
  console.error(`Медленнее бюджета: медиана ${ms(w.median)} мс > ${budgetMs} мс`);
  process.exitCode = 1;
}
