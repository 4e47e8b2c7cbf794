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
    border-radius: var(--rdr-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--rdr-color-focus);
    outline-offset: 2px;
  }
`;

/** A modal <dialog> box and its backdrop. */
export const dialogStyles = css`
  dialog {
    padding: var(--rdr-space-4);
    border: 1px solid var(--rdr-color-rule);
    border-radius: var(--rdr-radius);
    background: var(--rdr-color-bg);
    color: var(--rdr-color-text);
    font-family: var(--rdr-font-ui);
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
    background: var(--rdr-color-bg);
    border: 1px solid var(--rdr-color-muted);
    border-radius: var(--rdr-radius);
  }
  input:focus-visible {
    outline: 3px solid var(--rdr-color-focus);
    outline-offset: 1px;
  }
`;
