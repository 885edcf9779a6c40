// An accessible bar: role="progressbar" with the numbers, and the numbers as text beside it.
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 100;
  return (
    <div
      class="rc-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
    >
      <div class={`rc-bar-fill${percent >= 100 ? ' rc-bar-full' : ''}`} style={{ width: `${percent}%` }} />
    </div>
  );
}
