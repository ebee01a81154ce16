// The interface strings of the form filler, read from src/content/i18n/ru.json by its wrapper.
export const labelKeys = [
  'heading',
  'intro',
  'required',
  'saved',
  'notSaved',
  'downloadDocx',
  'downloadJson',
  'print',
  'startOver',
  'confirmStartOver',
  'confirmYes',
  'confirmNo',
  'missing',
  'preparing',
  'exportFailed',
  'loading',
  'addRow',
  'removeRow',
  'row',
  'signatureName',
  'chooseMany',
  'fromProfile',
  'prefilled',
  'profileLink',
  'wording',
  'wordingSchool',
  'wordingKindergarten',
  'wordingCollege',
] as const;

export type FormFillerLabels = Record<(typeof labelKeys)[number], string>;

/** The strings of the declined forms under a field (Declension.tsx), shared with the pairs tool's order. */
export type DeclensionLabels = Record<
  | 'inText'
  | 'gender'
  | 'genderMale'
  | 'genderFemale'
  | 'declinedPerson'
  | 'declinedOrganisation'
  | 'declinedNeedsGender'
  | `case.${'gent' | 'dat' | 'accs' | 'ablt' | 'loct'}`,
  string
>;
