// Reading the files the user chose: JSON answers at once, spreadsheets into a survey waiting for its
// column mapping. Each file's failure becomes a message of its own; the other files go on.
import { ImportError, readSpreadsheet } from '../../lib/import/index.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { readJsonFile } from '../../lib/monitoring/json-files.ts';
import type { Batch } from '../../lib/monitoring/pipeline.ts';
import type { MonitoredForm } from '../../lib/monitoring/questionnaires.ts';
import { mappingSpec, suggestMapping } from '../../lib/monitoring/survey.ts';
import { openState } from '../../lib/state/store.ts';
import { browserStorage } from '../shared/usePersistentState.ts';
import type { PendingSurvey } from './SurveyMapping.tsx';

const mappingKey = (formId: string) => `nastavnik:monitoring:mapping:${formId}`;

export function rememberedMapping(formId: string): Record<string, string> | undefined {
  const { opened } = openState(browserStorage(), mappingKey(formId), mappingSpec);
  return opened.kind === 'restored' ? opened.value : undefined;
}

/** Adds a survey's column choices to those remembered; a refusal only means the mapping is asked again next time. */
export function rememberMapping(formId: string, mapping: Record<string, string>): void {
  const { opened, session } = openState(browserStorage(), mappingKey(formId), mappingSpec);
  session.save({ ...(opened.kind === 'restored' ? opened.value : {}), ...mapping });
}

/** The questionnaire whose questions most column titles match. */
function bestForm(forms: MonitoredForm[], header: string[]): { form: MonitoredForm; mapping: string[] } {
  let best = { form: forms[0]!, mapping: suggestMapping(forms[0]!, header, rememberedMapping(forms[0]!.id)) };
  for (const form of forms.slice(1)) {
    const mapping = suggestMapping(form, header, rememberedMapping(form.id));
    if (mapping.filter(Boolean).length > best.mapping.filter(Boolean).length) best = { form, mapping };
  }
  return best;
}

let nextId = 1;

/** `expected` names, for a file that is not a table, what the tool asks for («таблицу с ответами онлайн-опроса»). */
export async function readFiles(
  files: File[],
  forms: Record<string, MonitoredForm>,
  expected: string,
): Promise<{ batches: Batch[]; surveys: PendingSurvey[] }> {
  const batches: Batch[] = [];
  const surveys: PendingSurvey[] = [];
  for (const file of files) {
    if (/\.json$/i.test(file.name)) {
      batches.push(readJsonFile(file.name, await file.text(), forms));
      continue;
    }
    try {
      const sheet = await readSpreadsheet(file, { expected });
      const header = sheet.rows[0]!;
      const { form, mapping } = bestForm(Object.values(forms), header);
      surveys.push({
        id: nextId++,
        fileName: file.name,
        header,
        rows: sheet.rows,
        formId: form.id,
        mapping,
        stage: '',
      });
    } catch (error) {
      const text = error instanceof ImportError ? error.message : failureText(error, 'Файл не читается: {message}.');
      batches.push({ responses: [], notes: [{ source: file.name, level: 'error', text }] });
    }
  }
  return { batches, surveys };
}
