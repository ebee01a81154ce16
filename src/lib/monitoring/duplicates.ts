// Duplicate respondents: the same questionnaire filled twice by the same person at the same stage (same
// respondent code), or the same answers loaded twice (a file copied into the folder twice). The later
// answer is kept; every dropped one is named, so nothing disappears silently.
import type { Note, Response } from './responses.ts';

const stageName = { before: 'начало программы', middle: 'середина', after: 'завершение программы' } as const;

const fingerprint = (r: Response) =>
  JSON.stringify([
    r.formId,
    r.stage,
    r.organisation,
    r.code,
    r.date,
    Object.entries(r.answers).sort(([a], [b]) => a.localeCompare(b)),
  ]);

export function dropDuplicates(responses: Response[]): { kept: Response[]; notes: Note[] } {
  const notes: Note[] = [];
  const byKey = new Map<string, Response>();
  const order: string[] = [];
  for (const response of responses) {
    // Without a code two answers cannot be told to be one person's, unless they are identical.
    const key = response.code
      ? JSON.stringify([response.formId, response.organisation.toLowerCase(), response.code, response.stage])
      : fingerprint(response);
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, response);
      order.push(key);
      continue;
    }
    const [keep, drop] = response.date >= earlier.date ? [response, earlier] : [earlier, response];
    byKey.set(key, keep);
    const who = response.code
      ? `участника с кодом ${response.code}${response.stage ? ` (${stageName[response.stage]})` : ''}`
      : 'с теми же ответами';
    notes.push({
      source: drop.source,
      level: 'warning',
      text: `Повтор анкеты ${who}: учтена анкета из «${keep.source}» (заполнена позже или загружена последней), эта — нет.`,
    });
  }
  return { kept: order.map((key) => byKey.get(key)!), notes };
}
