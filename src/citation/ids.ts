/**
 * Paragraph ids: a lowercase word (`title`), or the report's structure `part[.section[.paragraph]]`,
 * optionally with one letter for a paragraph split after publication (`1.0.4a`). Shared by the
 * build, which validates the files, and the browser, which reads links.
 */
export const PARAGRAPH_ID = /^(?:[0-9]+(?:\.[0-9]+)*[a-z]?|[a-z][a-z0-9-]*)$/;
