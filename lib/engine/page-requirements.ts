// The user's own Manage Education page wins over our table (our topic credits come from a
// secondary source and are unconfirmed). Each figure the page showed replaces ours, after a sanity check.
import { TOPICS, type PageRequirements } from '../model';
import type { LevelRequirement } from '../rules';

/** A figure we believe: a positive number of hours, at most 100. */
function plausible(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100;
}

export interface AppliedRequirement {
  requirement: LevelRequirement;
  /** true when any figure came from the page. */
  fromPage: boolean;
}

export function applyPageRequirements(base: LevelRequirement, page: PageRequirements | undefined): AppliedRequirement {
  if (!page) return { requirement: base, fromPage: false };
  let fromPage = false;
  const requirement: LevelRequirement = { ...base };
  for (const component of ['national', 'local', 'individual'] as const) {
    const figure = page[component];
    if (plausible(figure)) {
      requirement[component] = figure;
      fromPage = true;
    }
  }
  // Topic figures only where we carry a topic table (without one we claim no topics at all),
  // and only when they fit inside the National figure the page shows.
  if (base.topics && page.topics) {
    const shown = TOPICS.filter((t) => plausible(page.topics?.[t]));
    const sum = shown.reduce((total, t) => total + page.topics![t]!, 0);
    const fits = !plausible(page.national) || sum <= page.national + 1e-9;
    if (shown.length > 0 && fits) {
      const topics = { ...base.topics };
      for (const t of shown) topics[t] = page.topics[t]!;
      requirement.topics = topics;
      fromPage = true;
    }
  }
  return { requirement, fromPage };
}
