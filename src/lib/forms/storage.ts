// Keeps a form's values in the browser between visits. The saved copy carries the form's version, so
// values saved under an older shape of the form are carried over field by field and never crash the page.
import type { Form } from '../../schemas/form.ts';
import { formFields, sanitiseValues, type FormValues } from './values.ts';

/** The part of Web Storage we use, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const storageKey = (formId: string) => `nastavnik:form:${formId}`;

/** Changes whenever a field is added, removed, renamed or changes kind. */
export function formVersion(form: Form): string {
  const shape = formFields(form).map((field) => `${field.id}:${field.kind}`).join('|');
  let hash = 5381;
  for (const char of shape) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}

export interface Restored {
  values: FormValues;
  /** Shown to the user when what was saved could not be restored whole. */
  notice?: string;
}

export function restoreValues(form: Form, formId: string, store: KeyValueStore): Restored {
  let raw: string | null;
  try {
    raw = store.getItem(storageKey(formId));
  } catch {
    return { values: {}, notice: 'Браузер не даёт сохранять введённое: после перезагрузки страницы форма будет пустой.' };
  }
  if (raw === null) return { values: {} };
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return { values: {}, notice: 'Сохранённые ответы повреждены и не читаются, поэтому форма открыта пустой.' };
  }
  const record = typeof saved === 'object' && saved !== null ? (saved as { version?: unknown; values?: unknown }) : {};
  const { values, dropped } = sanitiseValues(form, record.values);
  if (record.version !== formVersion(form)) {
    return { values, notice: `С прошлого раза форма изменилась. Перенесено полей: ${Object.keys(values).length}; проверьте ответы перед выгрузкой.` };
  }
  return dropped > 0 ? { values, notice: 'Часть сохранённых ответов не подошла к форме и не восстановлена.' } : { values };
}

export function saveValues(form: Form, formId: string, values: FormValues, store: KeyValueStore): boolean {
  try {
    store.setItem(storageKey(formId), JSON.stringify({ version: formVersion(form), savedAt: new Date().toISOString(), values }));
    return true;
  } catch {
    return false;
  }
}

export function forgetValues(formId: string, store: KeyValueStore): void {
  try {
    store.removeItem(storageKey(formId));
  } catch {
    // Nothing was saved, or storage is off: there is nothing to forget.
  }
}

/** A filled questionnaire as a file a curator collects (the monitoring tool reads these). */
export function exportJson(form: Form, formId: string, values: FormValues, exportedAt: string): string {
  return JSON.stringify({ format: 'nastavnik-form', form: formId, title: form.title, version: formVersion(form), exportedAt, values }, null, 2);
}
