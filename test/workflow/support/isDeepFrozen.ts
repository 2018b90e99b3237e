/** Whether every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((child) => isDeepFrozen(child, seen));
}

/** A deep, structured copy to compare against after a call. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
