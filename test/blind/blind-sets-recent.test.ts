// The blind sets from set 50 on against their floors (blind-floors.ts), apart from the earlier sets
// (blind-sets.test.ts): read in one worker, all 84 sets passed Node 20's default heap.
import { checkSets, RECENT_FROM, SETS, setNumber } from './blind-floors';

checkSets(SETS.filter((set) => setNumber(set) >= RECENT_FROM));
