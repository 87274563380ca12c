interface CountBarProps {
  value: number;
  /** The value that fills the whole bar. */
  max: number;
}

/** A number with a proportional bar beside it; the number carries the meaning, the bar is decoration. */
export function CountBar({ value, max }: CountBarProps) {
  return (
    <span className="count-bar">
      <span className="count-bar__value">{value}</span>
      <svg className="count-bar__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect width={(100 * value) / max} height="10" />
      </svg>
    </span>
  );
}
