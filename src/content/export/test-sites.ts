import { join } from 'node:path';
import { SAMPLE_META, sampleProject } from '../fixtures/sample.ts';
import type { TextDoc } from '../load/text.ts';
import { loadSite } from '../site.ts';
import type { Site } from '../model.ts';

/**
 * The sites the download tests read back against (tests only): the project's own texts, and a
 * text of our own making with what a download must not lose or garble: a Chinese-only paragraph,
 * one translated together with the paragraph before it, one sentence split in two in English, a
 * tab, quotation marks, commas and line breaks inside fields, &, < and backslashes.
 */

const ROOT = join(import.meta.dirname, '../../..');

export function wuzhiSite(): { site: Site; doc: TextDoc } {
  const site = loadSite(ROOT);
  return { site, doc: site.docs.find((d) => d.slug === 'wuzhi-2020')! };
}

const ZH = `@title
# 示例县2021年政府工作报告

@1
## 一、工作回顾

@1.0.1
全县生产总值达到12.5亿元，增长6.1%。“六稳”“六保”工作扎实推进，研发（R&D）投入占比低于<2%的企业减少。各项工作取得新成效。

@1.0.2
这一段只有中文，尚未翻译。

@1.0.3
这一段的中文
跨两行书写。

@1.0.4
这一段与上一段合译。

@2
## 二、2021年工作安排

@2.0.1
**重点任务**：见[说明](https://example.org/a?b=1&c=2)。路径写作C:\\\\temp\\\\new。
`;

const EN = `@title
# 2021 Government Work Report of Example County

@1
## I. Review of Our Work

@1.0.1
The county's output reached 1.25 billion yuan, up 6.1%. Work on "stability on six fronts" and "security in six areas" advanced. Firms with R&D spending below <2% of revenue fell in number, "down" again. All work made progress.

@1.0.3
This paragraph's English has a\ttab, a "quoted, word" and a line break\\
here. It also translates the next paragraph.

@2
## II. Plans for 2021

@2.0.1
**Priorities**: see [the note](https://example.org/a?b=1&c=2). The path is written C:\\\\temp\\\\new.
`;

const ALIGNMENT = `"title": "1=1"
"1": "1=1"
"1.0.1": "1=1 2=2+3 3=4"
"1.0.3": "1=1+2"
"1.0.4": "with 1.0.3"
"2": "1=1"
"2.0.1": "1=1 2=2"
`;

const INDICATORS = `- id: output
  name: { zh: 生产总值, en: 'Output, "gross" (total)' }
  period: "2021"
  value: 12.5亿元
  change: "+6.1%"
  paragraph: "1.0.1"
`;

const LIU_WEN = `---
zh: 六稳
variants: [稳六项]
pinyin: liù wěn
en: stability on six fronts
enVariants: ["stability in six areas"]
level: national
confidence: medium
sources:
  - title: 'A "quoted", title'
    url: https://example.org/s?a=1&b=2
  - title: A named document
    document: State Council, Some Opinion, 1 May 2020
related: [liu-bao]
---
Six areas to keep "stable", with a comma,
written over two lines & a < b.

1. **jobs** (稳就业);
2. finance, see [a page](https://example.org/x).
`;

const LIU_BAO = `---
zh: 六保
pinyin: liù bǎo
en: security in six areas
level: national
levelEstablished: false
confidence: low
related: [liu-wen]
---
Six floors to protect.
`;

/** The fixture text; `files` replaces, adds or (undefined) leaves out files of its folder. */
export function fixtureSite(files: Record<string, string | undefined> = {}): { site: Site; doc: TextDoc } {
  const all = { 'meta.yaml': SAMPLE_META.replace('translation:\n', 'translation:\n  kind: existing\n'), 'zh.md': ZH, 'en.md': EN, 'alignment.yaml': ALIGNMENT, 'indicators.yaml': INDICATORS, ...files };
  const written = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
  const root = sampleProject(written, { 'liu-wen.md': LIU_WEN, 'liu-bao.md': LIU_BAO });
  const site = loadSite(root);
  return { site, doc: site.docs[0]! };
}

/** The fixture's Chinese alone: no en.md, no alignment, no translation in meta.yaml. */
export function chineseOnlySite(): { site: Site; doc: TextDoc } {
  const root = sampleProject({ 'meta.yaml': SAMPLE_META.replace(/translation:\n(  .*\n)+/, ''), 'zh.md': ZH }, { 'liu-wen.md': LIU_WEN, 'liu-bao.md': LIU_BAO });
  const site = loadSite(root);
  return { site, doc: site.docs[0]! };
}
