/**
 * Web-page furniture: the lines a copied or saved page drags in around a report (site banner,
 * navigation, breadcrumbs, share and print links, bylines, QR-code prompts, copyright and filing
 * footers, a view counter). Each rule describes page furniture in general, not one site, and takes
 * a line only when the WHOLE line is furniture: a paragraph that mentions 分享 or ◆ is text.
 * A repeated line is not furniture (a report repeats 各位代表！ and its headings); the only repeat
 * taken is the page's title shown twice before the text begins.
 */
import type { SourceParagraph } from './paragraphs.ts';

export interface FurnitureRule {
  /** Short name, for tests and documentation. */
  name: string;
  /** Why such a line is not part of the report, as the import report prints it. */
  reason: string;
  matches(text: string): boolean;
}

export interface Removal extends SourceParagraph {
  /** The reason printed beside the line. */
  why: string;
  /** The rule's name. */
  rule: string;
}

/** A Chinese sentence ends in the line: furniture lines are labels and links, never sentences. */
const ZH_SENTENCE = /[。！？；]/;
// Separators of navigation bars and breadcrumbs, and the decorations of site banners.
const NAV_SEPARATOR = /\s*[|｜丨¦>＞»›◆◇★☆■□●○▪]\s*/;
const DECORATION = /\s*(?:[|｜丨¦◆◇★☆■□●○▪•·~～]|—\s*—|-{2,})\s*/;
const CJK = /[\u3400-\u9fff]/;
const length = (s: string) => [...s].length;

/** Items of a line of short labels ("首页 | 政务公开 | 办事服务"), or undefined if it is not one. */
function labelItems(text: string, separator: RegExp, maxItem: number): string[] | undefined {
  if (ZH_SENTENCE.test(text) || /[，,、]/.test(text) || length(text) > 160) return undefined;
  const items = text.split(new RegExp(separator.source, 'g')).map((s) => s.trim()).filter((s) => s !== '');
  if (items.some((i) => length(i) > (CJK.test(i) ? maxItem : maxItem * 2)) || items.every((i) => /^[\d\s.:-]+$/.test(i))) return undefined;
  return items;
}

export const navigationBar: FurnitureRule = {
  name: 'navigation',
  reason: 'site navigation (a line of short menu items)',
  matches(text) {
    const separated = labelItems(text, NAV_SEPARATOR, 12);
    if (separated && separated.length >= 3 && NAV_SEPARATOR.test(text)) return true;
    // Space-separated menus carry no separator characters; only take one that starts at the home page.
    const spaced = labelItems(text, /\s+/, 6);
    return !!spaced && spaced.length >= 4 && /^(?:首页|主页|网站首页|Home)$/i.test(spaced[0]!);
  },
};

export const breadcrumb: FurnitureRule = {
  name: 'breadcrumb',
  reason: 'breadcrumb (where the page sits on the site)',
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 120) return false;
    if (/^(?:当前位置|当前的位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|位置)\s*[:：]/.test(text)) return true;
    if (/^(?:You are here|Location)\s*:/i.test(text)) return true;
    const items = labelItems(text, /\s*[>＞»›]\s*/, 16);
    return !!items && items.length >= 2 && /[>＞»›]/.test(text);
  },
};

// Labels of a page's tool links. Longest first, so 打印本页 is taken before 打印.
const TOOL_LABELS = [
  '我要纠错', '打印本页', '打印此页', '打印文章', '关闭窗口', '关闭本页', '收藏本页', '加入收藏', '复制链接', '返回顶部',
  '分享到', '分享', '打印', '关闭', '收藏', '纠错', '字体', '字号', '朗读', '默认',
  'font size', 'text size', 'back to top', 'e-mail', 'print', 'share', 'close', 'email', 'font', 'save',
].sort((a, b) => b.length - a.length);
// What may stand between the labels: social networks a share bar names, the font sizes, brackets.
const TOOL_FILLER = /新浪微博|腾讯微博|QQ空间|微信|微博|QQ|豆瓣|人人网|wechat|weibo|facebook|twitter|linkedin|whatsapp|[大中小]|a\+|a-|large|medium|small|[\s【】[\]()（）:：|｜/·•,，、]/gi;

