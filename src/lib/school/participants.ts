// The school's participants, typed once in «Моя школа»: mentors and mentees by code (the one identity every tool
// and questionnaire uses), with a name where the school keeps one, role, category, form of mentoring and whether
// the consent to take part has been received. The pairs tool takes its lists from here, the package makes a
// consent and a questionnaire per person. Plain data and plain checks, no zod: islands load it.
import { isRecord } from '../is-record.ts';
import { mentoringForms, type MentoringFormId } from '../mentoring-forms.ts';
import type { StateSpec } from '../state/record.ts';

export const participantRoles = ['mentee', 'mentor'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const roleLabels: Record<ParticipantRole, string> = { mentee: 'Наставляемый', mentor: 'Наставник' };

/** Who a person is: the questionnaires' «Вы:», and «молодой педагог» (стаж до 3 лет) for indicator 3. */
export const participantCategories = ['обучающийся', 'молодой педагог', 'педагог', 'студент', 'работодатель'] as const;
export type ParticipantCategory = (typeof participantCategories)[number];

export interface Participant {
  /** «НЯ-001» for a mentee, «НС-001» for a mentor, as the pairs tool writes them; unique in the list. */
  code: string;
  /** Фамилия Имя Отчество; may stay empty where the school works by codes only. */
  name: string;
  role: ParticipantRole;
  category: ParticipantCategory;
  /** A class («7 «Б»») or a position («учитель математики»): what documents print after the name. */
  position: string;
  form: MentoringFormId | '';
  /** The written consent to take part has been received (the package makes the blank for those without). */
  consent: boolean;
}

export const participantLimits = { people: 20_000, name: 200, position: 200, code: 30 } as const;

const codePrefix: Record<ParticipantRole, string> = { mentee: 'НЯ', mentor: 'НС' };

/** The highest number among the role's codes (НЯ-007 → 7); 0 when there is none. */
function highestCode(list: readonly Participant[], role: ParticipantRole): number {
  const pattern = new RegExp(`^${codePrefix[role]}-(\\d+)$`);
  return list.reduce((max, p) => Math.max(max, Number(pattern.exec(p.code.trim())?.[1] ?? 0)), 0);
}

const code = (role: ParticipantRole, n: number) => `${codePrefix[role]}-${String(n).padStart(3, '0')}`;

/** The next free code of the role: after НЯ-007 comes НЯ-008, whatever else the list holds. */
export const nextCode = (list: readonly Participant[], role: ParticipantRole): string =>
  code(role, highestCode(list, role) + 1);

export function newParticipant(list: readonly Participant[], role: ParticipantRole): Participant {
  return {
    code: nextCode(list, role),
    name: '',
    role,
    category: role === 'mentee' ? 'обучающийся' : 'педагог',
    position: '',
    form: '',
    consent: false,
  };
}

/** What is wrong with the list, by `index.field`, in Russian. Empty names are fine: codes are the identity. */
export function participantErrors(list: readonly Participant[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Map<string, number>();
  list.forEach((p, i) => {
    const code = p.code.trim();
    if (!code) errors[`${i}.code`] = 'Нужен код участника: по нему анкеты и пары узнают человека.';
    else if (code.length > participantLimits.code)
      errors[`${i}.code`] = `Код не длиннее ${participantLimits.code} знаков.`;
    else if (seen.has(code.toLocaleUpperCase('ru'))) {
      errors[`${i}.code`] =
        `Такой код уже есть в строке ${seen.get(code.toLocaleUpperCase('ru'))! + 1}: коды не повторяются.`;
    } else seen.set(code.toLocaleUpperCase('ru'), i);
    if (p.name.length > participantLimits.name) errors[`${i}.name`] = `Не длиннее ${participantLimits.name} знаков.`;
    else if (p.name.trim() && !/\p{L}/u.test(p.name)) errors[`${i}.name`] = 'Впишите фамилию, имя и отчество буквами.';
    if (p.position.length > participantLimits.position) {
      errors[`${i}.position`] = `Не длиннее ${participantLimits.position} знаков.`;
    }
  });
  return errors;
}

const formIds = Object.keys(mentoringForms) as MentoringFormId[];
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A participant from anything read back; null when it is not one at all. */
function readParticipant(raw: unknown): Participant | null {
  if (!isRecord(raw)) return null;
  const role = participantRoles.find((r) => r === raw.role);
  if (!role) return null;
  const category =
    participantCategories.find((c) => c === raw.category) ?? (role === 'mentee' ? 'обучающийся' : 'педагог');
  return {
    code: str(raw.code),
    name: str(raw.name),
    role,
    category,
    position: str(raw.position),
    form: formIds.find((f) => f === raw.form) ?? '',
    consent: raw.consent === true,
  };
}

export const participantsStorageKey = 'nastavnik:participants';

export const participantsSpec: StateSpec<Participant[]> = {
  version: 1,
  what: 'список участников',
  fresh: 'список участников открыт пустым',
  check: (data) => {
    if (!Array.isArray(data)) return { ok: false, error: 'это не список участников' };
    const list = data.map(readParticipant);
    const kept = list.filter((p): p is Participant => p !== null);
    const dropped = list.length - kept.length;
    return dropped > 0
      ? { ok: true, value: kept, dropped: `строк, в которых не понять роль участника, — ${dropped}` }
      : { ok: true, value: kept };
  },
};

/** Words a pasted table may use for the role and the consent, in any case. */
const roleWords: Record<string, ParticipantRole> = {
  наставляемый: 'mentee',
  наставляемая: 'mentee',
  наставник: 'mentor',
  наставница: 'mentor',
};
const yesWords = new Set(['да', 'есть', 'получено', 'получено.', '+', 'v', '✓', '1']);

/**
 * Rows pasted from a spreadsheet, in the columns the page names: ФИО, роль, категория, класс или должность,
 * форма наставничества, согласие. A header row is skipped; a row without a role is reported, not guessed.
 */
export function participantsFromRows(
  rows: readonly string[][],
  existing: readonly Participant[],
): { added: Participant[]; errors: string[] } {
  const added: Participant[] = [];
  const errors: string[] = [];
  const body = (rows.length > 0 && /фио|фамилия|роль/i.test(rows[0]!.join(' ')) ? rows.slice(1) : rows).filter(
    (cells) => cells.some((c) => c.trim()),
  );
  // Checked before any work: a paste over the limit adds nothing and says so.
  if (existing.length + body.length > participantLimits.people) {
    const limit = participantLimits.people.toLocaleString('ru-RU');
    return { added: [], errors: [`В списке может быть не больше ${limit} человек: ничего не добавлено.`] };
  }
  const last = { mentee: highestCode(existing, 'mentee'), mentor: highestCode(existing, 'mentor') };
  body.forEach((cells, i) => {
    const [name = '', roleText = '', categoryText = '', position = '', formText = '', consentText = ''] = cells.map(
      (c) => c.trim(),
    );
    const role = roleWords[roleText.toLocaleLowerCase('ru')];
    if (!role) {
      errors.push(`Строка ${i + 1}: роль «${roleText}» не понятна — напишите «наставник» или «наставляемый».`);
      return;
    }
    const category = participantCategories.find((c) => c === categoryText.toLocaleLowerCase('ru'));
    const form = formIds.find((id) => id === formText || mentoringForms[id] === formText.replace(/\s*[-—–]\s*/, ' – '));
    last[role] += 1;
    added.push({
      ...newParticipant([], role),
      code: code(role, last[role]),
      name: name.slice(0, participantLimits.name),
      ...(category ? { category } : {}),
      position: position.slice(0, participantLimits.position),
      form: form ?? '',
      consent: yesWords.has(consentText.toLocaleLowerCase('ru')),
    });
  });
  return { added, errors };
}

/** How the participant is named where a document allows it: the name, or the code where there is none. */
export const displayName = (p: Participant): string => p.name.trim() || p.code.trim();
