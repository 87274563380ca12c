import type { ReactNode } from 'react';
import { useElementSize } from '../ui/use-element-size';

interface DetailsBodyProps {
  /** What it holds, given its measured height (it comes and goes with its panel, and is measured anew). */
  children: (height: number) => ReactNode;
}

/** One body for the open record and the list, so the two share the panel's height and scroll together. */
export function DetailsBody({ children }: DetailsBodyProps) {
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 0, height: 0 });
  return (
    <div className="details-body" ref={ref}>
      {children(size.height)}
    </div>
  );
}
