/**
 * A resource's shape with every text widened to `string`: the Danish resource gives the shape, and the English one
 * is declared with it, so a key missing in either language is a compile error (a missing one in English is
 * missing, an extra one is an excess property).
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
