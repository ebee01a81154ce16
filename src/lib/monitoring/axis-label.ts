// A question's text as a label on the bar chart's axis: broken into lines at spaces so it reads whole on a phone,
// where one line held about a dozen letters. Only a text too long even for the lines is cut, with «…».

/** About how wide a letter of the axis font is, in pixels. */
const letterPx = 6.5;

/** Lines of at most the letters that 45 % of the chart holds; the bars keep the rest. */
export function axisLabel(label: string, chartWidth: number, maxLines = axisLabelLines): string[] {
  const room = Math.max(12, Math.floor((chartWidth * 0.45) / letterPx));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= room || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = lines.length > maxLines;
  const kept = lines.slice(0, maxLines).map((text) => (text.length > room ? `${text.slice(0, room - 1)}…` : text));
  if (cut) {
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length >= room ? `${last.slice(0, room - 1)}…` : `${last}…`;
  }
  return kept;
}

export const axisLabelLines = 3;

/** Height of one question's row on the chart: its lines of text or its bars, whichever need more. */
export function axisRowHeight(seriesCount: number): number {
  return Math.max(Math.max(1, seriesCount) * 22, axisLabelLines * 14 + 6);
}
