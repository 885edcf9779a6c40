// The person's own facts written short, as one types them above a pasted list (a text message, a
// note): "exp 3/31/2028" for the expiration in the header line that names them, "last recert
// 3/31/26" for the last recertification (the cycle starts the day after), alone on its line or in
// the header. Someone's expired card or a date far from the word states nothing.
import { describe, expect, it } from 'vitest';
import { readStatedFacts } from '../../lib/readers/facts';

describe("the person's facts written short", () => {
  it.each([
    ['"exp" in the header line, "last recert" on the next line', ['Dana R. Whitfield – NREMT E1234567 – EMT, exp 3/31/2028', 'last recert 3/31/26'], '2028-03-31', '2026-04-01'],
    ['"exp." and "last recert:" with a colon', ['Dana R. Whitfield · E1234567 · Paramedic · exp. 03/31/2027', 'Last recert: 03/31/2025'], '2027-03-31', '2025-04-01'],
    ['both in the header line', ['Dana R. Whitfield (E1234567) EMT exp 3/31/2028, last recert 3/31/2026'], '2028-03-31', '2026-04-01'],
    ['the level line, then the short words each on its line', ['Advanced EMT', 'exp 03/31/2028', 'last recert 03/31/2026'], '2028-03-31', '2026-04-01'],
    ['"cert" after the level, the last recert in brackets', ['# Jun Nakamura  NRP  Registry P1947732', '# Paramedic cert expires 03/31/2027 (last recert 03/27/2025)'], '2027-03-31', '2025-03-28'],
    ['"my cert runs through" in a post that names them', ["I'm an EMT (Rahul Patel, NREMT E3076614), my cert runs through March 31, 2028, cycle started 4/1/2026."], '2028-03-31', '2026-04-01'],
  ])('%s', (_, lines, expiresOn, cycleStart) => {
    expect(readStatedFacts(lines, false)).toMatchObject({ expiresOn, cycleStart });
  });

  it('a date far after the word, or on an unrelated line, states nothing', () => {
    const facts = readStatedFacts(['Pizza order for the crew, exp coupon', 'Station meeting moved to 12/14/2026 after the last recert class'], false);
    expect(facts.expiresOn).toBeUndefined();
    expect(facts.cycleStart).toBeUndefined();
  });
});
