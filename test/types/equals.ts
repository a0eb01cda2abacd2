/** Type-level assertions: `Assert<Equals<A, B>>` fails to compile unless A and B are the same type. */

/** True when A and B are identical (the compiler's own identity check, stricter than mutual assignability). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/** True when every A is assignable to B (no distribution over unions). */
export type Extends<A, B> = [A] extends [B] ? true : false

/** Compiles only for `true`. */
export type Assert<T extends true> = T

/** Every key of every member of a union (keyof of a union gives only the common keys). */
export type KeysOfUnion<T> = T extends unknown ? keyof T : never
