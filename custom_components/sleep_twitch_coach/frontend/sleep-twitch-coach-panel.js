var vi=Object.create;var Pe=Object.defineProperty;var it=Object.getOwnPropertyDescriptor;var yi=Object.getOwnPropertyNames;var xi=Object.getPrototypeOf,$i=Object.prototype.hasOwnProperty;var ee=(r,t)=>()=>{try{return t||r((t={exports:{}}).exports,t),t.exports}catch(e){throw t=0,e}};var ki=(r,t,e,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let o of yi(t))!$i.call(r,o)&&o!==e&&Pe(r,o,{get:()=>t[o],enumerable:!(i=it(t,o))||i.enumerable});return r};var te=(r,t,e)=>(e=r!=null?vi(xi(r)):{},ki(t||!r||!r.__esModule?Pe(e,"default",{value:r,enumerable:!0}):e,r));var c=(r,t,e,i)=>{for(var o=i>1?void 0:i?it(t,e):t,n=r.length-1,s;n>=0;n--)(s=r[n])&&(o=(i?s(t,e,o):s(o))||o);return i&&o&&Pe(t,e,o),o};var Ct=ee((ko,ji)=>{ji.exports={"panel.title":"Schlafcoach","panel.menu":"Seitenleiste anzeigen","panel.sleepers":"Personen","panel.views":"Ansichten","panel.loading":"Wird geladen…","panel.no_sleepers":"Es ist noch keine Person eingerichtet. Füge eine unter Einstellungen → Geräte & Dienste hinzu.","panel.error":"Etwas ist schiefgelaufen.","view.tonight":"Heute Nacht","view.nights":"Nächte","view.triggers":"Auslöser","view.doctor":"Arzt","tonight.log_heading":"Eintragen","tonight.log_twitch":"Zuckung","tonight.log_twitch_woke":"Zuckung hat mich geweckt","tonight.log_caffeine":"Koffein","tonight.log_exercise":"Training","tonight.intensity":"Intensität","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Welches Symptom?","tonight.cancel":"Abbrechen","tonight.logged":"Eingetragen: {what}","tonight.read_only":"Dein Konto kann dieses Tagebuch nur lesen.","tonight.twitches":"Zuckungen heute Nacht","tonight.twitches_one":"Zuckung heute Nacht","tonight.woke_up":"{count}-mal aufgewacht","tonight.twitch_nights_7d":"Nächte mit Zuckungen in den letzten 7: {count}","tonight.caffeine_after_cutoff":"Koffein nach dem heutigen Koffein-Stopp","tonight.late_exercise":"Intensives Training kurz vor der Schlafenszeit","tonight.next_bedtime":"Schlafenszeit {time}","tonight.next_caffeine_cutoff":"Koffein-Stopp {time}","tonight.wind_down":"Abendroutine","tonight.wind_down_done":"{done} von {total} erledigt","tonight.wind_down_empty":"Heute keine Schritte in der Abendroutine.","tonight.bedroom":"Schlafzimmer","tonight.bedroom_now":"Jetzt {temperature}","tonight.bedroom_target":"Ziel {target} ± {tolerance}","tonight.bedroom_unknown":"Noch keine Schlafzimmertemperatur.","tonight.legs":"Beinbewegungen heute Nacht","status.too_cold":"Zu kalt","status.on_target":"Im Zielbereich","status.too_warm":"Zu warm","limbs.limb_movements":"Beinbewegungen","limbs.periodic_limb_movements":"Periodische Beinbewegungen","limbs.plm_index":"PLM-Index (pro Stunde)","limbs.caveat":"Von einem Sensor gemessen; ersetzt keine Untersuchung im Schlaflabor.","nights.heading":"Letzte {weeks} Wochen","nights.legend":"Zuckungen pro Nacht","nights.legend_woke":"Eine Zuckung hat dich geweckt","nights.cell":"{night}: {count} Zuckungen","nights.cell_one":"{night}: {count} Zuckung","nights.cell_woke":"{count}-mal aufgewacht","nights.cell_not_recorded":"{night}: keine Daten für diese Nacht","nights.legend_not_recorded":"Keine Daten","details.twitches":"Zuckungen","details.woke":"Mit Aufwachen","details.body_parts":"Körperteile","details.triggers":"Auslöser","details.bedroom":"Schlafzimmer zur Schlafenszeit","details.symptoms":"Symptome","details.notes":"Notizen","details.limb_movements":"Beinbewegungen","details.plm_index":"PLM-Index","details.none":"Keine","details.not_recorded":"Nicht erfasst","details.no_data":"Keine Daten für diese Nacht.","trigger.caffeine_after_cutoff":"Koffein nach dem Koffein-Stopp","trigger.late_exercise":"Spätes intensives Training","trigger.bedroom_too_warm":"Schlafzimmer zur Schlafenszeit zu warm","trigger.wind_down_skipped":"Kein Schritt der Abendroutine erledigt","triggers.intro":"In den letzten {count} Nächten: wie oft Nächte mit einem Auslöser Zuckungen hatten, verglichen mit Nächten ohne ihn.","triggers.with":"Mit","triggers.without":"Ohne","triggers.count":"{twitch_nights} von {count} Nächten","triggers.count_one":"{twitch_nights} von {count} Nacht","triggers.bar_label":"{side}: Zuckungen in {twitch_nights} von {count} Nächten ({percent}%)","triggers.not_enough":"Noch nicht genug Nächte","triggers.not_enough_detail":"Nächte mit Auslöser: {with}, ohne: {without}.","doctor.checklist":"Arzt-Checkliste","doctor.score":"Erfüllte Kriterien: {score}; ein Arztbesuch wird ab {threshold} empfohlen.","doctor.recommended":"Das Tagebuch erfüllt die Checkliste: Erwäge, mit einem Arzt zu sprechen.","doctor.not_recommended":"Das Tagebuch erfüllt die Checkliste nicht.","doctor.met":"Erfüllt","doctor.not_met":"Nicht erfüllt","doctor.report":"Bericht","doctor.range":"Nächte im Bericht","doctor.range_option":"{count} Nächte","doctor.print":"Drucken","doctor.download_csv":"Ganzes Tagebuch (CSV)","doctor.download_json":"Ganzes Tagebuch (JSON)","doctor.notes_hidden":"Die Texte der Notizen sehen nur die Person selbst und Administratoren.","evidence.nights":"Nächte","evidence.count":"Anzahl","evidence.threshold":"Schwellenwert","evidence.body_parts":"Körperteile","evidence.diagnosed":"Diagnostiziert","evidence.this_week":"Diese Woche","evidence.previous_week":"Vorwoche","evidence.since":"Seit","evidence.plm_index":"PLM-Index","evidence.measured_nights":"Gemessene Nächte","common.yes":"Ja","common.no":"Nein","report.title":"Schlafbericht für {sleeper}","report.range":"Nächte von {first} bis {last} ({count} Nächte)","report.summary":"Zusammenfassung","report.twitch_nights":"Nächte mit Zuckungen","report.twitches":"Zuckungen","report.woke_up":"Zuckungen mit Aufwachen","report.checklist_score":"Erfüllte Kriterien der Checkliste","report.visit_recommended":"Arztbesuch laut Checkliste empfohlen","report.criteria_met":"Erfüllte Kriterien","report.none":"Keine","report.nights":"Nächte","report.col_night":"Nacht","report.col_twitches":"Zuckungen","report.col_times":"Uhrzeiten","report.col_woke":"Geweckt","report.col_body_parts":"Körperteile","report.col_triggers":"Auslöser","report.col_bedroom":"Schlafzimmer zur Schlafenszeit","report.col_symptoms":"Symptome","report.col_plmi":"PLM-Index","report.notes":"Notizen","report.triggers":"Auslöser (letzte {count} Nächte)","report.insight":"{trigger}: Zuckungen in {twitch_nights_with} von {nights_with} Nächten mit diesem Auslöser; in {twitch_nights_without} von {nights_without} ohne.","report.insight_not_enough":"{trigger}: noch nicht genug Nächte ({nights_with} mit, {nights_without} ohne).","report.disclaimer":"Dieser Bericht ist keine medizinische Beratung. Er ist eine Aufzeichnung, die du mit deinem Arzt besprechen kannst.","criterion.frequent_twitching":"Zuckungen in den Beinen in mehr als drei Nächten pro Woche","criterion.wakes_regularly":"Zuckungen wecken dich regelmäßig","criterion.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","criterion.partner_reports_kicking":"Bettpartner berichtet von Tritten mit den Beinen","criterion.spreads_beyond_legs":"Zuckungen breiten sich auf Arme oder Rumpf aus","criterion.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","criterion.iron_deficiency":"Festgestellter Eisenmangel oder Blutarmut","criterion.persistent_two_weeks":"Zuckungen halten länger als zwei Wochen an","criterion.after_new_medication":"Zuckungen begannen nach einem neuen Medikament","criterion.periodic_limb_movements":"Mehr als 15 periodische Beinbewegungen pro Stunde in 3 der letzten 7 gemessenen Nächte","symptom.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","symptom.partner_reports_kicking":"Bettpartner berichtet von Tritten","symptom.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","symptom.daytime_sleepiness":"Tagesschläfrigkeit","symptom.new_medication":"Neues Medikament begonnen","body_part.legs":"Beine","body_part.arms":"Arme","body_part.trunk":"Rumpf","intensity.light":"Leicht","intensity.moderate":"Mäßig","intensity.vigorous":"Intensiv"}});var Mt=ee((No,Oi)=>{Oi.exports={"panel.title":"Slaapcoach","panel.menu":"Zijbalk weergeven","panel.sleepers":"Slapers","panel.views":"Weergaven","panel.loading":"Laden…","panel.no_sleepers":"Er is nog geen slaper ingesteld. Voeg er een toe via Instellingen → Apparaten & diensten.","panel.error":"Er is iets misgegaan.","view.tonight":"Vannacht","view.nights":"Nachten","view.triggers":"Triggers","view.doctor":"Arts","tonight.log_heading":"Noteren","tonight.log_twitch":"Trekking","tonight.log_twitch_woke":"Trekking maakte me wakker","tonight.log_caffeine":"Cafeïne","tonight.log_exercise":"Training","tonight.intensity":"Intensiteit","tonight.log_symptom":"Symptoom…","tonight.choose_symptom":"Welk symptoom?","tonight.cancel":"Annuleren","tonight.logged":"Genoteerd: {what}","tonight.read_only":"Met je account kun je dit dagboek alleen lezen.","tonight.twitches":"trekkingen vannacht","tonight.twitches_one":"trekking vannacht","tonight.woke_up":"{count} keer wakker geworden","tonight.twitch_nights_7d":"Nachten met trekkingen in de laatste 7: {count}","tonight.caffeine_after_cutoff":"Cafeïne na de cafeïnestop van vandaag","tonight.late_exercise":"Intensieve training vlak voor bedtijd","tonight.next_bedtime":"Bedtijd {time}","tonight.next_caffeine_cutoff":"Cafeïnestop {time}","tonight.wind_down":"Avondroutine","tonight.wind_down_done":"{done} van {total} gedaan","tonight.wind_down_empty":"Vanavond geen stappen in de avondroutine.","tonight.bedroom":"Slaapkamer","tonight.bedroom_now":"Nu {temperature}","tonight.bedroom_target":"Doel {target} ± {tolerance}","tonight.bedroom_unknown":"Nog geen slaapkamertemperatuur.","tonight.legs":"Beenbewegingen vannacht","status.too_cold":"Te koud","status.on_target":"Op temperatuur","status.too_warm":"Te warm","limbs.limb_movements":"Beenbewegingen","limbs.periodic_limb_movements":"Periodieke beenbewegingen","limbs.plm_index":"PLM-index (per uur)","limbs.caveat":"Gemeten door een sensor; dit is geen slaaponderzoek.","nights.heading":"Laatste {weeks} weken","nights.legend":"Trekkingen per nacht","nights.legend_woke":"Een trekking maakte je wakker","nights.cell":"{night}: {count} trekkingen","nights.cell_one":"{night}: {count} trekking","nights.cell_woke":"{count} keer wakker geworden","nights.cell_not_recorded":"{night}: geen gegevens voor deze nacht","nights.legend_not_recorded":"Geen gegevens","details.twitches":"Trekkingen","details.woke":"Wakker geworden","details.body_parts":"Lichaamsdelen","details.triggers":"Triggers","details.bedroom":"Slaapkamer bij bedtijd","details.symptoms":"Symptomen","details.notes":"Notities","details.limb_movements":"Beenbewegingen","details.plm_index":"PLM-index","details.none":"Geen","details.not_recorded":"Niet geregistreerd","details.no_data":"Geen gegevens voor deze nacht.","trigger.caffeine_after_cutoff":"Cafeïne na de cafeïnestop","trigger.late_exercise":"Late intensieve training","trigger.bedroom_too_warm":"Slaapkamer te warm bij bedtijd","trigger.wind_down_skipped":"Geen stap van de avondroutine gedaan","triggers.intro":"Over de laatste {count} nachten: hoe vaak nachten met een trigger trekkingen hadden, vergeleken met nachten zonder.","triggers.with":"Met","triggers.without":"Zonder","triggers.count":"{twitch_nights} van {count} nachten","triggers.count_one":"{twitch_nights} van {count} nacht","triggers.bar_label":"{side}: {twitch_nights} van {count} nachten met trekkingen ({percent}%)","triggers.not_enough":"Nog niet genoeg nachten","triggers.not_enough_detail":"Nachten met trigger: {with}, zonder: {without}.","doctor.checklist":"Checklist doktersbezoek","doctor.score":"Criteria voldaan: {score}; een doktersbezoek wordt aangeraden vanaf {threshold}.","doctor.recommended":"Het dagboek voldoet aan de checklist: overweeg met een arts te praten.","doctor.not_recommended":"Het dagboek voldoet niet aan de checklist.","doctor.met":"Voldaan","doctor.not_met":"Niet voldaan","doctor.report":"Rapport","doctor.range":"Nachten in het rapport","doctor.range_option":"{count} nachten","doctor.print":"Afdrukken","doctor.download_csv":"Heel dagboek (CSV)","doctor.download_json":"Heel dagboek (JSON)","doctor.notes_hidden":"Notitieteksten zijn alleen zichtbaar voor de slaper en beheerders.","evidence.nights":"Nachten","evidence.count":"Aantal","evidence.threshold":"Drempel","evidence.body_parts":"Lichaamsdelen","evidence.diagnosed":"Vastgesteld","evidence.this_week":"Deze week","evidence.previous_week":"Vorige week","evidence.since":"Sinds","evidence.plm_index":"PLM-index","evidence.measured_nights":"Gemeten nachten","common.yes":"Ja","common.no":"Nee","report.title":"Slaaprapport van {sleeper}","report.range":"Nachten van {first} t/m {last} ({count} nachten)","report.summary":"Samenvatting","report.twitch_nights":"Nachten met trekkingen","report.twitches":"Trekkingen","report.woke_up":"Trekkingen waarvan je wakker werd","report.checklist_score":"Criteria van de checklist voldaan","report.visit_recommended":"Doktersbezoek aanbevolen volgens de checklist","report.criteria_met":"Criteria voldaan","report.none":"Geen","report.nights":"Nachten","report.col_night":"Nacht","report.col_twitches":"Trekkingen","report.col_times":"Tijdstippen","report.col_woke":"Wakker","report.col_body_parts":"Lichaamsdelen","report.col_triggers":"Triggers","report.col_bedroom":"Slaapkamer bij bedtijd","report.col_symptoms":"Symptomen","report.col_plmi":"PLM-index","report.notes":"Notities","report.triggers":"Triggers (laatste {count} nachten)","report.insight":"{trigger}: {twitch_nights_with} van {nights_with} nachten met deze trigger hadden trekkingen; {twitch_nights_without} van {nights_without} zonder.","report.insight_not_enough":"{trigger}: nog niet genoeg nachten ({nights_with} met, {nights_without} zonder).","report.disclaimer":"Dit rapport is geen medisch advies. Het is een verslag om met je arts te bespreken.","criterion.frequent_twitching":"Trekkingen in de benen op meer dan drie nachten per week","criterion.wakes_regularly":"Trekkingen maken je regelmatig wakker","criterion.urge_to_move":"Een drang om de benen te bewegen in rust","criterion.partner_reports_kicking":"Een bedpartner merkt schoppende benen op","criterion.spreads_beyond_legs":"Trekkingen breiden zich uit naar de armen of de romp","criterion.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","criterion.iron_deficiency":"Vastgesteld ijzertekort of bloedarmoede","criterion.persistent_two_weeks":"Trekkingen die langer dan twee weken aanhouden","criterion.after_new_medication":"Trekkingen begonnen na een nieuw medicijn","criterion.periodic_limb_movements":"Meer dan 15 periodieke beenbewegingen per uur in 3 van de laatste 7 gemeten nachten","symptom.urge_to_move":"Drang om de benen te bewegen in rust","symptom.partner_reports_kicking":"Bedpartner merkt schoppen op","symptom.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","symptom.daytime_sleepiness":"Slaperigheid overdag","symptom.new_medication":"Met een nieuw medicijn begonnen","body_part.legs":"Benen","body_part.arms":"Armen","body_part.trunk":"Romp","intensity.light":"Licht","intensity.moderate":"Matig","intensity.vigorous":"Intensief"}});var Rt=ee((Ao,Ui)=>{Ui.exports={"panel.title":"Coach du sommeil","panel.menu":"Afficher la barre latérale","panel.sleepers":"Dormeurs","panel.views":"Vues","panel.loading":"Chargement…","panel.no_sleepers":"Aucun dormeur n'est encore configuré. Ajoutez-en un dans Paramètres → Appareils et services.","panel.error":"Une erreur s'est produite.","view.tonight":"Cette nuit","view.nights":"Nuits","view.triggers":"Déclencheurs","view.doctor":"Médecin","tonight.log_heading":"Noter","tonight.log_twitch":"Secousse","tonight.log_twitch_woke":"Secousse avec réveil","tonight.log_caffeine":"Caféine","tonight.log_exercise":"Activité physique","tonight.intensity":"Intensité","tonight.log_symptom":"Symptôme…","tonight.choose_symptom":"Quel symptôme ?","tonight.cancel":"Annuler","tonight.logged":"Noté : {what}","tonight.read_only":"Votre compte ne peut que lire ce journal.","tonight.twitches":"secousses cette nuit","tonight.twitches_one":"secousse cette nuit","tonight.woke_up":"Réveils : {count}","tonight.twitch_nights_7d":"Nuits avec secousses sur les 7 dernières : {count}","tonight.caffeine_after_cutoff":"Caféine après l'heure limite du jour","tonight.late_exercise":"Activité physique intense proche de l'heure du coucher","tonight.next_bedtime":"Coucher : {time}","tonight.next_caffeine_cutoff":"Heure limite pour la caféine : {time}","tonight.wind_down":"Détente du soir","tonight.wind_down_done":"Étapes effectuées : {done} sur {total}","tonight.wind_down_empty":"Aucune étape de détente prévue ce soir.","tonight.bedroom":"Chambre","tonight.bedroom_now":"{temperature} en ce moment","tonight.bedroom_target":"Cible : {target} ± {tolerance}","tonight.bedroom_unknown":"Pas encore de température de la chambre.","tonight.legs":"Mouvements des jambes cette nuit","status.too_cold":"Trop froid","status.on_target":"Conforme","status.too_warm":"Trop chaud","limbs.limb_movements":"Mouvements des jambes","limbs.periodic_limb_movements":"Mouvements périodiques des jambes","limbs.plm_index":"Indice PLM (par heure)","limbs.caveat":"Mesuré par un capteur ; ce n'est pas un examen du sommeil.","nights.heading":"{weeks} dernières semaines","nights.legend":"Secousses par nuit","nights.legend_woke":"Réveil dû à une secousse","nights.cell":"{night} : {count} secousses","nights.cell_one":"{night} : {count} secousse","nights.cell_woke":"réveils : {count}","nights.cell_not_recorded":"{night} : aucune donnée pour cette nuit","nights.legend_not_recorded":"Aucune donnée","details.twitches":"Secousses","details.woke":"Réveils","details.body_parts":"Parties du corps","details.triggers":"Facteurs déclenchants","details.bedroom":"Chambre au coucher","details.symptoms":"Symptômes","details.notes":"Notes","details.limb_movements":"Mouvements des jambes","details.plm_index":"Indice PLM","details.none":"Aucun","details.not_recorded":"Pas de relevé","details.no_data":"Aucune donnée pour cette nuit.","trigger.caffeine_after_cutoff":"Caféine après l'heure limite","trigger.late_exercise":"Activité physique intense tardive","trigger.bedroom_too_warm":"Chambre trop chaude au coucher","trigger.wind_down_skipped":"Aucune étape de détente effectuée","triggers.intro":"Sur les {count} dernières nuits : à quelle fréquence les nuits avec un facteur déclenchant ont eu des secousses, par rapport aux nuits sans.","triggers.with":"Avec","triggers.without":"Sans","triggers.count":"{twitch_nights} sur {count} nuits","triggers.count_one":"{twitch_nights} sur {count} nuit","triggers.bar_label":"{side} : secousses pendant {twitch_nights} nuits sur {count} ({percent} %)","triggers.not_enough":"Pas encore assez de nuits","triggers.not_enough_detail":"Nuits avec le facteur : {with}, sans : {without}.","doctor.checklist":"Liste de contrôle médicale","doctor.score":"Critères remplis : {score} ; une consultation est conseillée à partir de {threshold}.","doctor.recommended":"Le journal remplit la liste de contrôle : envisagez de parler à un médecin.","doctor.not_recommended":"Le journal ne remplit pas la liste de contrôle.","doctor.met":"Rempli","doctor.not_met":"Non rempli","doctor.report":"Rapport","doctor.range":"Nuits dans le rapport","doctor.range_option":"{count} nuits","doctor.print":"Imprimer","doctor.download_csv":"Journal complet (CSV)","doctor.download_json":"Journal complet (JSON)","doctor.notes_hidden":"Le texte des notes n'est visible que par le dormeur et les administrateurs.","evidence.nights":"Nuits","evidence.count":"Nombre","evidence.threshold":"Seuil","evidence.body_parts":"Parties du corps","evidence.diagnosed":"Diagnostic","evidence.this_week":"Cette semaine","evidence.previous_week":"Semaine précédente","evidence.since":"Depuis","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Nuits mesurées","common.yes":"Oui","common.no":"Non","report.title":"Rapport de sommeil de {sleeper}","report.range":"Nuits du {first} au {last} ({count} nuits)","report.summary":"Résumé","report.twitch_nights":"Nuits avec secousses","report.twitches":"Secousses","report.woke_up":"Secousses avec réveil","report.checklist_score":"Critères remplis de la liste de contrôle","report.visit_recommended":"Consultation médicale conseillée par la liste de contrôle","report.criteria_met":"Critères remplis","report.none":"Aucun","report.nights":"Nuits","report.col_night":"Nuit","report.col_twitches":"Secousses","report.col_times":"Heures","report.col_woke":"Réveils","report.col_body_parts":"Parties du corps","report.col_triggers":"Facteurs déclenchants","report.col_bedroom":"Chambre au coucher","report.col_symptoms":"Symptômes","report.col_plmi":"Indice PLM","report.notes":"Notes","report.triggers":"Facteurs déclenchants ({count} dernières nuits)","report.insight":"{trigger} : secousses pendant {twitch_nights_with} nuits sur {nights_with} avec ce facteur ; {twitch_nights_without} sur {nights_without} sans.","report.insight_not_enough":"{trigger} : pas encore assez de nuits ({nights_with} avec, {nights_without} sans).","report.disclaimer":"Ce rapport ne constitue pas un avis médical. C'est un relevé à discuter avec votre médecin.","criterion.frequent_twitching":"Secousses dans les jambes plus de trois nuits par semaine","criterion.wakes_regularly":"Les secousses vous réveillent régulièrement","criterion.urge_to_move":"Un besoin impérieux de bouger les jambes au repos","criterion.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","criterion.spreads_beyond_legs":"Les secousses s'étendent aux bras ou au tronc","criterion.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","criterion.iron_deficiency":"Carence en fer ou anémie diagnostiquée","criterion.persistent_two_weeks":"Secousses qui persistent depuis plus de deux semaines","criterion.after_new_medication":"Secousses apparues après un nouveau médicament","criterion.periodic_limb_movements":"Plus de 15 mouvements périodiques des jambes par heure sur 3 des 7 dernières nuits mesurées","symptom.urge_to_move":"Besoin impérieux de bouger les jambes au repos","symptom.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","symptom.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","symptom.daytime_sleepiness":"Somnolence diurne","symptom.new_medication":"Début d'un nouveau médicament","body_part.legs":"Jambes","body_part.arms":"Bras","body_part.trunk":"Tronc","intensity.light":"Légère","intensity.moderate":"Modérée","intensity.vigorous":"Intense"}});var Lt=ee((So,Bi)=>{Bi.exports={"panel.title":"Coach del sueño","panel.menu":"Mostrar la barra lateral","panel.sleepers":"Personas","panel.views":"Vistas","panel.loading":"Cargando…","panel.no_sleepers":"Todavía no hay ninguna persona configurada. Añade una en Ajustes → Dispositivos y servicios.","panel.error":"Algo salió mal.","view.tonight":"Esta noche","view.nights":"Noches","view.triggers":"Desencadenantes","view.doctor":"Médico","tonight.log_heading":"Registrar","tonight.log_twitch":"Sacudida","tonight.log_twitch_woke":"Sacudida que me despertó","tonight.log_caffeine":"Cafeína","tonight.log_exercise":"Ejercicio","tonight.intensity":"Intensidad","tonight.log_symptom":"Síntoma…","tonight.choose_symptom":"¿Qué síntoma?","tonight.cancel":"Cancelar","tonight.logged":"Registrado: {what}","tonight.read_only":"Tu cuenta solo puede leer este diario.","tonight.twitches":"sacudidas esta noche","tonight.twitches_one":"sacudida esta noche","tonight.woke_up":"Despertares: {count}","tonight.twitch_nights_7d":"Noches con sacudidas en las últimas 7: {count}","tonight.caffeine_after_cutoff":"Cafeína después de la hora límite de hoy","tonight.late_exercise":"Ejercicio intenso cerca de la hora de acostarse","tonight.next_bedtime":"Hora de acostarse: {time}","tonight.next_caffeine_cutoff":"Hora límite de cafeína: {time}","tonight.wind_down":"Rutina de relajación","tonight.wind_down_done":"{done} de {total} completados","tonight.wind_down_empty":"Esta noche no hay pasos en la rutina de relajación.","tonight.bedroom":"Dormitorio","tonight.bedroom_now":"{temperature} ahora","tonight.bedroom_target":"Deseada: {target} ± {tolerance}","tonight.bedroom_unknown":"Aún no hay temperatura del dormitorio.","tonight.legs":"Movimientos de las piernas esta noche","status.too_cold":"Demasiado frío","status.on_target":"Adecuado","status.too_warm":"Demasiado cálido","limbs.limb_movements":"Movimientos de las piernas","limbs.periodic_limb_movements":"Movimientos periódicos de las piernas","limbs.plm_index":"Índice PLM (por hora)","limbs.caveat":"Medido por un sensor; no es un estudio del sueño.","nights.heading":"Últimas {weeks} semanas","nights.legend":"Sacudidas por noche","nights.legend_woke":"Una sacudida te despertó","nights.cell":"{night}: {count} sacudidas","nights.cell_one":"{night}: {count} sacudida","nights.cell_woke":"despertares: {count}","nights.cell_not_recorded":"{night}: no hay datos de esta noche","nights.legend_not_recorded":"Sin datos","details.twitches":"Sacudidas","details.woke":"Despertares","details.body_parts":"Partes del cuerpo","details.triggers":"Desencadenantes","details.bedroom":"Dormitorio a la hora de acostarse","details.symptoms":"Síntomas","details.notes":"Notas","details.limb_movements":"Movimientos de las piernas","details.plm_index":"Índice PLM","details.none":"Ninguno","details.not_recorded":"Sin registrar","details.no_data":"No hay datos de esta noche.","trigger.caffeine_after_cutoff":"Cafeína después de la hora límite","trigger.late_exercise":"Ejercicio intenso tardío","trigger.bedroom_too_warm":"Dormitorio demasiado cálido a la hora de acostarse","trigger.wind_down_skipped":"Ningún paso de la rutina de relajación hecho","triggers.intro":"En las últimas {count} noches: con qué frecuencia hubo sacudidas en las noches con un desencadenante, en comparación con las noches sin él.","triggers.with":"Con","triggers.without":"Sin","triggers.count":"{twitch_nights} de {count} noches","triggers.count_one":"{twitch_nights} de {count} noche","triggers.bar_label":"{side}: {twitch_nights} de {count} noches con sacudidas ({percent}%)","triggers.not_enough":"Aún no hay suficientes noches","triggers.not_enough_detail":"Noches con el desencadenante: {with}; sin él: {without}.","doctor.checklist":"Lista de verificación médica","doctor.score":"Criterios cumplidos: {score}; se recomienda ir al médico a partir de {threshold}.","doctor.recommended":"El diario cumple la lista de verificación: considera consultar a un médico.","doctor.not_recommended":"El diario no cumple la lista de verificación.","doctor.met":"Cumplido","doctor.not_met":"No cumplido","doctor.report":"Informe","doctor.range":"Noches en el informe","doctor.range_option":"{count} noches","doctor.print":"Imprimir","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"El texto de las notas solo lo ven la propia persona y los administradores.","evidence.nights":"Noches","evidence.count":"Cantidad","evidence.threshold":"Umbral","evidence.body_parts":"Partes del cuerpo","evidence.diagnosed":"Diagnosticado","evidence.this_week":"Esta semana","evidence.previous_week":"Semana anterior","evidence.since":"Desde","evidence.plm_index":"Índice PLM","evidence.measured_nights":"Noches medidas","common.yes":"Sí","common.no":"No","report.title":"Informe de sueño de {sleeper}","report.range":"Noches del {first} al {last} ({count} noches)","report.summary":"Resumen","report.twitch_nights":"Noches con sacudidas","report.twitches":"Sacudidas","report.woke_up":"Sacudidas que te despertaron","report.checklist_score":"Criterios cumplidos de la lista de verificación","report.visit_recommended":"Visita al médico recomendada por la lista de verificación","report.criteria_met":"Criterios cumplidos","report.none":"Ninguno","report.nights":"Noches","report.col_night":"Noche","report.col_twitches":"Sacudidas","report.col_times":"Horas","report.col_woke":"Despertares","report.col_body_parts":"Partes del cuerpo","report.col_triggers":"Desencadenantes","report.col_bedroom":"Dormitorio a la hora de acostarse","report.col_symptoms":"Síntomas","report.col_plmi":"Índice PLM","report.notes":"Notas","report.triggers":"Desencadenantes (últimas {count} noches)","report.insight":"{trigger}: hubo sacudidas en {twitch_nights_with} de {nights_with} noches con él; en {twitch_nights_without} de {nights_without} sin él.","report.insight_not_enough":"{trigger}: aún no hay suficientes noches ({nights_with} con, {nights_without} sin).","report.disclaimer":"Este informe no es un consejo médico. Es un registro para comentar con tu médico.","criterion.frequent_twitching":"Sacudidas en las piernas más de tres noches por semana","criterion.wakes_regularly":"Las sacudidas te despiertan con regularidad","criterion.urge_to_move":"Una necesidad imperiosa de mover las piernas en reposo","criterion.partner_reports_kicking":"La pareja de cama nota patadas con las piernas","criterion.spreads_beyond_legs":"Las sacudidas se extienden a los brazos o al tronco","criterion.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","criterion.iron_deficiency":"Déficit de hierro o anemia diagnosticados","criterion.persistent_two_weeks":"Sacudidas que persisten más de dos semanas","criterion.after_new_medication":"Las sacudidas empezaron tras un nuevo medicamento","criterion.periodic_limb_movements":"Más de 15 movimientos periódicos de las piernas por hora en 3 de las últimas 7 noches medidas","symptom.urge_to_move":"Necesidad imperiosa de mover las piernas en reposo","symptom.partner_reports_kicking":"La pareja de cama nota patadas","symptom.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","symptom.daytime_sleepiness":"Somnolencia diurna","symptom.new_medication":"Inicio de un nuevo medicamento","body_part.legs":"Piernas","body_part.arms":"Brazos","body_part.trunk":"Tronco","intensity.light":"Ligera","intensity.moderate":"Moderada","intensity.vigorous":"Intensa"}});var Ht=ee((Eo,Wi)=>{Wi.exports={"panel.title":"Coach del sonno","panel.menu":"Mostra la barra laterale","panel.sleepers":"Persone","panel.views":"Viste","panel.loading":"Caricamento…","panel.no_sleepers":"Non è ancora configurata nessuna persona. Aggiungine una in Impostazioni → Dispositivi e servizi.","panel.error":"Si è verificato un errore.","view.tonight":"Stanotte","view.nights":"Notti","view.triggers":"Fattori scatenanti","view.doctor":"Medico","tonight.log_heading":"Registra","tonight.log_twitch":"Scatto","tonight.log_twitch_woke":"Scatto che mi ha svegliato","tonight.log_caffeine":"Caffeina","tonight.log_exercise":"Attività fisica","tonight.intensity":"Intensità","tonight.log_symptom":"Sintomo…","tonight.choose_symptom":"Quale sintomo?","tonight.cancel":"Annulla","tonight.logged":"Registrato: {what}","tonight.read_only":"Il tuo account può solo leggere questo diario.","tonight.twitches":"scatti stanotte","tonight.twitches_one":"scatto stanotte","tonight.woke_up":"Risvegli: {count}","tonight.twitch_nights_7d":"Notti con scatti nelle ultime 7: {count}","tonight.caffeine_after_cutoff":"Caffeina dopo l'orario limite di oggi","tonight.late_exercise":"Attività fisica intensa vicino all'ora di andare a letto","tonight.next_bedtime":"Ora di andare a letto: {time}","tonight.next_caffeine_cutoff":"Orario limite per la caffeina: {time}","tonight.wind_down":"Rilassamento serale","tonight.wind_down_done":"{done} di {total} completati","tonight.wind_down_empty":"Nessun passaggio di rilassamento serale stasera.","tonight.bedroom":"Camera da letto","tonight.bedroom_now":"{temperature} adesso","tonight.bedroom_target":"Desiderata: {target} ± {tolerance}","tonight.bedroom_unknown":"Nessuna temperatura della camera da letto per ora.","tonight.legs":"Movimenti delle gambe stanotte","status.too_cold":"Troppo freddo","status.on_target":"Nella norma","status.too_warm":"Troppo caldo","limbs.limb_movements":"Movimenti delle gambe","limbs.periodic_limb_movements":"Movimenti periodici delle gambe","limbs.plm_index":"Indice PLM (all'ora)","limbs.caveat":"Misurati da un sensore; non è uno studio del sonno.","nights.heading":"Ultime {weeks} settimane","nights.legend":"Scatti per notte","nights.legend_woke":"Uno scatto ti ha svegliato","nights.cell":"{night}: {count} scatti","nights.cell_one":"{night}: {count} scatto","nights.cell_woke":"risvegli: {count}","nights.cell_not_recorded":"{night}: nessun dato per questa notte","nights.legend_not_recorded":"Nessun dato","details.twitches":"Scatti","details.woke":"Risvegli","details.body_parts":"Parti del corpo","details.triggers":"Fattori scatenanti","details.bedroom":"Camera all'ora di andare a letto","details.symptoms":"Sintomi","details.notes":"Note","details.limb_movements":"Movimenti delle gambe","details.plm_index":"Indice PLM","details.none":"Nessuno","details.not_recorded":"Non registrata","details.no_data":"Nessun dato per questa notte.","trigger.caffeine_after_cutoff":"Caffeina dopo l'orario limite","trigger.late_exercise":"Attività fisica intensa tardiva","trigger.bedroom_too_warm":"Camera troppo calda all'ora di andare a letto","trigger.wind_down_skipped":"Nessun passaggio del rilassamento serale completato","triggers.intro":"Nelle ultime {count} notti: quanto spesso le notti con un fattore scatenante hanno avuto scatti, rispetto alle notti senza.","triggers.with":"Con","triggers.without":"Senza","triggers.count":"{twitch_nights} di {count} notti","triggers.count_one":"{twitch_nights} di {count} notte","triggers.bar_label":"{side}: scatti in {twitch_nights} notti su {count} ({percent}%)","triggers.not_enough":"Notti non ancora sufficienti","triggers.not_enough_detail":"Notti con il fattore: {with}, senza: {without}.","doctor.checklist":"Lista di controllo medica","doctor.score":"Criteri soddisfatti: {score}; una visita medica è consigliata a partire da {threshold}.","doctor.recommended":"Il diario soddisfa la lista di controllo: valuta di parlare con un medico.","doctor.not_recommended":"Il diario non soddisfa la lista di controllo.","doctor.met":"Soddisfatto","doctor.not_met":"Non soddisfatto","doctor.report":"Rapporto","doctor.range":"Notti nel rapporto","doctor.range_option":"{count} notti","doctor.print":"Stampa","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"Il testo delle note è visibile solo alla persona stessa e agli amministratori.","evidence.nights":"Notti","evidence.count":"Numero","evidence.threshold":"Soglia","evidence.body_parts":"Parti del corpo","evidence.diagnosed":"Diagnosi","evidence.this_week":"Questa settimana","evidence.previous_week":"Settimana precedente","evidence.since":"Inizio","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Notti misurate","common.yes":"Sì","common.no":"No","report.title":"Rapporto sul sonno di {sleeper}","report.range":"Notti dal {first} al {last} ({count} notti)","report.summary":"Riepilogo","report.twitch_nights":"Notti con scatti","report.twitches":"Scatti","report.woke_up":"Scatti che ti hanno svegliato","report.checklist_score":"Criteri della lista di controllo soddisfatti","report.visit_recommended":"Visita medica consigliata dalla lista di controllo","report.criteria_met":"Criteri soddisfatti","report.none":"Nessuno","report.nights":"Notti","report.col_night":"Notte","report.col_twitches":"Scatti","report.col_times":"Orari","report.col_woke":"Risvegli","report.col_body_parts":"Parti del corpo","report.col_triggers":"Fattori scatenanti","report.col_bedroom":"Camera all'ora di andare a letto","report.col_symptoms":"Sintomi","report.col_plmi":"Indice PLM","report.notes":"Note","report.triggers":"Fattori scatenanti (ultime {count} notti)","report.insight":"{trigger}: scatti in {twitch_nights_with} notti su {nights_with} con questo fattore; in {twitch_nights_without} su {nights_without} senza.","report.insight_not_enough":"{trigger}: notti non ancora sufficienti ({nights_with} con, {nights_without} senza).","report.disclaimer":"Questo rapporto non è un consiglio medico. È una documentazione da discutere con il tuo medico.","criterion.frequent_twitching":"Scatti alle gambe più di tre notti a settimana","criterion.wakes_regularly":"Gli scatti ti svegliano regolarmente","criterion.urge_to_move":"Un bisogno impellente di muovere le gambe a riposo","criterion.partner_reports_kicking":"Chi dorme con te riferisce calci con le gambe","criterion.spreads_beyond_legs":"Gli scatti si estendono alle braccia o al tronco","criterion.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","criterion.iron_deficiency":"Carenza di ferro o anemia diagnosticate","criterion.persistent_two_weeks":"Scatti che persistono da più di due settimane","criterion.after_new_medication":"Gli scatti sono iniziati dopo un nuovo farmaco","criterion.periodic_limb_movements":"Più di 15 movimenti periodici delle gambe all'ora in 3 delle ultime 7 notti misurate","symptom.urge_to_move":"Bisogno impellente di muovere le gambe a riposo","symptom.partner_reports_kicking":"Chi dorme con te riferisce calci","symptom.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","symptom.daytime_sleepiness":"Sonnolenza diurna","symptom.new_medication":"Inizio di un nuovo farmaco","body_part.legs":"Gambe","body_part.arms":"Braccia","body_part.trunk":"Tronco","intensity.light":"Leggera","intensity.moderate":"Moderata","intensity.vigorous":"Intensa"}});var be=globalThis,we=be.ShadowRoot&&(be.ShadyCSS===void 0||be.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ie=Symbol(),rt=new WeakMap,ie=class{constructor(t,e,i){if(this._$cssResult$=!0,i!==Ie)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(we&&t===void 0){let i=e!==void 0&&e.length===1;i&&(t=rt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),i&&rt.set(e,t))}return t}toString(){return this.cssText}},ot=r=>new ie(typeof r=="string"?r:r+"",void 0,Ie),_=(r,...t)=>{let e=r.length===1?r[0]:t.reduce((i,o,n)=>i+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+r[n+1],r[0]);return new ie(e,r,Ie)},nt=(r,t)=>{if(we)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let i=document.createElement("style"),o=be.litNonce;o!==void 0&&i.setAttribute("nonce",o),i.textContent=e.cssText,r.appendChild(i)}},ze=we?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(let i of t.cssRules)e+=i.cssText;return ot(e)})(r):r;var{is:Ni,defineProperty:Ai,getOwnPropertyDescriptor:Si,getOwnPropertyNames:Ei,getOwnPropertySymbols:Ti,getPrototypeOf:Ci}=Object,ve=globalThis,st=ve.trustedTypes,Mi=st?st.emptyScript:"",Ri=ve.reactiveElementPolyfillSupport,re=(r,t)=>r,oe={toAttribute(r,t){switch(t){case Boolean:r=r?Mi:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},ye=(r,t)=>!Ni(r,t),at={attribute:!0,type:String,converter:oe,reflect:!1,useDefault:!1,hasChanged:ye};Symbol.metadata??=Symbol("metadata"),ve.litPropertyMetadata??=new WeakMap;var H=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=at){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let i=Symbol(),o=this.getPropertyDescriptor(t,i,e);o!==void 0&&Ai(this.prototype,t,o)}}static getPropertyDescriptor(t,e,i){let{get:o,set:n}=Si(this.prototype,t)??{get(){return this[e]},set(s){this[e]=s}};return{get:o,set(s){let l=o?.call(this);n?.call(this,s),this.requestUpdate(t,l,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??at}static _$Ei(){if(this.hasOwnProperty(re("elementProperties")))return;let t=Ci(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(re("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(re("properties"))){let e=this.properties,i=[...Ei(e),...Ti(e)];for(let o of i)this.createProperty(o,e[o])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[i,o]of e)this.elementProperties.set(i,o)}this._$Eh=new Map;for(let[e,i]of this.elementProperties){let o=this._$Eu(e,i);o!==void 0&&this._$Eh.set(o,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let i=new Set(t.flat(1/0).reverse());for(let o of i)e.unshift(ze(o))}else t!==void 0&&e.push(ze(t));return e}static _$Eu(t,e){let i=e.attribute;return i===!1?void 0:typeof i=="string"?i:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let i of e.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return nt(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,i){this._$AK(t,i)}_$ET(t,e){let i=this.constructor.elementProperties.get(t),o=this.constructor._$Eu(t,i);if(o!==void 0&&i.reflect===!0){let n=(i.converter?.toAttribute!==void 0?i.converter:oe).toAttribute(e,i.type);this._$Em=t,n==null?this.removeAttribute(o):this.setAttribute(o,n),this._$Em=null}}_$AK(t,e){let i=this.constructor,o=i._$Eh.get(t);if(o!==void 0&&this._$Em!==o){let n=i.getPropertyOptions(o),s=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:oe;this._$Em=o;let l=s.fromAttribute(e,n.type);this[o]=l??this._$Ej?.get(o)??l,this._$Em=null}}requestUpdate(t,e,i,o=!1,n){if(t!==void 0){let s=this.constructor;if(o===!1&&(n=this[t]),i??=s.getPropertyOptions(t),!((i.hasChanged??ye)(n,e)||i.useDefault&&i.reflect&&n===this._$Ej?.get(t)&&!this.hasAttribute(s._$Eu(t,i))))return;this.C(t,e,i)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:i,reflect:o,wrapped:n},s){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,s??e??this[t]),n!==!0||s!==void 0)||(this._$AL.has(t)||(this.hasUpdated||i||(e=void 0),this._$AL.set(t,e)),o===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[o,n]of this._$Ep)this[o]=n;this._$Ep=void 0}let i=this.constructor.elementProperties;if(i.size>0)for(let[o,n]of i){let{wrapped:s}=n,l=this[o];s!==!0||this._$AL.has(o)||l===void 0||this.C(o,void 0,n,l)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(i=>i.hostUpdate?.()),this.update(e)):this._$EM()}catch(i){throw t=!1,this._$EM(),i}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};H.elementStyles=[],H.shadowRootOptions={mode:"open"},H[re("elementProperties")]=new Map,H[re("finalized")]=new Map,Ri?.({ReactiveElement:H}),(ve.reactiveElementVersions??=[]).push("2.1.2");var je=globalThis,ct=r=>r,xe=je.trustedTypes,lt=xe?xe.createPolicy("lit-html",{createHTML:r=>r}):void 0,Oe="$lit$",P=`lit$${Math.random().toFixed(9).slice(2)}$`,Ue="?"+P,Li=`<${Ue}>`,q=document,se=()=>q.createComment(""),ae=r=>r===null||typeof r!="object"&&typeof r!="function",Be=Array.isArray,ut=r=>Be(r)||typeof r?.[Symbol.iterator]=="function",De=`[ 	
\f\r]`,ne=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,dt=/-->/g,ht=/>/g,B=RegExp(`>|${De}(?:([^\\s"'>=/]+)(${De}*=${De}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),pt=/'/g,gt=/"/g,_t=/^(?:script|style|textarea|title)$/i,We=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),a=We(1),ft=We(2),xr=We(3),N=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),mt=new WeakMap,W=q.createTreeWalker(q,129);function bt(r,t){if(!Be(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return lt!==void 0?lt.createHTML(t):t}var wt=(r,t)=>{let e=r.length-1,i=[],o,n=t===2?"<svg>":t===3?"<math>":"",s=ne;for(let l=0;l<e;l++){let p=r[l],u,v,g=-1,k=0;for(;k<p.length&&(s.lastIndex=k,v=s.exec(p),v!==null);)k=s.lastIndex,s===ne?v[1]==="!--"?s=dt:v[1]!==void 0?s=ht:v[2]!==void 0?(_t.test(v[2])&&(o=RegExp("</"+v[2],"g")),s=B):v[3]!==void 0&&(s=B):s===B?v[0]===">"?(s=o??ne,g=-1):v[1]===void 0?g=-2:(g=s.lastIndex-v[2].length,u=v[1],s=v[3]===void 0?B:v[3]==='"'?gt:pt):s===gt||s===pt?s=B:s===dt||s===ht?s=ne:(s=B,o=void 0);let T=s===B&&r[l+1].startsWith("/>")?" ":"";n+=s===ne?p+Li:g>=0?(i.push(u),p.slice(0,g)+Oe+p.slice(g)+P+T):p+P+(g===-2?l:T)}return[bt(r,n+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),i]},ce=class r{constructor({strings:t,_$litType$:e},i){let o;this.parts=[];let n=0,s=0,l=t.length-1,p=this.parts,[u,v]=wt(t,e);if(this.el=r.createElement(u,i),W.currentNode=this.el.content,e===2||e===3){let g=this.el.content.firstChild;g.replaceWith(...g.childNodes)}for(;(o=W.nextNode())!==null&&p.length<l;){if(o.nodeType===1){if(o.hasAttributes())for(let g of o.getAttributeNames())if(g.endsWith(Oe)){let k=v[s++],T=o.getAttribute(g).split(P),fe=/([.?@])?(.*)/.exec(k);p.push({type:1,index:n,name:fe[2],strings:T,ctor:fe[1]==="."?ke:fe[1]==="?"?Ne:fe[1]==="@"?Ae:K}),o.removeAttribute(g)}else g.startsWith(P)&&(p.push({type:6,index:n}),o.removeAttribute(g));if(_t.test(o.tagName)){let g=o.textContent.split(P),k=g.length-1;if(k>0){o.textContent=xe?xe.emptyScript:"";for(let T=0;T<k;T++)o.append(g[T],se()),W.nextNode(),p.push({type:2,index:++n});o.append(g[k],se())}}}else if(o.nodeType===8)if(o.data===Ue)p.push({type:2,index:n});else{let g=-1;for(;(g=o.data.indexOf(P,g+1))!==-1;)p.push({type:7,index:n}),g+=P.length-1}n++}}static createElement(t,e){let i=q.createElement("template");return i.innerHTML=t,i}};function V(r,t,e=r,i){if(t===N)return t;let o=i!==void 0?e._$Co?.[i]:e._$Cl,n=ae(t)?void 0:t._$litDirective$;return o?.constructor!==n&&(o?._$AO?.(!1),n===void 0?o=void 0:(o=new n(r),o._$AT(r,e,i)),i!==void 0?(e._$Co??=[])[i]=o:e._$Cl=o),o!==void 0&&(t=V(r,o._$AS(r,t.values),o,i)),t}var $e=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:i}=this._$AD,o=(t?.creationScope??q).importNode(e,!0);W.currentNode=o;let n=W.nextNode(),s=0,l=0,p=i[0];for(;p!==void 0;){if(s===p.index){let u;p.type===2?u=new J(n,n.nextSibling,this,t):p.type===1?u=new p.ctor(n,p.name,p.strings,this,t):p.type===6&&(u=new Se(n,this,t)),this._$AV.push(u),p=i[++l]}s!==p?.index&&(n=W.nextNode(),s++)}return W.currentNode=q,o}p(t){let e=0;for(let i of this._$AV)i!==void 0&&(i.strings!==void 0?(i._$AI(t,i,e),e+=i.strings.length-2):i._$AI(t[e])),e++}},J=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,i,o){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=i,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=V(this,t,e),ae(t)?t===d||t==null||t===""?(this._$AH!==d&&this._$AR(),this._$AH=d):t!==this._$AH&&t!==N&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):ut(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==d&&ae(this._$AH)?this._$AA.nextSibling.data=t:this.T(q.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:i}=t,o=typeof i=="number"?this._$AC(t):(i.el===void 0&&(i.el=ce.createElement(bt(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===o)this._$AH.p(e);else{let n=new $e(o,this),s=n.u(this.options);n.p(e),this.T(s),this._$AH=n}}_$AC(t){let e=mt.get(t.strings);return e===void 0&&mt.set(t.strings,e=new ce(t)),e}k(t){Be(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,i,o=0;for(let n of t)o===e.length?e.push(i=new r(this.O(se()),this.O(se()),this,this.options)):i=e[o],i._$AI(n),o++;o<e.length&&(this._$AR(i&&i._$AB.nextSibling,o),e.length=o)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let i=ct(t).nextSibling;ct(t).remove(),t=i}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},K=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,i,o,n){this.type=1,this._$AH=d,this._$AN=void 0,this.element=t,this.name=e,this._$AM=o,this.options=n,i.length>2||i[0]!==""||i[1]!==""?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=d}_$AI(t,e=this,i,o){let n=this.strings,s=!1;if(n===void 0)t=V(this,t,e,0),s=!ae(t)||t!==this._$AH&&t!==N,s&&(this._$AH=t);else{let l=t,p,u;for(t=n[0],p=0;p<n.length-1;p++)u=V(this,l[i+p],e,p),u===N&&(u=this._$AH[p]),s||=!ae(u)||u!==this._$AH[p],u===d?t=d:t!==d&&(t+=(u??"")+n[p+1]),this._$AH[p]=u}s&&!o&&this.j(t)}j(t){t===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},ke=class extends K{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===d?void 0:t}},Ne=class extends K{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==d)}},Ae=class extends K{constructor(t,e,i,o,n){super(t,e,i,o,n),this.type=5}_$AI(t,e=this){if((t=V(this,t,e,0)??d)===N)return;let i=this._$AH,o=t===d&&i!==d||t.capture!==i.capture||t.once!==i.once||t.passive!==i.passive,n=t!==d&&(i===d||o);o&&this.element.removeEventListener(this.name,this,i),n&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Se=class{constructor(t,e,i){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(t){V(this,t)}},vt={M:Oe,P,A:Ue,C:1,L:wt,R:$e,D:ut,V,I:J,H:K,N:Ne,U:Ae,B:ke,F:Se},Hi=je.litHtmlPolyfillSupport;Hi?.(ce,J),(je.litHtmlVersions??=[]).push("3.3.3");var yt=(r,t,e)=>{let i=e?.renderBefore??t,o=i._$litPart$;if(o===void 0){let n=e?.renderBefore??null;i._$litPart$=o=new J(t.insertBefore(se(),n),n,void 0,e??{})}return o._$AI(r),o};var qe=globalThis,m=class extends H{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=yt(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return N}};m._$litElement$=!0,m.finalized=!0,qe.litElementHydrateSupport?.({LitElement:m});var Pi=qe.litElementPolyfillSupport;Pi?.({LitElement:m});(qe.litElementVersions??=[]).push("4.2.2");var Ii={attribute:!0,type:String,converter:oe,reflect:!1,hasChanged:ye},zi=(r=Ii,t,e)=>{let{kind:i,metadata:o}=e,n=globalThis.litPropertyMetadata.get(o);if(n===void 0&&globalThis.litPropertyMetadata.set(o,n=new Map),i==="setter"&&((r=Object.create(r)).wrapped=!0),n.set(e.name,r),i==="accessor"){let{name:s}=e;return{set(l){let p=t.get.call(this);t.set.call(this,l),this.requestUpdate(s,p,r,!0,l)},init(l){return l!==void 0&&this.C(s,void 0,r,l),l}}}if(i==="setter"){let{name:s}=e;return function(l){let p=this[s];t.call(this,l),this.requestUpdate(s,p,r,!0,l)}}throw Error("Unsupported decorator location: "+i)};function h(r){return(t,e)=>typeof e=="object"?zi(r,t,e):((i,o,n)=>{let s=o.hasOwnProperty(n);return o.constructor.createProperty(n,i),s?Object.getOwnPropertyDescriptor(o,n):void 0})(r,t,e)}function w(r){return h({...r,state:!0,attribute:!1})}var I="sleep_twitch_coach",xt=async r=>(await r.callWS({type:`${I}/sleepers`})).sleepers,$t=(r,t,e)=>r.connection.subscribeMessage(e,{type:`${I}/subscribe`,entry_id:t}),kt=(r,t,e,i)=>r.callWS({type:`${I}/nights`,entry_id:t,first_night:e,last_night:i}),Te=(r,t,e)=>r.callWS({type:`${I}/report`,entry_id:t,nights:e}),Nt=(r,t,e)=>r.callWS({type:`${I}/export`,entry_id:t,format:e}),At=(r,t,e)=>{let i={config_entry_id:t},o=(n,s)=>r.callService(I,n,{...i,...s},void 0,!1);switch(e.kind){case"twitch":return o("log_twitch",{woke_up:e.wokeUp});case"caffeine":return o("log_caffeine",{});case"exercise":return o("log_exercise",{intensity:e.intensity});case"symptom":return o("log_symptom",{symptom:e.symptom})}},St=(r,t,e,i)=>r.callService("todo","update_item",{item:e,status:i?"completed":"needs_action"},{entity_id:t},!1),C=(r,t)=>{if(r&&typeof r=="object"&&"message"in r){let e=r.message;if(typeof e=="string"&&e)return e}return t};var Ce=class{constructor(t,e=()=>{}){this._host=t;this._onRemoved=e;t.addController(this)}follow(t,e){e!==this._wanted?.entryId&&(this._stop(),this._wanted=t&&e?{hass:t,entryId:e}:void 0,this.event=void 0,this.error=void 0,this._host.isConnected&&this._start(),this._host.requestUpdate())}hostConnected(){this._start()}hostDisconnected(){this._stop()}_start(){let t=this._wanted;if(!t||this._current)return;let{hass:e,entryId:i}=t,o=$t(e,i,n=>{this._current?.entryId===i&&("removed"in n?(this._current=void 0,this._wanted=void 0,this.event=void 0,this._onRemoved()):this.event=n,this._host.requestUpdate())});this._current={entryId:i,unsubscribe:o},o.catch(n=>{this._current?.entryId===i&&(this._current=void 0,this.error=n,this._host.requestUpdate())})}_stop(){let t=this._current;this._current=void 0,t?.unsubscribe.then(e=>e()).catch(()=>{})}};var f=(r,t)=>{customElements.get(r)||customElements.define(r,t)};var Et=(r,t,e)=>{switch(t){case"ArrowRight":return(r+1)%e;case"ArrowLeft":return(r-1+e)%e;case"Home":return 0;case"End":return e-1;default:return r}},Tt=(r,t,e)=>{let o={ArrowRight:7,ArrowLeft:-7,ArrowDown:1,ArrowUp:-1,Home:-r,End:e-1-r}[t];if(o===void 0)return r;let n=r+o;return n<0||n>=e?r:n};var b=_`
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
`;var Q=class extends m{constructor(){super(...arguments);this.tabs=[];this.selected="";this.label=""}render(){return a`<div role="tablist" aria-label=${this.label} @keydown=${this._keydown}>
      ${this.tabs.map(e=>a`<button
          role="tab"
          class="tab"
          data-tab=${e.id}
          id=${`tab-${e.id}`}
          aria-selected=${e.id===this.selected?"true":"false"}
          tabindex=${e.id===this.selected?0:-1}
          @click=${()=>this._select(e.id)}
        >
          ${e.label}
        </button>`)}
    </div>`}_keydown(e){let i=this.tabs.findIndex(n=>n.id===this.selected),o=this.tabs[Et(Math.max(i,0),e.key,this.tabs.length)];!o||o.id===this.selected||(e.preventDefault(),this._select(o.id),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-tab="${CSS.escape(o.id)}"]`)?.focus()))}_select(e){e!==this.selected&&(this.selected=e,this.dispatchEvent(new CustomEvent("tab-selected",{detail:{id:e}})))}static{this.styles=[b,_`
      :host {
        display: block;
      }
      [role="tablist"] {
        display: flex;
        overflow-x: auto;
        scrollbar-width: none;
      }
      .tab {
        flex: 0 0 auto;
        min-height: 48px;
        padding: 0 16px;
        border: none;
        border-bottom: 2px solid transparent;
        background: none;
        color: var(--stc-tab-text, var(--stc-secondary-text));
        font-weight: 500;
        text-transform: var(--stc-tab-transform, none);
      }
      .tab[aria-selected="true"] {
        color: var(--stc-tab-selected, var(--stc-primary));
        border-bottom-color: currentColor;
      }
      .tab:focus-visible {
        outline-offset: -2px;
      }
    `]}};c([h({attribute:!1})],Q.prototype,"tabs",2),c([h()],Q.prototype,"selected",2),c([h()],Q.prototype,"label",2);f("stc-tab-bar",Q);var Ve={"panel.title":"Sleep coach","panel.menu":"Show the sidebar","panel.sleepers":"Sleepers","panel.views":"Views","panel.loading":"Loading…","panel.no_sleepers":"No sleeper is set up yet. Add one under Settings → Devices & services.","panel.error":"Something went wrong.","view.tonight":"Tonight","view.nights":"Nights","view.triggers":"Triggers","view.doctor":"Doctor","tonight.log_heading":"Log","tonight.log_twitch":"Twitch","tonight.log_twitch_woke":"Twitch that woke me","tonight.log_caffeine":"Caffeine","tonight.log_exercise":"Exercise","tonight.intensity":"Intensity","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Which symptom?","tonight.cancel":"Cancel","tonight.logged":"Logged: {what}","tonight.read_only":"Your account can only read this journal.","tonight.twitches":"twitches tonight","tonight.twitches_one":"twitch tonight","tonight.woke_up":"{count} woke you up","tonight.twitch_nights_7d":"Twitch nights in the last 7: {count}","tonight.caffeine_after_cutoff":"Caffeine after today's cutoff","tonight.late_exercise":"Vigorous exercise close to bedtime","tonight.next_bedtime":"Bedtime {time}","tonight.next_caffeine_cutoff":"Caffeine cutoff {time}","tonight.wind_down":"Wind-down","tonight.wind_down_done":"{done} of {total} done","tonight.wind_down_empty":"No wind-down steps tonight.","tonight.bedroom":"Bedroom","tonight.bedroom_now":"{temperature} now","tonight.bedroom_target":"Target {target} ± {tolerance}","tonight.bedroom_unknown":"No bedroom temperature yet.","tonight.legs":"Leg movements tonight","status.too_cold":"Too cold","status.on_target":"On target","status.too_warm":"Too warm","limbs.limb_movements":"Leg movements","limbs.periodic_limb_movements":"Periodic leg movements","limbs.plm_index":"PLM index (per hour)","limbs.caveat":"Measured by a sensor; not a sleep study.","nights.heading":"Last {weeks} weeks","nights.legend":"Twitches per night","nights.legend_woke":"A twitch woke you","nights.cell":"{night}: {count} twitches","nights.cell_one":"{night}: {count} twitch","nights.cell_woke":"{count} woke you up","nights.cell_not_recorded":"{night}: no data for this night","nights.legend_not_recorded":"No data","details.twitches":"Twitches","details.woke":"Woke you up","details.body_parts":"Body parts","details.triggers":"Triggers","details.bedroom":"Bedroom at bedtime","details.symptoms":"Symptoms","details.notes":"Notes","details.limb_movements":"Leg movements","details.plm_index":"PLM index","details.none":"None","details.not_recorded":"Not recorded","details.no_data":"No data for this night.","trigger.caffeine_after_cutoff":"Caffeine after the cutoff","trigger.late_exercise":"Late vigorous exercise","trigger.bedroom_too_warm":"Bedroom too warm at bedtime","trigger.wind_down_skipped":"No wind-down step done","triggers.intro":"Over the last {count} nights: how often nights with a trigger had twitches, compared with nights without it.","triggers.with":"With","triggers.without":"Without","triggers.count":"{twitch_nights} of {count} nights","triggers.count_one":"{twitch_nights} of {count} night","triggers.bar_label":"{side}: {twitch_nights} of {count} nights had twitches ({percent}%)","triggers.not_enough":"Not enough nights yet","triggers.not_enough_detail":"{with} nights with it, {without} without.","doctor.checklist":"Doctor checklist","doctor.score":"{score} criteria met; a visit is suggested from {threshold}.","doctor.recommended":"The journal meets the checklist: consider talking to a doctor.","doctor.not_recommended":"The journal does not meet the checklist.","doctor.met":"Met","doctor.not_met":"Not met","doctor.report":"Report","doctor.range":"Nights in the report","doctor.range_option":"{count} nights","doctor.print":"Print","doctor.download_csv":"Whole journal (CSV)","doctor.download_json":"Whole journal (JSON)","doctor.notes_hidden":"Note texts are shown to the sleeper and to administrators only.","evidence.nights":"Nights","evidence.count":"Count","evidence.threshold":"Threshold","evidence.body_parts":"Body parts","evidence.diagnosed":"Diagnosed","evidence.this_week":"This week","evidence.previous_week":"Previous week","evidence.since":"Since","evidence.plm_index":"PLM index","evidence.measured_nights":"Measured nights","common.yes":"Yes","common.no":"No","report.title":"Sleep report for {sleeper}","report.range":"Nights {first} to {last} ({count} nights)","report.summary":"Summary","report.twitch_nights":"Twitch nights","report.twitches":"Twitches","report.woke_up":"Twitches that woke you","report.checklist_score":"Checklist criteria met","report.visit_recommended":"Doctor visit suggested by the checklist","report.criteria_met":"Criteria met","report.none":"None","report.nights":"Nights","report.col_night":"Night","report.col_twitches":"Twitches","report.col_times":"Times","report.col_woke":"Woke you","report.col_body_parts":"Body parts","report.col_triggers":"Triggers","report.col_bedroom":"Bedroom at bedtime","report.col_symptoms":"Symptoms","report.col_plmi":"PLM index","report.notes":"Notes","report.triggers":"Triggers (last {count} nights)","report.insight":"{trigger}: {twitch_nights_with} of {nights_with} nights with it had twitches; {twitch_nights_without} of {nights_without} without.","report.insight_not_enough":"{trigger}: not enough nights yet ({nights_with} with, {nights_without} without).","report.disclaimer":"This report is not medical advice. It is a record to discuss with your doctor.","criterion.frequent_twitching":"Leg twitching on more than three nights a week","criterion.wakes_regularly":"Twitches wake you up regularly","criterion.urge_to_move":"An urge to move the legs at rest","criterion.partner_reports_kicking":"A bed partner reports leg kicking","criterion.spreads_beyond_legs":"Twitching spreads to the arms or trunk","criterion.weakness_or_numbness":"Weakness, numbness or coordination problems","criterion.iron_deficiency":"Diagnosed iron deficiency or anaemia","criterion.persistent_two_weeks":"Twitches persisting for more than two weeks","criterion.after_new_medication":"Twitches began after a new medication","criterion.periodic_limb_movements":"Periodic leg movements above 15 per hour on 3 of the last 7 measured nights","symptom.urge_to_move":"Urge to move the legs at rest","symptom.partner_reports_kicking":"Bed partner reports kicking","symptom.weakness_or_numbness":"Weakness, numbness or coordination problems","symptom.daytime_sleepiness":"Daytime sleepiness","symptom.new_medication":"Started a new medication","body_part.legs":"Legs","body_part.arms":"Arms","body_part.trunk":"Trunk","intensity.light":"Light","intensity.moderate":"Moderate","intensity.vigorous":"Vigorous"};var It={en:async()=>({default:Ve}),de:()=>Promise.resolve().then(()=>te(Ct(),1)),nl:()=>Promise.resolve().then(()=>te(Mt(),1)),fr:()=>Promise.resolve().then(()=>te(Rt(),1)),es:()=>Promise.resolve().then(()=>te(Lt(),1)),it:()=>Promise.resolve().then(()=>te(Ht(),1))},X="en",qi=(r,t=Object.keys(It))=>{let e=(r??"").toLowerCase(),i=e.split("-")[0];return t.find(o=>o.toLowerCase()===e)??t.find(o=>o.toLowerCase()===i)??X},Vi=r=>{try{return Intl.getCanonicalLocales(r||X)[0]??X}catch{return X}},Ki=(r,t,e)=>t===void 0?r:r.replace(/\{(\w+)\}/g,(i,o)=>{let n=t[o];return n===void 0?i:typeof n=="number"?new Intl.NumberFormat(e).format(n):n}),Pt=(r,t)=>{let e={...Ve,...t},i=Vi(r),o=new Intl.PluralRules(i),n=(l,p)=>{let u=p?.count,g=(typeof u=="number"?e[`${l}_${o.select(u)}`]:void 0)??e[l];return g===void 0?void 0:Ki(g,p,i)};return Object.assign((l,p)=>n(l,p)??l,{lookup:n,language:i})},zt=async(r,t=r)=>{let e=qi(r);try{let i=It[e],o=i?(await i()).default:{};return Pt(t??X,o)}catch{return Pt(t??X,{})}};var Fi=(r,t)=>`component.${I}.selector.${r}.options.${t}`,Dt=(r,t)=>(e,i)=>{if(e!=="trigger"&&t){let o=t(Fi(e,i));if(o)return o}return r.lookup(`${e}.${i}`)??i},jt=async(r,t)=>{try{return Dt(t,await r.loadBackendTranslation("selector",I))}catch{return Dt(t)}};var Ot=["urge_to_move","partner_reports_kicking","weakness_or_numbness","daytime_sleepiness","new_medication"],Ut=["light","moderate","vigorous"];var le=["tonight","nights","triggers","doctor"];var Gi=r=>le.includes(r),Ke=r=>{let t=new URLSearchParams(r),e=t.get("sleeper"),i=t.get("view");return{...e?{sleeper:e}:{},...Gi(i)?{view:i}:{}}},Bt=(r,{sleeper:t,view:e})=>{let i=new URLSearchParams(r);t?i.set("sleeper",t):i.delete("sleeper"),e&&e!==le[0]?i.set("view",e):i.delete("view");let o=i.toString();return o?`?${o}`:""},Wt=(r,...t)=>t.find(e=>e&&r.some(i=>i.entry_id===e))??r[0]?.entry_id;var Zi=/^(\d{4})-(\d{2})-(\d{2})$/,Yi=r=>r%4===0&&r%100!==0||r%400===0,Ji=(r,t)=>t===2?Yi(r)?29:28:[4,6,9,11].includes(t)?30:31,de=r=>{let t=Zi.exec(r),[e,i,o]=t?t.slice(1).map(Number):[];if(e===void 0||i===void 0||o===void 0||i<1||i>12||o<1||o>Ji(e,i))throw new RangeError(`Not a night label: ${r}`);return{year:e,month:i,day:o}},Fe=(r,t)=>String(r).padStart(t,"0"),Qi=({year:r,month:t,day:e})=>`${Fe(r,4)}-${Fe(t,2)}-${Fe(e,2)}`,qt=r=>{let{year:t,month:e,day:i}=de(r),o=e<=2?t-1:t,n=Math.floor(o/400),s=o-n*400,l=Math.floor((153*(e+(e>2?-3:9))+2)/5)+i-1,p=s*365+Math.floor(s/4)-Math.floor(s/100)+l;return n*146097+p-719468},Xi=r=>{let t=r+719468,e=Math.floor(t/146097),i=t-e*146097,o=Math.floor((i-Math.floor(i/1460)+Math.floor(i/36524)-Math.floor(i/146096))/365),n=i-(365*o+Math.floor(o/4)-Math.floor(o/100)),s=Math.floor((5*n+2)/153),l=n-Math.floor((153*s+2)/5)+1,p=s<10?s+3:s-9;return Qi({year:o+e*400+(p<=2?1:0),month:p,day:l})},Ge=(r,t)=>Xi(qt(r)+t),Vt=r=>((qt(r)+4)%7+7)%7,er=r=>{let{year:t,month:e,day:i}=de(r),o=new Date(2e3,e-1,i,12);return o.setFullYear(t),o},he=(r,t,e={weekday:"short",day:"numeric",month:"short",year:"numeric"})=>new Intl.DateTimeFormat(t,e).format(er(r)),Kt=r=>r==="24"?{hourCycle:"h23"}:r==="am_pm"?{hour12:!0}:{},Ft=(r,t,e)=>{let i=/^(\d{2}):(\d{2})$/.exec(r);if(!i)return r;let o=new Date(Date.UTC(2e3,0,1,Number(i[1]),Number(i[2])));return new Intl.DateTimeFormat(t,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...Kt(e)}).format(o)},Gt=(r,t,e,i)=>{let o=new Date(r);return Number.isNaN(o.getTime())?"":new Intl.DateTimeFormat(t,{hour:"numeric",minute:"2-digit",...Kt(e),...i?{timeZone:i}:{}}).format(o)};var $="—",M=(r,{t})=>he(r,t.language,{weekday:"short",year:"numeric",month:"short",day:"numeric"}),tr=(r,{t})=>he(r,t.language,{month:"short",day:"numeric"}),y=(r,{t},e=1)=>new Intl.NumberFormat(t.language,{maximumFractionDigits:e}).format(r),D=(r,t,e)=>r===null?$:`${y(r,e)} ${t}`,R=(r,t)=>r.length?r.join(", "):t,Me=(r,{names:t})=>[...r.caffeine_after_cutoff?[t("trigger","caffeine_after_cutoff")]:[],...r.late_vigorous_exercise?[t("trigger","late_exercise")]:[]],ir=(r,t,e)=>{let{t:i,names:o}=e;if(Array.isArray(t)){let n=t.map(s=>r==="nights"&&typeof s=="string"?tr(s,e):r==="body_parts"&&typeof s=="string"?o("body_part",s):typeof s=="number"?y(s,e):String(s));return R(n,i("details.none"))}if(typeof t=="boolean")return i(t?"common.yes":"common.no");if(typeof t=="number")return y(t,e);if(r==="since"&&typeof t=="string")try{return M(t,e)}catch{return t}return t==null?$:String(t)},Ze=(r,t)=>Object.entries(r).filter(([e])=>e!=="criterion").map(([e,i])=>({key:e,label:t.t.lookup(`evidence.${e}`)??e,value:ir(e,i,t)})),Zt=(r,t)=>{let e=Ze(r,t).map(o=>`${o.label}: ${o.value}`),i=t.names("criterion",r.criterion);return e.length?`${i} (${e.join("; ")})`:i},Ye=(r,{t,timeFormat:e})=>r.twitch_times.map(i=>Ft(i,t.language,e)),Yt=(r,t)=>r.twitch_times.length?`${y(r.twitches,t,0)} (${Ye(r,t).join(", ")})`:y(r.twitches,t,0);var pe=class extends m{render(){let{t}=this.texts,{score:e,threshold:i,recommended:o,criteria:n}=this.checklist;return a`<h2>${t("doctor.checklist")}</h2>
      <p class="verdict ${o?"recommended":""}" id="checklist-verdict">
        ${t(o?"doctor.recommended":"doctor.not_recommended")}
      </p>
      <p class="secondary">${t("doctor.score",{score:e,threshold:i})}</p>
      <ul class="criteria">
        ${n.map(s=>this._renderCriterion(s))}
      </ul>`}_renderCriterion(t){let{t:e,names:i}=this.texts,o=Ze(t.evidence??{},this.texts),n=t.met?e("doctor.met"):e("doctor.not_met");return a`<li class="criterion ${t.met?"met":""}" data-criterion=${t.criterion}>
      <span class="mark" aria-hidden="true">${t.met?"●":"○"}</span>
      <div>
        <span class="name">${i("criterion",t.criterion)}</span>
        <span class="state">${n}</span>
        ${o.length?a`<dl class="facts evidence">
              ${o.map(s=>a`<dt>${s.label}</dt><dd data-evidence=${s.key}>${s.value}</dd>`)}
            </dl>`:d}
      </div>
    </li>`}static{this.styles=[b,_`
      .verdict {
        font-weight: 500;
        margin: 0 0 4px;
      }
      .verdict.recommended {
        color: var(--stc-warning-text);
      }
      .criteria {
        list-style: none;
        margin: 12px 0 0;
        padding: 0;
      }
      .criterion {
        display: flex;
        gap: 10px;
        padding: 8px 0;
        border-top: 1px solid var(--stc-divider);
      }
      .mark {
        flex: none;
        width: 1em;
        color: var(--stc-secondary-text);
      }
      .met .mark {
        color: var(--stc-warning-text);
      }
      .name {
        display: block;
      }
      .met .name {
        font-weight: 500;
      }
      .state {
        font-size: 0.85rem;
        color: var(--stc-secondary-text);
      }
      .evidence {
        margin-top: 4px;
        font-size: 0.9rem;
      }
    `]}};c([h({attribute:!1})],pe.prototype,"checklist",2),c([h({attribute:!1})],pe.prototype,"texts",2);f("stc-checklist",pe);var ge=class extends m{constructor(){super(...arguments);this.none=""}render(){let e=this.model;return a`<article class="report" lang=${e.language}>
      <h2 class="title">${e.title}</h2>
      <p class="secondary">${e.range}</p>
      <h3>${e.summaryHeading}</h3>
      <dl class="facts">
        ${e.summary.map(i=>a`<dt>${i.label}</dt><dd data-summary=${i.key}>${i.value}</dd>`)}
      </dl>
      <h3>${e.criteriaHeading}</h3>
      ${e.criteria.length?a`<ul>
            ${e.criteria.map(i=>a`<li>${i}</li>`)}
          </ul>`:a`<p>${this.none}</p>`}
      <h3>${e.nightsHeading}</h3>
      <div class="table-wrap" tabindex="0" role="region" aria-label=${e.nightsHeading}>
        <table class="report-nights">
          <thead>
            <tr>
              ${e.columns.map(i=>a`<th scope="col">${i}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${e.rows.map(i=>a`<tr data-night=${i.night}>
                ${i.cells.map(o=>a`<td>${o}</td>`)}
              </tr>`)}
          </tbody>
        </table>
      </div>
      ${e.notes.length?a`<h3>${e.notesHeading}</h3>
            <ul class="notes">
              ${e.notes.map(i=>a`<li>${i.label}: ${i.text}</li>`)}
            </ul>`:d}
      ${e.insights.length?a`<h3>${e.triggersHeading}</h3>
            <ul>
              ${e.insights.map(i=>a`<li>${i}</li>`)}
            </ul>`:d}
      <p class="disclaimer">${e.disclaimer}</p>
    </article>`}static{this.styles=[b,_`
      h3 {
        margin-top: 16px;
      }
      ul {
        margin: 0;
        padding-left: 20px;
      }
      .notes li {
        white-space: pre-wrap;
      }
      .table-wrap {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-size: 0.85rem;
        min-width: 100%;
      }
      th,
      td {
        border: 1px solid var(--stc-divider);
        padding: 4px 6px;
        text-align: left;
        vertical-align: top;
      }
      th {
        background: var(--secondary-background-color, #f5f5f5);
        font-weight: 500;
      }
      .disclaimer {
        margin-top: 16px;
        padding-top: 8px;
        border-top: 1px solid var(--stc-divider);
        font-weight: 500;
      }
      @media print {
        :host {
          color: #000;
        }
        th,
        td {
          border-color: #000;
        }
        tr {
          break-inside: avoid;
        }
      }
    `]}};c([h({attribute:!1})],ge.prototype,"model",2),c([h({attribute:!1})],ge.prototype,"none",2);f("stc-report-preview",ge);var j=class{constructor(t,e){this._host=t;this._fallbackError=e;this.error="";t.addController(this)}hostConnected(){}get current(){return this.value!==void 0&&this._valueKey===this._key}need(t,e){t!==this._key&&(this._key=t,e().then(i=>{t===this._key&&(this.value=i,this._valueKey=t,this._settle(""))},i=>{t===this._key&&this._settle(C(i,this._fallbackError()))}))}_settle(t){this.error=t,this._host.requestUpdate()}};var Jt={csv:"text/csv;charset=utf-8",json:"application/json;charset=utf-8"},Qt=(r,t)=>{let i=(r.split(/[\\/]/).pop()??"").replace(/[<>:"|?*\u0000-\u001f\u007f]/g,"_").replace(/^[.\s]+|[.\s]+$/g,"")||"sleep-twitch-coach";return i.toLowerCase().endsWith(`.${t}`)?i:`${i}.${t}`},Xt=(r,t,e,i)=>{let o=URL.createObjectURL(new Blob([e],{type:i})),n=r.createElement("a");n.href=o,n.download=t,n.style.display="none",r.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(o),1e3)};var Je=r=>({night:r.night,twitches:r.twitches??0,twitch_times:r.twitch_times??[],woke_up_twitches:r.woke_up_twitches??0,body_parts:r.body_parts??[],caffeine_after_cutoff:r.caffeine_after_cutoff??!1,late_vigorous_exercise:r.late_vigorous_exercise??!1,bedroom_temperature_at_bedtime:r.bedroom_temperature_at_bedtime??null,symptoms:r.symptoms??[],notes:r.notes??[],limb_movements:r.limb_movements??null,periodic_limb_movements:r.periodic_limb_movements??null,plm_index:r.plm_index??null}),ei=({fields:r,nights:t})=>t.map(e=>Je(Object.fromEntries(r.map((i,o)=>[i,e[o]])))),ti=r=>new Map(r.map(t=>[t.night,t])),Re=r=>r.plm_index!==null;var Qe=28,rr=(r,t,e,i)=>{let{names:o}=i,n=s=>y(s,i,0);return[M(r.night,i),n(r.twitches),R(Ye(r,i),$),n(r.woke_up_twitches),R(r.body_parts.map(s=>o("body_part",s)),$),R(Me(r,i),$),D(r.bedroom_temperature_at_bedtime,t,i),R(r.symptoms.map(s=>o("symptom",s)),$),...e?[r.plm_index===null?$:y(r.plm_index,i)]:[]]},or=(r,{t,names:e})=>{let i={trigger:e("trigger",r.trigger),nights_with:r.nights_with,twitch_nights_with:r.twitch_nights_with,nights_without:r.nights_without,twitch_nights_without:r.twitch_nights_without};return r.enough_nights?t("report.insight",i):t("report.insight_not_enough",i)},Le=(r,t)=>{let{t:e}=t,i=r.nights.map(Je),o=i.some(Re),{summary:n}=r,s=l=>y(l,t,0);return{language:e.language,title:e("report.title",{sleeper:r.sleeper}),range:e("report.range",{first:M(r.first_night,t),last:M(r.last_night,t),count:n.nights}),summaryHeading:e("report.summary"),summary:[{key:"twitch_nights",label:e("report.twitch_nights"),value:`${s(n.twitch_nights)} / ${s(n.nights)}`},{key:"twitches",label:e("report.twitches"),value:s(n.twitches)},{key:"woke_up",label:e("report.woke_up"),value:s(n.woke_up_twitches)},{key:"checklist_score",label:e("report.checklist_score"),value:s(n.checklist_score)},{key:"visit_recommended",label:e("report.visit_recommended"),value:n.doctor_visit_recommended?e("common.yes"):e("common.no")}],criteriaHeading:e("report.criteria_met"),criteria:n.criteria_met.map(l=>Zt(l,t)),nightsHeading:e("report.nights"),columns:[e("report.col_night"),e("report.col_twitches"),e("report.col_times"),e("report.col_woke"),e("report.col_body_parts"),e("report.col_triggers"),e("report.col_bedroom"),e("report.col_symptoms"),...o?[e("report.col_plmi")]:[]],rows:i.map(l=>({night:l.night,cells:rr(l,r.temperature_unit,o,t)})),notesHeading:e("report.notes"),notes:i.flatMap(l=>l.notes.map(p=>({night:l.night,label:M(l.night,t),text:p}))),triggersHeading:e("report.triggers",{count:Qe}),insights:r.trigger_insights.map(l=>or(l,t)),disclaimer:e("report.disclaimer")}};var nr={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},x=r=>r.replace(/[&<>"']/g,t=>nr[t]??t),sr=`
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { background: #fff; color: #000; }
body { font: 10.5pt/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 5pt; break-after: avoid; }
.range { margin: 0 0 8pt; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 16pt; }
li { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; }
td:first-child { white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.notes li { white-space: pre-wrap; }
.disclaimer { margin-top: 16pt; padding-top: 6pt; border-top: 0.75pt solid #000; font-weight: 600; break-inside: avoid; }
@media screen { body { max-width: 190mm; margin: 10mm auto; padding: 0 8mm; } }
`,Xe=(r,t="")=>`<ul${t?` class="${t}"`:""}>${r.map(e=>`<li>${x(e)}</li>`).join("")}</ul>`,ar=(r,t)=>{let e=[`<h1>${x(r.title)}</h1>`,`<p class="range">${x(r.range)}</p>`,`<h2>${x(r.summaryHeading)}</h2>`,`<dl>${r.summary.map(i=>`<dt>${x(i.label)}</dt><dd>${x(i.value)}</dd>`).join("")}</dl>`,`<h2>${x(r.criteriaHeading)}</h2>`,r.criteria.length?Xe(r.criteria):`<p>${x(t)}</p>`,`<h2>${x(r.nightsHeading)}</h2>`,"<table><thead><tr>",r.columns.map(i=>`<th scope="col">${x(i)}</th>`).join(""),"</tr></thead><tbody>",r.rows.map(i=>`<tr data-night="${x(i.night)}">${i.cells.map(o=>`<td>${x(o)}</td>`).join("")}</tr>`).join(""),"</tbody></table>"];return r.notes.length&&e.push(`<h2>${x(r.notesHeading)}</h2>`,Xe(r.notes.map(i=>`${i.label}: ${i.text}`),"notes")),r.insights.length&&e.push(`<h2>${x(r.triggersHeading)}</h2>`,Xe(r.insights)),e.push(`<p class="disclaimer">${x(r.disclaimer)}</p>`),e.join("")},ii=(r,t)=>{let e=Le(r,t);return["<!DOCTYPE html>",`<html lang="${x(e.language)}">`,'<head><meta charset="utf-8">','<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${x(e.title)}</title>`,`<style>${sr}</style></head>`,`<body>${ar(e,t.t("report.none"))}</body>`,"</html>"].join(`
`)},ri=(r,t=window)=>{let e=t.open("","_blank");if(!e){t.print();return}e.document.open(),e.document.write(r),e.document.close(),e.focus();let i=()=>e.print();e.document.readyState==="complete"?i():e.addEventListener("load",i,{once:!0})};var oi=[14,30,90],L=class extends m{constructor(){super(...arguments);this._nights=oi[0];this._report=new j(this,()=>this.texts.t("panel.error"));this._exportError=""}willUpdate(){let{entryId:e,hass:i,_nights:o}=this;this._report.need(`${e}|${this.event.tonight}|${this.event.revision}|${o}`,()=>Te(i,e,o))}render(){let{t:e}=this.texts,{value:i,error:o}=this._report,n=this._exportError||o;return a`<section class="card checklist">
        <stc-checklist .checklist=${this.event.checklist} .texts=${this.texts}></stc-checklist>
      </section>
      <section class="card">
        <div class="controls">
          <div class="ranges" role="group" aria-label=${e("doctor.range")}>
            ${oi.map(s=>a`<button
                id=${`range-${s}`}
                class="button range"
                data-nights=${s}
                aria-pressed=${s===this._nights?"true":"false"}
                @click=${()=>this._nights=s}
              >
                ${e("doctor.range_option",{count:s})}
              </button>`)}
          </div>
          <div class="actions">
            <button id="print" class="button filled print" ?disabled=${!this._report.current} @click=${this._print}>
              ${e("doctor.print")}
            </button>
            ${this._downloadButton("csv",e("doctor.download_csv"))}
            ${this._downloadButton("json",e("doctor.download_json"))}
          </div>
        </div>
        ${n?a`<p class="error" role="alert">${n}</p>`:d}
        ${this.event.notes_visible?d:a`<p class="secondary notes-hidden">${e("doctor.notes_hidden")}</p>`}
        ${i?a`<stc-report-preview
              id="report"
              class=${this._report.current?"":"stale"}
              aria-busy=${this._report.current?"false":"true"}
              .model=${Le(i,this.texts)}
              .none=${e("report.none")}
            ></stc-report-preview>`:o?d:a`<p class="secondary">${e("panel.loading")}</p>`}
      </section>`}_downloadButton(e,i){return a`<button
      id=${`download-${e}`}
      class="button download-${e}"
      ?disabled=${this._exporting!==void 0}
      @click=${()=>this._download(e)}
    >
      ${i}
    </button>`}_print(){let e=this._report.value;e&&this._report.current&&ri(ii(e,this.texts))}async _download(e){this._exporting=e,this._exportError="";try{let{filename:i,content:o}=await Nt(this.hass,this.entryId,e);Xt(document,Qt(i,e),o,Jt[e])}catch(i){this._exportError=C(i,this.texts.t("panel.error"))}finally{this._exporting=void 0}}static{this.styles=[b,_`
      .controls {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 12px;
        margin-bottom: 16px;
      }
      .stale {
        opacity: 0.5;
      }
      .ranges,
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      @media print {
        .checklist,
        .controls {
          display: none;
        }
        .card {
          border: none;
          padding: 0;
        }
      }
    `]}};c([h({attribute:!1})],L.prototype,"hass",2),c([h({attribute:!1})],L.prototype,"entryId",2),c([h({attribute:!1})],L.prototype,"event",2),c([h({attribute:!1})],L.prototype,"texts",2),c([w()],L.prototype,"_nights",2),c([w()],L.prototype,"_exportError",2),c([w()],L.prototype,"_exporting",2);f("stc-doctor-view",L);var me=26,cr=3,lr=(r,t=me)=>Ge(r,-(t*7-1)),ni=(r,t=me)=>{let e=lr(r,t),i=[];for(let n=0;n<t*7;n+=1)i.push({night:Ge(e,n),column:Math.floor(n/7),row:n%7});let o=Vt(e);return{firstNight:e,lastNight:r,columns:t,cells:i,rowWeekdays:[0,1,2,3,4,5,6].map(n=>(o+n)%7),monthLabels:dr(i)}},dr=r=>{let t=[];for(let i of r){let{year:o,month:n,day:s}=de(i.night);s===1&&t.push({column:i.column,night:i.night,year:o,month:n})}let e=r[0];if(e&&(t[0]?.column??1/0)>=cr){let{year:i,month:o}=de(e.night);t.unshift({column:0,night:e.night,year:i,month:o})}return t};var ue=[{level:0,min:0,max:0},{level:1,min:1,max:1},{level:2,min:2,max:2},{level:3,min:3,max:4},{level:4,min:5,max:null}],hr=[0,35,65,100,60],si=r=>{for(let t=ue.length-1;t>=0;t-=1){let e=ue[t];if(e&&r>=e.min)return e.level}return 0},et=r=>{let t=ue.length-1;if(r<=0)return"transparent";let e=r>=t?"var(--primary-text-color, #212121)":"transparent";return`color-mix(in srgb, var(--primary-color, #03a9f4) ${hr[Math.min(r,t)]}%, ${e})`},ai=({min:r,max:t})=>t===null?`${r}+`:t===r?`${r}`:`${r}–${t}`;var tt=(r,t)=>r>=t,ci=(r,t,e)=>{if(!tt(r,e))return{night:r,recorded:!1};let i=t?.twitches??0;return{night:r,recorded:!0,count:i,wokeUp:t?.woke_up_twitches??0,level:si(i)}},li=(r,t)=>{let{t:e}=t,i=M(r.night,t);return r.recorded?[e("nights.cell",{night:i,count:r.count}),...r.wokeUp>0?[e("nights.cell_woke",{count:r.wokeUp})]:[]].join(", "):e("nights.cell_not_recorded",{night:i})};var pr="sleep-twitch-coach:heatmap-painted",di=!1,O=class extends m{constructor(){super(...arguments);this.journalBegins="";this.shown=""}render(){let{t:e}=this.texts,{layout:i}=this,o=new Intl.DateTimeFormat(e.language,{weekday:"short"}),n=l=>o.format(new Date(2023,0,1+l,12)),s=Math.max(i.cells.findIndex(l=>l.night===this.shown),0);return a`<div
        id="heatmap"
        class="heatmap"
        role="grid"
        aria-readonly="true"
        aria-label=${e("nights.heading",{weeks:i.columns})}
        style="--columns: ${i.columns}"
        @keydown=${this._keydown}
        @focusin=${this._pick}
        @click=${this._pick}
        @mouseover=${this._pick}
      >
        <div class="line months" aria-hidden="true">
          ${i.monthLabels.map(l=>a`<span style="grid-column: ${l.column+2}">
                ${he(l.night,e.language,{month:"short"})}
              </span>`)}
        </div>
        ${i.rowWeekdays.map((l,p)=>a`<div class="line" role="row">
            <span class="weekday" role="rowheader">${n(l)}</span>
            ${i.cells.filter(u=>u.row===p).map(u=>{let v=u.column*7+u.row,g=ci(u.night,this.rows.get(u.night),this.journalBegins),k=li(g,this.texts),T=g.recorded?`cell level-${g.level} ${g.wokeUp>0?"woke":""}`:"cell not-recorded";return a`<div
                  role="gridcell"
                  class=${T}
                  data-night=${u.night}
                  data-recorded=${g.recorded?"true":"false"}
                  data-count=${g.recorded?g.count:d}
                  data-index=${v}
                  tabindex=${v===s?0:-1}
                  aria-selected=${u.night===this.shown?"true":"false"}
                  aria-label=${k}
                  title=${k}
                  style=${g.recorded?`background-color: ${et(g.level)}`:d}
                ></div>`})}
          </div>`)}
      </div>
      <div class="legend" aria-hidden="true">
        <span>${e("nights.legend")}</span>
        ${ue.map(l=>a`<span class="key">
            <span class="cell level-${l.level}" style="background-color: ${et(l.level)}"></span>
            ${ai(l)}
          </span>`)}
        <span class="key"><span class="cell level-0 woke"></span>${e("nights.legend_woke")}</span>
        ${i.firstNight<this.journalBegins?a`<span class="key"><span class="cell not-recorded"></span>${e("nights.legend_not_recorded")}</span>`:d}
      </div>`}firstUpdated(){let e=this.renderRoot.querySelector(".heatmap");e&&(e.scrollLeft=e.scrollWidth)}updated(){di||!this.rows.size||(di=!0,requestAnimationFrame(()=>performance.mark(pr)))}_cellOf(e){return e.target?.closest("[data-night]")??null}_pick(e){let i=this._cellOf(e)?.dataset.night;i&&i!==this.shown&&this._show(i)}_keydown(e){let i=this._cellOf(e);if(!i)return;if(e.key==="Enter"||e.key===" "){e.preventDefault(),this._show(i.dataset.night??this.shown);return}let o=Number(i.dataset.index),n=Tt(o,e.key,this.layout.cells.length),s=this.layout.cells[n];n===o||!s||(e.preventDefault(),this._show(s.night),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-night="${s.night}"]`)?.focus()))}_show(e){this.dispatchEvent(new CustomEvent("night-shown",{detail:{night:e}}))}static{this.styles=[b,_`
      .heatmap {
        max-width: 760px;
        display: grid;
        gap: 3px;
        /* On a phone the cells keep a size a finger can tap, and the map scrolls sideways;
           it opens scrolled to tonight. */
        overflow-x: auto;
        padding: 3px;
      }
      .line {
        display: grid;
        grid-template-columns: 2.6em repeat(var(--columns), minmax(13px, 1fr));
        gap: 3px;
        align-items: center;
      }
      .months span {
        font-size: 0.75rem;
        color: var(--stc-secondary-text);
        white-space: nowrap;
      }
      .weekday {
        font-size: 0.7rem;
        color: var(--stc-secondary-text);
        overflow: hidden;
      }
      .cell {
        position: relative;
        aspect-ratio: 1;
        border-radius: 2px;
        box-sizing: border-box;
        cursor: pointer;
      }
      .cell.level-0 {
        border: 1px solid var(--stc-divider);
      }
      /* Not a calm night: nothing is known of it, so it is hatched instead of empty. */
      .cell.not-recorded {
        border: 1px dashed var(--stc-divider);
        background: repeating-linear-gradient(
          135deg,
          var(--stc-divider) 0 1px,
          transparent 1px 4px
        );
      }
      .cell.woke::after {
        content: "";
        position: absolute;
        inset: 28%;
        border-radius: 50%;
        background: var(--accent-color, #ff9800);
        box-shadow: 0 0 0 1px var(--stc-card-background);
      }
      .cell[aria-selected="true"] {
        outline: 2px solid var(--stc-text);
        outline-offset: 1px;
      }
      .cell:focus-visible {
        outline: 3px solid var(--accent-color, var(--stc-primary));
        outline-offset: 1px;
        z-index: 1;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px 12px;
        margin-top: 12px;
        font-size: 0.8rem;
        color: var(--stc-secondary-text);
      }
      .key {
        display: inline-flex;
        align-items: center;
        gap: 4px;
      }
      .legend .cell {
        width: 14px;
        cursor: default;
      }
    `]}};c([h({attribute:!1})],O.prototype,"layout",2),c([h({attribute:!1})],O.prototype,"rows",2),c([h({attribute:!1})],O.prototype,"journalBegins",2),c([h({attribute:!1})],O.prototype,"shown",2),c([h({attribute:!1})],O.prototype,"texts",2);f("stc-heatmap",O);var F=class extends m{constructor(){super(...arguments);this.night="";this.unit=""}render(){let{t:e}=this.texts,i=this.row;return a`<section class="details" aria-live="polite">
      <h3>${this.night?M(this.night,this.texts):$}</h3>
      ${i?this._renderRow(i):a`<p class="secondary" data-field="no_data">${e("details.no_data")}</p>`}
    </section>`}_renderRow(e){let{t:i,names:o}=this.texts,n=i("details.none");return a`<dl class="facts">
      <dt>${i("details.twitches")}</dt>
      <dd data-field="twitches">${Yt(e,this.texts)}</dd>
      <dt>${i("details.woke")}</dt>
      <dd data-field="woke_up_twitches">${y(e.woke_up_twitches,this.texts,0)}</dd>
      <dt>${i("details.body_parts")}</dt>
      <dd>${R(e.body_parts.map(s=>o("body_part",s)),n)}</dd>
      <dt>${i("details.triggers")}</dt>
      <dd>${R(Me(e,this.texts),n)}</dd>
      <dt>${i("details.bedroom")}</dt>
      <dd>
        ${e.bedroom_temperature_at_bedtime===null?i("details.not_recorded"):D(e.bedroom_temperature_at_bedtime,this.unit,this.texts)}
      </dd>
      <dt>${i("details.symptoms")}</dt>
      <dd>${R(e.symptoms.map(s=>o("symptom",s)),n)}</dd>
      ${e.notes.length?a`<dt>${i("details.notes")}</dt>
            <dd class="notes">${e.notes.map(s=>a`<p>${s}</p>`)}</dd>`:d}
      ${Re(e)?a`<dt>${i("details.limb_movements")}</dt>
            <dd>${y(e.limb_movements??0,this.texts,0)}</dd>
            <dt>${i("details.plm_index")}</dt>
            <dd data-field="plm_index">${y(e.plm_index??0,this.texts)}</dd>`:d}
    </dl>`}static{this.styles=[b,_`
      :host {
        display: block;
      }
      .notes p {
        margin: 0 0 4px;
        white-space: pre-wrap;
      }
    `]}};c([h({reflect:!0,attribute:"data-night"})],F.prototype,"night",2),c([h({attribute:!1})],F.prototype,"row",2),c([h({attribute:!1})],F.prototype,"unit",2),c([h({attribute:!1})],F.prototype,"texts",2);f("stc-night-details",F);var U=class extends m{constructor(){super(...arguments);this._shown="";this._nights=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{tonight:e,revision:i}=this.event;this._layout?.lastNight!==e&&(this._layout=ni(e,me),(!this._shown||!this._layout.cells.some(l=>l.night===this._shown))&&(this._shown=e));let{entryId:o,hass:n,_layout:s}=this;this._nights.need(`${o}|${e}|${i}`,async()=>{let l=await kt(n,o,s.firstNight,s.lastNight);return{rows:ti(ei(l)),unit:l.temperature_unit,journalBegins:l.journal_begins}})}render(){let{t:e}=this.texts,i=this._layout;if(!i)return d;let{value:o,error:n}=this._nights;return a`<section class="card">
      <h2>${e("nights.heading",{weeks:me})}</h2>
      ${n?a`<p class="error" role="alert">${n}</p>`:d}
      ${o?a`<stc-heatmap
              .layout=${i}
              .rows=${o.rows}
              .journalBegins=${o.journalBegins}
              .shown=${this._shown}
              .texts=${this.texts}
              @night-shown=${s=>this._shown=s.detail.night}
            ></stc-heatmap>
            <stc-night-details
              id="night-details"
              class="night-details"
              .night=${this._shown}
              .row=${tt(this._shown,o.journalBegins)?o.rows.get(this._shown):void 0}
              .unit=${o.unit}
              .texts=${this.texts}
            ></stc-night-details>`:n?d:a`<p class="secondary">${e("panel.loading")}</p>`}
    </section>`}static{this.styles=[b,_`
      stc-night-details {
        margin-top: 16px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
    `]}};c([h({attribute:!1})],U.prototype,"hass",2),c([h({attribute:!1})],U.prototype,"entryId",2),c([h({attribute:!1})],U.prototype,"event",2),c([h({attribute:!1})],U.prototype,"texts",2),c([w()],U.prototype,"_shown",2);f("stc-nights-view",U);var S=class extends m{constructor(){super(...arguments);this._busy=!1;this._status="";this._error="";this._choosing=!1;this._intensity="vigorous"}render(){let{t:e,names:i}=this.texts;return a`<div class="buttons">
        ${this._button("log-twitch",e("tonight.log_twitch"),{kind:"twitch",wokeUp:!1},!0)}
        ${this._button("log-twitch-woke",e("tonight.log_twitch_woke"),{kind:"twitch",wokeUp:!0},!0)}
        ${this._button("log-caffeine",e("tonight.log_caffeine"),{kind:"caffeine"})}
        <div class="exercise">
          ${this._button("log-exercise",`${e("tonight.log_exercise")} (${i("intensity",this._intensity)})`,{kind:"exercise",intensity:this._intensity})}
          <label class="secondary">
            ${e("tonight.intensity")}
            <select id="exercise-intensity" .value=${this._intensity} @change=${this._intensityChanged}>
              ${Ut.map(o=>a`<option value=${o} ?selected=${o===this._intensity}>
                    ${i("intensity",o)}
                  </option>`)}
            </select>
          </label>
        </div>
        <button
          id="log-symptom"
          class="button log"
          aria-expanded=${this._choosing?"true":"false"}
          aria-controls="symptom-chooser"
          ?disabled=${this._busy}
          @click=${()=>this._choosing=!this._choosing}
        >
          ${e("tonight.log_symptom")}
        </button>
      </div>
      ${this._choosing?this._renderChooser():d}
      <p class="status" role="status">${this._status}</p>
      ${this._error?a`<p class="error" role="alert">${this._error}</p>`:d}`}_renderChooser(){let{t:e,names:i}=this.texts;return a`<div id="symptom-chooser" class="chooser" role="group" aria-label=${e("tonight.choose_symptom")}>
      <p class="secondary">${e("tonight.choose_symptom")}</p>
      ${Ot.map(o=>this._button(`log-symptom-${o}`,i("symptom",o),{kind:"symptom",symptom:o}))}
      <button class="button cancel" @click=${()=>this._choosing=!1}>${e("tonight.cancel")}</button>
    </div>`}_button(e,i,o,n=!1){return a`<button
      id=${e}
      class="button log ${n?"filled":""}"
      ?disabled=${this._busy}
      @click=${()=>this._log(o,i)}
    >
      ${i}
    </button>`}_intensityChanged(e){this._intensity=e.target.value}async _log(e,i){this._busy=!0,this._error="",this._status="";try{await At(this.hass,this.entryId,e),this._status=this.texts.t("tonight.logged",{what:i}),e.kind==="symptom"&&(this._choosing=!1)}catch(o){this._error=C(o,this.texts.t("panel.error"))}finally{this._busy=!1}}static{this.styles=[b,_`
      .buttons,
      .chooser {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr));
        gap: 12px;
      }
      .log {
        min-height: 64px;
        font-size: 1.05rem;
        width: 100%;
      }
      .filled.log {
        min-height: 80px;
        font-size: 1.2rem;
      }
      .exercise {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .exercise label {
        display: flex;
        gap: 8px;
        align-items: center;
        font-size: 0.9rem;
      }
      select {
        font: inherit;
        min-height: 32px;
        color: var(--stc-text);
        background: var(--stc-card-background);
        border: 1px solid var(--stc-divider);
        border-radius: 6px;
      }
      .chooser {
        margin-top: 12px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .chooser p {
        grid-column: 1 / -1;
        margin: 0;
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `]}};c([h({attribute:!1})],S.prototype,"hass",2),c([h({attribute:!1})],S.prototype,"entryId",2),c([h({attribute:!1})],S.prototype,"texts",2),c([w()],S.prototype,"_busy",2),c([w()],S.prototype,"_status",2),c([w()],S.prototype,"_error",2),c([w()],S.prototype,"_choosing",2),c([w()],S.prototype,"_intensity",2);f("stc-log-buttons",S);var G={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},hi=r=>(...t)=>({_$litDirective$:r,values:t}),He=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:ms}=vt;var pi=r=>r.strings===void 0;var gr={},gi=(r,t=gr)=>r._$AH=t;var mi=hi(class extends He{constructor(r){if(super(r),r.type!==G.PROPERTY&&r.type!==G.ATTRIBUTE&&r.type!==G.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!pi(r))throw Error("`live` bindings can only contain a single expression")}render(r){return r}update(r,[t]){if(t===N||t===d)return t;let e=r.element,i=r.name;if(r.type===G.PROPERTY){if(t===e[i])return N}else if(r.type===G.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(i))return N}else if(r.type===G.ATTRIBUTE&&e.getAttribute(i)===t+"")return N;return gi(r),t}});var z=class extends m{constructor(){super(...arguments);this.readOnly=!1;this._pending=new Set;this._error=""}render(){let{t:e}=this.texts,{steps:i,entity_id:o}=this.windDown,n=i.filter(s=>s.done).length;return a`<h2>${e("tonight.wind_down")}</h2>
      ${i.length?a`<p class="secondary">${e("tonight.wind_down_done",{done:n,total:i.length})}</p>
            <ul class="steps">
              ${i.map(s=>this._renderStep(s,o))}
            </ul>`:a`<p class="secondary">${e("tonight.wind_down_empty")}</p>`}
      ${this._error?a`<p class="error" role="alert">${this._error}</p>`:d}`}_renderStep(e,i){return a`<li>
      <label class=${e.done?"done":""}>
        <input
          type="checkbox"
          data-uid=${e.uid}
          .checked=${mi(e.done)}
          ?disabled=${this.readOnly||!i||this._pending.has(e.uid)}
          @change=${o=>this._toggle(e,o.target.checked)}
        />
        <span>${e.summary}</span>
      </label>
    </li>`}async _toggle(e,i){let o=this.windDown.entity_id;if(o){this._error="",this._pending=new Set(this._pending).add(e.uid);try{await St(this.hass,o,e.uid,i)}catch(n){this._error=C(n,this.texts.t("panel.error"))}finally{let n=new Set(this._pending);n.delete(e.uid),this._pending=n,this.requestUpdate()}}}static{this.styles=[b,_`
      .steps {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      label {
        display: flex;
        align-items: center;
        gap: 12px;
        min-height: 44px;
        cursor: pointer;
      }
      input {
        width: 22px;
        height: 22px;
        margin: 0;
        accent-color: var(--stc-primary);
        flex: none;
      }
      .done span {
        color: var(--stc-secondary-text);
        text-decoration: line-through;
      }
    `]}};c([h({attribute:!1})],z.prototype,"hass",2),c([h({attribute:!1})],z.prototype,"windDown",2),c([h({attribute:!1})],z.prototype,"texts",2),c([h({attribute:!1})],z.prototype,"readOnly",2),c([w()],z.prototype,"_pending",2),c([w()],z.prototype,"_error",2);f("stc-wind-down",z);var Z=class extends m{render(){let{t}=this.texts,e=this.event;return a`<section class="card" aria-labelledby="log-heading">
        <h2 id="log-heading">${t("tonight.log_heading")}</h2>
        ${e.may_change?a`<stc-log-buttons .hass=${this.hass} .entryId=${this.entryId} .texts=${this.texts}></stc-log-buttons>`:a`<p class="secondary" id="read-only">${t("tonight.read_only")}</p>`}
      </section>
      <div class="columns">
        <section class="card count" aria-live="polite">
          <p class="big" id="twitches-tonight">${y(e.twitches_tonight,this.texts,0)}</p>
          <p class="big-label">${t("tonight.twitches",{count:e.twitches_tonight})}</p>
          <p>${t("tonight.woke_up",{count:e.woke_up_tonight})}</p>
          <p>${t("tonight.twitch_nights_7d",{count:e.twitch_nights_7d})}</p>
          ${e.caffeine_after_cutoff?a`<p class="warning">${t("tonight.caffeine_after_cutoff")}</p>`:d}
          ${e.late_exercise?a`<p class="warning">${t("tonight.late_exercise")}</p>`:d}
          <p class="secondary">
            ${t("tonight.next_bedtime",{time:this._time(e.next_bedtime)})} ·
            ${t("tonight.next_caffeine_cutoff",{time:this._time(e.next_caffeine_cutoff)})}
          </p>
        </section>
        <section class="card">
          <stc-wind-down
            .hass=${this.hass}
            .windDown=${e.wind_down}
            .readOnly=${!e.may_change}
            .texts=${this.texts}
          ></stc-wind-down>
        </section>
        <section class="card bedroom">${this._renderBedroom()}</section>
        ${e.limbs?a`<section class="card limbs">${this._renderLimbs(e.limbs)}</section>`:d}
      </div>`}_time(t){let e=this.hass.locale,i=e?.time_zone==="server"?this.hass.config?.time_zone:void 0;return Gt(t,this.texts.t.language,e?.time_format,i)||$}_renderBedroom(){let{t}=this.texts,{temperature:e,target:i,tolerance:o,unit:n,status:s}=this.event.bedroom;return a`<h2>${t("tonight.bedroom")}</h2>
      ${e===null?a`<p class="secondary">${t("tonight.bedroom_unknown")}</p>`:a`<p class="temperature">${t("tonight.bedroom_now",{temperature:D(e,n,this.texts)})}</p>`}
      ${s?a`<p class="status ${s}" id="bedroom-status">${t(`status.${s}`)}</p>`:d}
      <p class="secondary">
        ${t("tonight.bedroom_target",{target:D(i,n,this.texts),tolerance:D(o,n,this.texts)})}
      </p>`}_renderLimbs(t){let{t:e}=this.texts;return a`<h2>${e("tonight.legs")}</h2>
      <dl class="facts">
        <dt>${e("limbs.limb_movements")}</dt>
        <dd>${y(t.limb_movements,this.texts,0)}</dd>
        <dt>${e("limbs.periodic_limb_movements")}</dt>
        <dd>${y(t.periodic_limb_movements,this.texts,0)}</dd>
        <dt>${e("limbs.plm_index")}</dt>
        <dd>${t.plm_index===null?$:y(t.plm_index,this.texts)}</dd>
      </dl>
      <p class="secondary">${e("limbs.caveat")}</p>`}static{this.styles=[b,_`
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
    `]}};c([h({attribute:!1})],Z.prototype,"hass",2),c([h({attribute:!1})],Z.prototype,"entryId",2),c([h({attribute:!1})],Z.prototype,"event",2),c([h({attribute:!1})],Z.prototype,"texts",2);f("stc-tonight-view",Z);var ui=(r,t)=>t>0?Math.min(1,Math.max(0,r/t)):null,_i=r=>{let t={side:"with",twitchNights:r.twitch_nights_with,nights:r.nights_with,rate:ui(r.twitch_nights_with,r.nights_with)},e={side:"without",twitchNights:r.twitch_nights_without,nights:r.nights_without,rate:ui(r.twitch_nights_without,r.nights_without)};return{trigger:r.trigger,enough:r.enough_nights&&t.rate!==null&&e.rate!==null,sides:[t,e]}},A={width:320,labelWidth:76,barHeight:26,gap:10},fi=r=>{let t=A.labelWidth,e=A.width-A.labelWidth,i=r.sides.map((o,n)=>({side:o.side,y:n*(A.barHeight+A.gap),trackX:t,trackWidth:e,fillWidth:Math.round((o.rate??0)*e*10)/10,percent:Math.round((o.rate??0)*100)}));return{height:2*A.barHeight+A.gap,bars:i}};var _e=class extends m{render(){let{names:t}=this.texts,{comparison:e}=this,i=t("trigger",e.trigger);return a`<h3>${i}</h3>
      ${e.enough?this._renderBars():this._renderNotEnough()}`}_renderNotEnough(){let{t}=this.texts,[e,i]=this.comparison.sides;return a`<p class="not-enough">${t("triggers.not_enough")}</p>
      <p class="secondary">${t("triggers.not_enough_detail",{with:e.nights,without:i.nights})}</p>`}_renderBars(){let{height:t,bars:e}=fi(this.comparison),i=e.map((o,n)=>this._label(o,this.comparison.sides[n]));return a`<svg
      class="bars"
      viewBox="0 0 ${A.width} ${t}"
      role="img"
      aria-label=${i.join(". ")}
    >
      ${e.map((o,n)=>this._renderBar(o,this.comparison.sides[n]))}
    </svg>`}_label(t,e){if(!e)return"";let{t:i}=this.texts;return i("triggers.bar_label",{side:i(t.side==="with"?"triggers.with":"triggers.without"),twitch_nights:e.twitchNights,count:e.nights,percent:t.percent})}_renderBar(t,e){if(!e)return d;let{t:i}=this.texts,o=t.y+A.barHeight/2;return ft`<g class=${t.side} data-side=${t.side}>
      <text class="side" x="0" y=${o} dominant-baseline="central">${i(t.side==="with"?"triggers.with":"triggers.without")}</text>
      <rect class="track" x=${t.trackX} y=${t.y} width=${t.trackWidth} height=${A.barHeight} rx="4"></rect>
      <rect class="fill" x=${t.trackX} y=${t.y} width=${t.fillWidth} height=${A.barHeight} rx="4"></rect>
      <text class="count" x=${t.trackX+8} y=${o} dominant-baseline="central">${i("triggers.count",{twitch_nights:e.twitchNights,count:e.nights})} · ${t.percent}%</text>
    </g>`}static{this.styles=[b,_`
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
    `]}};c([h({attribute:!1})],_e.prototype,"comparison",2),c([h({attribute:!1})],_e.prototype,"texts",2);f("stc-trigger-bars",_e);var mr=1,Y=class extends m{constructor(){super(...arguments);this._insights=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{entryId:e,hass:i}=this;this._insights.need(`${e}|${this.event.tonight}|${this.event.revision}`,async()=>(await Te(i,e,mr)).trigger_insights)}render(){let{t:e}=this.texts;return a`<section class="card">
      <h2>${e("view.triggers")}</h2>
      <p class="secondary">${e("triggers.intro",{count:Qe})}</p>
      ${this._insights.error?a`<p class="error" role="alert">${this._insights.error}</p>`:d}
      ${this._insights.value?a`<ul class="triggers">
            ${this._insights.value.map(i=>a`<li class="trigger" data-trigger=${i.trigger}>
                <stc-trigger-bars .comparison=${_i(i)} .texts=${this.texts}></stc-trigger-bars>
              </li>`)}
          </ul>`:this._insights.error?d:a`<p class="secondary">${e("panel.loading")}</p>`}
    </section>`}static{this.styles=[b,_`
      .triggers {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
        gap: 20px 24px;
      }
    `]}};c([h({attribute:!1})],Y.prototype,"hass",2),c([h({attribute:!1})],Y.prototype,"entryId",2),c([h({attribute:!1})],Y.prototype,"event",2),c([h({attribute:!1})],Y.prototype,"texts",2);f("stc-triggers-view",Y);var wi="sleep_twitch_coach.sleeper",bi="sleep-twitch-coach:panel-connected",ur="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",_r=()=>{try{return localStorage.getItem(wi)}catch{return null}},E=class extends m{constructor(){super(...arguments);this.narrow=!1;this._view=Ke(location.search).view??"tonight";this._coach=new Ce(this,()=>{this.hass&&this._loadSleepers(this.hass)})}connectedCallback(){super.connectedCallback(),performance.getEntriesByName(bi).length||performance.mark(bi)}willUpdate(e){if(e.has("_sleeper")&&this._coach.follow(this.hass,this._sleeper),!e.has("hass")||!this.hass)return;this.toggleAttribute("dark",!!this.hass.themes?.darkMode);let i=this.hass.locale?.language??this.hass.language,o=`${this.hass.language}|${i}|${this.hass.locale?.time_format??""}`;o!==this._languageKey&&(this._languageKey=o,this._loadTexts(this.hass,i,o)),!e.get("hass")&&this._sleepers===void 0&&this._loadSleepers(this.hass)}async _loadTexts(e,i,o){let n=await zt(e.language,i),s=await jt(e,n);o===this._languageKey&&(this._texts={t:n,names:s,timeFormat:e.locale?.time_format})}async _loadSleepers(e){try{this._sleepers=await xt(e),this._sleeper=Wt(this._sleepers,Ke(location.search).sleeper,_r()),this._error=void 0}catch(i){this._sleepers=[],this._error=this._errorText(i)}}_errorText(e){return C(e,this._texts?.t("panel.error")??"Something went wrong.")}_remember(){let e=Bt(location.search,{sleeper:this._sleeper,view:this._view});history.replaceState(history.state,"",`${location.pathname}${e}${location.hash}`);try{this._sleeper&&localStorage.setItem(wi,this._sleeper)}catch{}}_selectSleeper(e){this._sleeper=e.detail.id,this._error=void 0,this._remember()}_selectView(e){this._view=e.detail.id,this._remember()}_toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let e=this._texts,i=e?.t("panel.title")??"Sleep coach";return a`<header class="header">
        <div class="toolbar">
          ${this.narrow?a`<button class="menu" aria-label=${e?.t("panel.menu")??"Menu"} @click=${this._toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ur}></path></svg>
              </button>`:d}
          <h1 class="title">${i}</h1>
        </div>
        ${e?this._renderTabs(e):d}
      </header>
      <main>${this._renderContent(e)}</main>`}_renderTabs({t:e}){let i=this._sleepers??[];return a`${i.length>1?a`<stc-tab-bar
            id="sleeper-tabs"
            class="sleepers"
            .label=${e("panel.sleepers")}
            .tabs=${i.map(o=>({id:o.entry_id,label:o.title}))}
            .selected=${this._sleeper??""}
            @tab-selected=${this._selectSleeper}
          ></stc-tab-bar>`:d}
      ${i.length?a`<stc-tab-bar
            id="view-tabs"
            class="views"
            .label=${e("panel.views")}
            .tabs=${le.map(o=>({id:o,label:e(`view.${o}`)}))}
            .selected=${this._view}
            @tab-selected=${this._selectView}
          ></stc-tab-bar>`:d}`}_renderContent(e){let i=this._error??(this._coach.error===void 0?void 0:this._errorText(this._coach.error));if(i)return a`<p class="error" role="alert">${i}</p>`;if(!e||!this.hass||this._sleepers===void 0)return a`<p class="secondary">${e?.t("panel.loading")??""}</p>`;if(!this._sleepers.length||!this._sleeper)return a`<p class="secondary empty">${e.t("panel.no_sleepers")}</p>`;let o=e.t(`view.${this._view}`);return a`<div role="tabpanel" id="view" class="view" aria-label=${o} data-view=${this._view}>
      ${this._coach.event?this._renderView(this.hass,this._sleeper,this._coach.event,e):a`<p class="secondary">${e.t("panel.loading")}</p>`}
    </div>`}_renderView(e,i,o,n){switch(this._view){case"tonight":return a`<stc-tonight-view .hass=${e} .entryId=${i} .event=${o} .texts=${n}></stc-tonight-view>`;case"nights":return a`<stc-nights-view .hass=${e} .entryId=${i} .event=${o} .texts=${n}></stc-nights-view>`;case"triggers":return a`<stc-triggers-view .hass=${e} .entryId=${i} .event=${o} .texts=${n}></stc-triggers-view>`;case"doctor":return a`<stc-doctor-view .hass=${e} .entryId=${i} .event=${o} .texts=${n}></stc-doctor-view>`}}static{this.styles=[b,_`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color, #fafafa);
        color-scheme: light;
      }
      :host([dark]) {
        color-scheme: dark;
      }
      .header {
        position: sticky;
        top: 0;
        z-index: 2;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        --stc-tab-text: var(--app-header-text-color, var(--text-primary-color, #fff));
        --stc-tab-selected: var(--app-header-text-color, var(--text-primary-color, #fff));
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: var(--header-height, 56px);
        padding: 0 12px 0 16px;
        gap: 8px;
      }
      .title {
        font-size: 20px;
        font-weight: 400;
        margin: 0;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .menu {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        width: 48px;
        height: 48px;
        margin-left: -12px;
        border: none;
        border-radius: 50%;
        background: none;
      }
      .menu svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
      stc-tab-bar {
        padding: 0 4px;
      }
      stc-tab-bar + stc-tab-bar {
        border-top: 1px solid color-mix(in srgb, currentColor 20%, transparent);
      }
      main {
        max-width: 1040px;
        margin: 0 auto;
        padding: 16px;
      }
      :host([narrow]) main {
        padding: 12px 8px;
      }
      @media print {
        :host {
          background: #fff;
          min-height: 0;
        }
        .header {
          display: none;
        }
        main {
          padding: 0;
        }
      }
    `]}};c([h({attribute:!1})],E.prototype,"hass",2),c([h({type:Boolean,reflect:!0})],E.prototype,"narrow",2),c([h({attribute:!1})],E.prototype,"panel",2),c([w()],E.prototype,"_texts",2),c([w()],E.prototype,"_sleepers",2),c([w()],E.prototype,"_sleeper",2),c([w()],E.prototype,"_view",2),c([w()],E.prototype,"_error",2);f("sleep-twitch-coach-panel",E);export{bi as PANEL_CONNECTED,E as SleepTwitchCoachPanel};
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
@lit/reactive-element/decorators/custom-element.js:
@lit/reactive-element/decorators/property.js:
@lit/reactive-element/decorators/state.js:
@lit/reactive-element/decorators/event-options.js:
@lit/reactive-element/decorators/base.js:
@lit/reactive-element/decorators/query.js:
@lit/reactive-element/decorators/query-all.js:
@lit/reactive-element/decorators/query-async.js:
@lit/reactive-element/decorators/query-assigned-nodes.js:
lit-html/directive.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/decorators/query-assigned-elements.js:
  (**
   * @license
   * Copyright 2021 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/directive-helpers.js:
lit-html/directives/live.js:
  (**
   * @license
   * Copyright 2020 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
