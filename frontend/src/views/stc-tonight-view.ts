/**
 * Tonight: log buttons, tonight's factors and a calm night, the experiment, tonight's count, the
 * wind-down steps, the bedroom and the legs.
 */
import { LitElement, css, html, nothing } from "lit";
import { property } from "lit/decorators.js";
import "../components/stc-experiment-card";
import "../components/stc-factor-chips";
import "../components/stc-log-buttons";
import "../components/stc-night-entries";
import "../components/stc-wind-down";
import { formatTime } from "../dates";
import { define } from "../define";
import { KeptAnswers } from "../fetched";
import { shownOnTonight } from "../experiment";
import { type Texts, DASH, formatNumber, formatTemperature } from "../format";
import { sharedStyles } from "../styles";
import type { CoachEvent, HomeAssistant } from "../types";

export class StcTonightView extends LitElement {
  @property({ attribute: false }) public hass!: HomeAssistant;

  @property({ attribute: false }) public entryId!: string;

  @property({ attribute: false }) public event!: CoachEvent;

  @property({ attribute: false }) public texts!: Texts;

  /** The panel's answers kept while it is open (for the entries list). */
  @property({ attribute: false }) public kept = new KeptAnswers();

  protected render() {
    const { t } = this.texts;
    const event = this.event;
    return html`<section class="card" aria-labelledby="log-heading">
        <h2 id="log-heading">${t("tonight.log_heading")}</h2>
        ${event.may_change
          ? html`<stc-log-buttons
              .hass=${this.hass}
              .entryId=${this.entryId}
              .intensityEntity=${event.exercise_intensity.entity_id}
              .texts=${this.texts}
            ></stc-log-buttons>`
          : html`<p class="secondary" id="read-only">${t("tonight.read_only")}</p>`}
      </section>
      <section class="card" id="factors">
        <stc-factor-chips
          .hass=${this.hass}
          .entryId=${this.entryId}
          .factors=${event.factors}
          .calmNight=${event.calm_night}
          .twitched=${event.twitches_tonight > 0}
          .readOnly=${!event.may_change}
          .texts=${this.texts}
        ></stc-factor-chips>
      </section>
      ${shownOnTonight(event.experiment, event.tonight)
        ? html`<stc-experiment-card
            id="experiment"
            compact
            .hass=${this.hass}
            .entryId=${this.entryId}
            .experiment=${event.experiment}
            .tonight=${event.tonight}
            .mayChange=${event.may_change}
            .texts=${this.texts}
          ></stc-experiment-card>`
        : nothing}
      <div class="columns">
        <section class="card count" aria-live="polite">
          <p class="big" id="twitches-tonight">${formatNumber(event.twitches_tonight, this.texts, 0)}</p>
          <p class="big-label">${t("tonight.twitches", { count: event.twitches_tonight })}</p>
          <p>
            ${event.woke_up_tonight
              ? t("tonight.woke_up", { count: event.woke_up_tonight })
              : t("tonight.woke_up_none")}
          </p>
          <p>${t("tonight.twitch_nights_7d", { count: event.twitch_nights_7d })}</p>
          ${event.caffeine_after_cutoff ? html`<p class="warning">${t("tonight.caffeine_after_cutoff")}</p>` : nothing}
          ${event.late_exercise ? html`<p class="warning">${t("tonight.late_exercise")}</p>` : nothing}
          <p class="secondary">
            ${t("tonight.next_bedtime", { time: this._time(event.next_bedtime) })} ·
            ${t("tonight.next_caffeine_cutoff", { time: this._time(event.next_caffeine_cutoff) })}
          </p>
        </section>
        <section class="card">
          <stc-wind-down
            .hass=${this.hass}
            .windDown=${event.wind_down}
            .readOnly=${!event.may_change}
            .texts=${this.texts}
          ></stc-wind-down>
        </section>
        <section class="card bedroom">${this._renderBedroom()}</section>
        ${event.limbs ? html`<section class="card limbs">${this._renderLimbs(event.limbs)}</section>` : nothing}
      </div>
      <section class="card" id="tonight-entries">
        <stc-night-entries
          .hass=${this.hass}
          .entryId=${this.entryId}
          .night=${event.tonight}
          .revision=${event.revision}
          .factors=${event.factors}
          .heading=${t("entries.tonight")}
          .texts=${this.texts}
          .kept=${this.kept}
        ></stc-night-entries>
      </section>`;
  }

  private _time(isoDateTime: string): string {
    const locale = this.hass.locale;
    const zone = locale?.time_zone === "server" ? this.hass.config?.time_zone : undefined;
    return formatTime(isoDateTime, this.texts.t.language, locale?.time_format, zone) || DASH;
  }

  private _renderBedroom() {
    const { t } = this.texts;
    const { temperature, target, tolerance, unit, status } = this.event.bedroom;
    return html`<h2>${t("tonight.bedroom")}</h2>
      ${temperature === null
        ? html`<p class="secondary">${t("tonight.bedroom_unknown")}</p>`
        : html`<p class="temperature">${t("tonight.bedroom_now", { temperature: formatTemperature(temperature, unit, this.texts) })}</p>`}
      ${status ? html`<p class="status ${status}" id="bedroom-status">${t(`status.${status}`)}</p>` : nothing}
      <p class="secondary">
        ${t("tonight.bedroom_target", {
          target: formatTemperature(target, unit, this.texts),
          tolerance: formatTemperature(tolerance, unit, this.texts),
        })}
      </p>`;
  }

  private _renderLimbs(limbs: NonNullable<CoachEvent["limbs"]>) {
    const { t } = this.texts;
    return html`<h2>${t("tonight.legs")}</h2>
      <dl class="facts">
        <dt>${t("limbs.limb_movements")}</dt>
        <dd>${formatNumber(limbs.limb_movements, this.texts, 0)}</dd>
        <dt>${t("limbs.periodic_limb_movements")}</dt>
        <dd>${formatNumber(limbs.periodic_limb_movements, this.texts, 0)}</dd>
        <dt>${t("limbs.plm_index")}</dt>
        <dd>${limbs.plm_index === null ? DASH : formatNumber(limbs.plm_index, this.texts)}</dd>
      </dl>
      <p class="secondary">${t("limbs.caveat")}</p>`;
  }

  static styles = [
    sharedStyles,
    css`
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(280px, 100%), 1fr));
        gap: 0 16px;
      }
      p {
        margin: 4px 0;
      }
      .big {
        font-size: 4rem;
        line-height: 1;
        font-weight: 300;
        margin: 0;
        color: var(--stc-primary);
      }
      .big-label {
        font-size: 1.1rem;
        margin-bottom: 12px;
      }
      .temperature {
        font-size: 2rem;
        font-weight: 300;
      }
      .status {
        font-weight: 500;
      }
      .status.on_target {
        color: var(--success-color, #43a047);
      }
      .status.too_warm,
      .status.too_cold {
        color: var(--stc-warning-text);
      }
    `,
  ];
}

define("stc-tonight-view", StcTonightView);

declare global {
  interface HTMLElementTagNameMap {
    "stc-tonight-view": StcTonightView;
  }
}
