// A person as roadmaps and plans name the people responsible: the surname and initials. Its own small module:
// the builder and the package use it, and the name grammar (lvovich) must not come with it.

/** «Кузнецова О. Н.» for «Кузнецова Ольга Николаевна», as roadmaps name the people responsible. */
export function surnameWithInitials(fullName: string): string {
  const [surname, ...given] = fullName.trim().split(/\s+/);
  if (!surname) return '';
  // Only a name is shortened: a code («Код 17», «НС-001») or a role stays as typed.
  if (!given.every((word) => /^\p{Lu}[\p{Ll}.-]*$/u.test(word))) return fullName.trim().replace(/\s+/g, ' ');
  const initials = given.map((word) =>
    /^\p{Lu}\.$/u.test(word) ? word : `${word.charAt(0).toLocaleUpperCase('ru')}.`,
  );
  return [surname, initials.join(' ')].filter(Boolean).join(' ');
}
