/**
 * The action document: one JSON document describes one action, and every element reads the part
 * it needs. Field names are part of the public contract (see docs/action-document.md); the
 * validator in `action-schema.ts` checks exactly this shape.
 */

/** A locale tag such as `en`, `sr-Cyrl` or `sr-Latn`. */
export type LocaleTag = string;

/** Text is either one string (any language) or a map from locale tag to string. */
export type LocalizedText = string | Readonly<Record<LocaleTag, string>>;

export interface Money {
  amount: number;
  currency: string;
  /** True when the figure is an approximation ("about 41 million"). */
  approximate?: boolean;
}

export interface Period {
  /** ISO date (`2023-01-01`) or year (`2023`). */
  start: string;
  end: string;
}

export interface Funder {
  name: LocalizedText;
  /** Share of the programme budget, from 0 to 1; the shares of all funders sum to 1. */
  share: number;
}

export interface Programme {
  name: LocalizedText;
  period?: Period;
  budget?: Money;
  funders?: Funder[];
}

export interface BudgetLine {
  label: LocalizedText;
  amount: number;
}

export interface Budget {
  amount: number;
  currency: string;
  lines?: BudgetLine[];
}

export interface BeneficiaryMember {
  name: LocalizedText;
  note?: LocalizedText;
  url?: string;
}

export interface BeneficiaryGroup {
  /** Stable id: `public-institutions`, `civil-society`, `business-labour`, `at-risk` or your own. */
  id: string;
  label: LocalizedText;
  members: BeneficiaryMember[];
}

export interface PreviousPhase {
  title: LocalizedText;
  period: Period;
}

export interface Hotline {
  /** Stable id used by `<hf-hotline-banner hotlines="…">`. */
  id: string;
  name: LocalizedText;
  /** E.164 form, used in the `tel:` link: `+381117850000`. */
  number: string;
  /** The form people know, shown as text: `011 785 0000`. */
  display: string;
  hours?: LocalizedText;
  /**
   * `true` when the source says calls are free; the source's own words when it qualifies that
   * ("Free from fixed and major mobile networks"), shown instead of a plain "Free".
   */
  free?: boolean | LocalizedText;
  anonymous?: boolean;
  audience?: LocalizedText;
  /** Where the number is published (a URL or a site name). */
  source: string;
  /**
   * ISO date on which a person confirmed the number live (called it). Never set it without such
   * a check: the banner says "Numbers checked" only when every line it shows has this date.
   */
  checked?: string;
  /** False to keep the line in the document but out of a banner that names no `hotlines`. */
  showByDefault?: boolean;
}

export interface Link {
  label: LocalizedText;
  url: string;
}

export interface ActionDocument {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  goal?: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  period?: Period;
  programme?: Programme;
  budget?: Budget;
  approach?: LocalizedText[];
  results?: LocalizedText[];
  beneficiaries?: BeneficiaryGroup[];
  previousPhases?: PreviousPhase[];
  hotlines?: Hotline[];
  links?: Link[];
  /** Funding lines, shown as text (no logos). */
  attribution?: LocalizedText[];
}
