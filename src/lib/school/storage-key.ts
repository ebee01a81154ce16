// Where the school profile is kept in the browser: a module of its own, so a tool can tell whether there is a
// profile without loading the profile's code.
export const profileStorageKey = 'nastavnik:school-profile';
