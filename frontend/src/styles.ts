/** Styles shared by the panel's elements, built on Home Assistant's theme variables. */
import { css } from "lit";

export const sharedStyles = css`
  :host {
    --stc-card-background: var(--card-background-color, var(--ha-card-background, #fff));
    --stc-radius: var(--ha-card-border-radius, 12px);
    --stc-divider: var(--divider-color, rgba(0, 0, 0, 0.12));
    --stc-primary: var(--primary-color, #03a9f4);
    --stc-text: var(--primary-text-color, #212121);
    --stc-secondary-text: var(--secondary-text-color, #727272);
    /* The theme's orange is for icons; as text it is darkened (lightened on dark themes) by the
       text colour to stay readable. */
    --stc-warning-text: color-mix(in srgb, var(--warning-color, #ffa600) 55%, var(--stc-text));
    color: var(--stc-text);
  }
  .card {
    background: var(--stc-card-background);
    border: 1px solid var(--stc-divider);
    border-radius: var(--stc-radius);
    padding: 16px;
    margin: 0 0 16px;
  }
  h2 {
    font-size: 1.15rem;
    font-weight: 500;
    margin: 0 0 12px;
  }
  h3 {
    font-size: 1rem;
    font-weight: 500;
    margin: 0 0 8px;
  }
  .secondary {
    color: var(--stc-secondary-text);
  }
  .error {
    color: var(--error-color, #db4437);
    margin: 8px 0;
  }
  .warning {
    color: var(--stc-warning-text);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .button {
    min-height: 44px;
    padding: 8px 16px;
    border-radius: 8px;
    border: 1px solid var(--stc-primary);
    background: transparent;
    color: var(--stc-primary);
    font-weight: 500;
  }
  .button.filled {
    background: var(--stc-primary);
    color: var(--text-primary-color, #fff);
  }
  .button[aria-pressed="true"] {
    background: color-mix(in srgb, var(--stc-primary) 18%, transparent);
  }
  :focus-visible {
    outline: 2px solid var(--accent-color, var(--stc-primary));
    outline-offset: 2px;
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
  }
  dl.facts dt {
    color: var(--stc-secondary-text);
  }
  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
