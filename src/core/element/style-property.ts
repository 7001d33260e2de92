/**
 * `styleProperty(name, value)` on an element sets one CSS custom property through the CSSOM.
 * A strict CSP (`style-src 'self'`) blocks style attributes, which is what a `style=…` binding
 * or Lit's `styleMap` writes on a first render; a property set on `element.style` is allowed.
 */
import {noChange} from 'lit';
import {Directive, directive, PartType, type ElementPart, type PartInfo} from 'lit/directive.js';

class StyleProperty extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperty() goes inside an element tag');
  }

  render(_name: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const styleProperty = directive(StyleProperty);
