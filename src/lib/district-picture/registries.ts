// The registries back to the site: the district's organisations (with the clusters found here and the schools
// the files added), the mentors who consented to publication, and the programmes the schools' pairs tell, as
// records of the district data folder (src/content/district/). Consent is a tick per mentor on the page: the
// pairs tool's lists have no such column, and publishing a name needs the person's own yes.
import slugify from '@sindresorhus/slugify';
import { mentoringForms } from '../mentoring-forms.ts';
import { normaliseTopic } from '../pairs/topics.ts';
import type { ClusterResult } from './clusters.ts';
import { districtSchoolOf } from './names.ts';
import type { DistrictSchool, SchoolSummary } from './types.ts';

import { mentorKey, type Consents } from './consent.ts';

export { mentorKey, type Consents } from './consent.ts';

export interface RegistryMentor {
  id: string;
  name: string;
  position: string;
  school: string;
  experienceYears: number;
  forms: string[];
  canHelpWith: string[];
  maxMentees?: number;
  /** Consent to publish contacts (the folder's meaning): the export carries no contacts, so false. */
  consent: false;
}

export interface RegistryProgramme {
  id: string;
  title: string;
  form: string;
  school: string;
  participants: number;
  period: { from: string; to: string };
}

export interface Registries {
  schools: DistrictSchool[];
  mentors: RegistryMentor[];
  programmes: RegistryProgramme[];
  /** What was left out and why, for the page and the contents file. */
  notes: string[];
}

const slugOf = (text: string) => slugify(text, { decamelize: false }).slice(0, 60).replace(/-+$/, '') || 'zapis';

/** Topics once each, as the district check wants them: «Оценивание» and «оценивание» are one topic. */
const unique = (topics: string[]) => {
  const seen = new Set<string>();
  return topics.filter((t) => !seen.has(normaliseTopic(t)) && seen.add(normaliseTopic(t)));
};

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function registries(
  district: DistrictSchool[],
  schools: SchoolSummary[],
  clusters: ClusterResult[],
  consents: Consents,
): Registries {
  const notes: string[] = [];
  const clusterOf = new Map(clusters.map((c) => [c.key, c.cluster]));
  const list = district.map((s) => ({ ...s }));
  const schoolIds = new Set(list.map((s) => s.id));
  const idOf = new Map<string, string>();
  for (const summary of schools) {
    let entry = districtSchoolOf(summary, list);
    if (!entry) {
      entry = {
        id: uniqueId(slugOf(summary.name), schoolIds),
        name: summary.fullName || summary.name,
        shortName: summary.name,
        kind: 'school',
      };
      list.push(entry);
      notes.push(`«${summary.name}» нет в списке организаций района: добавлена в schools.yaml как «${entry.id}».`);
    }
    idOf.set(summary.key, entry.id);
    const cluster = clusterOf.get(summary.key);
    if (cluster) entry.cluster = cluster;
  }

  const mentorIds = new Set<string>();
  const mentors: RegistryMentor[] = [];
  for (const summary of schools) {
    const schoolId = idOf.get(summary.key)!;
    for (const m of summary.mentors) {
      const consent = consents[mentorKey(summary, m.name)];
      if (!consent?.consent) continue;
      const years = consent.years.trim();
      if (!/^\d{1,2}$/.test(years) || Number(years) > 70) {
        notes.push(`${m.name} («${summary.name}»): не указан стаж (целое число лет, до 70) — в реестр не внесён.`);
        continue;
      }
      if (m.topics.length === 0) {
        notes.push(`${m.name} («${summary.name}»): не указано, с чем может помочь, — в реестр не внесён.`);
        continue;
      }
      if (!m.position) {
        notes.push(`${m.name} («${summary.name}»): не указана должность — в реестр не внесён.`);
        continue;
      }
      const forms = m.forms.filter((f) => f in mentoringForms);
      if (forms.length === 0)
        notes.push(`${m.name} («${summary.name}»): форма наставничества не указана — записана «учитель – учитель».`);
      mentors.push({
        id: uniqueId(`${schoolId}-${slugOf(m.name)}`, mentorIds),
        name: m.name,
        position: m.position,
        school: schoolId,
        experienceYears: Number(years),
        forms: forms.length ? forms : ['uchitel-uchitel'],
        canHelpWith: unique(m.topics),
        ...(m.capacity !== null ? { maxMentees: m.capacity } : {}),
        consent: false,
      });
    }
  }

  const programmeIds = new Set<string>();
  const programmes: RegistryProgramme[] = [];
  for (const summary of schools) {
    const schoolId = idOf.get(summary.key)!;
    for (const p of summary.programmes) {
      const label = mentoringForms[p.form as keyof typeof mentoringForms];
      if (!label) continue;
      if (!p.from || !p.to || p.from > p.to) {
        notes.push(`«${summary.name}», программа «${label}»: в подборе пар не указан срок — в реестр не внесена.`);
        continue;
      }
      programmes.push({
        id: uniqueId(`${schoolId}-${p.form}`, programmeIds),
        title: `Программа наставничества «${label}» (${summary.name})`,
        form: p.form,
        school: schoolId,
        participants: p.mentees + p.mentors,
        period: { from: p.from, to: p.to },
      });
    }
  }
  return { schools: list, mentors, programmes, notes };
}

