import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { form as formSchema } from '../../schemas/form.ts';
import { holidayYear } from '../../schemas/holidays.ts';
import { roadmapTemplate } from '../../schemas/roadmap.ts';
import { newRoadmap } from '../roadmap-builder/state.ts';
import { roadmapKey, roadmapSpec } from '../roadmap-builder/storage.ts';
import { readDataEntries } from '../data-loader.ts';
import { docxText } from '../docx/read.ts';
import { answersSpec, storageKey as formKey, formVersion } from '../forms/storage.ts';
import { typesetForm } from '../forms/typeset-form.ts';
import { kpiSpec, storageKey as kpiKey } from '../kpi/storage.ts';
import { indicators } from '../kpi/test-data.ts';
import { exampleState } from '../kpi/url-state.ts';
import { writeRecord } from '../state/record.ts';
import { contentsFileName, packageZip } from './package-zip.ts';
import { pairPlanTemplatesOf } from './package-pairs.ts';
import { savedMatch } from '../pairs/decisions.ts';
import { exampleMentees, exampleMentors } from '../pairs/example.ts';
import { matchPairs } from '../pairs/match.ts';
import { pairPlanLink, peopleOf } from '../pairs/output.ts';
import { emptyOrder, initialState, pairsSpec, storageKey as pairsStorageKey } from '../pairs/storage.ts';
import type { PairsState } from '../pairs/types.ts';
import { pairPlan } from '../roadmap-builder/pair-plan.ts';
import { contentsText, schoolPackage, type PackageSources } from './package.ts';
import { profileSpec } from './profile.ts';
import { exampleProfile } from './test-data.ts';
import { newParticipant, participantsSpec, participantsStorageKey, type Participant } from './participants.ts';
import { profileStorageKey } from './storage-key.ts';
import type { WorkspaceFile } from './workspace.ts';

const forms = readDataEntries('src/content/forms', formSchema).map((entry) => ({
  id: entry.id,
  form: typesetForm(entry.data as never),
}));
const holidays = readDataEntries('src/content/holidays', holidayYear).map((e) => holidayYear.parse(e.data));
const pairPlans = pairPlanTemplatesOf(
  readDataEntries('src/content/roadmaps', roadmapTemplate).map((e) => ({
    id: e.id,
    data: roadmapTemplate.parse(e.data),
  })),
);
const sources: PackageSources = { forms, indicators, holidays, pairPlans };
const meta = { savedAt: '2026-12-01T10:00:00.000Z', rev: 'r', prev: null };

const profile = exampleProfile;

function workspace(records: Record<string, string>): WorkspaceFile {
  return { format: 'nastavnik-workspace', version: 1, savedAt: meta.savedAt, organisation: '', records };
}

const consentId = 'soglasie-na-uchastie-v-programme';
const consent = forms.find((f) => f.id === consentId)!.form;

describe('schoolPackage', () => {
  it('an empty browser still gets the implementing order, the положение and the workspace file', () => {
    const pack = schoolPackage(sources, workspace({}), '2026-12-03');
    expect(pack.parts.map((p) => p.fileName)).toEqual([
      '01-prikaz-o-vnedrenii-celevoj-modeli.docx',
      '02-polozhenie-o-programme-nastavnichestva.docx',
      'nastavnichestvo-shkola-2026-12-03.json',
    ]);
    expect(pack.fileName).toBe('paket-dokumentov-2026-12-03.zip');
  });

  it('takes the profile, every filled form and the calculator, in the order a school adopts them', () => {
    const records = {
      [profileStorageKey]: writeRecord(profileSpec(2026), profile(), meta),
      [formKey(consentId)]: writeRecord(
        answersSpec(consent),
        { form: formVersion(consent), values: { participant: 'Иванов Пётр Сергеевич' } },
        meta,
      ),
      [kpiKey]: writeRecord(kpiSpec, exampleState('2026-12-03'), meta),
    };
    const pack = schoolPackage(sources, workspace(records), '2026-12-03');
    expect(pack.organisation).toBe('МБОУ «СШ № 5»');
    expect(pack.fileName).toBe('paket-dokumentov-mbou-ssh-5-2026-12-03.zip');
    expect(pack.parts.map((p) => p.kind)).toEqual(['form', 'form', 'form', 'kpi', 'workspace']);
    expect(pack.parts[2]?.fileName).toBe(`03-${consentId}-ivanov.docx`);
    const order = pack.parts[0]!;
    // The profile fills the order's bound fields; the rest is listed for the curator to check.
    expect(order.kind === 'form' && order.values.organisation).toBe(profile().organisation.fullName);
    expect(order.kind === 'form' && order.missing.some((m) => m.startsWith('Номер приказа'))).toBe(false);
  });

  it('leaves out a form whose save is damaged, rather than print an empty one as if filled', () => {
    const pack = schoolPackage(sources, workspace({ [formKey(consentId)]: '{"v":1,"data":42}' }), '2026-12-03');
    expect(pack.parts.some((p) => p.fileName.includes(consentId))).toBe(false);
  });
});

