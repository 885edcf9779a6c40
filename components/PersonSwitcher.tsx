
/** Shown only when several people are stored (a station computer). */
export function PersonSwitcher({
  people,
  active,
  onChange,
}: {
  people: { key: string; name: string }[];
  active: string | null;
  onChange: (key: string) => void;
}) {
  if (people.length < 2) return null;
  return (
    <label class="rc-switcher">
      <span>Provider</span>
      <select
        value={active ?? ''}
        data-testid="person-switcher"
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {people.map(({ key, name }) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
