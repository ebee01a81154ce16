// Where the builder's roadmap lives between visits. On opening: a shared link (#r=…) or a pair's plan link
// (#new=…) wins, then the roadmap last edited in this browser, else a new one from the first template. The
// link is read once and removed from the address, so a reload opens what was edited since; every change is
// saved to the browser under the roadmap's own id, so no roadmap overwrites another.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addMonths, addDays, localToday, schoolYearOf } from '../../lib/dates.ts';
import { parseNewPlanHash } from '../../lib/roadmap-builder/link.ts';
import { decodeShare, loadRoadmap, saveRoadmap, savedRoadmaps, shareKey, type SavedSummary } from '../../lib/roadmap-builder/persist.ts';
import { defaultPeriod, newRoadmap, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';

export interface TemplateOption {
  id: string;
  data: RoadmapTemplate;
}

/** What the page tells the user about where the roadmap came from. */
export type Notice =
  | { kind: 'new' | 'restored' | 'link' | 'pairLink' | 'opened' | 'switched' }
  | { kind: 'error'; message: string };

export const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** A new roadmap from a template for the school year of `today` (or the next one from June on). */
export function freshRoadmap(template: TemplateOption, today: string, id: string, extra: { organisation?: string } = {}): BuilderState {
  const month = Number(today.slice(5, 7));
  const firstYear = schoolYearOf(today) + (month >= 6 && month <= 8 ? 1 : 0);
  return newRoadmap(template.id, template.data, { ...defaultPeriod(template.data, firstYear), id, ...extra });
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** The roadmap to open with and why, read from the address and the browser. */
function initial(templates: TemplateOption[]): { state: BuilderState | null; notice: Notice } {
  const hash = location.hash.slice(1);
  if (hash.startsWith(shareKey)) {
    const read = decodeShare(hash.slice(shareKey.length));
    if ('state' in read) return { state: read.state, notice: { kind: 'link' } };
    return { state: null, notice: { kind: 'error', message: read.error } };
  }
  const planLink = parseNewPlanHash(hash);
  if (planLink) {
    const template = templates.find((t) => t.id === planLink.template);
    if (!template) return { state: null, notice: { kind: 'error', message: 'В ссылке указан шаблон, которого на сайте нет. Выберите шаблон ниже.' } };
    const people = [
      ...(planLink.mentor ? [{ role: 'Наставник', name: planLink.mentor }] : []),
      ...(planLink.mentee ? [{ role: 'Наставляемый', name: planLink.mentee }, { role: 'Молодой педагог', name: planLink.mentee }] : []),
    ];
    const state = newRoadmap(template.id, template.data, {
      start: planLink.start,
      end: addDays(addMonths(planLink.start, 12), -1),
      id: randomId(),
      ...(planLink.organisation ? { organisation: planLink.organisation } : {}),
      people,
    });
    return { state, notice: { kind: 'pairLink' } };
  }
  const store = storage();
  const loaded = store ? loadRoadmap(store) : null;
  if (loaded && 'state' in loaded) return { state: loaded.state, notice: { kind: 'restored' } };
  if (loaded) return { state: null, notice: { kind: 'error', message: loaded.error } };
  return { state: null, notice: { kind: 'new' } };
}

export function useBuilderState(templates: TemplateOption[], buildToday: string) {
  const first = useMemo(() => freshRoadmap(templates[0]!, buildToday, 'new'), [templates, buildToday]);
  const [state, setState] = useState<BuilderState>(first);
  const [notice, setNotice] = useState<Notice>({ kind: 'new' });
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState<SavedSummary[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  /** A new roadmap nobody has touched yet: not saved, so trying templates does not fill the saved list. */
  const pristine = useRef<BuilderState | null>(null);

  useEffect(() => {
    const today = localToday();
    const opened = initial(templates);
    const state = opened.state ?? freshRoadmap(templates[0]!, today, randomId());
    if (!opened.state) pristine.current = state;
    setState(state);
    setNotice(opened.notice);
    if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready || state === pristine.current) return;
    const store = storage();
    const ok = store !== null && saveRoadmap(store, state, new Date().toISOString());
    setSaveFailed(!ok);
    if (store) setSaved(savedRoadmaps(store));
  }, [state, ready]);

  /** Replaces the roadmap (a new one, an opened file, another saved one); the current one stays saved. */
  const replace = (next: BuilderState, why: Notice) => {
    pristine.current = why.kind === 'new' ? next : null;
    setState(next);
    setNotice(why);
  };

  const open = (id: string) => {
    const store = storage();
    const loaded = store ? loadRoadmap(store, id) : null;
    if (loaded && 'state' in loaded) replace(loaded.state, { kind: 'switched' });
    else if (loaded) setNotice({ kind: 'error', message: loaded.error });
  };

  return { state, setState, notice, setNotice, ready, saved, saveFailed, replace, open, today: ready ? localToday() : buildToday };
}
