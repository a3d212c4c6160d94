/**
 * Gender agreement for a person addressed by a title: "Mrs Howard" after "Mr Howard" is not Michael
 * Howard. A person's gender is what a title said of them earlier in the document, else their given name
 * by the language's table learned from news; a person of unknown gender, or a title of none ("Dr"),
 * agrees either way. The table is short (no "michael", "gordon", "charles"), so "Michael Howard … Mrs
 * Howard, his wife" still links her to him unless "Mr Howard" came first; a gendered noun in apposition
 * ("his wife") is not read yet.
 */
import { genderWords, givenNames, type Gender } from '../../lang/gender.js';
import { nameKey } from './name-key.js';

/** The gender a form of address tells ("mrs" → f), by the language's table. */
export function titleGender(key: string, language: string): Gender | undefined {
  return genderWords(language).title.get(key.replace(/\.$/, ''));
}

/** What the document's titles said of the person, else what their given name says. */
export function personGender(person: { readonly actorId: string; readonly name: string }, titled: ReadonlyMap<string, Gender>, language: string): Gender | undefined {
  const said = titled.get(person.actorId);
  if (said) return said;
  const [given, ...rest] = nameKey(person.name).split(' ');
  return given && rest.length ? givenNames(language).get(given) : undefined;
}

/** Whether a title of `gender` may address the person: no clash of two known genders. */
export function agreesWith(gender: Gender | undefined, person: { readonly actorId: string; readonly name: string }, titled: ReadonlyMap<string, Gender>, language: string): boolean {
  const theirs = gender && personGender(person, titled, language);
  return !theirs || theirs === gender;
}
