import type { CitationFacts } from './styles.ts';

/** Test fixtures: the Wuzhi report's citation facts, and a Chinese-only text of our own making. */

export const WUZHI: CitationFacts = {
  slug: 'wuzhi-2020',
  title: {
    zh: '2020年武陟县政府工作报告',
    en: '2020 Government Work Report of Wuzhi County',
    pinyin: '2020 nian Wuzhi Xian zhengfu gongzuo baogao',
    sentence: '2020 government work report of Wuzhi County',
  },
  issuer: { zh: '武陟县人民政府', en: "Wuzhi County People's Government" },
  speaker: { name: { zh: '申琳', en: 'Shen Lin' }, role: { zh: '县长', en: 'County Governor' } },
  occasion: { zh: '武陟县第十四届人民代表大会第五次会议', en: "Fifth Session of the 14th People's Congress of Wuzhi County" },
  date: '2020-04-29',
  translation: { by: 'Policy Reader contributors', date: '2026' },
  site: 'Policy Reader',
};

/** A Chinese-only text of our own making: no speaker, no translation, so no translator anywhere. */
export const CHINESE_ONLY: CitationFacts = {
  slug: 'example-2021',
  title: {
    zh: '示例县人民政府关于加强农村公路养护的意见',
    en: "Opinions of the Example County People's Government on Strengthening the Maintenance of Rural Roads",
    pinyin: 'Shili Xian Renmin Zhengfu guanyu jiaqiang nongcun gonglu yanghu de yijian',
    sentence: "Opinions of the Example County People's Government on strengthening the maintenance of rural roads",
  },
  issuer: { zh: '示例县人民政府', en: "Example County People's Government" },
  date: '2021-03-15',
  site: 'Policy Reader',
};
