import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** An element's attributes by name, in the order they are written; `true` is a bare boolean attribute. */
export type Attributes = Record<string, string | true>;

/**
 * The one mapping from story args to the element's attributes, used by the stories' markup and by
 * their snippets alike: `true` writes a bare attribute, a number or non-empty text its value;
 * `false`, '' and anything else (the event handlers Storybook adds as args) leave it out. `lang`
 * stays out too: the snippet takes it as its language.
 */
export function attributesOf(args: object): Attributes {
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(args) as [string, unknown][]) {
    if (name === 'lang' || value === '') continue;
    if (value === true) attributes[name] = true;
    else if (typeof value === 'string' || typeof value === 'number') attributes[name] = String(value);
  }
  return attributes;
}

/** The snippet CLI's arguments for one element: `[tag, name=value | name …, lang=…]`. */
export function snippetArguments(tag: string, attributes: Attributes, lang: string): string[] {
  return [tag, ...Object.entries(attributes).map(([name, value]) => (value === true ? name : `${name}=${value}`)), `lang=${lang}`];
}

/** The same arguments as a command to type in a shell, each quoted where a shell would split or expand it. */
export function snippetCommand(args: readonly string[]): string {
  const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return ['mbc-snippet', ...args.map(quote)].join(' ');
}

/** Sets a story's attributes on the element it is written on: `<treatment-card ${storyAttributes(args)}>`. */
class StoryAttributes extends Directive {
  private written: string[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('storyAttributes() belongs in an element tag');
  }

  // The attributes are set in update(), on the element itself: there is nothing to render.
  render(...args: [object]) {
    void args;
    return noChange;
  }

  override update(part: ElementPart, [args]: [object]) {
    const attributes = attributesOf(args);
    const { lang } = args as { lang?: unknown };
    if (lang) attributes.lang = String(lang);
    for (const name of this.written) if (!(name in attributes)) part.element.removeAttribute(name);
    for (const [name, value] of Object.entries(attributes)) part.element.setAttribute(name, value === true ? '' : value);
    this.written = Object.keys(attributes);
    return noChange;
  }
}

export const storyAttributes = directive(StoryAttributes);
