import { css } from 'lit';

/*
 * Shared looks of the elements that keep a shadow root (the citation dialog, the glossary filter).
 * The toolbars, search, popup and bars render into the page; their rules are in components.css.
 */

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
