// The blank registries a district or a school keeps (seed 001, 4.1–4.3: programmes, mentees, mentors, network
// ones included) as .xlsx sheets: a header row to fill in, the same columns in every copy.
import type { Cell } from '../table-export/cell.ts';
import { toXlsx } from '../table-export/xlsx.ts';

export interface Registry {
  /** File name without the extension, a Latin slug. */
  id: string;
  title: string;
  purpose: string;
  columns: string[];
}

export const registries: Registry[] = [
  {
    id: 'reestr-programm-nastavnichestva',
    title: 'Реестр программ наставничества',
    purpose:
      'Таблица программ наставничества организации или района, в том числе сетевых: форма, сроки, куратор, число пар и участников, приказ.',
    columns: [
      '№',
      'Образовательная организация',
      'Название программы',
      'Форма наставничества',
      'Сетевая программа (да/нет), организации-участники',
      'Куратор (ФИО, должность)',
      'Начало (ДД.ММ.ГГГГ)',
      'Окончание (ДД.ММ.ГГГГ)',
      'Пар (групп)',
      'Наставляемых',
      'Наставников',
      'Приказ о закреплении пар (дата, №)',
      'Примечание',
    ],
  },
  {
    id: 'reestr-nastavnikov',
    title: 'Реестр наставников',
    purpose:
      'Таблица наставников организации или района, в том числе сетевых: кто, откуда, чем может помочь, обучение и согласия.',
    columns: [
      '№',
      'ФИО',
      'Образовательная организация (для партнёра — его организация)',
      'Должность (для обучающегося — класс, для студента — курс)',
      'Категория: педагог, обучающийся, студент, родитель, выпускник, сотрудник организации-партнёра, ветеран педагогического труда',
      'Формы наставничества',
      'Может помочь (темы)',
      'Сетевой наставник (да/нет)',
      'Наставляемых сейчас',
      'Обучение наставников пройдено (дата)',
      'Согласие на обработку персональных данных (дата)',
      'Согласие на распространение персональных данных (дата; что можно публиковать)',
      'Примечание',
    ],
  },
  {
    id: 'reestr-nastavlyaemyh',
    title: 'Реестр наставляемых',
    purpose:
      'Таблица наставляемых организации или района: запрос, форма, наставник, сроки и результат. Для обучающихся можно вести коды вместо имён.',
    columns: [
      '№',
      'ФИО или код участника',
      'Образовательная организация',
      'Класс, группа, курс или должность',
      'Категория: обучающийся, студент, молодой специалист, педагог, новый сотрудник',
      'Запрос (что нужно решить)',
      'Форма наставничества',
      'Наставник (ФИО или код)',
      'Начало (ДД.ММ.ГГГГ)',
      'Окончание (ДД.ММ.ГГГГ)',
      'Результат',
      'Согласие на обработку персональных данных (дата)',
      'Примечание',
    ],
  },
];

/** Empty rows a blank sheet carries with their numbers, so it prints as a form to fill in by hand too. */
export const blankRows = 20;

/** The registry as a blank sheet: its header and numbered empty rows. */
export function registryRows(registry: Registry, rows = blankRows): Cell[][] {
  const empty = registry.columns.slice(1).map((): Cell => null);
  return [registry.columns, ...Array.from({ length: rows }, (_, i): Cell[] => [i + 1, ...empty])];
}

export const registryXlsx = (registry: Registry): Uint8Array => toXlsx(registryRows(registry), registry.title);