describe('documents per participant', () => {
  const people: Participant[] = [
    { ...newParticipant([], 'mentee'), name: 'Иванов Пётр Сергеевич', position: '7 «Б»', form: 'uchenik-uchenik' },
    {
      ...newParticipant([], 'mentor'),
      name: 'Громова Ольга Петровна',
      category: 'педагог',
      position: 'учитель математики',
      consent: true,
    },
  ];
  const records = {
    [profileStorageKey]: writeRecord(profileSpec(2026), profile(), meta),
    [participantsStorageKey]: writeRecord(participantsSpec, people, meta),
  };
  const pack = schoolPackage(sources, workspace(records), '2026-12-03');
  const byName = new Map(pack.parts.map((p) => [p.fileName, p]));

  it('a consent for each participant still without one, a questionnaire for each, in folders', () => {
    expect([...byName.keys()].filter((name) => name.includes('/'))).toEqual([
      'soglasiya/soglasie-ivanov-nya-001.docx',
      'ankety/anketa-nastavlyaemogo-nya-001.docx',
      'ankety/anketa-nastavnika-ns-001.docx',
    ]);
  });

  it('a student’s consent is the parent’s to sign; the participant, role and form are filled', () => {
    const consent = byName.get('soglasiya/soglasie-ivanov-nya-001.docx')!;
    expect(consent.kind === 'form' && consent.values).toMatchObject({
      participant: 'Иванов Пётр Сергеевич, 7 «Б»',
      role: 'Наставляемый',
      form: 'ученик – ученик',
      'signer-role': 'Родитель (законный представитель) несовершеннолетнего участника',
      organisation: profile().organisation.fullName,
    });
    expect(consent.kind === 'form' && consent.values['full-name']).toBeUndefined();
  });

  it('a questionnaire carries the code and the organisation, never the name', () => {
    const mentor = byName.get('ankety/anketa-nastavnika-ns-001.docx')!;
    expect(mentor.kind === 'form' && mentor.values).toMatchObject({
      'respondent-code': 'НС-001',
      'mentor-type': 'Педагог',
      organisation: profile().organisation.fullName,
    });
    expect(JSON.stringify(mentor.kind === 'form' && mentor.values)).not.toContain('Громова');
  });

  it('with the site’s address, a table of links that open each questionnaire with its code, never the name', () => {
    const linked = schoolPackage(sources, workspace(records), '2026-12-03', 'https://example.org/nastavnichestvo/');
    const links = linked.parts.find((p) => p.kind === 'links');
    expect(links?.fileName).toBe('ankety/ssylki-na-ankety.csv');
    const rows = links?.kind === 'links' ? links.rows : [];
    expect(rows[0]).toEqual(['Код', 'ФИО', 'Роль', 'Анкета', 'Ссылка']);
    expect(rows[2]?.slice(0, 3)).toEqual(['НС-001', 'Громова Ольга Петровна', 'Наставник']);
    const url = new URL(String(rows[2]?.[4]));
    expect(url.pathname).toBe('/nastavnichestvo/formy/anketa-nastavnika/');
    const params = new URLSearchParams(url.hash.slice('#zapolnit?'.length));
    expect(params.get('respondent-code')).toBe('НС-001');
    expect(params.get('organisation')).toBe(profile().organisation.fullName);
    expect(url.href).not.toMatch(/%D0%93%D1%80%D0%BE%D0%BC|Громова/);
    expect(pack.parts.some((p) => p.kind === 'links')).toBe(false);
  });

  it('the contents list names each folder once with its count', () => {
    const text = contentsText(pack, '2026-12-03');
    expect(text).toContain('папка soglasiya, документов: 1');
    expect(text).toContain('папка ankety, документов: 2');
    expect(text).not.toContain('soglasie-ivanov');
  });
});

