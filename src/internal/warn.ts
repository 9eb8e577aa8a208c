const PREFIX = '[mbc-elements]';
const seen = new WeakMap<object, Set<string>>();

/** Warns once per owner (usually an element) and message, so a bad attribute is reported, not spammed. */
export function warnOnce(owner: object, message: string): void {
  let messages = seen.get(owner);
  if (!messages) seen.set(owner, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(`${PREFIX} ${message}`);
}
