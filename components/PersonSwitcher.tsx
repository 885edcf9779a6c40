import { displayName } from '../lib/storage/identity';
import type { PeopleStore } from '../lib/storage/schema';

/** Shown only when several people are stored (a station computer). */
export function PersonSwitcher({
  people,
  active,
  onChange,
}: {
  people: PeopleStore;
  active: string | null;
  onChange: (key: string) => void;
}) {
  const entries = Object.entries(people.people);
  if (entries.length < 2) return null;
  return (
    <label class="rc-switcher">
      <span>Provider</span>
      <select
        value={active ?? ''}
        data-testid="person-switcher"
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        {entries.map(([key, entry]) => (
          <option key={key} value={key}>
            {displayName(entry.record.person)}
          </option>
        ))}
      </select>
    </label>
  );
}
