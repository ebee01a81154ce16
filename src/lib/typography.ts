// Russian typography for everything the site prints: «ёлочки», em dashes, non-breaking spaces after
// short words and in «10 %», «№ 94», «2020 г.». Typograf does the work; we only choose its rules.
import Typograf from 'typograf';

const typograf = new Typograf({ locale: ['ru', 'en-US'] });
// Russian writes a space before the per cent sign (10 %); Typograf's default removes it.
typograf.disableRule('common/space/delBeforePercent');
// «удовлетворён(а)», «Решил(а)»: the ending in brackets belongs to the word, without a space.
typograf.disableRule('common/space/beforeBracket');

/** A short word (preposition, conjunction) at the very end of a piece of text. */
const shortLastWord = /(^|[\s(«])[а-яёА-ЯЁ]{1,2}$/;

/**
 * Typesets a piece of text. The text may be one run of a paragraph, between a link or bold words: its
 * leading and trailing spaces are kept (Typograf trims them), and the space after a short last word
 * becomes non-breaking, so «в» does not end a line before the link that follows.
 */
export function typeset(text: string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (!core) return text;
  const body = typesetCore(core);
  return lead + body + (trail === ' ' && shortLastWord.test(body) ? '\u00a0' : trail);
}

function typesetCore(text: string): string {
  return (
    typograf
      .execute(text)
      .replace(/(\d) %/g, '$1\u00a0%')
      // Typograf's own rule for № puts a narrow space, and not in every position: one plain rule instead.
      .replace(/№[ \u202f]/g, '№\u00a0')
  );
}
