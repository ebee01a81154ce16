// A tool's state under one key of the browser's storage. `openState` reads what is saved and only then hands
// out the session that can write, so nothing is ever written before the saved state has been read. A damaged
// save is copied aside (never overwritten), a refused write is reported at once, and a write that would replace
// another tab's newer record is refused as a conflict for the user to settle.
import {
  damagedMessage,
  droppedMessage,
  conflictMessage,
  failureOf,
  notSavedMessage,
  unreadableMessage,
} from './messages.ts';
import { readRecord, writeRecord, type StateSpec } from './record.ts';
import { decide } from './sync.ts';

/** The part of Web Storage we use, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A copy of a save that could not be used whole, kept aside under its own key. */
export interface Backup {
  /** Null when the copy could not be written (the browser refused): then the original is left in place. */
  key: string | null;
  text: string;
}

export type Opened<T> =
  | { kind: 'empty' }
  | { kind: 'restored'; value: T; savedAt: string; migrated: boolean; message?: string; backup?: Backup }
  | { kind: 'damaged'; message: string; backup: Backup }
  | { kind: 'unavailable'; message: string };

export type Saved<T> = { ok: true } | { ok: false; message: string; conflict?: { value: T | null } };

export type Incoming<T> = { action: 'ignore' } | { action: 'take' | 'ask'; value: T | null };

export interface StateSession<T> {
  readonly key: string;
  /** Writes the value, unless another tab wrote since this one last read (then a conflict) or storage refuses. */
  save(value: T): Saved<T>;
  /** Removes the saved state (a fresh start), with the same care as `save`. */
  clear(): Saved<T>;
  /** Another tab changed the key (the `storage` event's new value): what to do about it. */
  incoming(text: string | null): Incoming<T>;
  /** The user chose this tab's state over the other tab's: written over it. */
  keepMine(value: T): Saved<T>;
  /** The user chose the other tab's state: this tab follows it (null when it was removed). */
  takeTheirs(): { value: T | null };
}

export interface Clock {
  now(): string;
  rev(): string;
}

export const browserClock: Clock = {
  now: () => new Date().toISOString(),
  rev: () =>
    typeof crypto !== 'undefined' && 'randomUUID' in crypto
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
};

/** Keys under which damaged saves are kept aside; tools that list their keys skip them. */
export const backupMarker = ':backup:';

/** Copies a text aside under a key not used yet; null when the browser refuses. */
function putAside(store: KeyValueStore, key: string, text: string, now: string): string | null {
  try {
    const stamp = now.replace(/[^0-9]/g, '').slice(0, 14);
    let backupKey = `${key}${backupMarker}${stamp}`;
    for (let n = 2; store.getItem(backupKey) !== null; n++) backupKey = `${key}${backupMarker}${stamp}-${n}`;
    store.setItem(backupKey, text);
    return backupKey;
  } catch {
    return null;
  }
}

