// Item numbers as roadmaps write them: «1», «2.3», «6.1.2», «а», «1.a». The builder keeps the template's own
// numbers and gives a row added after «2.3» the number «2.4», after «б» — «в».

/** The letters Russian lists count with: no ё, й, ъ, ы, ь (as ГОСТ Р 7.0.97 and schools' roadmaps do). */
const cyrillic = 'абвгдежзиклмнопрстуфхцчшщэюя';
const latin = 'abcdefghijklmnopqrstuvwxyz';

/** The number after `previous`: its last part counted on by one, digits, Cyrillic or Latin letters alike. */
export function nextNumber(previous: string): string {
  const match = /^(.*?)(\d+|[a-zа-яё])([.)]?)$/i.exec(previous.trim());
  if (!match) return '';
  const [, head = '', last = '', tail = ''] = match;
  if (/^\d+$/.test(last)) return `${head}${Number(last) + 1}${tail}`;
  const upper = last !== last.toLowerCase();
  const alphabet = cyrillic.includes(last.toLowerCase()) ? cyrillic : latin;
  const next = alphabet[alphabet.indexOf(last.toLowerCase()) + 1];
  // After «я» or «z» a list goes on in digits rather than invent a letter.
  if (next === undefined) return `${head}${alphabet.length + 1}${tail}`;
  return `${head}${upper ? next.toUpperCase() : next}${tail}`;
}

interface Numbered {
  items: readonly { number?: string | undefined }[];
}

/**
 * The number for a row added at the end of section `index`: after its last numbered row; in a section with
 * none, the section's number and «.1» where the roadmap numbers by section («3.1»), else after the last number
 * of the sections before it. Empty when the roadmap has no numbers of its own (it is counted 1, 2, 3… then).
 */
export function numberForNewItem(sections: readonly Numbered[], index: number): string {
  const numbered = (section: Numbered | undefined) => section?.items.filter((item) => item.number).at(-1)?.number;
  if (countedThrough(sections)) return '';
  const own = numbered(sections[index]);
  if (own) return nextNumber(own);
  const all = sections.flatMap((section) => section.items).filter((item) => item.number);
  if (all.some((item) => item.number?.includes('.'))) return `${index + 1}.1`;
  for (let s = index - 1; s >= 0; s--) {
    const before = numbered(sections[s]);
    if (before) return nextNumber(before);
  }
  return '1';
}

/**
 * Whether the roadmap is numbered 1, 2, 3… through (or not at all): then a row added or moved is counted by its
 * place, as before, rather than keep a number that now repeats or skips.
 */
export function countedThrough(sections: readonly Numbered[]): boolean {
  return sections.every((section) => section.items.every((item) => !item.number || /^\d+$/.test(item.number.trim())));
}

/** Each item's number: its own (2.3, а), or its place in the whole roadmap (1, 2, 3…) where it is counted through. */
export function numbersOf(sections: readonly (Numbered & { items: { id: string; number?: string | undefined }[] })[]) {
  const numbers = new Map<string, string>();
  const counted = countedThrough(sections);
  let n = 0;
  for (const section of sections)
    for (const item of section.items) {
      n += 1;
      numbers.set(item.id, (!counted && item.number?.trim()) || String(n));
    }
  return numbers;
}

type Row = { id: string; number?: string | undefined };

/**
 * The new numbers of the rows after a removed one, so no gap is left (2.1, 2.3): the rows of its section that
 * followed it in one run (2.3, 2.4 after 2.2) take the number one earlier (2.2, 2.3), and a sub-row of a moved
 * one (2.3.1) follows it (2.2.1). The run ends at a row that does not continue it (a number of its own, or
 * none). Nothing changes in a roadmap counted 1, 2, 3… through: it is numbered by place already.
 */
export function closeUpNumbers(
  sections: readonly { items: readonly Row[] }[],
  sectionIndex: number,
  removedIndex: number,
): { id: string; from: string; to: string }[] {
  const items = sections[sectionIndex]?.items ?? [];
  const removed = items[removedIndex]?.number?.trim();
  if (!removed || countedThrough(sections)) return [];
  const changes: { id: string; from: string; to: string }[] = [];
  let free = removed;
  let expected = nextNumber(removed);
  let moved: { from: string; to: string } | null = null;
  for (const item of items.slice(removedIndex + 1)) {
    const number = item.number?.trim() ?? '';
    if (expected && number === expected) {
      changes.push({ id: item.id, from: number, to: free });
      moved = { from: number, to: free };
      free = number;
      expected = nextNumber(number);
    } else if (moved && number.startsWith(`${moved.from}.`)) {
      changes.push({ id: item.id, from: number, to: moved.to + number.slice(moved.from.length) });
    } else break;
  }
  return changes;
}

/**
 * The new numbers after a removed section, so no gap is left: where the sections after it number their rows by
 * their place (section 4 has 4.1, 4.2, «4.а»), each takes the number one earlier (3.1, 3.2, «3.а»); from the
 * first section that does not, nothing changes. Nothing changes in a roadmap counted 1, 2, 3… through.
 */
export function closeUpSections(
  sections: readonly { items: readonly Row[] }[],
  removedIndex: number,
): { id: string; from: string; to: string }[] {
  if (countedThrough(sections)) return [];
  const changes: { id: string; from: string; to: string }[] = [];
  for (const [s, section] of sections.entries()) {
    if (s <= removedIndex) continue;
    const prefix = `${s + 1}.`;
    const numbered = section.items.filter((item) => item.number?.trim());
    if (numbered.length === 0 || !numbered.every((item) => item.number!.trim().startsWith(prefix))) break;
    for (const item of numbered) {
      const from = item.number!.trim();
      changes.push({ id: item.id, from, to: `${s}.${from.slice(prefix.length)}` });
    }
  }
  return changes;
}
