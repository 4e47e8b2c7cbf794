import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { emit } from '../events/index.ts';
import { LocalizeController, setUiLanguage, uiLanguage } from '../i18n/localize.ts';
import type { UiKey, UiLanguage } from '../i18n/keys.ts';
import { FONT_STEPS, MARKS, applyFontStep, applyMarks, applyTheme, loadFontStep, loadMarks, loadTheme, saveFontStep, saveMarks, saveTheme, type Marks, type Theme } from '../settings/store.ts';

/**
 * Site-wide reading settings behind one header button (so the header never changes size when
 * the page's scripts arrive): interface language (English / 中文), theme (system, light, dark),
 * text size, and what the text marks (terms and figures, one of them, or neither). Each choice is
 * remembered. The panel is a popover: Esc or a click outside closes it. On a phone the button
 * shows only its icon, so the header keeps to one row.
 *
 * @fires rdr-marks-change - when the reader chooses what is marked; `detail.marks` is the choice.
 * Rendered into the page (no shadow root): `.settings-button`, the Settings button, and
 * `.settings-panel`, the panel.
 */
@customElement('rdr-settings')
export class RdrSettings extends LitElement {
  // Rendered into the page and styled by components.css (rdr-settings), keeping its rules out of the script.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private readonly i18n = new LocalizeController(this);
  @state() private theme: Theme = loadTheme();
  @state() private fontStep = loadFontStep();
  @state() private marks: Marks = loadMarks();
  @state() private open = false;

  override connectedCallback(): void {
    super.connectedCallback();
    applyMarks(this.marks);
  }

  private setTheme(theme: Theme): void {
    this.theme = theme;
    applyTheme(theme);
    saveTheme(theme);
  }

  private setFont(step: number): void {
    this.fontStep = Math.min(FONT_STEPS.max, Math.max(FONT_STEPS.min, step));
    applyFontStep(this.fontStep);
    saveFontStep(this.fontStep);
  }

  private setMarks(marks: Marks): void {
    this.marks = marks;
    applyMarks(marks);
    saveMarks(marks);
    emit(this, 'rdr-marks-change', { marks });
  }

  private setLanguage(lang: UiLanguage): void {
    void setUiLanguage(lang);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const lang = uiLanguage();
    const themes: [Theme, UiKey][] = [
      ['system', 'settings.themeSystem'],
      ['light', 'settings.themeLight'],
      ['dark', 'settings.themeDark'],
    ];
    const marks: Record<Marks, UiKey> = { all: 'settings.marksAll', terms: 'settings.marksTerms', figures: 'settings.marksFigures', none: 'settings.marksNone' };
    // Each group is labelled by the span before it (ids are the page's: prefixed).
    const group = (id: string, label: UiKey, buttons: unknown) =>
      html`<div><span class="label" id="settings-${id}">${t(label)}</span><div role="group" aria-labelledby="settings-${id}">${buttons}</div></div>`;
    return html`<button class="settings-button" type="button" popovertarget="settings-panel" aria-expanded=${this.open}
        ><span class="icon icon-settings"></span><span class="text">${t('settings.label')}</span></button
      >
      <div class="settings-panel panel" id="settings-panel" popover @toggle=${(e: ToggleEvent) => (this.open = e.newState === 'open')}>
        ${group(
          'language',
          'settings.language',
          html`<button type="button" lang="en" aria-pressed=${lang === 'en'} @click=${() => this.setLanguage('en')}>English</button
            ><button type="button" lang="zh-Hans" aria-pressed=${lang === 'zh'} @click=${() => this.setLanguage('zh')}>中文</button>`,
        )}
        ${group('theme', 'settings.theme', themes.map(([value, key]) => html`<button type="button" aria-pressed=${this.theme === value} @click=${() => this.setTheme(value)}>${t(key)}</button>`))}
        ${group(
          'size',
          'settings.fontSize',
          html`<button type="button" aria-label=${`A− ${t('settings.smaller')}`} ?disabled=${this.fontStep <= FONT_STEPS.min} @click=${() => this.setFont(this.fontStep - 1)}>A−</button
            ><button type="button" aria-label=${`A+ ${t('settings.larger')}`} ?disabled=${this.fontStep >= FONT_STEPS.max} @click=${() => this.setFont(this.fontStep + 1)}>A+</button>`,
        )}
        ${group('marks', 'settings.marks', MARKS.map((value) => html`<button type="button" aria-pressed=${this.marks === value} @click=${() => this.setMarks(value)}>${t(marks[value])}</button>`))}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-settings': RdrSettings;
  }
}
