// The blind sets from set 50 to set 89 against their floors (blind-floors.ts), apart from the earlier sets
// (blind-sets.test.ts) and the newest (blind-sets-newest.test.ts): each file reads its sets in a worker of its own.
import { checkSets, NEWEST_FROM, RECENT_FROM, SETS, setNumber } from './blind-floors';

checkSets(SETS.filter((set) => setNumber(set) >= RECENT_FROM && setNumber(set) < NEWEST_FROM));
