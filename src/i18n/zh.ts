import type { Resources } from './en.ts';

/** 界面文字（简体中文）。文档正文不经过这里。 */
export const zh: Resources = {
  site: {
    name: '政策文件阅读器',
    tagline: '中国政策文件中英对照，术语逐一注释。',
    library: '文库',
    glossary: '术语表',
    skipToText: '跳到正文',
    footer: '文本仅供研究与引用。译文与术语注释由本项目贡献者撰写。',
  },
  home: {
    heading: '文库',
    intro: '每篇文本中英逐段对照。每一段都有稳定的编号，可以链接和引用。',
    paragraphs_one: '{{count}} 段',
    paragraphs_other: '{{count}} 段',
    excerpt: '节选',
    open: '阅读',
  },
  reader: {
    columnZh: '中文原文',
    columnEn: '英文译文',
    aboutText: '关于本文',
    issuer: '发布机关',
    speaker: '报告人',
    date: '日期',
    occasion: '场合',
    place: '地点',
    source: '来源',
    translation: '译文',
    excerptLabel: '节选',
    excerptJump: '查看来源文本止于何处',
    excerptEnd: '来源文本到此为止。',
    paragraphLink: '链接到第 {{id}} 段',
    paragraphLabel: '第 {{id}} 段',
    targetNotFound: '本文没有编号为“{{id}}”的段落，现显示开头。',
    dismiss: '关闭',
  },
};
