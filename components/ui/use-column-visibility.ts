"use client";
import { useCallback, useSyncExternalStore } from "react";
import type { VisibilityState } from "@tanstack/react-table";

const PREFIX = "insatsportalen.kolumner.";
const listeners = new Set<() => void>();
const EMPTY = "{}";

function read(key: string): string {
  if (typeof window === "undefined") return EMPTY;
  try {
    return window.localStorage.getItem(PREFIX + key) ?? EMPTY;
  } catch {
    return EMPTY; // storage blocked (private mode, policy): the choice lasts for the visit only
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/**
 * Which columns of a table the user has hidden, kept per browser in localStorage under the
 * table's key (no personal data: only column ids). The server renders the defaults; the saved
 * choice applies after hydration, so server and client HTML agree.
 */
export function useColumnVisibility(key: string, defaults: VisibilityState): [VisibilityState, (next: VisibilityState) => void] {
  const raw = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => EMPTY,
  );
  let saved: VisibilityState = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object") saved = parsed as VisibilityState;
  } catch {
    saved = {};
  }
  const visibility = { ...defaults, ...saved };
  const set = useCallback(
    (next: VisibilityState) => {
      try {
        window.localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // ignore: see read()
      }
      listeners.forEach((l) => l());
    },
    [key],
  );
  return [visibility, set];
}
