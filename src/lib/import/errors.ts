// One error type for every way a user's spreadsheet can be unreadable. `message` is Russian and says what to
// do; `code` lets a caller or a test tell the cases apart without matching text.
export type ImportErrorCode = 'empty' | 'too-large' | 'xls' | 'not-a-table' | 'bad-xlsx' | 'no-sheet' | 'bad-csv';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  /** `options.cause` keeps a library's own (English) reason for a developer; the message never shows it. */
  constructor(code: ImportErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ImportError';
    this.code = code;
  }
}
