// The approval block above a roadmap, as schools write it: «УТВЕРЖДЕНА приказом … от … №» or «УТВЕРЖДАЮ»
// with the head's position, signature line, name and date. The blank, the built .docx and the print share it.
import type { ApprovalForm } from '../schemas/deadline-rule.ts';

export interface ApprovalFacts {
  form: ApprovalForm;
  /** «приказом директора МБОУ …» (the order form's second line), the organisation already in the genitive. */
  authority: string;
  /** «Директор», «Заведующий». */
  position: string;
  /** The organisation in the genitive, or '' for a blank to fill in by hand. */
  organisationGenitive: string;
  /** The head's name, or '' for a line to sign and write it. */
  head: string;
  /** The approval date as printed («01.09.2026»), or '' for blank lines. */
  date: string;
  /** The order's number, or ''. */
  number: string;
}

const blankDate = '«___» ____________ 20___ г.';

/** The block's lines, the first one (the word set in bold) first. */
export function approvalLines(facts: ApprovalFacts): string[] {
  const date = facts.date.trim() || blankDate;
  if (facts.form === 'order')
    return ['УТВЕРЖДЕНА', facts.authority.trim(), `от ${date} № ${facts.number.trim() || '______'}`];
  const organisation = facts.organisationGenitive.trim() || '____________________';
  return [
    'УТВЕРЖДАЮ',
    `${facts.position.trim() || 'Руководитель'} ${organisation}`,
    `____________ / ${facts.head.trim() || '________________'} /`,
    date,
  ];
}
