// One hook for every island that keeps its state in the browser: it opens the saved state (src/lib/state) once
// the page runs, writes every change after that, follows or asks about another tab's change, and reports every
// refused write at once. The first render (server and browser alike) shows `initial`, so hydration matches.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StateSpec } from '../../lib/state/record.ts';
import { openState, type Opened, type Saved, type StateSession } from '../../lib/state/store.ts';

/** What the tool shows once storage is read, and whether to write it at once (a state opened from a link). */
export interface Opening<T> {
  state: T;
  save?: boolean;
}

export interface PersistentOptions<T> {
  spec: StateSpec<T>;
  initial: T;
  /**
   * The key to open, chosen in the browser (a tool may read it from the address or a pointer); a promise when
   * choosing it must load something first (the builder's share link). The page is not ready until it resolves;
   * it must not reject.
   */
  key: () => string | Promise<string>;
  /** By default the saved state, or `blank()` when none can be used. */
  open?: (opened: Opened<T>, key: string) => Opening<T>;
  /** The state when nothing is saved or another tab removed it; `initial` by default. */
  blank?: () => T;
  /** Called after each write that went through (the builder then points the page at this roadmap). */
  onSaved?: (state: T, key: string) => void;
}

export interface Persistent<T> {
  state: T;
  setState: (change: T | ((state: T) => T)) => void;
  /** The saved state has been read: the page works from here on. */
  ready: boolean;
  key: string | null;
  opened: Opened<T> | null;
  /** True after a write, false after a refused one, null before the first change. */
  saved: boolean | null;
  /** Why the last write was refused, in Russian; null when it was not. */
  error: string | null;
  /** Another tab changed the state while this one had edits of its own: the user's two ways out. */
  conflict: { keepMine: () => void; takeTheirs: () => void } | null;
  /** The state shown was taken from another tab. */
  taken: boolean;
  /** Opens another key (the roadmap builder's other roadmaps); `opening` decides what is shown. */
  switchTo: (key: string, opening?: (opened: Opened<T>) => Opening<T>) => Opened<T>;
  /** Removes the saved state and shows `next`, which is saved at its first change. */
  clear: (next: T) => void;
}

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function usePersistentState<T>(options: PersistentOptions<T>): Persistent<T> {
  const [state, setState] = useState<T>(options.initial);
  const [ready, setReady] = useState(false);
  const [opened, setOpened] = useState<Opened<T> | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [taken, setTaken] = useState(false);
  const session = useRef<StateSession<T> | null>(null);
  /** A state that came from storage (or is new and untouched): showing it writes nothing. */
  const quiet = useRef<T | null>(options.initial);
  const current = useRef(state);
  current.current = state;
  const blank = () => (options.blank ?? (() => options.initial))();

  const report = (result: Saved<T>) => {
    setSaved(result.ok);
    if (result.ok) {
      setError(null);
      setAsking(false);
    } else if (result.conflict) setAsking(true);
    else setError(result.message);
  };

  const show = (next: T, write: boolean) => {
    quiet.current = write ? null : next;
    setState(next);
  };

  const switchTo = (key: string, opening?: (opened: Opened<T>) => Opening<T>): Opened<T> => {
    const result = openState(browserStorage(), key, options.spec);
    session.current = result.session;
    const choose =
      opening ??
      ((o: Opened<T>) => (options.open ? options.open(o, key) : { state: o.kind === 'restored' ? o.value : blank() }));
    const chosen = choose(result.opened);
    setOpened(result.opened);
    setSaved(null);
    setError(null);
    setAsking(false);
    setTaken(false);
    show(chosen.state, chosen.save === true);
    return result.opened;
  };

  useEffect(() => {
    let live = true;
    const start = (key: string) => {
      if (!live) return;
      switchTo(key);
      setReady(true);
    };
    const key = options.key();
    if (typeof key === 'string') start(key);
    else void key.then(start);
    const onStorage = (event: StorageEvent) => {
      const open = session.current;
      if (!open || (event.key !== null && event.key !== open.key)) return;
      if (event.storageArea !== null && event.storageArea !== browserStorage()) return;
      const heard = open.incoming(event.key === null ? null : event.newValue);
      if (heard.action === 'take') {
        show(heard.value ?? blank(), false);
        setTaken(true);
        setAsking(false);
        setError(null);
      } else if (heard.action === 'ask') setAsking(true);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, []);

  useEffect(() => {
    if (!ready || !session.current || state === quiet.current) return;
    setTaken(false);
    const result = session.current.save(state);
    report(result);
    if (result.ok) options.onSaved?.(state, session.current.key);
  }, [state, ready]);

  const conflict = asking
    ? {
        keepMine: () => {
          if (!session.current) return;
          const result = session.current.keepMine(current.current);
          report(result);
          if (result.ok) options.onSaved?.(current.current, session.current.key);
        },
        takeTheirs: () => {
          if (!session.current) return;
          show(session.current.takeTheirs().value ?? blank(), false);
          setAsking(false);
          setSaved(true);
          setError(null);
        },
      }
    : null;

  const clear = (next: T) => {
    if (session.current) report(session.current.clear());
    show(next, false);
  };

  return {
    state,
    setState,
    ready,
    key: session.current?.key ?? null,
    opened,
    saved,
    error,
    conflict,
    taken,
    switchTo,
    clear,
  };
}
