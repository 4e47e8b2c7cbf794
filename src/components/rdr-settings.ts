import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LocalizeController, setUiLanguage, uiLanguage } from '../i18n/localize.ts';
import type { UiKey, UiLanguage } from '../i18n/keys.ts';
import { FONT_STEPS, applyFontStep, applyTheme, loadFontStep, loadTheme, saveFontStep, saveTheme, type Theme } from '../settings/store.ts';
import { panelStyles, toolbarStyles } from '../styles/controls.ts';

/**
 * Site-wide reading settings behind one header button (so the header never changes size when
 * the page's scripts arrive): interface language (English / 中文), theme (system, light, dark)
 * and text size. Each choice is remembered. The panel is a popover: Esc or a click outside
 * closes it.
 *
 * @csspart button - the Settings button.
 * @csspart panel - the settings panel.
 */
@customElement('rdr-settings')
export class RdrSettings extends LitElement {
  static override styles = [
    toolbarStyles,
    panelStyles,
    css`
      :host {
        display: block;
      }
      [part='button'] {
        anchor-name: --rdr-settings;
        border-radius: var(--rdr-radius, 0.375rem);
      }
      [part='panel'] {
        position-anchor: --rdr-settings;
        position-area: block-end span-inline-start;
        position-try-fallbacks: flip-inline;
        inset: auto;
        margin: 0.25rem 0;
        display: none;
        flex-direction: column;
        align-items: start;
        gap: var(--rdr-space-3, 1rem);
      }
      [part='panel']:popover-open {
        display: flex;
      }
      .label {
        display: block;
        margin-block-end: var(--rdr-space-1, 0.25rem);
        font-weight: 600;
        color: var(--rdr-color-text, #1d1b17);
      }
    `,
  ];

  private readonly i18n = new LocalizeController(this);
  @state() private theme: Theme = loadTheme();
  @state() private fontStep = loadFontStep();
  @state() private open = false;

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
    const themes: [Theme, UiKey][] = [
      ['system', 'settings.themeSystem'],
      ['light', 'settings.themeLight'],
      ['dark', 'settings.themeDark'],
    ];
    return html`<button part="button" type="button" popovertarget="panel" aria-expanded=${this.open}>${t('settings.label')}</button>
      <div part="panel" id="panel" class="panel" popover @toggle=${(e: ToggleEvent) => (this.open = e.newState === 'open')}>
        <div>
          <span class="label" id="lang-label">${t('settings.language')}</span>
          <div role="group" aria-labelledby="lang-label">
            <button type="button" lang="en" aria-pressed=${lang === 'en'} @click=${() => this.setLanguage('en')}>English</button>
            <button type="button" lang="zh-Hans" aria-pressed=${lang === 'zh'} @click=${() => this.setLanguage('zh')}>中文</button>
          </div>
        </div>
        <div>
          <span class="label" id="theme-label">${t('settings.theme')}</span>
          <div role="group" aria-labelledby="theme-label">
            ${themes.map(([value, key]) => html`<button type="button" aria-pressed=${this.theme === value} @click=${() => this.setTheme(value)}>${t(key)}</button>`)}
          </div>
        </div>
        <div>
          <span class="label" id="size-label">${t('settings.fontSize')}</span>
          <div role="group" aria-labelledby="size-label">
            <button type="button" aria-label=${`A− ${t('settings.smaller')}`} ?disabled=${this.fontStep <= FONT_STEPS.min} @click=${() => this.setFont(this.fontStep - 1)}>A−</button>
            <button type="button" aria-label=${`A+ ${t('settings.larger')}`} ?disabled=${this.fontStep >= FONT_STEPS.max} @click=${() => this.setFont(this.fontStep + 1)}>A+</button>
          </div>
        </div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rdr-settings': RdrSettings;
  }
}
