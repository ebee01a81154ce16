/** Rows with no text in any cell (blank lines, trailing empty rows of a sheet) carry nothing; drop them. */
export function dropEmptyRows(rows: string[][]): string[][] {
  return rows.filter((row) => row.some((cell) => cell !== ''));
}
