/**
 * Heading levels that follow where content is shown. The report preview puts each page's heading
 * at h3 (under the step's h2) and what a page holds below that; the presenter view shows the same
 * content straight under its h1. Content asks for "the level here" instead of a fixed tag, so
 * headings never skip a level for screen-reader users.
 */
import { createContext, useContext, type ReactNode } from 'react';

const Level = createContext(3);

/** Headings inside start at `level`. */
export function HeadingLevel({ level, children }: { level: number; children: ReactNode }) {
  return <Level.Provider value={level}>{children}</Level.Provider>;
}

export function Heading({ className, children }: { className?: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, Math.max(1, useContext(Level)))}` as 'h3';
  return <Tag className={className}>{children}</Tag>;
}