export const pageTools: FurnitureRule = {
  name: 'page tools',
  reason: 'share, print, font-size or close links',
  matches(text) {
    if (length(text) > 80) return false;
    let rest = text.toLowerCase();
    let found = false;
    for (const label of TOOL_LABELS) {
      const pattern = CJK.test(label) ? new RegExp(label, 'g') : new RegExp(`\\b${label.replace(/[+]/g, '\\+')}\\b`, 'g');
      rest = rest.replace(pattern, () => ((found = true), ' '));
    }
    return found && rest.replace(TOOL_FILLER, '') === '';
  },
};

// Byline fields: who wrote or published the page, when, and how often it was read.
const ZH_BYLINE_FIELD = /(?:^|[\s|｜丨【\[(（])(?:信息来源|文章来源|来源|稿源|发布时间|发布日期|发布于|发表时间|更新时间|时间|日期|作者|撰稿|编辑|责任编辑|责编|审核|浏览次数|浏览量|浏览|阅读量|阅读次数|阅读数|点击数|点击量|访问量|字数)\s*[:：]/;
const ZH_BYLINE_PHRASE = /共计?\d+个?字|预计阅读时长|阅读时长\s*\d|加入收藏|\d+\s*人(?:已)?(?:阅读|浏览)/;
const EN_BYLINE_FIELD = /(?:^|[|｜]\s*)(?:Source|Updated|Published|Posted|Editor|Author|Views|Page views|Hits)\s*:/i;

export const byline: FurnitureRule = {
  name: 'byline',
  reason: 'byline (source, date, author or view count of the page)',
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 150) return false;
    // An English "Source: …" alone may be a report's note on its figures; a page's byline also dates the page.
    return ZH_BYLINE_FIELD.test(text) || ZH_BYLINE_PHRASE.test(text) || (EN_BYLINE_FIELD.test(text) && /\d{4}[-/.]\d{1,2}|\d{1,2}:\d{2}|[|｜]/.test(text));
  },
};

export const qrCode: FurnitureRule = {
  name: 'QR code',
  reason: '"scan the QR code" prompt',
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 40) return false;
    return (
      /^(?:用|打开)?(?:手机)?(?:微信|支付宝|手机)?\s*扫(?:一扫|码|描)/.test(text) ||
      /^(?:手机版|移动版|手机阅读|(?:手机|微信|官方|本站|网站|分享)?二维码)$/.test(text) ||
      /^scan\b.*\b(?:QR|code|share)\b/i.test(text)
    );
  },
};

export const copyrightFooter: FurnitureRule = {
  name: 'copyright footer',
  reason: 'copyright, filing number or site-owner footer',
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 250) return false;
    return (
      /版权所有|©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|ICP\s*[备证]|ICP\s*\d|公网安备|网站标识码|网站识别码|建议使用.{0,20}浏览器|\d+\s*[x×*]\s*\d+\s*分辨率|分辨率\s*\d+\s*[x×*]/i.test(text) ||
      /(?:^|\s)(?:主办单位|承办单位|协办单位|技术支持|运维单位|维护单位|主办|承办)\s*[:：]/.test(text) ||
      /^(?:联系我们|网站地图|网站声明|隐私声明|About us|Contact us|Sitemap)(?:\s*[|｜]\s*\S+)*$/i.test(text)
    );
  },
};

export const callToAction: FurnitureRule = {
  name: 'call to action',
  reason: 'link to elsewhere on the site (previous/next, related, follow, claim)',
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 80) return false;
    return (
      /^(?:点击|点此|长按)(?:这里|此处)?(?:查看|阅读|下载|领取|关注|进入|播放)/.test(text) ||
      /^(?:领取福利|返回首页|返回列表|回到顶部|上一篇|下一篇|上一条|下一条|相关(?:阅读|新闻|链接|文章|推荐)|推荐阅读|延伸阅读|热点推荐|关注(?:我们|公众号|微信公众号)|下载(?:客户端|APP|App))/.test(text) ||
      /^(?:Related (?:stories|articles|news|links)|Read more|Follow us)$/i.test(text) ||
      /^(?:Previous|Next)(?: (?:article|story|page))?\s*(?::|$)/i.test(text)
    );
  },
};

