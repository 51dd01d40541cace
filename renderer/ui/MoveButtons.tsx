/** The pair of buttons that moves an item one place earlier or later in an ordered list. */
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp } from 'lucide-react';
import { useRef } from 'react';

export function MoveButtons(props: {
  index: number;
  count: number;
  /** Lists read top to bottom move up/down; rows of cards and columns move left/right. */
  axis: 'vertical' | 'horizontal';
  earlierLabel: string;
  laterLabel: string;
  onMove(toIndex: number): void;
  size?: number;
}) {
  const size = props.size ?? 16;
  const [Earlier, Later] = props.axis === 'vertical' ? [ArrowUp, ArrowDown] : [ArrowLeft, ArrowRight];
  const earlier = useRef<HTMLButtonElement>(null);
  const later = useRef<HTMLButtonElement>(null);
  // A move to either end disables the button just pressed, which would drop the keyboard's focus
  // to the page; it goes to the other button instead (and back to this one if the item moved).
  const move = (to: number, pressed: HTMLButtonElement | null, other: HTMLButtonElement | null) => {
    props.onMove(to);
    requestAnimationFrame(() => (to === 0 || to === props.count - 1 ? other : pressed)?.focus());
  };
  return (
    <>
      <button
        ref={earlier}
        type="button"
        className="icon-btn"
        aria-label={props.earlierLabel}
        disabled={props.index === 0}
        onClick={() => move(props.index - 1, earlier.current, later.current)}
      >
        <Earlier size={size} aria-hidden />
      </button>
      <button
        ref={later}
        type="button"
        className="icon-btn"
        aria-label={props.laterLabel}
        disabled={props.index === props.count - 1}
        onClick={() => move(props.index + 1, later.current, earlier.current)}
      >
        <Later size={size} aria-hidden />
      </button>
    </>
  );
}
