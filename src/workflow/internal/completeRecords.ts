// The records `safeTransition` has returned (internal). Each is frozen and so is every field of
// it: what `freezeFreshRecord` leaves as it is. Frozen objects never change, so that stays true,
// and a transition from one of them whose effect ran on the one-level copy (shallowEffect, which
// hands back every field it touched frozen) has only its top level left to freeze; walking the
// thirty-odd fields again was a tenth of a transition's time.

const COMPLETE = /* @__PURE__ */ new WeakSet<object>();

/** Notes a record whose top level and every field are frozen (see above); returns it. */
export function markComplete<T extends object>(record: T): T {
  COMPLETE.add(record);
  return record;
}

/** Whether `record` is one `safeTransition` returned (frozen, every field frozen). */
export const isComplete = (record: object): boolean => COMPLETE.has(record);
