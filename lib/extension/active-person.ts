// Which person the popup, side panel and background show: the person of the current tab if
// known, else the one chosen in the switcher, else the most recently updated.
import { mostRecentPerson } from '../storage/routing';
import type { PeopleStore, UiStore } from '../storage/schema';

export function pickActivePerson(people: PeopleStore, ui: UiStore, tabPerson: string | null = null): string | null {
  if (tabPerson && tabPerson in people.people) return tabPerson;
  if (ui.activePerson && ui.activePerson in people.people) return ui.activePerson;
  return mostRecentPerson(people);
}
