"""The doctor report's Markdown in the languages the coach speaks; plain Python.

The names of criteria, symptoms and body parts come from the integration's translations (the
same ones the UI shows); the sentences around them are here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from ..languages import base_language
from .model import Trigger


@dataclass(frozen=True, slots=True)
class ReportTexts:
    """Every sentence and heading of the report, with {placeholders}."""

    title: str
    range: str
    twitch_nights: str
    twitches: str
    woke_you_up: str
    count_of: str
    checklist: str
    criteria_met_one: str
    criteria_met_many: str
    consider_doctor: str
    criteria_heading: str
    none: str
    nights_heading: str
    columns: tuple[str, ...]
    leg_columns: tuple[str, ...]
    yes: str
    notes_heading: str
    triggers_heading: str
    not_enough: str
    insight: str
    not_medical_advice: str
    triggers: Mapping[Trigger, str]
    evidence: Mapping[str, str]
    # Names of criteria, symptoms and body parts, by "criterion.urge_to_move" and the like
    # (from the integration's selector translations).
    names: Mapping[str, str] = field(default_factory=dict)

    def name(self, kind: str, key: str) -> str:
        """Return the name of a criterion, symptom or body part; its key when it has none."""
        return self.names.get(f"{kind}.{key}", key.replace("_", " ").capitalize())


_EVIDENCE_KEYS = (
    "nights",
    "count",
    "threshold",
    "body_parts",
    "diagnosed",
    "this_week",
    "previous_week",
    "since",
    "plm_index",
    "measured_nights",
)

TEXTS: dict[str, ReportTexts] = {
    "en": ReportTexts(
        title="## Sleep report for {sleeper}",
        range="Nights {first} to {last} ({count} nights)",
        twitch_nights="Twitch nights",
        twitches="Twitches",
        woke_you_up="{count} woke you up",
        count_of="{count} of {total}",
        checklist="Doctor checklist",
        criteria_met_one="{count} criterion met",
        criteria_met_many="{count} criteria met",
        consider_doctor="consider talking to a doctor",
        criteria_heading="Criteria met",
        none="none",
        nights_heading="Nights",
        columns=(
            "Night",
            "Twitches",
            "Woke you",
            "Body parts",
            "Caffeine late",
            "Late exercise",
            "Bedroom at bedtime",
            "Symptoms",
        ),
        leg_columns=("Leg movements", "PLMs", "PLM index"),
        yes="yes",
        notes_heading="Notes",
        triggers_heading="Triggers (last {count} nights)",
        not_enough=(
            "Nights with {trigger}: not enough nights yet ({with_it} with, {without} "
            "without; {needed} of each are needed)."
        ),
        insight=(
            "Nights with {trigger}: {twitched_with} of {with_it} had twitches; without: "
            "{twitched_without} of {without}."
        ),
        not_medical_advice=(
            "Not medical advice: this report helps you talk to a doctor; it does not "
            "diagnose anything."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "caffeine after the cutoff",
            Trigger.LATE_EXERCISE: "late vigorous exercise",
            Trigger.BEDROOM_TOO_WARM: "a bedroom too warm at bedtime",
            Trigger.WIND_DOWN_SKIPPED: "no wind-down step done",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "nights",
                    "count",
                    "threshold",
                    "body parts",
                    "diagnosed",
                    "this week",
                    "previous week",
                    "since",
                    "PLM index",
                    "measured nights",
                ),
                strict=True,
            )
        ),
    ),
    "de": ReportTexts(
        title="## Schlafbericht für {sleeper}",
        range="Nächte {first} bis {last} ({count} Nächte)",
        twitch_nights="Nächte mit Zuckungen",
        twitches="Zuckungen",
        woke_you_up="{count} haben dich geweckt",
        count_of="{count} von {total}",
        checklist="Arzt-Checkliste",
        criteria_met_one="{count} Kriterium erfüllt",
        criteria_met_many="{count} Kriterien erfüllt",
        consider_doctor="sprich am besten mit einer Ärztin oder einem Arzt",
        criteria_heading="Erfüllte Kriterien",
        none="keine",
        nights_heading="Nächte",
        columns=(
            "Nacht",
            "Zuckungen",
            "Geweckt",
            "Körperteile",
            "Koffein spät",
            "Spätes Training",
            "Schlafzimmer beim Zubettgehen",
            "Symptome",
        ),
        leg_columns=("Beinbewegungen", "PLMs", "PLM-Index"),
        yes="ja",
        notes_heading="Notizen",
        triggers_heading="Auslöser (letzte {count} Nächte)",
        not_enough=(
            "Nächte mit {trigger}: noch nicht genug Nächte ({with_it} mit, {without} "
            "ohne; je {needed} werden gebraucht)."
        ),
        insight=(
            "Nächte mit {trigger}: {twitched_with} von {with_it} mit Zuckungen; ohne: "
            "{twitched_without} von {without}."
        ),
        not_medical_advice=(
            "Keine ärztliche Beratung: Dieser Bericht hilft dir beim Gespräch mit einer "
            "Ärztin oder einem Arzt; er stellt keine Diagnose."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "Koffein nach dem Koffein-Stopp",
            Trigger.LATE_EXERCISE: "spätem intensivem Training",
            Trigger.BEDROOM_TOO_WARM: "zu warmem Schlafzimmer beim Zubettgehen",
            Trigger.WIND_DOWN_SKIPPED: "keinem erledigten Schritt der Abendroutine",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "Nächte",
                    "Anzahl",
                    "Schwelle",
                    "Körperteile",
                    "diagnostiziert",
                    "diese Woche",
                    "Vorwoche",
                    "seit",
                    "PLM-Index",
                    "gemessene Nächte",
                ),
                strict=True,
            )
        ),
    ),
    "es": ReportTexts(
        title="## Informe de sueño de {sleeper}",
        range="Noches del {first} al {last} ({count} noches)",
        twitch_nights="Noches con sacudidas",
        twitches="Sacudidas",
        woke_you_up="{count} te despertaron",
        count_of="{count} de {total}",
        checklist="Lista de verificación médica",
        criteria_met_one="{count} criterio cumplido",
        criteria_met_many="{count} criterios cumplidos",
        consider_doctor="considera hablar con un médico",
        criteria_heading="Criterios cumplidos",
        none="ninguno",
        nights_heading="Noches",
        columns=(
            "Noche",
            "Sacudidas",
            "Te despertaron",
            "Partes del cuerpo",
            "Cafeína tarde",
            "Ejercicio tarde",
            "Dormitorio al acostarse",
            "Síntomas",
        ),
        leg_columns=("Movimientos de piernas", "PLM", "Índice PLM"),
        yes="sí",
        notes_heading="Notas",
        triggers_heading="Desencadenantes (últimas {count} noches)",
        not_enough=(
            "Noches con {trigger}: aún no hay suficientes noches ({with_it} con, {without} "
            "sin; se necesitan {needed} de cada)."
        ),
        insight=(
            "Noches con {trigger}: {twitched_with} de {with_it} tuvieron sacudidas; sin: "
            "{twitched_without} de {without}."
        ),
        not_medical_advice=(
            "No es consejo médico: este informe te ayuda a hablar con un médico; no "
            "diagnostica nada."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "cafeína después de la hora límite",
            Trigger.LATE_EXERCISE: "ejercicio intenso tardío",
            Trigger.BEDROOM_TOO_WARM: "el dormitorio demasiado caliente al acostarse",
            Trigger.WIND_DOWN_SKIPPED: "ningún paso de relajación hecho",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "noches",
                    "número",
                    "umbral",
                    "partes del cuerpo",
                    "diagnosticado",
                    "esta semana",
                    "semana anterior",
                    "desde",
                    "índice PLM",
                    "noches medidas",
                ),
                strict=True,
            )
        ),
    ),
    "fr": ReportTexts(
        title="## Rapport de sommeil de {sleeper}",
        range="Nuits du {first} au {last} ({count} nuits)",
        twitch_nights="Nuits avec secousses",
        twitches="Secousses",
        woke_you_up="{count} vous ont réveillé",
        count_of="{count} sur {total}",
        checklist="Liste de contrôle médicale",
        criteria_met_one="{count} critère rempli",
        criteria_met_many="{count} critères remplis",
        consider_doctor="envisagez d'en parler à un médecin",
        criteria_heading="Critères remplis",
        none="aucun",
        nights_heading="Nuits",
        columns=(
            "Nuit",
            "Secousses",
            "Réveillé",
            "Parties du corps",
            "Caféine tardive",
            "Activité physique tardive",
            "Chambre au coucher",
            "Symptômes",
        ),
        leg_columns=("Mouvements des jambes", "PLM", "Indice PLM"),
        yes="oui",
        notes_heading="Notes",
        triggers_heading="Déclencheurs ({count} dernières nuits)",
        not_enough=(
            "Nuits avec {trigger} : pas encore assez de nuits ({with_it} avec, {without} "
            "sans ; il en faut {needed} de chaque)."
        ),
        insight=(
            "Nuits avec {trigger} : {twitched_with} sur {with_it} avec secousses ; sans : "
            "{twitched_without} sur {without}."
        ),
        not_medical_advice=(
            "Ceci n'est pas un avis médical : ce rapport vous aide à parler à un médecin ; "
            "il ne pose aucun diagnostic."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "caféine après l'heure limite",
            Trigger.LATE_EXERCISE: "activité physique intense tardive",
            Trigger.BEDROOM_TOO_WARM: "chambre trop chaude au coucher",
            Trigger.WIND_DOWN_SKIPPED: "aucune étape de détente faite",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "nuits",
                    "nombre",
                    "seuil",
                    "parties du corps",
                    "diagnostiqué",
                    "cette semaine",
                    "semaine précédente",
                    "depuis",
                    "indice PLM",
                    "nuits mesurées",
                ),
                strict=True,
            )
        ),
    ),
    "it": ReportTexts(
        title="## Resoconto del sonno di {sleeper}",
        range="Notti dal {first} al {last} ({count} notti)",
        twitch_nights="Notti con scatti",
        twitches="Scatti",
        woke_you_up="{count} ti hanno svegliato",
        count_of="{count} su {total}",
        checklist="Lista di controllo medica",
        criteria_met_one="{count} criterio soddisfatto",
        criteria_met_many="{count} criteri soddisfatti",
        consider_doctor="valuta di parlarne con un medico",
        criteria_heading="Criteri soddisfatti",
        none="nessuno",
        nights_heading="Notti",
        columns=(
            "Notte",
            "Scatti",
            "Ti hanno svegliato",
            "Parti del corpo",
            "Caffeina tardi",
            "Attività fisica tardi",
            "Camera al momento di coricarsi",
            "Sintomi",
        ),
        leg_columns=("Movimenti delle gambe", "PLM", "Indice PLM"),
        yes="sì",
        notes_heading="Note",
        triggers_heading="Fattori scatenanti (ultime {count} notti)",
        not_enough=(
            "Notti con {trigger}: non ancora abbastanza notti ({with_it} con, {without} "
            "senza; ne servono {needed} per parte)."
        ),
        insight=(
            "Notti con {trigger}: {twitched_with} su {with_it} con scatti; senza: "
            "{twitched_without} su {without}."
        ),
        not_medical_advice=(
            "Non è un consiglio medico: questo resoconto ti aiuta a parlare con un medico; "
            "non fa alcuna diagnosi."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "caffeina dopo l'orario limite",
            Trigger.LATE_EXERCISE: "attività fisica intensa tardi",
            Trigger.BEDROOM_TOO_WARM: "camera troppo calda al momento di coricarsi",
            Trigger.WIND_DOWN_SKIPPED: "nessun passo di rilassamento fatto",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "notti",
                    "numero",
                    "soglia",
                    "parti del corpo",
                    "diagnosticato",
                    "questa settimana",
                    "settimana precedente",
                    "dal",
                    "indice PLM",
                    "notti misurate",
                ),
                strict=True,
            )
        ),
    ),
    "nl": ReportTexts(
        title="## Slaaprapport van {sleeper}",
        range="Nachten {first} tot en met {last} ({count} nachten)",
        twitch_nights="Nachten met trekkingen",
        twitches="Trekkingen",
        woke_you_up="{count} maakten je wakker",
        count_of="{count} van {total}",
        checklist="Checklist voor de arts",
        criteria_met_one="{count} criterium voldaan",
        criteria_met_many="{count} criteria voldaan",
        consider_doctor="overweeg met een arts te praten",
        criteria_heading="Criteria voldaan",
        none="geen",
        nights_heading="Nachten",
        columns=(
            "Nacht",
            "Trekkingen",
            "Wakker",
            "Lichaamsdelen",
            "Cafeïne laat",
            "Late training",
            "Slaapkamer bij bedtijd",
            "Symptomen",
        ),
        leg_columns=("Beenbewegingen", "PLM's", "PLM-index"),
        yes="ja",
        notes_heading="Notities",
        triggers_heading="Triggers (laatste {count} nachten)",
        not_enough=(
            "Nachten met {trigger}: nog niet genoeg nachten ({with_it} met, {without} "
            "zonder; er zijn er van elk {needed} nodig)."
        ),
        insight=(
            "Nachten met {trigger}: {twitched_with} van {with_it} met trekkingen; zonder: "
            "{twitched_without} van {without}."
        ),
        not_medical_advice=(
            "Geen medisch advies: dit rapport helpt je in gesprek met een arts; het stelt "
            "geen diagnose."
        ),
        triggers={
            Trigger.CAFFEINE_AFTER_CUTOFF: "cafeïne na de cafeïnestop",
            Trigger.LATE_EXERCISE: "late intensieve training",
            Trigger.BEDROOM_TOO_WARM: "een te warme slaapkamer bij bedtijd",
            Trigger.WIND_DOWN_SKIPPED: "geen stap van de avondroutine gedaan",
        },
        evidence=dict(
            zip(
                _EVIDENCE_KEYS,
                (
                    "nachten",
                    "aantal",
                    "drempel",
                    "lichaamsdelen",
                    "vastgesteld",
                    "deze week",
                    "vorige week",
                    "sinds",
                    "PLM-index",
                    "gemeten nachten",
                ),
                strict=True,
            )
        ),
    ),
}


def texts_for(language: str, names: Mapping[str, str] | None = None) -> ReportTexts:
    """Return the report's texts in a language (English for any other), with `names`."""
    texts = TEXTS.get(base_language(language), TEXTS["en"])
    return replace(texts, names=dict(names or {}))