describe('contentsText', () => {
  it('lists every file with what is left to fill, in lines Notepad shows', () => {
    const pack = schoolPackage(sources, workspace({}), '2026-12-03');
    const text = contentsText(pack, '2026-12-03');
    expect(text).toContain('Собран: 03.12.2026');
    expect(text).toContain('Организация: не указана в профиле «Моя школа»');
    expect(text).toContain('1. Приказ');
    expect(text).toMatch(/Проверьте: [^\r\n]+ — заполните это поле/);
    expect(text.split('\r\n').length).toBeGreaterThan(8);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('packageZip', () => {
  it('holds the contents list first, each document readable, and the workspace file that opens again', async () => {
    const records = { [profileStorageKey]: writeRecord(profileSpec(2026), profile(), meta) };
    const file = workspace(records);
    const pack = schoolPackage(sources, file, '2026-12-03');
    const entries = unzipSync(await packageZip(pack, sources, file, '2026-12-03'));
    expect(Object.keys(entries)).toEqual([contentsFileName, ...pack.parts.map((p) => p.fileName)]);
    const contents = entries[contentsFileName]!;
    expect([...contents.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(contents.slice(3)).startsWith('Пакет документов')).toBe(true);
    expect(pack.parts[0]?.fileName).toBe('01-prikaz-o-vnedrenii-celevoj-modeli-2026-08-31.docx');
    const order = docxText(entries[pack.parts[0]!.fileName]!);
    expect(order).toContain('Муниципального бюджетного общеобразовательного учреждения «Средняя школа № 5»');
    expect(order).toContain('Кузнецову Ольгу Николаевну');
    const json = JSON.parse(strFromU8(entries[pack.parts.at(-1)!.fileName]!));
    expect(json.records[profileStorageKey]).toBe(records[profileStorageKey]);
  });
});

describe('the package agrees with itself', () => {
  it.each([
    ['Кузнецова Ольга Николаевна', 'Кузнецову Ольгу Николаевну'],
    ['Громов Павел Андреевич', 'Громова Павла Андреевича'],
  ])('every document names the school; the order appoints %s in the accusative', async (curator, accusative) => {
    const p = profile();
    p.curator.name = curator;
    const people = [
      { ...newParticipant([], 'mentor'), name: 'Лебедева Ирина Сергеевна', category: 'педагог' as const },
    ];
    const records = {
      [profileStorageKey]: writeRecord(profileSpec(2026), p, meta),
      [participantsStorageKey]: writeRecord(participantsSpec, people, meta),
    };
    const file = workspace(records);
    const pack = schoolPackage(sources, file, '2026-12-03');
    const entries = unzipSync(await packageZip(pack, sources, file, '2026-12-03'));
    const documents = Object.keys(entries).filter((name) => name.endsWith('.docx'));
    expect(documents.length).toBe(4);
    for (const name of documents) {
      expect(docxText(entries[name]!), name).toMatch(
        /(Муниципальное бюджетное|Муниципального бюджетного) общеобразовательн/,
      );
    }
    const order = docxText(entries[pack.parts[0]!.fileName]!);
    expect(order).toContain(accusative);
    expect(order).toContain('31.08.2026');
  });
});

describe('a kindergarten’s package', () => {
  it('reads in the kindergarten’s words, as its form pages do', async () => {
    const p = exampleProfile();
    p.organisation.kind = 'kindergarten';
    p.organisation.fullName = 'Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 7»';
    const records = { [profileStorageKey]: writeRecord(profileSpec(2026), p, meta) };
    const file = workspace(records);
    const pack = schoolPackage(sources, file, '2026-12-03');
    const entries = unzipSync(await packageZip(pack, sources, file, '2026-12-03'));
    const regulation = docxText(entries[pack.parts[1]!.fileName]!);
    expect(regulation).toContain('Детский сад № 7');
    const school = schoolPackage(sources, workspace({}), '2026-12-03');
    const schoolRegulation = docxText(
      unzipSync(await packageZip(school, sources, workspace({}), '2026-12-03'))[school.parts[1]!.fileName]!,
    );
    expect(schoolRegulation).toMatch(/учитель\s[–—]\sучитель/);
    expect(regulation).toMatch(/педагог\s[–—]\sпедагог/);
    expect(regulation).not.toMatch(/учитель\s[–—]\sучитель/);
    expect(regulation).toMatch(/применяется форма наставничества «педагог\s[–—]\sпедагог»/);
    expect(regulation).not.toMatch(/ученик\s[–—]\sученик/);
  });
});

describe('roadmaps in the package', () => {
  it('each roadmap of the builder as its .docx with the approval block and its .ics, named for what it is', async () => {
    const template = readDataEntries('src/content/roadmaps', roadmapTemplate).find(
      (e) => e.id === 'shkolnaya-dorozhnaya-karta',
    )!;
    const state = {
      ...newRoadmap('shkolnaya-dorozhnaya-karta', roadmapTemplate.parse(template.data), {
        start: '2026-09-01',
        end: '2027-08-31',
        id: 'rm1',
        organisation: 'МБОУ «СШ № 5»',
      }),
      head: 'Орлова М. В.',
    };
    const records = {
      [roadmapKey('rm1')]: writeRecord(roadmapSpec, state, meta),
      [roadmapKey('current')]: 'rm1',
    };
    const file = workspace(records);
    const pack = schoolPackage(sources, file, '2026-12-03');
    const roadmaps = pack.parts.filter((p) => p.kind === 'roadmap');
    expect(roadmaps.map((p) => p.fileName)).toEqual([
      '03-dorozhnaya-karta-mbou-ssh-5-2026-09-01.docx',
      '04-dorozhnaya-karta-mbou-ssh-5-2026-09-01.ics',
    ]);
    const entries = unzipSync(await packageZip(pack, sources, file, '2026-12-03'));
    const text = docxText(entries[roadmaps[0]!.fileName]!);
    expect(text).toContain('МБОУ «СШ № 5»');
    expect(text).toContain('Орлова М. В.');
    const ics = strFromU8(entries[roadmaps[1]!.fileName]!);
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(5);
    expect(contentsText(pack, '2026-12-03')).toContain('сроки для календаря (.ics)');
  });
});

describe('the pairs in the package', () => {
  // The pairs order of the issue: the pairs work 19.10.2026 – 31.05.2027, their plans are due by 30.10.2026.
  const order = {
    ...emptyOrder('2026-10-16'),
    orderDate: '2026-10-16',
    orderNumber: '112',
    plansDue: '2026-10-30',
    from: '2026-10-19',
    to: '2027-05-31',
  };
  const base = { ...initialState('2026-10-16'), mentees: exampleMentees, mentors: exampleMentors, order };
  const pairsState = (matched = savedMatch(matchPairs(base))): PairsState => ({ ...base, matched });
  const records = (state: PairsState, extra: Record<string, string> = {}) => ({
    [profileStorageKey]: writeRecord(profileSpec(2026), profile(), meta),
    [pairsStorageKey]: writeRecord(pairsSpec('2026-12-03'), state, meta),
    ...extra,
  });
  const pairCount = matchPairs(base).pairs.length;

  it('the pairs order and a plan per pair, each plan by the order’s dates', async () => {
    const file = workspace(records(pairsState()));
    const pack = schoolPackage(sources, file, '2026-12-03');
    const names = pack.parts.map((p) => p.fileName);
    expect(names).toContain('03-prikaz-o-zakreplenii-par-2026-10-16.docx');
    const plans = names.filter((name) => name.startsWith('plany-par/'));
    expect(plans).toHaveLength(pairCount);
    expect(new Set(plans).size).toBe(plans.length);
    expect(plans.every((name) => /^plany-par\/plan-[a-z-]+-2026-10-19\.docx$/.test(name))).toBe(true);
    expect(contentsText(pack, '2026-12-03')).toContain(
      `Индивидуальные планы пар — на период и к сроку из приказа о закреплении пар — папка plany-par, документов: ${pairCount}`,
    );

    // With the calculator after the folder of plans: each numbered file has its number in the contents list.
    const withKpi = schoolPackage(
      sources,
      workspace(records(pairsState(), { [kpiKey]: writeRecord(kpiSpec, exampleState('2026-12-03'), meta) })),
      '2026-12-03',
    );
    const listed = [...contentsText(withKpi, '2026-12-03').matchAll(/^(\d+)\. .* — (\d\d)-\S+$/gm)];
    expect(listed.map((m) => m[2])).toContain('05');
    for (const [line, entry, number] of listed) expect(number, line).toBe(entry!.padStart(2, '0'));

    const entries = unzipSync(await packageZip(pack, sources, file, '2026-12-03'));
    const orderText = docxText(entries[names.find((n) => n.includes('prikaz-o-zakreplenii-par'))!]!);
    expect(orderText).toContain('30.10.2026');
    expect(orderText).toContain('Кузнецовой Ольге Николаевне');
    expect(orderText).toContain('Муниципальное бюджетное общеобразовательное учреждение');
    for (const plan of plans) {
      const text = docxText(entries[plan]!);
      expect(text, plan).toContain('19.10.2026');
      expect(text, plan).toMatch(/до\s30\.10\.2026/);
      expect(text, plan).not.toContain('вне выбранного периода');
      // No date after the pairs' end.
      const years = [...text.matchAll(/\b\d{2}\.(\d{2})\.(\d{4})\b/g)].map((m) => `${m[2]}-${m[1]}`);
      expect(
        years.every((month) => month <= '2027-05'),
        plan,
      ).toBe(true);
    }
  });

  it('a plan the curator kept in the builder is the curator’s: no second copy', () => {
    const state = pairsState();
    const pair = matchPairs(base).pairs[0]!;
    const link = pairPlanLink(pair, peopleOf(base.mentees, base.mentors, false), order, '2026-12-03', true);
    const kept = pairPlan(pairPlans[link.template]!, link, 'kept');
    const file = workspace(
      records(state, { [roadmapKey('kept')]: writeRecord(roadmapSpec, { ...kept, title: 'Мой план пары' }, meta) }),
    );
    const pack = schoolPackage(sources, file, '2026-12-03');
    expect(pack.parts.filter((p) => p.fileName.startsWith('plany-par/'))).toHaveLength(pairCount - 1);
    expect(pack.parts.some((p) => p.title === 'Мой план пары')).toBe(true);
  });

  it('no pairs matched: neither the order nor plans; lists changed after matching: the contents list says so', () => {
    const unmatched = schoolPackage(sources, workspace(records({ ...base })), '2026-12-03');
    expect(unmatched.parts.some((p) => p.fileName.includes('zakreplenii'))).toBe(false);
    const stale = { ...savedMatch(matchPairs(base)), stale: true };
    const pack = schoolPackage(sources, workspace(records(pairsState(stale))), '2026-12-03');
    expect(contentsText(pack, '2026-12-03')).toContain('пары подобраны до последних изменений списков');
  });
});
