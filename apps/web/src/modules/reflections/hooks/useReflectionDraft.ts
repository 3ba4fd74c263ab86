import { useCallback, useEffect, useRef, useState } from 'react';
import { parseValues, sameValues, type ReflectionValues } from '../reflectionValues';

const PREFIX = 'attune.reflection-draft';

/** One draft per person and session (a person writes one reflection per session). */
export function reflectionDraftKey(userId: string, sessionId: string): string {
  return `${PREFIX}:${userId}:${sessionId}`;
}

interface StoredDraft {
  version: 1;
  savedAt: string;
  /** The reflection being edited; null while writing a new one. */
  reflectionId: string | null;
  values: ReflectionValues;
}

export function readReflectionDraft(key: string): StoredDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft> | null;
    if (!parsed || parsed.version !== 1 || typeof parsed.savedAt !== 'string') return null;
    const values = parseValues(parsed.values);
    if (!values) return null;
    return { version: 1, savedAt: parsed.savedAt, reflectionId: typeof parsed.reflectionId === 'string' ? parsed.reflectionId : null, values };
  } catch {
    return null;
  }
}

function writeDraft(key: string, draft: StoredDraft): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // storage full or unavailable (private mode): the form still works, only without a draft
  }
}

export function removeReflectionDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing stored, nothing to remove
  }
}

export interface ReflectionDraft {
  values: ReflectionValues;
  setValues: (next: ReflectionValues | ((current: ReflectionValues) => ReflectionValues)) => void;
  /** When the restored draft was last written, if the form started from one. */
  restoredAt: string | null;
  /** Forgets the draft and puts the form back as it was (empty, or the saved reflection). */
  discard: () => void;
  /** Forgets the draft after a successful save. */
  clear: () => void;
}

/**
 * The reflection form's values, kept as a draft in this browser (localStorage) on every change,
 * so a closed tab or a crash loses nothing. A draft for the same session and person comes back
 * on the next visit; it is removed once saved, when discarded, or when the form is back to how
 * it started. A draft typed while editing only comes back when editing that same reflection.
 */
export function useReflectionDraft(key: string, reflectionId: string | null, initial: ReflectionValues): ReflectionDraft {
  const initialRef = useRef(initial);
  const [start] = useState(() => {
    const stored = readReflectionDraft(key);
    return stored && stored.reflectionId === reflectionId ? stored : null;
  });
  const [values, setValues] = useState<ReflectionValues>(start?.values ?? initial);
  const [restoredAt, setRestoredAt] = useState<string | null>(start?.savedAt ?? null);
  const written = useRef<ReflectionValues | null>(start?.values ?? null);
  const cleared = useRef(false);

  useEffect(() => {
    if (cleared.current) return;
    if (written.current && sameValues(values, written.current)) return;
    if (sameValues(values, initialRef.current)) {
      removeReflectionDraft(key);
      written.current = null;
      return;
    }
    writeDraft(key, { version: 1, savedAt: new Date().toISOString(), reflectionId, values });
    written.current = values;
  }, [key, reflectionId, values]);

  const discard = useCallback(() => {
    removeReflectionDraft(key);
    written.current = null;
    setRestoredAt(null);
    setValues(initialRef.current);
  }, [key]);

  const clear = useCallback(() => {
    cleared.current = true;
    removeReflectionDraft(key);
    written.current = null;
  }, [key]);

  return { values, setValues, restoredAt, discard, clear };
}
