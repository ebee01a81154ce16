// The table «Планируемые результаты (показатели эффективности) внедрения целевой модели наставничества»
// as a Word document: one row an indicator, one column a year.
import type { Document } from 'docx';
import type { Indicator } from '../../schemas/indicator.ts';
import { indicatorFormula, unitLabel } from '../indicator-text.ts';
import { cell, officeDocument, para, row, table } from './layout.ts';

export const indicatorsTitle =
  'Планируемые результаты (показатели эффективности) внедрения целевой модели наставничества';

/**
 * `values[order][year]` overrides the indicator's preset; without it the preset is printed. `notes` are
 * paragraphs under the table (the calculator states the counts it computed from and how it rounded).
 */
export function indicatorsDocument(
  indicators: Indicator[],
  years: string[],
  organisation = '',
  values?: Record<number, Record<string, string>>,
  notes: string[] = [],
): Document {
  const sorted = [...indicators].sort((a, b) => a.order - b.order);
  return officeDocument(indicatorsTitle, 'landscape', [
    para(indicatorsTitle + (organisation ? ` — ${organisation}` : ''), { bold: true, align: 'center' }),
    para(years.length > 0 ? `на ${years[0]}–${years.at(-1)} годы` : '', { align: 'center', spaceAfter: 240 }),
    table(
      [5, 50, ...years.map(() => 9)],
      [
        cell('№ п/п', { bold: true, align: 'center' }),
        cell('Наименование показателя', { bold: true, align: 'center' }),
        ...years.map((year) => cell(`${year} г.`, { bold: true, align: 'center' })),
      ],
      sorted.map((indicator) =>
        row([
          cell(String(indicator.order)),
          cell(`${indicator.title}, ${unitLabel[indicator.unit]}\n\n${indicatorFormula(indicator)}`),
          ...years.map((year) =>
            cell(values?.[indicator.order]?.[year] ?? String(indicator.preset.values[year] ?? ''), { align: 'center' }),
          ),
        ]),
      ),
      'landscape',
    ),
    ...notes.map((note) => para(note, { size: 22, spaceAfter: 60 })),
  ]);
}
