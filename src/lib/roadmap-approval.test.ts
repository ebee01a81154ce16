import { describe, expect, it } from 'vitest';
import { approvalLines, type ApprovalFacts } from './roadmap-approval.ts';

const blank: ApprovalFacts = {
  form: 'order',
  authority: 'приказом директора',
  position: 'Директор',
  organisationGenitive: '',
  head: '',
  date: '',
  number: '',
};

describe('approvalLines', () => {
  it.each<[string, Partial<ApprovalFacts>, string[]]>([
    ['a blank order', {}, ['УТВЕРЖДЕНА', 'приказом директора', 'от «___» ____________ 20___ г. № ______']],
    [
      'a filled order',
      { authority: 'приказом директора МБОУ «СОШ № 1»', date: '29.08.2026', number: '112-о' },
      ['УТВЕРЖДЕНА', 'приказом директора МБОУ «СОШ № 1»', 'от 29.08.2026 № 112-о'],
    ],
    [
      'a blank signature',
      { form: 'signature' },
      [
        'УТВЕРЖДАЮ',
        'Директор ____________________',
        '____________ / ________________ /',
        '«___» ____________ 20___ г.',
      ],
    ],
    [
      'a filled signature, the organisation in the genitive',
      {
        form: 'signature',
        position: 'Заведующий',
        organisationGenitive: 'Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 5»',
        head: 'Петрова А. А.',
        date: '01.09.2026',
      },
      [
        'УТВЕРЖДАЮ',
        'Заведующий Муниципального бюджетного дошкольного образовательного учреждения «Детский сад № 5»',
        '____________ / Петрова А. А. /',
        '01.09.2026',
      ],
    ],
  ])('%s', (_what, facts, lines) => expect(approvalLines({ ...blank, ...facts })).toEqual(lines));
});