export const registryFiles = { schools: 'schools.yaml', mentors: 'mentors.yaml', programmes: 'programmes.yaml' };

const headers = {
  schools:
    '# Организации района. Выгружено со страницы «Сводка по школам района»: группы (cluster) — по правилам района.',
  mentors:
    '# Наставники, давшие согласие на публикацию в реестре. Выгружено со страницы «Сводка по школам района».\n' +
    '# consent — согласие на публикацию контактов: контактов в выгрузке нет; если наставник согласен их показать,\n' +
    '# впишите contacts и consent: true.',
  programmes: '# Программы наставничества по данным подбора пар школ. Выгружено со страницы «Сводка по школам района».',
};

/** The three YAML files, as text; js-yaml is loaded with the click, not with the page. */
export async function registryTexts(data: Registries): Promise<Record<string, string>> {
  const { dump } = await import('js-yaml');
  const yaml = (records: unknown[]) =>
    dump(records, { lineWidth: 120, noRefs: true, skipInvalid: true, quotingType: '"' });
  return {
    [registryFiles.schools]: `${headers.schools}\n${yaml(data.schools)}`,
    [registryFiles.mentors]: `${headers.mentors}\n${yaml(data.mentors)}`,
    [registryFiles.programmes]: `${headers.programmes}\n${yaml(data.programmes)}`,
  };
}

export const readmeName = '00-chto-eto.txt';

export function readmeText(data: Registries, date: string): string {
  return [
    `Реестры района, выгруженные ${date} со страницы «Сводка по школам района».`,
    '',
    'Замените этими файлами одноимённые файлы в папке данных района (src/content/district/),',
    'проверьте их командой npm run check:district и опубликуйте сайт: страницы организаций,',
    'наставников и программ соберутся из них.',
    '',
    `Организаций: ${data.schools.length}; наставников с согласием: ${data.mentors.length}; программ: ${data.programmes.length}.`,
    ...(data.notes.length ? ['', 'Что не вошло или записано иначе:', ...data.notes.map((n) => `— ${n}`)] : []),
    '',
  ].join('\n');
}

/** The .zip of the registries: fflate is loaded with the click. */
export async function registriesZip(data: Registries, date: string): Promise<Uint8Array> {
  const [{ strToU8, zipSync }, texts] = await Promise.all([import('fflate'), registryTexts(data)]);
  const files: Record<string, Uint8Array> = { [readmeName]: strToU8(readmeText(data, date)) };
  for (const [name, text] of Object.entries(texts)) files[name] = strToU8(text);
  return zipSync(files);
}
