/**
 * The SPA's texts live beside their feature (`features/<f>/messages.ts`), each key with its Vietnamese and
 * English side by side, so the compiler refuses a key missing either language. `app/messages.ts` composes
 * them into one dictionary and registers it here (lib does not import features): its type through
 * `MessageRegister`, which makes `t('unknown.key')` fail to compile, and its value through
 * `registerMessages` (in parts, see there), which the i18n provider and `isMessageKey` read.
 */

/** Text given in both languages, as the contracts carry role, scope and error labels. */
export interface Localized {
  vi: string;
  en: string;
}

/** A set of texts whose keys start with one of `Prefix` (`'period'` allows `period.title`, not `wizard.x`). */
export type MessageCatalogue<Prefix extends string = string> = Record<`${Prefix}.${string}`, Localized>;

/**
 * Filled in by the app (`declare module` in `app/messages.ts`) with the type of the composed dictionary;
 * until then no key type-checks.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- augmented by app/messages.ts
export interface MessageRegister {}

/** The composed dictionary's type (empty until registered). */
export type Messages = MessageRegister extends { messages: infer M extends MessageCatalogue }
  ? M
  : Record<never, Localized>;

/** Every text key the SPA knows. */
export type MessageKey = keyof Messages;

let registered: Messages | undefined;

/**
 * The app registers its texts before they are shown: the shell's before the first render
 * (`app/shell-messages.ts`), every feature's with the first page loaded after it (`app/lazy-page.tsx`
 * imports `app/messages.ts`), so the login page does not download them. Each call adds to what is there.
 */
export function registerMessages(messages: Partial<Messages>): void {
  registered = { ...registered, ...messages } as Messages;
}

/** The texts registered so far; failing loudly if the app forgot to register any. */
export function registeredMessages(): Messages {
  if (!registered) throw new Error('No messages registered: import app/messages before rendering');
  return registered;
}
