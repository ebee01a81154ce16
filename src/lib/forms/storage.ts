// Keeps a form's answers in the browser between visits, through the site's one store (src/lib/state). The saved
// copy carries the form's version, so answers saved under an older shape of the form are carried over field by
// field and never crash the page.
import type { Form } from '../../schemas/form.ts';
import type { StateSpec } from '../state/record.ts';
import { formFields, sanitiseValues, type FormValues } from './values.ts';
import { isRecord } from '../is-record.ts';

export const storageKey = (formId: string) => `nastavnik:form:${formId}`;

/** Changes whenever a field is added, removed, renamed or changes kind. */
export function formVersion(form: Form): string {
  const shape = formFields(form)
    .map((field) => `${field.id}:${field.kind}`)
    .join('|');
  let hash = 5381;
  for (const char of shape) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

/** The answers as saved: with the version of the form they were typed into. */
export interface SavedAnswers {
  form: string;
  values: FormValues;
}

export function answersSpec(form: Form): StateSpec<SavedAnswers> {
  return {
    version: 1,
    what: 'ответы формы',
    fresh: 'форма открыта пустой',
    check(data) {
      if (!isRecord(data)) return { ok: false, error: 'в записи нет ответов' };
      const { values, dropped } = sanitiseValues(form, data.values);
      const value = { form: typeof data.form === 'string' ? data.form : '', values };
      return dropped > 0
        ? { ok: true, value, dropped: `ответов, которые не подошли к форме, — ${dropped}` }
        : { ok: true, value };
    },
    // Until December 2026 the site kept `{ version, savedAt, values }`, `version` being the form's.
    legacy(text) {
      const old: unknown = JSON.parse(text);
      if (!isRecord(old) || !('values' in old) || 'v' in old) return undefined;
      return { form: typeof old.version === 'string' ? old.version : '', values: old.values };
    },
  };
}

/** Said when the answers were typed into an older shape of the form. */
export function formChangedNotice(form: Form, saved: SavedAnswers): string | undefined {
  if (saved.form === formVersion(form)) return undefined;
  const carried = Object.keys(saved.values).length;
  return `С прошлого раза форма изменилась. Перенесено полей: ${carried}; проверьте ответы перед выгрузкой.`;
}

/** A filled questionnaire as a file a curator collects (the monitoring tool reads these). */
export function exportJson(form: Form, formId: string, values: FormValues, exportedAt: string): string {
  return JSON.stringify(
    { format: 'nastavnik-form', form: formId, title: form.title, version: formVersion(form), exportedAt, values },
    null,
    2,
  );
}
