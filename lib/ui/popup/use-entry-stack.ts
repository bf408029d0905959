import { useEffect, useRef, useState } from 'preact/hooks';

/** What `useEntryStack` gives: the open entry's id, how deep the reader is, and the moves. */
export interface EntryStack {
  /** Id of the entry shown, `undefined` when none is open. */
  top: string | undefined;
  depth: number;
  open: (id: string) => void;
  back: () => void;
  reset: () => void;
}

/**
 * Navigation between full entries in the popup: a stack of entry ids. Focus moves to the title of
 * each entry opened (the element with id `titleId`) and, when the last one closes, back to the
 * control that opened the first (or to `fallback()` if that control is gone).
 */
export function useEntryStack(titleId: string, fallback: () => HTMLElement | null): EntryStack {
  const [stack, setStack] = useState<string[]>([]);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (stack.length) document.getElementById(titleId)?.focus();
  }, [stack, titleId]);

  return {
    top: stack[stack.length - 1],
    depth: stack.length,
    open: (id) => {
      if (!stack.length) opener.current = document.activeElement;
      setStack((s) => [...s, id]);
    },
    back: () => {
      setStack((s) => s.slice(0, -1));
      if (stack.length !== 1) return;
      const target = opener.current;
      // After the render that shows the list again.
      setTimeout(() => (target instanceof HTMLElement && target.isConnected ? target : fallback())?.focus());
    },
    reset: () => {
      setStack([]);
      opener.current = null;
    },
  };
}
