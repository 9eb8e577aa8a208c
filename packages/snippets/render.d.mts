/** Attribute values by name; `true` writes a bare boolean attribute. */
export type Attributes = Readonly<Record<string, string | true>>;
export function attributeText(attributes: Attributes): string;
export function renderElement(tag: string, attributes?: Attributes): string;
export function fallbackFrom(markup: string): string;
export function snippet(
  tag: string,
  attributes: Attributes,
  inputs: Readonly<Record<string, unknown>> | ((rendered: Attributes) => Readonly<Record<string, unknown>>),
): string;
