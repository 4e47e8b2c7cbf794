/**
 * The import report: one list of what a person must check after an import, in sections, so that
 * each step (cleaning, decoding, alignment, terms…) adds its own. The CLI prints it at the end,
 * and also when the import fails, so nothing the import removed goes unseen.
 */
import { ContentError } from '../errors.ts';

export interface ReportItem {
  file?: string;
  line?: number;
  text: string;
}

export interface ReportSection {
  title: string;
  items: ReportItem[];
}

/** Collects sections; a section is created on its first item. */
export class ImportReport {
  readonly sections: ReportSection[] = [];

  /** The sections in the order of SECTION; sections other steps added follow, as added. */
  ordered(): ReportSection[] {
    const rank = (s: ReportSection) => {
      const at = (Object.values(SECTION) as string[]).indexOf(s.title);
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    return [...this.sections].sort((a, b) => rank(a) - rank(b));
  }

  add(title: string, item: ReportItem): void {
    let section = this.sections.find((s) => s.title === title);
    if (!section) this.sections.push((section = { title, items: [] }));
    section.items.push(item);
  }

  /** An empty section still says it was checked ("none"). */
  section(title: string): ReportSection {
    let section = this.sections.find((s) => s.title === title);
    if (!section) this.sections.push((section = { title, items: [] }));
    return section;
  }
}

/** Report section titles used by the import, in the order they are printed. */
export const SECTION = {
  encoding: 'Encoding read',
  removed: 'Lines removed as web-page furniture',
  leftOut: 'Page text left out of the article',
  warnings: 'Warnings',
  typography: 'Typography restored',
  paragraphs: 'Paragraph alignment to check',
  sentences: 'Sentence alignment to check',
  metadata: 'Metadata to fill in (meta.yaml)',
} as const;

/** An import that stopped: the error, and the report as far as it got (what was removed so far). */
export class ImportFailure extends ContentError {
  constructor(
    error: ContentError,
    readonly report: ReportSection[],
  ) {
    super(error.file, error.line, error.reason);
    this.name = 'ImportFailure';
  }
}

/** The report as the CLI prints it: a heading per section, an item per line, `file:line` first. */
export function formatReport(sections: readonly ReportSection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`${s.title} (${s.items.length}):`);
    if (s.items.length === 0) out.push('  none');
    for (const item of s.items) {
      const place = item.file ? `${item.file}${item.line !== undefined ? `:${item.line}` : ''}  ` : '';
      out.push(`  ${place}${item.text}`);
    }
  }
  return out.join('\n');
}
