// A person as roadmaps and plans name the people responsible: the surname and initials. Its own small module:
// the pairs page uses it eagerly, and the name grammar (lvovich) must not come with it.

/** «Кузнецова О. Н.» for «Кузнецова Ольга Николаевна», as roadmaps name the people responsible. */
export function surnameWithInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (!surname) return '';
  const initials = given.map((word) =>
    /^\p{Lu}\.$/u.test(word) ? word : `${word.charAt(0).toLocaleUpperCase('ru')}.`,
  );
  return [surname, initials.join(' ')].filter(Boolean).join(' ');
}