export function openState<T>(
  store: KeyValueStore | null,
  key: string,
  spec: StateSpec<T>,
  clock: Clock = browserClock,
): { opened: Opened<T>; session: StateSession<T> } {
  /** What this tab last saw in storage, as text and as a record's rev. */
  let lastText: string | null = null;
  let known: string | null = null;
  let authored = false;
  let pending = false;
  /** Why this session must not write at all (storage unreadable, a damaged save that could not be copied aside). */
  let blocked: string | null = null;
  let opened: Opened<T>;

  let text: string | null = null;
  try {
    if (!store) throw new Error('no storage');
    text = store.getItem(key);
  } catch {
    blocked = unreadableMessage(spec.what, spec.advice);
    opened = { kind: 'unavailable', message: blocked };
  }
  if (!blocked) {
    lastText = text;
    if (text === null) opened = { kind: 'empty' };
    else {
      const read = readRecord(text, spec);
      if (read.kind === 'damaged') {
        const backup = { key: putAside(store!, key, text, clock.now()), text };
        if (backup.key === null) blocked = damagedMessage(spec.fresh, read.reason, null);
        opened = { kind: 'damaged', message: damagedMessage(spec.fresh, read.reason, backup.key), backup };
        known = null;
      } else {
        known = read.rev;
        const restored: Opened<T> = {
          kind: 'restored',
          value: read.value,
          savedAt: read.savedAt,
          migrated: read.from < spec.version,
        };
        if (read.dropped) {
          const backup = { key: putAside(store!, key, text, clock.now()), text };
          if (backup.key === null) blocked = damagedMessage(spec.fresh, read.dropped, null);
          opened = { ...restored, message: droppedMessage(read.dropped), backup };
        } else opened = restored;
      }
    }
  }

  const failed = (message: string): { ok: false; message: string } => {
    pending = true;
    return { ok: false, message };
  };

  /** Storage as it is now, compared with what this tab last saw: fine to write, or a conflict, or an error. */
  const checkUnderneath = (): Saved<T> | null => {
    let current: string | null;
    try {
      current = store!.getItem(key);
    } catch {
      return failed(unreadableMessage(spec.what, spec.advice));
    }
    if (current === lastText) return null;
    if (current === null) return known === null ? null : { ...failed(conflictMessage), conflict: { value: null } };
    const read = readRecord(current, spec);
    if (read.kind === 'damaged') {
      // Something unreadable was written by someone else: keep it aside before writing over the key.
      if (putAside(store!, key, current, clock.now()) === null)
        return failed(damagedMessage(spec.fresh, read.reason, null));
      return null;
    }
    if (read.rev !== '' && read.rev === known) return null;
    return { ...failed(conflictMessage), conflict: { value: read.value } };
  };

  const write = (value: T): Saved<T> => {
    if (blocked) return failed(blocked);
    const rev = clock.rev();
    let next: string;
    try {
      next = writeRecord(spec, value, { savedAt: clock.now(), rev, prev: known });
    } catch (error) {
      return failed(`Не удалось сохранить ${spec.what}: ${error instanceof Error ? error.message : String(error)}.`);
    }
    try {
      store!.setItem(key, next);
    } catch (error) {
      return failed(notSavedMessage(spec.what, failureOf(error), key.length + next.length, spec.advice));
    }
    lastText = next;
    known = rev;
    authored = true;
    pending = false;
    return { ok: true };
  };

  /** Makes what is in storage now this tab's starting point (after the user settled a conflict). */
  const adoptCurrent = (): { value: T | null } => {
    let current: string | null;
    try {
      current = store!.getItem(key);
    } catch {
      return { value: null };
    }
    const read = current === null ? null : readRecord(current, spec);
    if (read?.kind === 'damaged') {
      if (putAside(store!, key, current!, clock.now()) === null)
        blocked = damagedMessage(spec.fresh, read.reason, null);
      lastText = current;
      known = null;
      return { value: null };
    }
    lastText = current;
    known = read ? read.rev : null;
    return { value: read ? read.value : null };
  };

  const session: StateSession<T> = {
    key,
    save(value) {
      if (blocked) return failed(blocked);
      return checkUnderneath() ?? write(value);
    },
    clear() {
      if (blocked) return failed(blocked);
      const problem = checkUnderneath();
      if (problem) return problem;
      try {
        store!.removeItem(key);
      } catch (error) {
        return failed(notSavedMessage(spec.what, failureOf(error), 0, spec.advice));
      }
      lastText = null;
      known = null;
      authored = true;
      pending = false;
      return { ok: true };
    },
    incoming(text) {
      if (blocked || text === lastText) return { action: 'ignore' };
      const read = text === null ? null : readRecord(text, spec);
      // An unreadable write from elsewhere is kept aside by the next save; there is nothing to show from it.
      if (read?.kind === 'damaged') return { action: 'ignore' };
      const action = decide({ known, authored, pending, theirs: read ? { rev: read.rev, prev: read.prev } : null });
      if (action === 'ignore') return { action };
      if (action === 'take') {
        lastText = text;
        known = read ? read.rev : null;
        authored = false;
        pending = false;
      } else pending = true;
      return { action, value: read ? read.value : null };
    },
    keepMine(value) {
      if (blocked) return failed(blocked);
      adoptCurrent();
      return write(value);
    },
    takeTheirs() {
      const taken = adoptCurrent();
      authored = false;
      pending = false;
      return taken;
    },
  };
  return { opened: opened!, session };
}
