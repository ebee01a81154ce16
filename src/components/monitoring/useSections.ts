// How many parts of the figures are drawn. The first figures are drawn a part at a time, top first, each in a
// task of its own: drawing every table of 5,000 answers at once held the page; later changes redraw what is there.
import { useEffect, useState } from 'preact/hooks';

/** The parts of the results: indicators, stage one, stage two, then the questions with the exports. */
const parts = 4;

export function useSections(shown: boolean): number {
  const [sections, setSections] = useState(1);
  useEffect(() => {
    if (!shown || sections >= parts) return;
    const timer = setTimeout(() => setSections((n) => n + 1), 0);
    return () => clearTimeout(timer);
  }, [shown, sections]);
  return sections;
}
