/**
 * A code with its plain parameters, for each code of a parameter map: what the core says
 * instead of a sentence. The wording catalogue (src/core/wording) turns one into words.
 */
export type Coded<M> = { [C in keyof M]: { code: C; params: M[C] } }[keyof M];
