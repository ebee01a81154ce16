// How a multiple choice reads inside a sentence, the same in the filler's preview and in the .docx.

/**
 * A multiple choice as a sentence reads it: «наставники, помещения и площадки»; options that hold commas
 * themselves («фамилия, имя, отчество») are parted by semicolons, so each reads as one item.
 */
export function listText(items: string[]): string {
  if (items.some((item) => item.includes(','))) return items.join('; ');
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} и ${items.at(-1)}` : (items[0] ?? '');
}
