/** The pair of buttons that moves an item one place earlier or later in an ordered list. */
import { ArrowDown, ArrowLeft, ArrowRight, ArrowUp } from 'lucide-react';

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
  return (
    <>
      <button type="button" className="icon-btn" aria-label={props.earlierLabel} disabled={props.index === 0} onClick={() => props.onMove(props.index - 1)}>
        <Earlier size={size} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label={props.laterLabel}
        disabled={props.index === props.count - 1}
        onClick={() => props.onMove(props.index + 1)}
      >
        <Later size={size} aria-hidden />
      </button>
    </>
  );
}
