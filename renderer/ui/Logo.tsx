/** The Touchpoint mark: an emotion curve with one touchpoint on it. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg className="logo" width={size} height={size} viewBox="0 0 64 64" aria-hidden focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--accent)" />
      <path d="M14 40c8-16 14-16 18-4s10 12 18-6" fill="none" stroke="var(--on-accent)" strokeWidth="5" strokeLinecap="round" />
      <circle cx="32" cy="36" r="5" fill="var(--on-accent)" />
    </svg>
  );
}
