/** Interface strings in English. Document content never goes through here. */
export const en = {
  site: {
    name: 'Policy Reader',
    tagline: 'Chinese policy documents, side by side with English, every term explained.',
    library: 'Library',
    glossary: 'Glossary',
    skipToText: 'Skip to the text',
    footer: 'Texts are shown for study and citation. Translations and glossary by this project’s contributors.',
  },
  home: {
    heading: 'Library',
    intro: 'Each text is shown in Chinese and English, aligned paragraph by paragraph. Every paragraph has a stable id you can link to and cite.',
    paragraphs_one: '{{count}} paragraph',
    paragraphs_other: '{{count}} paragraphs',
    excerpt: 'Excerpt',
    open: 'Read',
  },
  reader: {
    columnZh: 'Chinese original',
    columnEn: 'English translation',
    aboutText: 'About this text',
    issuer: 'Issuer',
    speaker: 'Delivered by',
    date: 'Date',
    occasion: 'Occasion',
    place: 'Place',
    source: 'Source',
    translation: 'Translation',
    excerptLabel: 'Excerpt',
    excerptJump: 'See where the source stops',
    excerptEnd: 'The source text ends here.',
    paragraphLink: 'Link to paragraph {{id}}',
    paragraphLabel: 'Paragraph {{id}}',
    targetNotFound: 'There is no paragraph “{{id}}” in this text. Showing the beginning instead.',
    dismiss: 'Dismiss',
  },
} as const;

/** The shape every language must have: same keys, any strings. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Resources = Widen<typeof en>;
