import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LocalizeController, setUiLanguage, uiLanguage } from '../i18n/localize.ts';
import type { UiLanguage } from '../i18n/resources.ts';
import { FONT_STEPS, applyFontStep, applyTheme, loadFontStep, loadTheme, saveFontStep, saveTheme, type Theme } from '../settings/store.ts';
import { toolbarStyles } from '../styles/controls.ts';

/**
 * Site-wide reading settings in the header: interface language (English / 中文), theme
 * (system, light, dark) and text size. Each choice is remembered.
 *
 * @csspart group - each group of buttons.
 */
@customElement('rdr-settings')
export class RdrSettings extends LitElement {
  static override styles = toolbarStyles;

  private readonly i18n = new LocalizeController(this);
  @state() private theme: Theme = loadTheme();
  @state() private fontStep = loadFontStep();

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

  private setLanguage(lang: UiLanguage): void {
    void setUiLanguage(lang);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const lang = uiLanguage();
    const themes: [Theme, Parameters<typeof t>[0]][] = [
      ['system', 'settings.themeSystem'],
      ['light', 'settings.themeLight'],
      ['dark', 'settings.themeDark'],
    ];
    return html`<div role="group" part="group" aria-label=${t('settings.language')}>
        <button type="button" lang="en" aria-pressed=${lang === 'en'} @click=${() => this.setLanguage('en')}>English</button>
        <button type="button" lang="zh-Hans" aria-pressed=${lang === 'zh'} @click=${() => this.setLanguage('zh')}>中文</button>
      </div>
      <div role="group" part="group" aria-label=${t('settings.theme')}>
        ${themes.map(([value, key]) => html`<button type="button" aria-pressed=${this.theme === value} @click=${() => this.setTheme(value)}>${t(key)}</button>`)}
      </div>
      <div role="group" part="group" aria-label=${t('settings.fontSize')}>
        <button type="button" aria-label=${t('settings.smaller')} ?disabled=${this.fontStep <= FONT_STEPS.min} @click=${() => this.setFont(this.fontStep - 1)}>A−</button>
        <button type="button" aria-label=${t('settings.larger')} ?disabled=${this.fontStep >= FONT_STEPS.max} @click=${() => this.setFont(this.fontStep + 1)}>A+</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-settings': RdrSettings;
  }
}
