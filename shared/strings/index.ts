/**
 * The one entry point for user-facing text. Today there is one language; adding another means
 * adding a file of the same shape and choosing it here.
 */
import { en } from './en';

export type Strings = typeof en;
export const msg: Strings = en;
