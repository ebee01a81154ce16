// Checks a filled form against its schema: every message is Russian and says what to do.
import type { Form, FormField } from '../../schemas/form.ts';
import { isIsoDate, yearOf } from '../dates.ts';
import { limits } from '../limits.ts';
import { plural } from '../ru-words.ts';
import { declensionErrors } from './declension.ts';
import { formFields, type FormValues, type TableRows } from './values.ts';

export type FormErrors = Record<string, string>;

const maxCellLength = limits.tableCell;
const chars = (n: number) => `${n} ${plural(n, ['знак', 'знака', 'знаков'])}`;

/** A number as a teacher types it: «12», «-3», «4,5». */
export function parseNumber(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

export function checkDate(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Введите дату полностью: день, месяц и год';
  if (!isIsoDate(value)) return 'Такой даты нет в календаре';
  const y = yearOf(value);
  if (y < 1950 || y > 2100) return 'Проверьте год: он должен быть между 1950 и 2100';
  return null;
}

function checkField(field: FormField, value: FormValues[string]): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  switch (field.kind) {
    case 'text':
    case 'longText':
      if (!text) return field.required ? 'Заполните это поле' : null;
      return text.length > field.maxLength
        ? `Слишком длинно: не больше ${chars(field.maxLength)}, сейчас ${text.length}`
        : null;
    case 'number': {
      if (!text) return field.required ? 'Заполните это поле' : null;
      const number = parseNumber(text);
      if (number === null) return 'Введите число цифрами, например 12';
      if (field.integer && !Number.isInteger(number)) return 'Нужно целое число';
      if (field.min !== undefined && number < field.min) return `Не меньше ${field.min}`;
      if (field.max !== undefined && number > field.max) return `Не больше ${field.max}`;
      return null;
    }
    case 'date':
      if (!text) return field.required ? 'Укажите дату' : null;
      return checkDate(text);
    case 'choice': {
      const chosen = Array.isArray(value) ? (value as string[]) : text ? [text] : [];
      if (chosen.length === 0)
        return field.required ? (field.multiple ? 'Отметьте хотя бы один вариант' : 'Выберите вариант') : null;
      return chosen.every((option) => field.options.includes(option)) ? null : 'Выберите вариант из списка';
    }
    case 'scale': {
      if (!text) return field.required ? `Выберите значение от ${field.min} до ${field.max}` : null;
      const number = parseNumber(text);
      return number !== null && Number.isInteger(number) && number >= field.min && number <= field.max
        ? null
        : `Выберите значение от ${field.min} до ${field.max}`;
    }
    case 'table': {
      const rows = (Array.isArray(value) ? value : []) as TableRows;
      const filled = rows.filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
      if (filled.length === 0) return field.required ? 'Заполните хотя бы одну строку таблицы' : null;
      if (rows.length > field.maxRows) return `Не больше ${field.maxRows} строк`;
      for (const [index, row] of rows.entries()) {
        for (const column of field.columns) {
          const cell = row[column.id] ?? '';
          if (cell.length > maxCellLength)
            return `Строка ${index + 1}, графа «${column.label}»: не больше ${chars(maxCellLength)}`;
        }
      }
      return null;
    }
    case 'signature':
      if (!text) return field.required ? 'Укажите фамилию и инициалы того, кто подписывает' : null;
      return text.length > limits.signature ? `Слишком длинно: не больше ${chars(limits.signature)}` : null;
  }
}

export function validateForm(form: Form, values: FormValues): FormErrors {
  const errors: FormErrors = {};
  for (const field of formFields(form)) {
    const message = checkField(field, values[field.id]);
    if (message) errors[field.id] = message;
  }
  for (const [id, message] of Object.entries(declensionErrors(form, values))) errors[id] ??= message;
  return errors;
}
