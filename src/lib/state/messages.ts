// What the user is told about saving in the browser, in one place for every tool: each message says what
// happened and what to do.

/** «1,2 МБ»: the size of a text as the browser counts it against its limit of about 5 MB. */
export function sizeText(chars: number): string {
  const mb = chars / (1024 * 1024);
  return `${`${mb < 0.1 ? mb.toFixed(2) : mb.toFixed(1)}`.replace('.', ',')} МБ`;
}

export type WriteFailure = 'quota' | 'unavailable';

/** Browsers name a full storage differently (QuotaExceededError, NS_ERROR_DOM_QUOTA_REACHED, code 22 or 1014). */
export function failureOf(error: unknown): WriteFailure {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014)
    return 'quota';
  return 'unavailable';
}

const keepAdvice =
  'Введённое останется на странице, пока она открыта; сохраните работу в файл, иначе после перезагрузки его не будет.';
const forbidden = 'так бывает в режиме инкогнито или при запрете в настройках';

export function notSavedMessage(what: string, failure: WriteFailure, chars: number, advice = keepAdvice): string {
  if (failure === 'quota') {
    return (
      `Не удалось сохранить ${what}: в браузере не хватает места — сайту отведено около 5 МБ, ` +
      `а это сохранение занимает ${sizeText(chars)}. ${advice}`
    );
  }
  return `Не удалось сохранить ${what}: браузер не даёт сайту хранить данные (${forbidden}). ${advice}`;
}

export function unreadableMessage(what: string, advice = keepAdvice): string {
  return `Не удалось прочитать ${what} из этого браузера: он не даёт сайту читать свои данные (${forbidden}). ${advice}`;
}

export function damagedMessage(fresh: string, reason: string, backupKey: string | null): string {
  const damaged = `Сохранение в этом браузере повреждено и не читается (${reason})`;
  return backupKey
    ? `${damaged}, поэтому ${fresh}. Оно не стёрто: копия отложена в сторону, её можно скачать кнопкой ниже.`
    : `${damaged}, а отложить его копию не удалось, поэтому изменения здесь не сохраняются, чтобы не стереть его. ` +
        'Скачайте копию кнопкой ниже и освободите место в браузере.';
}

export function droppedMessage(dropped: string): string {
  return (
    `Сохранение в этом браузере восстановлено не целиком: ${dropped}. ` +
    'Прежняя запись отложена в сторону целиком, её можно скачать кнопкой ниже.'
  );
}

export const conflictMessage =
  'Эти же данные изменены в другой вкладке, а здесь есть свои изменения. Чтобы ничего не пропало молча, ' +
  'выберите, что оставить: ваши изменения из этой вкладки или версию из другой вкладки.';
export const keepMineLabel = 'Оставить мои изменения';
export const takeTheirsLabel = 'Взять версию из другой вкладки';
export const takenMessage = 'Данные изменены в другой вкладке: здесь показана их новая версия.';
export const downloadBackupLabel = 'Скачать отложенную копию';
