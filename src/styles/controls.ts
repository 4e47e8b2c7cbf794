import { css } from 'lit';

/** Shared look of the small toolbar buttons in the header and the reader toolbar. */
export const toolbarStyles = css`
  :host {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rdr-space-2, 0.5rem) var(--rdr-space-3, 1rem);
    font-size: 0.875rem;
  }
  [role='group'] {
    display: inline-flex;
    align-items: center;
    gap: 0;
  }
  .label {
    margin-inline-end: var(--rdr-space-1, 0.25rem);
    color: var(--rdr-color-muted, #5c574c);
  }
  button {
    font: inherit;
    min-block-size: 2rem;
    padding: 0.15rem 0.6rem;
    border: 1px solid var(--rdr-color-rule, #d9d3c4);
    background: var(--rdr-color-bg, #fff);
    color: var(--rdr-color-text, #1d1b17);
    cursor: pointer;
  }
  [role='group'] button + button {
    margin-inline-start: -1px;
  }
  [role='group'] button:first-of-type {
    border-start-start-radius: var(--rdr-radius, 0.375rem);
    border-end-start-radius: var(--rdr-radius, 0.375rem);
  }
  [role='group'] button:last-of-type {
    border-start-end-radius: var(--rdr-radius, 0.375rem);
    border-end-end-radius: var(--rdr-radius, 0.375rem);
  }
  button.alone {
    border-radius: var(--rdr-radius, 0.375rem);
  }
  button[aria-pressed='true'] {
    background: var(--rdr-color-text, #1d1b17);
    color: var(--rdr-color-bg, #fff);
    border-color: var(--rdr-color-text, #1d1b17);
  }
  button:focus-visible {
    outline: 3px solid var(--rdr-color-focus, #1a5fb4);
    outline-offset: 2px;
    position: relative;
    z-index: 1;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;

/** The plain outlined button used in notices, bars and dialogs. */
export const buttonStyles = css`
  button {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--rdr-radius, 0.375rem);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--rdr-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
`;

/** A modal <dialog> box and its backdrop. */
export const dialogStyles = css`
  dialog {
    padding: var(--rdr-space-4, 1.5rem);
    border: 1px solid var(--rdr-color-rule, #d9d3c4);
    border-radius: var(--rdr-radius, 0.375rem);
    background: var(--rdr-color-bg, #fdfcf9);
    color: var(--rdr-color-text, #1d1b17);
    font-family: var(--rdr-font-ui, system-ui, sans-serif);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;

/** A text field. */
export const fieldStyles = css`
  input {
    box-sizing: border-box;
    padding: 0.4rem 0.7rem;
    font: inherit;
    color: inherit;
    background: var(--rdr-color-bg, #fff);
    border: 1px solid var(--rdr-color-muted, #5c574c);
    border-radius: var(--rdr-radius, 0.375rem);
  }
  input:focus-visible {
    outline: 3px solid var(--rdr-color-focus, #1a5fb4);
    outline-offset: 1px;
  }
`;

/** A floating panel above the page (popup, search results): `.panel`, or a host with that class. */
export const panelStyles = css`
  :host(.panel),
  .panel {
    box-sizing: border-box;
    overflow: auto;
    padding: var(--rdr-space-3, 1rem);
    border: 1px solid var(--rdr-color-rule, #d9d3c4);
    border-radius: var(--rdr-radius, 0.375rem);
    background: var(--rdr-color-surface, #f3f0e8);
    color: var(--rdr-color-text, #1d1b17);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  }
`;
