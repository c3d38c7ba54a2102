/**
 * Paired bars as inline SVG: the twitch-night rate on two sets of nights, the counts written on
 * them, and below them the 95 % interval of the difference on an axis from −100 to +100 points.
 */
import { LitElement, css, html, nothing, svg } from "lit";
import { property } from "lit/decorators.js";
import { type Bar, type Comparison, type IntervalMark, type Side, BARS, barGeometry, points } from "../comparison-bars";
import { define } from "../define";
import type { Texts } from "../format";
import { sharedStyles } from "../styles";

export class StcComparisonBars extends LitElement {
  @property({ attribute: false }) public comparison!: Comparison;

  @property({ attribute: false }) public texts!: Texts;

  protected render() {
    const { t } = this.texts;
    const { comparison } = this;
    const { height, bars, interval } = barGeometry(comparison);
    const sides = comparison.sides;
    const labels = bars.map((bar, index) => this._label(bar, sides[index]));
    // The interval's words are shown below the drawing, for everyone.
    const intervalText = this._intervalText();
    return html`<svg class="bars" viewBox="0 0 ${BARS.width} ${height}" role="img" aria-label=${labels.join(". ")}>
        ${bars.map((bar, index) => this._renderBar(bar, sides[index]))}
        ${interval ? this._renderInterval(interval) : nothing}
      </svg>
      ${intervalText ? html`<p class="interval-text secondary">${t("what_helps.difference")}: ${intervalText}</p>` : nothing}`;
  }

  private _intervalText(): string {
    const { difference, interval } = this.comparison;
    if (difference === null || interval === null) return "";
    return this.texts.t("what_helps.interval", {
      difference: points(difference),
      low: points(interval[0]),
      high: points(interval[1]),
    });
  }

  private _sideName(bar: Bar): string {
    return this.texts.t(`what_helps.${bar.side}`);
  }

  private _label(bar: Bar, side: Side | undefined): string {
    if (!side) return "";
    return this.texts.t("what_helps.bar_label", {
      side: this._sideName(bar),
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
      <text class="side" x="0" y=${middle} dominant-baseline="central">${this._sideName(bar)}</text>
      <rect class="track" x=${bar.trackX} y=${bar.y} width=${bar.trackWidth} height=${BARS.barHeight} rx="4"></rect>
      <rect class="fill" x=${bar.trackX} y=${bar.y} width=${bar.fillWidth} height=${BARS.barHeight} rx="4"></rect>
      <text class="count" x=${bar.trackX + 8} y=${middle} dominant-baseline="central">${t("what_helps.count", {
        twitch_nights: side.twitchNights,
        count: side.nights,
      })} · ${bar.percent}%</text>
    </g>`;
  }

  private _renderInterval(mark: IntervalMark) {
    const { t } = this.texts;
    const cap = BARS.capHeight / 2;
    const labelY = mark.y + cap + 12;
    return svg`<g class="interval ${mark.holdsZero ? "holds-zero" : ""}" data-low=${mark.lowX} data-high=${mark.highX}>
      <text class="side" x="0" y=${mark.y} dominant-baseline="central">${t("what_helps.difference")}</text>
      <line class="axis" x1=${mark.axisX} x2=${mark.axisX + mark.axisWidth} y1=${mark.y} y2=${mark.y}></line>
      ${mark.ticks.map(
        (tick) => svg`<line class="tick ${tick.value === 0 ? "zero" : ""}" x1=${tick.x} x2=${tick.x}
            y1=${mark.y - (tick.value === 0 ? cap + 2 : 3)} y2=${mark.y + (tick.value === 0 ? cap + 2 : 3)}></line>
          <text class="tick-label" x=${tick.x} y=${labelY} text-anchor=${
            tick.value === -1 ? "start" : tick.value === 1 ? "end" : "middle"
          }>${tick.label}</text>`,
      )}
      <line class="whisker" x1=${mark.lowX} x2=${mark.highX} y1=${mark.y} y2=${mark.y}></line>
      <line class="whisker" x1=${mark.lowX} x2=${mark.lowX} y1=${mark.y - cap} y2=${mark.y + cap}></line>
      <line class="whisker" x1=${mark.highX} x2=${mark.highX} y1=${mark.y - cap} y2=${mark.y + cap}></line>
      <circle class="point" cx=${mark.pointX} cy=${mark.y} r="4"></circle>
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
      .with .fill,
      .during .fill {
        fill: var(--accent-color, #ff9800);
      }
      .without .fill,
      .before .fill {
        fill: var(--stc-primary);
      }
      .count {
        fill: var(--stc-text);
        stroke: var(--stc-card-background);
        stroke-width: 3px;
        paint-order: stroke;
        font-weight: 500;
      }
      .axis,
      .tick {
        stroke: var(--stc-divider);
        stroke-width: 1;
      }
      .tick.zero {
        stroke: var(--stc-secondary-text);
      }
      .tick-label {
        fill: var(--stc-secondary-text);
        font-size: 10px;
      }
      .whisker {
        stroke: var(--stc-text);
        stroke-width: 2;
        stroke-linecap: round;
      }
      .point {
        fill: var(--stc-text);
      }
      .holds-zero .whisker {
        stroke: var(--stc-secondary-text);
      }
      .holds-zero .point {
        fill: var(--stc-secondary-text);
      }
      .interval-text {
        margin: 4px 0 0;
        font-size: 0.85rem;
      }
    `,
  ];
}

define("stc-comparison-bars", StcComparisonBars);

declare global {
  interface HTMLElementTagNameMap {
    "stc-comparison-bars": StcComparisonBars;
  }
}
