// The blind sets before set 50 against their floors (blind-floors.ts says what the floors are and
// how each set was measured); blind-sets-recent.test.ts and blind-sets-newest.test.ts check the later ones, each in a worker of its own.
import { checkSets, RECENT_FROM, SETS, setNumber } from './blind-floors';

checkSets(SETS.filter((set) => setNumber(set) < RECENT_FROM));
