// The blind sets from set 90 on against their floors (blind-floors.ts), in a worker of their own:
// with sets 50 to 89 in one worker, Node 20's default heap ran out.
import { checkSets, NEWEST_FROM, SETS, setNumber } from './blind-floors';

checkSets(SETS.filter((set) => setNumber(set) >= NEWEST_FROM));
