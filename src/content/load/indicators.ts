import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { IndicatorsSchema } from '../check/schema.ts';
import { LIMITS, readContentFile } from '../check/content-file.ts';
import { ErrorList } from '../errors.ts';
import { describeFigure, readChineseFigures, UNITS, type Figure } from '../annotate/figure-reader.ts';
import type { TextDoc } from './text.ts';
import { parseYamlWithLines } from './yaml.ts';

type IndicatorData = z.infer<typeof IndicatorsSchema>[number];

export interface Indicator extends IndicatorData {
  valueFigure?: Figure;
  changeFigure?: Figure;
  /** Western reading of the value and the change, for the table. */
  valueEn?: string;
  changeEn?: string;
}

/** Reads and checks a text's indicators: every figure must be in the paragraph it cites. */
export function loadIndicators(doc: TextDoc, root: string, errors: ErrorList): Indicator[] {
  const path = join(root, doc.dir, 'indicators.yaml');
  if (!existsSync(path)) return [];
  const file = relative(root, path);
  const source = readContentFile(path, file, LIMITS.yamlFile, errors);
  if (source === undefined) return [];
  const yaml = parseYamlWithLines(source, file, IndicatorsSchema, errors);
  const data = yaml.data;
  if (!data) return [];
  // Lines from the YAML tree: the indicator's item, or the field inside it.
  const lineOf = (id: string, field: string) => yaml.lineOf([data.findIndex((i) => i.id === id), field]);
  const paragraphs = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const ids = new Set(data.map((i) => i.id));
  return data.map((indicator): Indicator => {
    const result: Indicator = { ...indicator };
    const paragraph = paragraphs.get(indicator.paragraph);
    if (!paragraph) errors.add(file, lineOf(indicator.id, 'paragraph'), `indicator ${indicator.id} cites paragraph ${indicator.paragraph}, which is not in the text`);
    if (indicator.target && !ids.has(indicator.target)) errors.add(file, lineOf(indicator.id, 'target'), `indicator ${indicator.id} is a target for "${indicator.target}", which is not an indicator`);
    for (const field of ['value', 'change'] as const) {
      const raw = indicator[field];
      if (raw === undefined) continue;
      const written = field === 'change' ? raw.slice(1) : raw;
      const figures = readChineseFigures(written);
      const figure = figures[0];
      if (!figure || figures.length !== 1 || figure.text !== written) {
        const unit = figure && figure.end < written.length ? written.slice(figure.end) : '';
        errors.add(file, lineOf(indicator.id, field), unit ? `indicator ${indicator.id}: the unit "${unit}" of ${written} is not one the reader knows (${Object.keys(UNITS).slice(0, 6).join(', ')} …)` : `indicator ${indicator.id}: "${written}" is not a single figure`);
        continue;
      }
      if (paragraph && !paragraph.zh.text.includes(written)) {
        errors.add(file, lineOf(indicator.id, field), `indicator ${indicator.id}: ${written} does not appear in paragraph ${indicator.paragraph}`);
        continue;
      }
      const reading = describeFigure(figure).reading;
      if (field === 'value') {
        result.valueFigure = figure;
        result.valueEn = reading;
      } else {
        result.changeFigure = figure;
        result.changeEn = `${raw.startsWith('-') ? '−' : '+'}${reading}`;
      }
    }
    return result;
  });
}
