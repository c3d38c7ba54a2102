/** One trigger's paired bars: the twitch rate on nights with it and without it, as inline SVG. */
import { LitElement, css, html, nothing, svg } from "lit";
import { property } from "lit/decorators.js";
import { define } from "../define";
import type { Texts } from "../format";
import { type Bar, type Comparison, type Side, BARS, barGeometry } from "../trigger-bars";
import { sharedStyles } from "../styles";

export class StcTriggerBars extends LitElement {
  @property({ attribute: false }) public comparison!: Comparison;

  @property({ attribute: false }) public texts!: Texts;

  protected render() {
    const { names } = this.texts;
    const { comparison } = this;
    const title = names("trigger", comparison.trigger);
    return html`<h3>${title}</h3>
      ${comparison.enough ? this._renderBars() : this._renderNotEnough()}`;
  }

  private _renderNotEnough() {
    const { t } = this.texts;
    const [withIt, without] = this.comparison.sides;
    return html`<p class="not-enough">${t("triggers.not_enough")}</p>
      <p class="secondary">${t("triggers.not_enough_detail", { with: withIt.nights, without: without.nights })}</p>`;
  }

  private _renderBars() {
    const { height, bars } = barGeometry(this.comparison);
    const labels = bars.map((bar, index) => this._label(bar, this.comparison.sides[index]));
    return html`<svg
      class="bars"
      viewBox="0 0 ${BARS.width} ${height}"
      role="img"
      aria-label=${labels.join(". ")}
    >
      ${bars.map((bar, index) => this._renderBar(bar, this.comparison.sides[index]))}
    </svg>`;
  }

  private _label(bar: Bar, side: Side | undefined): string {
    if (!side) return "";
    const { t } = this.texts;
    return t("triggers.bar_label", {
      side: t(bar.side === "with" ? "triggers.with" : "triggers.without"),
      twitch_nights: side.twitchNights,
      count: side.nights,
      percent: bar.percent,
    });
  }

  private _renderBar(bar: Bar, side: Side | undefined) {
    if (!side) return nothing;
    const { t } = this.texts;
    const middle = bar.y + BARS.barHeight / 2;
    return svg`<g class=${bar.side} data-side=${bar.side}>
      <text class="side" x="0" y=${middle} dominant-baseline="central">${t(
        bar.side === "with" ? "triggers.with" : "triggers.without",
      )}</text>
      <rect class="track" x=${bar.trackX} y=${bar.y} width=${bar.trackWidth} height=${BARS.barHeight} rx="4"></rect>
      <rect class="fill" x=${bar.trackX} y=${bar.y} width=${bar.fillWidth} height=${BARS.barHeight} rx="4"></rect>
      <text class="count" x=${bar.trackX + 8} y=${middle} dominant-baseline="central">${t("triggers.count", {
        twitch_nights: side.twitchNights,
        count: side.nights,
      })} · ${bar.percent}%</text>
    </g>`;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .bars {
        display: block;
        width: 100%;
        max-width: 520px;
        height: auto;
        font-size: 12px;
      }
      .side {
        fill: var(--stc-secondary-text);
      }
      .track {
        fill: color-mix(in srgb, var(--stc-divider) 60%, transparent);
      }
      .with .fill {
        fill: var(--accent-color, #ff9800);
      }
      .without .fill {
        fill: var(--stc-primary);
      }
      .count {
        fill: var(--stc-text);
        stroke: var(--stc-card-background);
        stroke-width: 3px;
        paint-order: stroke;
        font-weight: 500;
      }
      .not-enough {
        margin: 0;
        font-weight: 500;
      }
    `,
  ];
}

define("stc-trigger-bars", StcTriggerBars);

declare global {
  interface HTMLElementTagNameMap {
    "stc-trigger-bars": StcTriggerBars;
  }
}