// A site's name: its kind of site ends it (政府网, 门户网站, 文库).
const SITE_NAME = /(?:网站|门户|政府网|新闻网|文库|在线|客户端)$/;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net|org)\/?$/i;

export const siteBanner: FurnitureRule = {
  name: 'site banner',
  reason: "site banner (the site's name and slogan)",
  matches(text) {
    if (ZH_SENTENCE.test(text) || length(text) > 80) return false;
    if (SITE_NAME.test(text) && !/\s/.test(text) && length(text) <= 20 && !/^[（(]|、/.test(text)) return true;
    if (DOMAIN.test(text)) return true;
    // Name and slogan set apart by decorations: "某某文库 ◆ 记住我们".
    if (!DECORATION.test(text)) return false;
    const items = text.split(new RegExp(DECORATION.source, 'g')).map((s) => s.trim()).filter((s) => s !== '');
    return items.length >= 2 && items.some((i) => SITE_NAME.test(i) || /网$/.test(i) || DOMAIN.test(i));
  },
};

/** Every rule that looks at a line on its own, in the order they are tried. */
export const LINE_RULES: readonly FurnitureRule[] = [copyrightFooter, breadcrumb, navigationBar, pageTools, byline, qrCode, callToAction, siteBanner];

/** Why the second of two identical first lines goes: a page shows its title above the article and again as its heading. */
export const REPEATED_PAGE_TITLE = 'the page title shown twice before the text begins (page heading and article heading)';
/** Why a bare number after the text goes: it is the page's view counter. */
export const TRAILING_COUNTER = 'a bare number after the last paragraph (the page view counter)';

export interface KeepOptions {
  /** Source lines to keep although a rule takes them (`--keep <line>`). */
  keep?: ReadonlySet<number>;
  /** Keep everything (`--keep-all-lines`): nothing is removed. */
  keepAll?: boolean;
}

/** The rule that takes a line on its own, if any. */
export function furnitureRuleFor(text: string): FurnitureRule | undefined {
  return LINE_RULES.find((r) => r.matches(text));
}

/**
 * Splits paragraphs into the report's text and the page furniture around it. Every paragraph ends
 * up in exactly one of the two lists, in order; each removal says which rule took it and why.
 */
export function removeFurniture(paragraphs: readonly SourceParagraph[], options: KeepOptions = {}): { kept: SourceParagraph[]; removed: Removal[] } {
  const kept = (p: SourceParagraph) => options.keepAll || [...(options.keep ?? [])].some((l) => l >= p.line && l <= p.endLine);
  const verdict = new Map<SourceParagraph, { why: string; rule: string }>();
  for (const p of paragraphs) {
    const rule = kept(p) ? undefined : furnitureRuleFor(p.text);
    if (rule) verdict.set(p, { why: rule.reason, rule: rule.name });
  }
  const text = paragraphs.filter((p) => !verdict.has(p));
  const [first, second] = text;
  if (first && second && second.text === first.text && !ZH_SENTENCE.test(first.text) && length(first.text) <= 60 && !kept(second)) {
    verdict.set(second, { why: REPEATED_PAGE_TITLE, rule: 'repeated page title' });
  }
  for (let i = text.length - 1; i > 0 && /^\d+$/.test(text[i]!.text) && !kept(text[i]!); i--) {
    verdict.set(text[i]!, { why: TRAILING_COUNTER, rule: 'trailing counter' });
  }
  const result = { kept: [] as SourceParagraph[], removed: [] as Removal[] };
  for (const p of paragraphs) {
    const v = verdict.get(p);
    if (v) result.removed.push({ ...p, ...v });
    else result.kept.push(p);
  }
  return result;
}
