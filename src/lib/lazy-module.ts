// Loads a part of the site on demand (a library for a download, a reader of tables) and turns the browser's
// English failure («Failed to fetch dynamically imported module…») into a Russian message that says what to do.

/** What the module was for, in the message: «для выгрузки», «для чтения таблицы», «для ссылки». */
export type ModulePurpose = 'для выгрузки' | 'для чтения таблицы' | 'для ссылки';

export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError';
  constructor(purpose: ModulePurpose, options?: ErrorOptions) {
    super(`Не удалось загрузить модуль ${purpose}: проверьте подключение к интернету и повторите.`, options);
  }
}

/**
 * Runs `load` (a function returning `import(…)`, or several with Promise.all) and rethrows its failure as a
 * ModuleLoadError. A rejected import means the file did not arrive (offline, or a new release replaced it),
 * never a fault of the user's data, so every such failure gets the same advice.
 */
export async function loadModule<T>(load: () => Promise<T>, purpose: ModulePurpose = 'для выгрузки'): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new ModuleLoadError(purpose, { cause: error });
  }
}

/** Said of an error whose message is not in Russian: a library's English text tells a teacher nothing. */
export const unexpectedError = 'непредвиденная ошибка в браузере. Обновите страницу и повторите; введённое сохранится';

/**
 * The line to show when a download or a file failed. A module that did not load says so by itself; any other
 * error fills `{message}` of the tool's template with its own message when that is Russian, or with
 * unexpectedError when it is a library's English.
 */
export function failureText(error: unknown, template: string): string {
  if (error instanceof ModuleLoadError) return error.message;
  const message = error instanceof Error && /[А-Яа-яЁё]/.test(error.message) ? error.message : unexpectedError;
  return template.replace('{message}', message);
}
