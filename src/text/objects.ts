/**
 * A copy of `base` with `changes` written over it: what `{ ...base, ...changes }`
 * says, keys in the same order. Object.assign, because V8 runs an object
 * spread through its runtime below TurboFan, where a batch's code runs
 * (cli/v8-tuning.ts): 5–30× slower than this, and the stages copy small
 * records all the time. The records copied are planlint's own, never parsed
 * user objects, so no `__proto__` key can reach the setter.
 */
export function copyWith<T extends object, U extends object>(base: T, changes: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, changes);
}
