// Where the builder's roadmap lives between visits. On opening: a shared link (#r=…) or a pair's plan link
// (#new=…) wins, then the roadmap last edited in this browser, else a new one from the first template. The
// link is read once and removed from the address, so a reload opens what was edited since. Each roadmap is
// saved under its own id through the site's one hook, so no roadmap overwrites another.
import { useMemo, useRef, useState } from 'preact/hooks';
import { localToday, schoolYearOf } from '../../lib/dates.ts';
import { failureText } from '../../lib/lazy-module.ts';
import { parseNewPlanHash } from '../../lib/roadmap-builder/link.ts';
import { pairPlan } from '../../lib/roadmap-builder/pair-plan.ts';
import { decodeShare, shareKey } from '../../lib/roadmap-builder/persist.ts';
import {
  currentRoadmap,
  rememberCurrent,
  roadmapKey,
  roadmapSpec,
  savedRoadmaps,
  type SavedSummary,
} from '../../lib/roadmap-builder/storage.ts';
import { defaultPeriod, newRoadmap, type BuilderState } from '../../lib/roadmap-builder/state.ts';
import type { RoadmapTemplate } from '../../schemas/roadmap.ts';
import { browserStorage, usePersistentState } from '../shared/usePersistentState.ts';

export interface TemplateOption {
  id: string;
  data: RoadmapTemplate;
}

/** What the page tells the user about where the roadmap came from. */
export type Notice =
  | { kind: 'new' | 'restored' | 'link' | 'pairLink' | 'opened' | 'switched' }
  | { kind: 'error'; message: string };

export const randomId = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** A new roadmap from a template for the school year of `today` (or the next one from June on). */
export function freshRoadmap(
  template: TemplateOption,
  today: string,
  id: string,
  extra: { organisation?: string } = {},
): BuilderState {
  const month = Number(today.slice(5, 7));
  const firstYear = schoolYearOf(today) + (month >= 6 && month <= 8 ? 1 : 0);
  return newRoadmap(template.id, template.data, { ...defaultPeriod(template.data, firstYear), id, ...extra });
}

/** What the address asks to open: a roadmap to show and save at once, or a message; null when it asks nothing. */
type Asked = { state: BuilderState; notice: Notice } | { state: null; notice: Notice } | null;

/** The link is read once: a reload opens what was edited since. */
const forgetAddress = () => history.replaceState(history.state, '', `${location.pathname}${location.search}`);

/**
 * A shared roadmap (#r=…). Its reader loads first, so this one is asynchronous; when it cannot load (offline),
 * the address keeps the link, and a reload once the connection is back opens it.
 */
async function fromShareLink(text: string): Promise<Asked> {
  try {
    const read = await decodeShare(text);
    forgetAddress();
    if ('state' in read) return { state: read.state, notice: { kind: 'link' } };
    return { state: null, notice: { kind: 'error', message: read.error } };
  } catch (error) {
    const message = failureText(error, 'Дорожная карта из ссылки не открыта: {message}.');
    return { state: null, notice: { kind: 'error', message } };
  }
}

/** A pair's plan asked for by the pairs tool or «Моя школа» (#new=…). */
function fromPlanLink(hash: string, templates: TemplateOption[]): Asked {
  const planLink = parseNewPlanHash(hash);
  if (!planLink) return null;
  const template = templates.find((t) => t.id === planLink.template);
  if (!template)
    return {
      state: null,
      notice: { kind: 'error', message: 'В ссылке указан шаблон, которого на сайте нет. Выберите шаблон ниже.' },
    };
  const state = pairPlan(template.data, planLink, randomId());
  return { state, notice: { kind: 'pairLink' } };
}

export function useBuilderState(templates: TemplateOption[], buildToday: string) {
  const first = useMemo(() => freshRoadmap(templates[0]!, buildToday, 'new'), [templates, buildToday]);
  const [notice, setNotice] = useState<Notice>({ kind: 'new' });
  const [saved, setSaved] = useState<SavedSummary[]>([]);
  /** What the address asked for, read once when the page starts. */
  const asked = useRef<Asked>(null);
  const listSaved = () => {
    const store = browserStorage();
    setSaved(store ? savedRoadmaps(store) : []);
  };

  const persist = usePersistentState<BuilderState>({
    spec: roadmapSpec,
    initial: first,
    key: () => {
      const keyOf = (read: Asked) => {
        asked.current = read;
        const id = read?.state?.id ?? (read ? null : currentRoadmap(browserStorage())) ?? randomId();
        return roadmapKey(id);
      };
      const hash = location.hash.slice(1);
      if (hash.startsWith(shareKey)) return fromShareLink(hash.slice(shareKey.length)).then(keyOf);
      if (location.hash) forgetAddress();
      return keyOf(fromPlanLink(hash, templates));
    },
    open: (opened, key) => {
      const id = key.slice(roadmapKey('').length);
      listSaved();
      if (asked.current?.state) {
        setNotice(asked.current.notice);
        return { state: asked.current.state, save: true };
      }
      if (asked.current) setNotice(asked.current.notice);
      else setNotice({ kind: opened.kind === 'restored' ? 'restored' : 'new' });
      // A new roadmap nobody has touched yet is not saved, so trying templates does not fill the saved list.
      return { state: opened.kind === 'restored' ? opened.value : freshRoadmap(templates[0]!, localToday(), id) };
    },
    onSaved: (state) => {
      rememberCurrent(browserStorage(), state.id);
      setSaved((list) => {
        const entry = {
          id: state.id,
          title: state.title,
          organisation: state.organisation,
          savedAt: new Date().toISOString(),
        };
        return [entry, ...list.filter((e) => e.id !== state.id)];
      });
    },
  });

  /** Replaces the roadmap (a new one, an opened file); the current one stays saved under its own id. */
  const replace = (next: BuilderState, why: Notice) => {
    persist.switchTo(roadmapKey(next.id), () => ({ state: next, save: why.kind !== 'new' }));
    setNotice(why);
  };

  /** Opens another roadmap saved in this browser. */
  const open = (id: string) => {
    const opened = persist.switchTo(roadmapKey(id), (o) => ({
      state: o.kind === 'restored' ? o.value : freshRoadmap(templates[0]!, localToday(), id),
    }));
    if (opened.kind === 'restored') {
      rememberCurrent(browserStorage(), id);
      setNotice({ kind: 'switched' });
    } else {
      setNotice({ kind: 'new' });
      listSaved();
    }
  };

  const ready = persist.ready;
  return {
    state: persist.state,
    setState: persist.setState,
    notice,
    setNotice,
    ready,
    saved,
    replace,
    open,
    persist,
    today: ready ? localToday() : buildToday,
  };
}
