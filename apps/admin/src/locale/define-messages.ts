/**
 * One screen's interface words in each language. Russian and Belarusian must give every English key, so a screen
 * cannot ship half translated; keys start with the screen's own prefix (`event…`, `media…`) so areas never clash.
 */
export function defineMessages<const English extends Record<string, string>>(
  en: English,
  ru: Record<keyof English, string>,
  be: Record<keyof English, string>,
): { en: English; ru: Record<keyof English, string>; be: Record<keyof English, string> } {
  return { en, ru, be };
}
