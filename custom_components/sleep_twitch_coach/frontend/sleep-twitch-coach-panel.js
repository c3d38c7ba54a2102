var Bi=Object.create;var pt=Object.defineProperty;var Ht=Object.getOwnPropertyDescriptor;var Ui=Object.getOwnPropertyNames;var qi=Object.getPrototypeOf,Fi=Object.prototype.hasOwnProperty;var be=(n,t)=>()=>{try{return t||n((t={exports:{}}).exports,t),t.exports}catch(e){throw t=0,e}};var Wi=(n,t,e,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of Ui(t))!Fi.call(n,r)&&r!==e&&pt(n,r,{get:()=>t[r],enumerable:!(i=Ht(t,r))||i.enumerable});return n};var we=(n,t,e)=>(e=n!=null?Bi(qi(n)):{},Wi(t||!n||!n.__esModule?pt(e,"default",{value:n,enumerable:!0}):e,n));var c=(n,t,e,i)=>{for(var r=i>1?void 0:i?Ht(t,e):t,o=n.length-1,s;o>=0;o--)(s=n[o])&&(r=(i?s(t,e,r):s(r))||r);return i&&r&&pt(t,e,r),r};var An=be((Us,_r)=>{_r.exports={"panel.menu":"Seitenleiste anzeigen","panel.sleepers":"Personen","panel.views":"Ansichten","panel.loading":"Wird geladen…","panel.no_sleepers":"Es ist noch keine Person eingerichtet. Füge eine unter Einstellungen → Geräte & Dienste hinzu.","panel.error":"Etwas ist schiefgelaufen.","view.tonight":"Heute Nacht","view.nights":"Nächte","view.what_helps":"Was hilft","view.doctor":"Arzt","tonight.log_heading":"Eintragen","tonight.log_twitch":"Zuckung","tonight.log_twitch_woke":"Zuckung hat mich geweckt","tonight.log_caffeine":"Koffein","tonight.log_exercise":"Training","tonight.intensity":"Intensität","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Welches Symptom?","tonight.cancel":"Abbrechen","tonight.logged":"Eingetragen: {what}","undo.button":"Rückgängig","undo.label":"Rückgängig: {what}","undo.removed":"Entfernt: {what}","tonight.read_only":"Dein Konto kann dieses Tagebuch nur lesen.","tonight.twitches":"Zuckungen heute Nacht","tonight.twitches_one":"Zuckung heute Nacht","tonight.woke_up":"{count}-mal aufgewacht","tonight.woke_up_none":"Keine Zuckung hat dich geweckt","tonight.twitch_nights_7d":"Nächte mit Zuckungen in den letzten 7: {count}","tonight.caffeine_after_cutoff":"Koffein nach dem heutigen Koffein-Stopp","tonight.late_exercise":"Intensives Training kurz vor der Schlafenszeit","tonight.next_bedtime":"Schlafenszeit {time}","tonight.next_caffeine_cutoff":"Koffein-Stopp {time}","tonight.wind_down":"Abendroutine","tonight.wind_down_done":"{done} von {total} erledigt","tonight.wind_down_empty":"Heute keine Schritte in der Abendroutine.","tonight.bedroom":"Schlafzimmer","tonight.bedroom_now":"Jetzt {temperature}","tonight.bedroom_target":"Ziel {target} ± {tolerance}","tonight.bedroom_unknown":"Noch keine Schlafzimmertemperatur.","tonight.legs":"Beinbewegungen heute Nacht","tonight.factors":"Faktoren heute Nacht","tonight.factors_hint":"Tippe an, was heute zutrifft; erneut tippen trägt mehr ein.","tonight.factor_logged":"{factor}, heute eingetragen","tonight.amount_question":"{factor}: wie viel?","tonight.amount_other":"Andere Menge","tonight.amount_log":"Eintragen","tonight.amount_invalid":"Gib eine Menge von {min} bis {max} ein.","tonight.calm_night":"Ruhige Nacht","tonight.calm_night_recorded":"Ruhige Nacht erfasst","tonight.calm_night_hint":"Heute keine Zuckungen? Sag es: Eine Nacht, in der nichts eingetragen wird, zählt nicht als ruhig.","status.too_cold":"Zu kalt","status.on_target":"Im Zielbereich","status.too_warm":"Zu warm","limbs.limb_movements":"Beinbewegungen","limbs.periodic_limb_movements":"Periodische Beinbewegungen","limbs.plm_index":"PLM-Index (pro Stunde)","limbs.caveat":"Von einem Sensor gemessen; ersetzt keine Untersuchung im Schlaflabor.","nights.heading":"Letzte {weeks} Wochen","nights.legend":"Zuckungen pro Nacht","nights.legend_woke":"Eine Zuckung hat dich geweckt","nights.cell":"{night}: {count} Zuckungen","nights.cell_one":"{night}: {count} Zuckung","nights.cell_woke":"{count}-mal aufgewacht","nights.cell_not_recorded":"{night}: nicht erfasst","nights.cell_calm":"{night}: ruhige Nacht, keine Zuckungen","nights.legend_not_recorded":"Nicht erfasst","nights.legend_calm":"Ruhige Nacht","details.twitches":"Zuckungen","details.woke":"Mit Aufwachen","details.body_parts":"Körperteile","details.factors":"Faktoren","details.bedroom":"Schlafzimmer zur Schlafenszeit","details.symptoms":"Symptome","details.notes":"Notizen","details.limb_movements":"Beinbewegungen","details.plm_index":"PLM-Index (pro Stunde im Bett)","details.left_leg":"Linkes Bein","details.right_leg":"Rechtes Bein","details.periodicity_index":"Periodizitätsindex","details.time_asleep":"Schlafdauer","details.plms_index":"PLMS-Index (pro Stunde Schlaf)","details.duration":"{hours} Std. {minutes} Min.","details.none":"Keine","details.not_recorded":"Nicht erfasst","details.no_data":"Nicht erfasst: Über diese Nacht ist nichts bekannt.","entries.heading":"Einträge","entries.tonight":"Heute Nacht eingetragen","entries.none":"Für diese Nacht ist noch nichts eingetragen.","entries.remove":"Entfernen","entries.remove_label":"{what} um {time} entfernen","entries.confirm":"Diesen Eintrag entfernen?","entries.confirm_yes":"Entfernen","entries.confirm_no":"Behalten","entries.gone":"Dieser Eintrag ist nicht mehr da, oder du kannst ihn nicht mehr entfernen.","entry.twitch":"Zuckung","entry.twitch_woke":"Zuckung, hat dich geweckt","entry.caffeine":"Koffein","entry.exercise":"Training","entry.symptom":"Symptom","entry.factor":"Faktor","entry.calm_night":"Ruhige Nacht","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} Min.","what_helps.intro":"In den letzten {count} Nächten, nur erfasste Nächte: wie oft Nächte mit einem Faktor Zuckungen hatten, verglichen mit Nächten ohne ihn. Der stärkste zuerst. Ein Zusammenhang beweist keine Ursache.","what_helps.period":"Verglichene Nächte","what_helps.period_option":"{count} Nächte","what_helps.none":"Noch nichts zu vergleichen.","what_helps.with":"Mit","what_helps.without":"Ohne","what_helps.before":"Davor","what_helps.during":"Während","what_helps.count":"{twitch_nights} von {count} Nächten","what_helps.count_one":"{twitch_nights} von {count} Nacht","what_helps.bar_label":"{side}: {twitch_nights} von {count} Nächten mit Zuckungen ({percent} %)","what_helps.difference":"Differenz","what_helps.interval":"{difference} Punkte, 95-%-Intervall {low} bis {high}","what_helps.interval_hint":"Die Linie zeigt die Differenz in Prozentpunkten und den Bereich, in dem sie plausibel liegt; ein Bereich über 0 hinweg heißt: kein klarer Unterschied.","what_helps.not_enough_detail":"Nächte mit: {with}; ohne: {without}. Nötig sind mindestens 3 auf jeder Seite.","what_helps.try_avoid":"{count} Nächte lang darauf verzichten","what_helps.try_do":"{count} Nächte lang ausprobieren","what_helps.try_change":"Eine Änderung ausprobieren","what_helps.try_avoid_short":"{count} Nächte vermeiden","what_helps.try_do_short":"{count} Nächte tun","what_helps.started":"Experiment gestartet: {change}","what_helps.one_at_a_time":"Immer nur ein Experiment: Ein neues kannst du starten, sobald dieses endet.","experiment_card.heading":"Experiment","experiment_card.night":"Nacht {night} von {count}","experiment_card.adherence":"Bisher in {kept} von {recorded} erfassten Nächten eingehalten","experiment_card.adherence_none":"Noch keine erfasste Nacht.","experiment_card.stop":"Beenden","experiment_card.stop_confirm":"Dieses Experiment jetzt beenden? Das Ergebnis umfasst dann nur die Nächte bis jetzt.","experiment_card.stop_yes":"Beenden","experiment_card.stop_no":"Weitermachen","experiment_card.finished":"Beendet: Nächte {started} bis {ended}","experiment_card.kept":"In {kept} von {recorded} erfassten Nächten eingehalten","experiment_card.during_only":"Währenddessen: {twitch_nights} von {count} Nächten mit Zuckungen","doctor.checklist":"Arzt-Checkliste","doctor.score":"Erfüllte Kriterien: {score}; ein Arztbesuch wird ab {threshold} empfohlen.","doctor.recommended":"Das Tagebuch erfüllt die Checkliste: Erwäge, mit einem Arzt zu sprechen.","doctor.not_recommended":"Das Tagebuch erfüllt die Checkliste nicht.","doctor.met":"Erfüllt","doctor.not_met":"Nicht erfüllt","doctor.report":"Bericht","doctor.range":"Nächte im Bericht","doctor.range_option":"{count} Nächte","doctor.print":"Drucken","doctor.download_csv":"Ganzes Tagebuch (CSV)","doctor.download_json":"Ganzes Tagebuch (JSON)","doctor.notes_hidden":"Die Texte der Notizen sehen nur die Person selbst und Administratoren.","criterion.frequent_twitching":"Zuckungen in den Beinen in mehr als drei Nächten pro Woche","criterion.wakes_regularly":"Zuckungen wecken dich regelmäßig","criterion.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","criterion.partner_reports_kicking":"Bettpartner berichtet von Tritten mit den Beinen","criterion.spreads_beyond_legs":"Zuckungen breiten sich auf Arme oder Rumpf aus","criterion.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","criterion.iron_deficiency":"Festgestellter Eisenmangel oder Blutarmut","criterion.persistent_two_weeks":"Zuckungen halten länger als zwei Wochen an","criterion.after_new_medication":"Zuckungen begannen nach einem neuen Medikament","criterion.periodic_limb_movements":"Mehr als 15 periodische Beinbewegungen pro Stunde in 3 der letzten 7 gemessenen Nächte","criterion.no_better_after_changes":"Zuckungen nicht besser nach einer mindestens 14 Nächte eingehaltenen Änderung","symptom.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","symptom.partner_reports_kicking":"Bettpartner berichtet von Tritten","symptom.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","symptom.daytime_sleepiness":"Tagesschläfrigkeit","symptom.new_medication":"Neues Medikament begonnen","body_part.legs":"Beine","body_part.arms":"Arme","body_part.trunk":"Rumpf","intensity.light":"Leicht","intensity.moderate":"Mäßig","intensity.vigorous":"Intensiv","amount.drinks":"{amount} Getränke","amount.drinks_one":"{amount} Getränk","amount.level":"Stufe {amount}","amount.litres":"{amount} l","unit.drinks":"Getränke","unit.level":"Stufe","unit.litres":"l","chip.water":"Wasser"}});var Sn=be((qs,fr)=>{fr.exports={"panel.menu":"Zijbalk weergeven","panel.sleepers":"Slapers","panel.views":"Weergaven","panel.loading":"Laden…","panel.no_sleepers":"Er is nog geen slaper ingesteld. Voeg er een toe via Instellingen → Apparaten & diensten.","panel.error":"Er is iets misgegaan.","view.tonight":"Vannacht","view.nights":"Nachten","view.what_helps":"Wat helpt","view.doctor":"Arts","tonight.log_heading":"Noteren","tonight.log_twitch":"Trekking","tonight.log_twitch_woke":"Trekking maakte me wakker","tonight.log_caffeine":"Cafeïne","tonight.log_exercise":"Training","tonight.intensity":"Intensiteit","tonight.log_symptom":"Symptoom…","tonight.choose_symptom":"Welk symptoom?","tonight.cancel":"Annuleren","tonight.logged":"Genoteerd: {what}","undo.button":"Ongedaan maken","undo.label":"Ongedaan maken: {what}","undo.removed":"Verwijderd: {what}","tonight.read_only":"Met je account kun je dit dagboek alleen lezen.","tonight.twitches":"trekkingen vannacht","tonight.twitches_one":"trekking vannacht","tonight.woke_up":"{count} keer wakker geworden","tonight.woke_up_none":"Geen trekking heeft je gewekt","tonight.twitch_nights_7d":"Nachten met trekkingen in de laatste 7: {count}","tonight.caffeine_after_cutoff":"Cafeïne na de cafeïnestop van vandaag","tonight.late_exercise":"Intensieve training vlak voor bedtijd","tonight.next_bedtime":"Bedtijd {time}","tonight.next_caffeine_cutoff":"Cafeïnestop {time}","tonight.wind_down":"Avondroutine","tonight.wind_down_done":"{done} van {total} gedaan","tonight.wind_down_empty":"Vanavond geen stappen in de avondroutine.","tonight.bedroom":"Slaapkamer","tonight.bedroom_now":"Nu {temperature}","tonight.bedroom_target":"Doel {target} ± {tolerance}","tonight.bedroom_unknown":"Nog geen slaapkamertemperatuur.","tonight.legs":"Beenbewegingen vannacht","tonight.factors":"Factoren vannacht","tonight.factors_hint":"Tik aan wat vannacht van toepassing is; nog eens tikken legt meer vast.","tonight.factor_logged":"{factor}, vannacht vastgelegd","tonight.amount_question":"{factor}: hoeveel?","tonight.amount_other":"Andere hoeveelheid","tonight.amount_log":"Vastleggen","tonight.amount_invalid":"Vul een hoeveelheid in van {min} tot {max}.","tonight.calm_night":"Rustige nacht","tonight.calm_night_recorded":"Rustige nacht vastgelegd","tonight.calm_night_hint":"Vannacht geen trekkingen? Zeg het: een nacht waarin niets is vastgelegd, telt niet als rustig.","status.too_cold":"Te koud","status.on_target":"Op temperatuur","status.too_warm":"Te warm","limbs.limb_movements":"Beenbewegingen","limbs.periodic_limb_movements":"Periodieke beenbewegingen","limbs.plm_index":"PLM-index (per uur)","limbs.caveat":"Gemeten door een sensor; dit is geen slaaponderzoek.","nights.heading":"Laatste {weeks} weken","nights.legend":"Trekkingen per nacht","nights.legend_woke":"Een trekking maakte je wakker","nights.cell":"{night}: {count} trekkingen","nights.cell_one":"{night}: {count} trekking","nights.cell_woke":"{count} keer wakker geworden","nights.cell_not_recorded":"{night}: niet vastgelegd","nights.cell_calm":"{night}: rustige nacht, geen trekkingen","nights.legend_not_recorded":"Niet vastgelegd","nights.legend_calm":"Rustige nacht","details.twitches":"Trekkingen","details.woke":"Wakker geworden","details.body_parts":"Lichaamsdelen","details.factors":"Factoren","details.bedroom":"Slaapkamer bij bedtijd","details.symptoms":"Symptomen","details.notes":"Notities","details.limb_movements":"Beenbewegingen","details.plm_index":"PLM-index (per uur in bed)","details.left_leg":"Linkerbeen","details.right_leg":"Rechterbeen","details.periodicity_index":"Periodiciteitsindex","details.time_asleep":"Slaaptijd","details.plms_index":"PLMS-index (per uur slaap)","details.duration":"{hours} u {minutes} min","details.none":"Geen","details.not_recorded":"Niet geregistreerd","details.no_data":"Niet vastgelegd: over deze nacht is niets bekend.","entries.heading":"Registraties","entries.tonight":"Vannacht genoteerd","entries.none":"Voor deze nacht is nog niets genoteerd.","entries.remove":"Verwijderen","entries.remove_label":"{what} om {time} verwijderen","entries.confirm":"Deze registratie verwijderen?","entries.confirm_yes":"Verwijderen","entries.confirm_no":"Behouden","entries.gone":"Deze registratie is er niet meer, of je kunt hem niet meer verwijderen.","entry.twitch":"Trekking","entry.twitch_woke":"Trekking, maakte je wakker","entry.caffeine":"Cafeïne","entry.exercise":"Training","entry.symptom":"Symptoom","entry.factor":"Factor","entry.calm_night":"Rustige nacht","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} min","what_helps.intro":"De laatste {count} nachten, alleen vastgelegde nachten: hoe vaak nachten met een factor trekkingen hadden, vergeleken met nachten zonder. De sterkste eerst. Een verband is geen bewijs van een oorzaak.","what_helps.period":"Vergeleken nachten","what_helps.period_option":"{count} nachten","what_helps.none":"Nog niets om te vergelijken.","what_helps.with":"Met","what_helps.without":"Zonder","what_helps.before":"Ervoor","what_helps.during":"Tijdens","what_helps.count":"{twitch_nights} van {count} nachten","what_helps.count_one":"{twitch_nights} van {count} nacht","what_helps.bar_label":"{side}: {twitch_nights} van {count} nachten met trekkingen ({percent}%)","what_helps.difference":"Verschil","what_helps.interval":"{difference} punten, 95%-interval {low} tot {high}","what_helps.interval_hint":"De lijn toont het verschil in procentpunten en het bereik waarin het aannemelijk ligt; een bereik over 0 heen betekent: geen duidelijk verschil.","what_helps.not_enough_detail":"Nachten met: {with}; zonder: {without}. Aan elke kant zijn er minstens 3 nodig.","what_helps.try_avoid":"Probeer dit {count} nachten te vermijden","what_helps.try_do":"Probeer dit {count} nachten","what_helps.try_change":"Een verandering proberen","what_helps.try_avoid_short":"{count} nachten vermijden","what_helps.try_do_short":"{count} nachten doen","what_helps.started":"Experiment gestart: {change}","what_helps.one_at_a_time":"Eén experiment tegelijk: je kunt een nieuw starten zodra dit afloopt.","experiment_card.heading":"Experiment","experiment_card.night":"Nacht {night} van {count}","experiment_card.adherence":"Tot nu toe volgehouden in {kept} van {recorded} vastgelegde nachten","experiment_card.adherence_none":"Nog geen vastgelegde nacht.","experiment_card.stop":"Stoppen","experiment_card.stop_confirm":"Dit experiment nu stoppen? De uitkomst gaat dan alleen over de nachten tot nu toe.","experiment_card.stop_yes":"Stoppen","experiment_card.stop_no":"Doorgaan","experiment_card.finished":"Afgelopen: nachten {started} tot {ended}","experiment_card.kept":"Volgehouden in {kept} van {recorded} vastgelegde nachten","experiment_card.during_only":"Tijdens: {twitch_nights} van {count} nachten met trekkingen","doctor.checklist":"Checklist doktersbezoek","doctor.score":"Criteria voldaan: {score}; een doktersbezoek wordt aangeraden vanaf {threshold}.","doctor.recommended":"Het dagboek voldoet aan de checklist: overweeg met een arts te praten.","doctor.not_recommended":"Het dagboek voldoet niet aan de checklist.","doctor.met":"Voldaan","doctor.not_met":"Niet voldaan","doctor.report":"Rapport","doctor.range":"Nachten in het rapport","doctor.range_option":"{count} nachten","doctor.print":"Afdrukken","doctor.download_csv":"Heel dagboek (CSV)","doctor.download_json":"Heel dagboek (JSON)","doctor.notes_hidden":"Notitieteksten zijn alleen zichtbaar voor de slaper en beheerders.","criterion.frequent_twitching":"Trekkingen in de benen op meer dan drie nachten per week","criterion.wakes_regularly":"Trekkingen maken je regelmatig wakker","criterion.urge_to_move":"Een drang om de benen te bewegen in rust","criterion.partner_reports_kicking":"Een bedpartner merkt schoppende benen op","criterion.spreads_beyond_legs":"Trekkingen breiden zich uit naar de armen of de romp","criterion.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","criterion.iron_deficiency":"Vastgesteld ijzertekort of bloedarmoede","criterion.persistent_two_weeks":"Trekkingen die langer dan twee weken aanhouden","criterion.after_new_medication":"Trekkingen begonnen na een nieuw medicijn","criterion.periodic_limb_movements":"Meer dan 15 periodieke beenbewegingen per uur in 3 van de laatste 7 gemeten nachten","criterion.no_better_after_changes":"Trekkingen niet beter na een verandering die minstens 14 nachten is volgehouden","symptom.urge_to_move":"Drang om de benen te bewegen in rust","symptom.partner_reports_kicking":"Bedpartner merkt schoppen op","symptom.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","symptom.daytime_sleepiness":"Slaperigheid overdag","symptom.new_medication":"Met een nieuw medicijn begonnen","body_part.legs":"Benen","body_part.arms":"Armen","body_part.trunk":"Romp","intensity.light":"Licht","intensity.moderate":"Matig","intensity.vigorous":"Intensief","amount.drinks":"{amount} drankjes","amount.drinks_one":"{amount} drankje","amount.level":"niveau {amount}","amount.litres":"{amount} l","unit.drinks":"drankjes","unit.level":"niveau","unit.litres":"l","chip.water":"Water"}});var Tn=be((Fs,br)=>{br.exports={"panel.menu":"Afficher la barre latérale","panel.sleepers":"Dormeurs","panel.views":"Vues","panel.loading":"Chargement…","panel.no_sleepers":"Aucun dormeur n'est encore configuré. Ajoutez-en un dans Paramètres → Appareils et services.","panel.error":"Une erreur s'est produite.","view.tonight":"Cette nuit","view.nights":"Nuits","view.what_helps":"Ce qui aide","view.doctor":"Médecin","tonight.log_heading":"Noter","tonight.log_twitch":"Secousse","tonight.log_twitch_woke":"Secousse avec réveil","tonight.log_caffeine":"Caféine","tonight.log_exercise":"Activité physique","tonight.intensity":"Intensité","tonight.log_symptom":"Symptôme…","tonight.choose_symptom":"Quel symptôme ?","tonight.cancel":"Annuler","tonight.logged":"Noté : {what}","undo.button":"Annuler","undo.label":"Annuler : {what}","undo.removed":"Supprimé : {what}","tonight.read_only":"Votre compte ne peut que lire ce journal.","tonight.twitches":"secousses cette nuit","tonight.twitches_one":"secousse cette nuit","tonight.woke_up":"Réveils : {count}","tonight.woke_up_none":"Aucune secousse ne vous a réveillé","tonight.twitch_nights_7d":"Nuits avec secousses sur les 7 dernières : {count}","tonight.caffeine_after_cutoff":"Caféine après l'heure limite du jour","tonight.late_exercise":"Activité physique intense proche de l'heure du coucher","tonight.next_bedtime":"Coucher : {time}","tonight.next_caffeine_cutoff":"Heure limite pour la caféine : {time}","tonight.wind_down":"Détente du soir","tonight.wind_down_done":"Étapes effectuées : {done} sur {total}","tonight.wind_down_empty":"Aucune étape de détente prévue ce soir.","tonight.bedroom":"Chambre","tonight.bedroom_now":"{temperature} en ce moment","tonight.bedroom_target":"Cible : {target} ± {tolerance}","tonight.bedroom_unknown":"Pas encore de température de la chambre.","tonight.legs":"Mouvements des jambes cette nuit","tonight.factors":"Facteurs de cette nuit","tonight.factors_hint":"Touchez ce qui s'applique cette nuit ; touchez à nouveau pour en noter plus.","tonight.factor_logged":"{factor}, noté cette nuit","tonight.amount_question":"{factor} : combien ?","tonight.amount_other":"Autre quantité","tonight.amount_log":"Noter","tonight.amount_invalid":"Saisissez une quantité de {min} à {max}.","tonight.calm_night":"Nuit calme","tonight.calm_night_recorded":"Nuit calme enregistrée","tonight.calm_night_hint":"Pas de secousses cette nuit ? Dites-le : une nuit où rien n'est noté ne compte pas comme calme.","status.too_cold":"Trop froid","status.on_target":"Conforme","status.too_warm":"Trop chaud","limbs.limb_movements":"Mouvements des jambes","limbs.periodic_limb_movements":"Mouvements périodiques des jambes","limbs.plm_index":"Indice PLM (par heure)","limbs.caveat":"Mesuré par un capteur ; ce n'est pas un examen du sommeil.","nights.heading":"{weeks} dernières semaines","nights.legend":"Secousses par nuit","nights.legend_woke":"Réveil dû à une secousse","nights.cell":"{night} : {count} secousses","nights.cell_one":"{night} : {count} secousse","nights.cell_woke":"réveils : {count}","nights.cell_not_recorded":"{night} : non enregistrée","nights.cell_calm":"{night} : nuit calme, sans secousses","nights.legend_not_recorded":"Non enregistrée","nights.legend_calm":"Nuit calme","details.twitches":"Secousses","details.woke":"Réveils","details.body_parts":"Parties du corps","details.factors":"Facteurs","details.bedroom":"Chambre au coucher","details.symptoms":"Symptômes","details.notes":"Notes","details.limb_movements":"Mouvements des jambes","details.plm_index":"Indice PLM (par heure au lit)","details.left_leg":"Jambe gauche","details.right_leg":"Jambe droite","details.periodicity_index":"Indice de périodicité","details.time_asleep":"Temps de sommeil","details.plms_index":"Indice PLMS (par heure de sommeil)","details.duration":"{hours} h {minutes} min","details.none":"Aucun","details.not_recorded":"Pas de relevé","details.no_data":"Non enregistrée : on ne sait rien de cette nuit.","entries.heading":"Événements notés","entries.tonight":"Noté cette nuit","entries.none":"Rien n'est encore noté pour cette nuit.","entries.remove":"Supprimer","entries.remove_label":"Supprimer {what} à {time}","entries.confirm":"Supprimer cet événement ?","entries.confirm_yes":"Supprimer","entries.confirm_no":"Le garder","entries.gone":"Cet événement n'existe plus, ou vous ne pouvez plus le supprimer.","entry.twitch":"Secousse","entry.twitch_woke":"Secousse, vous a réveillé","entry.caffeine":"Caféine","entry.exercise":"Activité physique","entry.symptom":"Symptôme","entry.factor":"Facteur","entry.calm_night":"Nuit calme","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} min","what_helps.intro":"Sur les {count} dernières nuits, nuits enregistrées uniquement : combien de nuits avec chaque facteur ont eu des secousses, comparées aux nuits sans. Le plus marqué d'abord. Un lien ne prouve pas une cause.","what_helps.period":"Nuits comparées","what_helps.period_option":"{count} nuits","what_helps.none":"Rien à comparer pour l'instant.","what_helps.with":"Avec","what_helps.without":"Sans","what_helps.before":"Avant","what_helps.during":"Pendant","what_helps.count":"{twitch_nights} nuits sur {count}","what_helps.count_one":"{twitch_nights} nuit sur {count}","what_helps.bar_label":"{side} : secousses pendant {twitch_nights} nuits sur {count} ({percent} %)","what_helps.difference":"Écart","what_helps.interval":"{difference} points, intervalle à 95 % de {low} à {high}","what_helps.interval_hint":"Le trait montre l'écart en points de pourcentage et la plage où il se situe de façon plausible ; une plage qui englobe 0 signifie : pas d'écart net.","what_helps.not_enough_detail":"Nuits avec : {with} ; sans : {without}. Il en faut au moins 3 de chaque côté.","what_helps.try_avoid":"Essayer de l'éviter pendant {count} nuits","what_helps.try_do":"L'essayer pendant {count} nuits","what_helps.try_change":"Essayer un changement","what_helps.try_avoid_short":"L'éviter {count} nuits","what_helps.try_do_short":"Le faire {count} nuits","what_helps.started":"Essai commencé : {change}","what_helps.one_at_a_time":"Un essai à la fois : vous pourrez en commencer un autre quand celui-ci sera terminé.","experiment_card.heading":"Essai","experiment_card.night":"Nuit {night} sur {count}","experiment_card.adherence":"Tenu pendant {kept} des {recorded} nuits enregistrées jusqu'ici","experiment_card.adherence_none":"Aucune nuit enregistrée pour l'instant.","experiment_card.stop":"Arrêter","experiment_card.stop_confirm":"Arrêter cet essai maintenant ? Son résultat ne portera que sur les nuits passées.","experiment_card.stop_yes":"Arrêter","experiment_card.stop_no":"Continuer","experiment_card.finished":"Terminé : nuits du {started} au {ended}","experiment_card.kept":"Tenu pendant {kept} des {recorded} nuits enregistrées","experiment_card.during_only":"Pendant : secousses pendant {twitch_nights} nuits sur {count}","doctor.checklist":"Liste de contrôle médicale","doctor.score":"Critères remplis : {score} ; une consultation est conseillée à partir de {threshold}.","doctor.recommended":"Le journal remplit la liste de contrôle : envisagez de parler à un médecin.","doctor.not_recommended":"Le journal ne remplit pas la liste de contrôle.","doctor.met":"Rempli","doctor.not_met":"Non rempli","doctor.report":"Rapport","doctor.range":"Nuits dans le rapport","doctor.range_option":"{count} nuits","doctor.print":"Imprimer","doctor.download_csv":"Journal complet (CSV)","doctor.download_json":"Journal complet (JSON)","doctor.notes_hidden":"Le texte des notes n'est visible que par le dormeur et les administrateurs.","criterion.frequent_twitching":"Secousses dans les jambes plus de trois nuits par semaine","criterion.wakes_regularly":"Les secousses vous réveillent régulièrement","criterion.urge_to_move":"Un besoin impérieux de bouger les jambes au repos","criterion.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","criterion.spreads_beyond_legs":"Les secousses s'étendent aux bras ou au tronc","criterion.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","criterion.iron_deficiency":"Carence en fer ou anémie diagnostiquée","criterion.persistent_two_weeks":"Secousses qui persistent depuis plus de deux semaines","criterion.after_new_medication":"Secousses apparues après un nouveau médicament","criterion.periodic_limb_movements":"Plus de 15 mouvements périodiques des jambes par heure sur 3 des 7 dernières nuits mesurées","criterion.no_better_after_changes":"Secousses pas meilleures après un changement tenu au moins 14 nuits","symptom.urge_to_move":"Besoin impérieux de bouger les jambes au repos","symptom.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","symptom.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","symptom.daytime_sleepiness":"Somnolence diurne","symptom.new_medication":"Début d'un nouveau médicament","body_part.legs":"Jambes","body_part.arms":"Bras","body_part.trunk":"Tronc","intensity.light":"Légère","intensity.moderate":"Modérée","intensity.vigorous":"Intense","amount.drinks":"{amount} verres","amount.drinks_one":"{amount} verre","amount.level":"niveau {amount}","amount.litres":"{amount} l","unit.drinks":"verres","unit.level":"niveau","unit.litres":"l","chip.water":"Eau"}});var Cn=be((Ws,wr)=>{wr.exports={"panel.menu":"Mostrar la barra lateral","panel.sleepers":"Personas","panel.views":"Vistas","panel.loading":"Cargando…","panel.no_sleepers":"Todavía no hay ninguna persona configurada. Añade una en Ajustes → Dispositivos y servicios.","panel.error":"Algo salió mal.","view.tonight":"Esta noche","view.nights":"Noches","view.what_helps":"Qué ayuda","view.doctor":"Médico","tonight.log_heading":"Registrar","tonight.log_twitch":"Sacudida","tonight.log_twitch_woke":"Sacudida que me despertó","tonight.log_caffeine":"Cafeína","tonight.log_exercise":"Ejercicio","tonight.intensity":"Intensidad","tonight.log_symptom":"Síntoma…","tonight.choose_symptom":"¿Qué síntoma?","tonight.cancel":"Cancelar","tonight.logged":"Registrado: {what}","undo.button":"Deshacer","undo.label":"Deshacer: {what}","undo.removed":"Eliminado: {what}","tonight.read_only":"Tu cuenta solo puede leer este diario.","tonight.twitches":"sacudidas esta noche","tonight.twitches_one":"sacudida esta noche","tonight.woke_up":"Despertares: {count}","tonight.woke_up_none":"Ningún espasmo te despertó","tonight.twitch_nights_7d":"Noches con sacudidas en las últimas 7: {count}","tonight.caffeine_after_cutoff":"Cafeína después de la hora límite de hoy","tonight.late_exercise":"Ejercicio intenso cerca de la hora de acostarse","tonight.next_bedtime":"Hora de acostarse: {time}","tonight.next_caffeine_cutoff":"Hora límite de cafeína: {time}","tonight.wind_down":"Rutina de relajación","tonight.wind_down_done":"{done} de {total} completados","tonight.wind_down_empty":"Esta noche no hay pasos en la rutina de relajación.","tonight.bedroom":"Dormitorio","tonight.bedroom_now":"{temperature} ahora","tonight.bedroom_target":"Deseada: {target} ± {tolerance}","tonight.bedroom_unknown":"Aún no hay temperatura del dormitorio.","tonight.legs":"Movimientos de las piernas esta noche","tonight.factors":"Factores de esta noche","tonight.factors_hint":"Toca lo que aplique esta noche; vuelve a tocar para anotar más.","tonight.factor_logged":"{factor}, anotado esta noche","tonight.amount_question":"{factor}: ¿cuánto?","tonight.amount_other":"Otra cantidad","tonight.amount_log":"Anotar","tonight.amount_invalid":"Introduce una cantidad de {min} a {max}.","tonight.calm_night":"Noche tranquila","tonight.calm_night_recorded":"Noche tranquila registrada","tonight.calm_night_hint":"¿Sin sacudidas esta noche? Dilo: una noche en la que no se anota nada no cuenta como tranquila.","status.too_cold":"Demasiado frío","status.on_target":"Adecuado","status.too_warm":"Demasiado cálido","limbs.limb_movements":"Movimientos de las piernas","limbs.periodic_limb_movements":"Movimientos periódicos de las piernas","limbs.plm_index":"Índice PLM (por hora)","limbs.caveat":"Medido por un sensor; no es un estudio del sueño.","nights.heading":"Últimas {weeks} semanas","nights.legend":"Sacudidas por noche","nights.legend_woke":"Una sacudida te despertó","nights.cell":"{night}: {count} sacudidas","nights.cell_one":"{night}: {count} sacudida","nights.cell_woke":"despertares: {count}","nights.cell_not_recorded":"{night}: no registrada","nights.cell_calm":"{night}: noche tranquila, sin sacudidas","nights.legend_not_recorded":"No registrada","nights.legend_calm":"Noche tranquila","details.twitches":"Sacudidas","details.woke":"Despertares","details.body_parts":"Partes del cuerpo","details.factors":"Factores","details.bedroom":"Dormitorio a la hora de acostarse","details.symptoms":"Síntomas","details.notes":"Notas","details.limb_movements":"Movimientos de las piernas","details.plm_index":"Índice PLM (por hora en la cama)","details.left_leg":"Pierna izquierda","details.right_leg":"Pierna derecha","details.periodicity_index":"Índice de periodicidad","details.time_asleep":"Tiempo dormido","details.plms_index":"Índice PLMS (por hora de sueño)","details.duration":"{hours} h {minutes} min","details.none":"Ninguno","details.not_recorded":"Sin registrar","details.no_data":"No registrada: no se sabe nada de esta noche.","entries.heading":"Registros","entries.tonight":"Registrado esta noche","entries.none":"Todavía no hay nada registrado en esta noche.","entries.remove":"Eliminar","entries.remove_label":"Eliminar {what} a las {time}","entries.confirm":"¿Eliminar este registro?","entries.confirm_yes":"Eliminar","entries.confirm_no":"Conservarlo","entries.gone":"Este registro ya no existe o ya no puedes eliminarlo.","entry.twitch":"Sacudida","entry.twitch_woke":"Sacudida, te despertó","entry.caffeine":"Cafeína","entry.exercise":"Ejercicio","entry.symptom":"Síntoma","entry.factor":"Factor","entry.calm_night":"Noche tranquila","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} min","what_helps.intro":"En las últimas {count} noches, solo noches registradas: con qué frecuencia las noches con cada factor tuvieron sacudidas, comparadas con las noches sin él. Primero el más marcado. Una relación no demuestra una causa.","what_helps.period":"Noches comparadas","what_helps.period_option":"{count} noches","what_helps.none":"Aún no hay nada que comparar.","what_helps.with":"Con","what_helps.without":"Sin","what_helps.before":"Antes","what_helps.during":"Durante","what_helps.count":"{twitch_nights} de {count} noches","what_helps.count_one":"{twitch_nights} de {count} noche","what_helps.bar_label":"{side}: sacudidas en {twitch_nights} de {count} noches ({percent} %)","what_helps.difference":"Diferencia","what_helps.interval":"{difference} puntos, intervalo del 95 % de {low} a {high}","what_helps.interval_hint":"La línea muestra la diferencia en puntos porcentuales y el rango en que plausiblemente está; un rango que cruza el 0 significa: ninguna diferencia clara.","what_helps.not_enough_detail":"Noches con él: {with}; sin él: {without}. Hacen falta al menos 3 en cada lado.","what_helps.try_avoid":"Probar a evitarlo {count} noches","what_helps.try_do":"Probarlo {count} noches","what_helps.try_change":"Probar un cambio","what_helps.try_avoid_short":"Evitarlo {count} noches","what_helps.try_do_short":"Hacerlo {count} noches","what_helps.started":"Experimento iniciado: {change}","what_helps.one_at_a_time":"Un experimento cada vez: podrás empezar otro cuando este termine.","experiment_card.heading":"Experimento","experiment_card.night":"Noche {night} de {count}","experiment_card.adherence":"Cumplido hasta ahora en {kept} de {recorded} noches registradas","experiment_card.adherence_none":"Aún no hay ninguna noche registrada.","experiment_card.stop":"Detener","experiment_card.stop_confirm":"¿Detener este experimento ahora? Su resultado solo abarcará las noches hasta hoy.","experiment_card.stop_yes":"Detenerlo","experiment_card.stop_no":"Seguir","experiment_card.finished":"Terminado: noches del {started} al {ended}","experiment_card.kept":"Cumplido en {kept} de {recorded} noches registradas","experiment_card.during_only":"Durante: sacudidas en {twitch_nights} de {count} noches","doctor.checklist":"Lista de verificación médica","doctor.score":"Criterios cumplidos: {score}; se recomienda ir al médico a partir de {threshold}.","doctor.recommended":"El diario cumple la lista de verificación: considera consultar a un médico.","doctor.not_recommended":"El diario no cumple la lista de verificación.","doctor.met":"Cumplido","doctor.not_met":"No cumplido","doctor.report":"Informe","doctor.range":"Noches en el informe","doctor.range_option":"{count} noches","doctor.print":"Imprimir","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"El texto de las notas solo lo ven la propia persona y los administradores.","criterion.frequent_twitching":"Sacudidas en las piernas más de tres noches por semana","criterion.wakes_regularly":"Las sacudidas te despiertan con regularidad","criterion.urge_to_move":"Una necesidad imperiosa de mover las piernas en reposo","criterion.partner_reports_kicking":"La pareja de cama nota patadas con las piernas","criterion.spreads_beyond_legs":"Las sacudidas se extienden a los brazos o al tronco","criterion.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","criterion.iron_deficiency":"Déficit de hierro o anemia diagnosticados","criterion.persistent_two_weeks":"Sacudidas que persisten más de dos semanas","criterion.after_new_medication":"Las sacudidas empezaron tras un nuevo medicamento","criterion.periodic_limb_movements":"Más de 15 movimientos periódicos de las piernas por hora en 3 de las últimas 7 noches medidas","criterion.no_better_after_changes":"Las sacudidas no mejoraron tras un cambio mantenido al menos 14 noches","symptom.urge_to_move":"Necesidad imperiosa de mover las piernas en reposo","symptom.partner_reports_kicking":"La pareja de cama nota patadas","symptom.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","symptom.daytime_sleepiness":"Somnolencia diurna","symptom.new_medication":"Inicio de un nuevo medicamento","body_part.legs":"Piernas","body_part.arms":"Brazos","body_part.trunk":"Tronco","intensity.light":"Ligera","intensity.moderate":"Moderada","intensity.vigorous":"Intensa","amount.drinks":"{amount} bebidas","amount.drinks_one":"{amount} bebida","amount.level":"nivel {amount}","amount.litres":"{amount} l","unit.drinks":"bebidas","unit.level":"nivel","unit.litres":"l","chip.water":"Agua"}});var Ln=be((Ks,vr)=>{vr.exports={"panel.menu":"Mostra la barra laterale","panel.sleepers":"Persone","panel.views":"Viste","panel.loading":"Caricamento…","panel.no_sleepers":"Non è ancora configurata nessuna persona. Aggiungine una in Impostazioni → Dispositivi e servizi.","panel.error":"Si è verificato un errore.","view.tonight":"Stanotte","view.nights":"Notti","view.what_helps":"Cosa aiuta","view.doctor":"Medico","tonight.log_heading":"Registra","tonight.log_twitch":"Scatto","tonight.log_twitch_woke":"Scatto che mi ha svegliato","tonight.log_caffeine":"Caffeina","tonight.log_exercise":"Attività fisica","tonight.intensity":"Intensità","tonight.log_symptom":"Sintomo…","tonight.choose_symptom":"Quale sintomo?","tonight.cancel":"Annulla","tonight.logged":"Registrato: {what}","undo.button":"Annulla","undo.label":"Annulla: {what}","undo.removed":"Rimosso: {what}","tonight.read_only":"Il tuo account può solo leggere questo diario.","tonight.twitches":"scatti stanotte","tonight.twitches_one":"scatto stanotte","tonight.woke_up":"Risvegli: {count}","tonight.woke_up_none":"Nessuna scossa ti ha svegliato","tonight.twitch_nights_7d":"Notti con scatti nelle ultime 7: {count}","tonight.caffeine_after_cutoff":"Caffeina dopo l'orario limite di oggi","tonight.late_exercise":"Attività fisica intensa vicino all'ora di andare a letto","tonight.next_bedtime":"Ora di andare a letto: {time}","tonight.next_caffeine_cutoff":"Orario limite per la caffeina: {time}","tonight.wind_down":"Rilassamento serale","tonight.wind_down_done":"{done} di {total} completati","tonight.wind_down_empty":"Nessun passaggio di rilassamento serale stasera.","tonight.bedroom":"Camera da letto","tonight.bedroom_now":"{temperature} adesso","tonight.bedroom_target":"Desiderata: {target} ± {tolerance}","tonight.bedroom_unknown":"Nessuna temperatura della camera da letto per ora.","tonight.legs":"Movimenti delle gambe stanotte","tonight.factors":"Fattori di stanotte","tonight.factors_hint":"Tocca ciò che vale per stanotte; tocca di nuovo per annotarne di più.","tonight.factor_logged":"{factor}, annotato stanotte","tonight.amount_question":"{factor}: quanto?","tonight.amount_other":"Altra quantità","tonight.amount_log":"Annota","tonight.amount_invalid":"Inserisci una quantità da {min} a {max}.","tonight.calm_night":"Notte tranquilla","tonight.calm_night_recorded":"Notte tranquilla registrata","tonight.calm_night_hint":"Nessuno scatto stanotte? Dillo: una notte in cui non si annota nulla non conta come tranquilla.","status.too_cold":"Troppo freddo","status.on_target":"Nella norma","status.too_warm":"Troppo caldo","limbs.limb_movements":"Movimenti delle gambe","limbs.periodic_limb_movements":"Movimenti periodici delle gambe","limbs.plm_index":"Indice PLM (all'ora)","limbs.caveat":"Misurati da un sensore; non è uno studio del sonno.","nights.heading":"Ultime {weeks} settimane","nights.legend":"Scatti per notte","nights.legend_woke":"Uno scatto ti ha svegliato","nights.cell":"{night}: {count} scatti","nights.cell_one":"{night}: {count} scatto","nights.cell_woke":"risvegli: {count}","nights.cell_not_recorded":"{night}: non registrata","nights.cell_calm":"{night}: notte tranquilla, nessuno scatto","nights.legend_not_recorded":"Non registrata","nights.legend_calm":"Notte tranquilla","details.twitches":"Scatti","details.woke":"Risvegli","details.body_parts":"Parti del corpo","details.factors":"Fattori","details.bedroom":"Camera all'ora di andare a letto","details.symptoms":"Sintomi","details.notes":"Note","details.limb_movements":"Movimenti delle gambe","details.plm_index":"Indice PLM (per ora a letto)","details.left_leg":"Gamba sinistra","details.right_leg":"Gamba destra","details.periodicity_index":"Indice di periodicità","details.time_asleep":"Tempo di sonno","details.plms_index":"Indice PLMS (per ora di sonno)","details.duration":"{hours} h {minutes} min","details.none":"Nessuno","details.not_recorded":"Non registrata","details.no_data":"Non registrata: di questa notte non si sa nulla.","entries.heading":"Registrazioni","entries.tonight":"Registrato stanotte","entries.none":"Ancora nulla di registrato per questa notte.","entries.remove":"Rimuovi","entries.remove_label":"Rimuovi {what} delle {time}","entries.confirm":"Rimuovere questa registrazione?","entries.confirm_yes":"Rimuovi","entries.confirm_no":"Tienila","entries.gone":"Questa registrazione non c'è più, oppure non puoi più rimuoverla.","entry.twitch":"Scatto","entry.twitch_woke":"Scatto, ti ha svegliato","entry.caffeine":"Caffeina","entry.exercise":"Attività fisica","entry.symptom":"Sintomo","entry.factor":"Fattore","entry.calm_night":"Notte tranquilla","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} min","what_helps.intro":"Nelle ultime {count} notti, solo notti registrate: quanto spesso le notti con ciascun fattore hanno avuto scatti, rispetto alle notti senza. Prima il più marcato. Un legame non prova una causa.","what_helps.period":"Notti confrontate","what_helps.period_option":"{count} notti","what_helps.none":"Ancora niente da confrontare.","what_helps.with":"Con","what_helps.without":"Senza","what_helps.before":"Prima","what_helps.during":"Durante","what_helps.count":"{twitch_nights} notti su {count}","what_helps.count_one":"{twitch_nights} notte su {count}","what_helps.bar_label":"{side}: scatti in {twitch_nights} notti su {count} ({percent} %)","what_helps.difference":"Differenza","what_helps.interval":"{difference} punti, intervallo al 95 % da {low} a {high}","what_helps.interval_hint":"La linea mostra la differenza in punti percentuali e l'intervallo in cui plausibilmente si trova; un intervallo che comprende lo 0 significa: nessuna differenza chiara.","what_helps.not_enough_detail":"Notti con: {with}; senza: {without}. Ne servono almeno 3 per parte.","what_helps.try_avoid":"Prova a evitarlo per {count} notti","what_helps.try_do":"Provalo per {count} notti","what_helps.try_change":"Prova un cambiamento","what_helps.try_avoid_short":"Evitarlo per {count} notti","what_helps.try_do_short":"Farlo per {count} notti","what_helps.started":"Esperimento avviato: {change}","what_helps.one_at_a_time":"Un esperimento alla volta: potrai avviarne un altro quando questo finisce.","experiment_card.heading":"Esperimento","experiment_card.night":"Notte {night} di {count}","experiment_card.adherence":"Finora rispettato in {kept} delle {recorded} notti registrate","experiment_card.adherence_none":"Ancora nessuna notte registrata.","experiment_card.stop":"Interrompi","experiment_card.stop_confirm":"Interrompere ora questo esperimento? Il risultato riguarderà solo le notti finora.","experiment_card.stop_yes":"Interrompi","experiment_card.stop_no":"Continua","experiment_card.finished":"Concluso: notti dal {started} al {ended}","experiment_card.kept":"Rispettato in {kept} delle {recorded} notti registrate","experiment_card.during_only":"Durante: scatti in {twitch_nights} notti su {count}","doctor.checklist":"Lista di controllo medica","doctor.score":"Criteri soddisfatti: {score}; una visita medica è consigliata a partire da {threshold}.","doctor.recommended":"Il diario soddisfa la lista di controllo: valuta di parlare con un medico.","doctor.not_recommended":"Il diario non soddisfa la lista di controllo.","doctor.met":"Soddisfatto","doctor.not_met":"Non soddisfatto","doctor.report":"Rapporto","doctor.range":"Notti nel rapporto","doctor.range_option":"{count} notti","doctor.print":"Stampa","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"Il testo delle note è visibile solo alla persona stessa e agli amministratori.","criterion.frequent_twitching":"Scatti alle gambe più di tre notti a settimana","criterion.wakes_regularly":"Gli scatti ti svegliano regolarmente","criterion.urge_to_move":"Un bisogno impellente di muovere le gambe a riposo","criterion.partner_reports_kicking":"Chi dorme con te riferisce calci con le gambe","criterion.spreads_beyond_legs":"Gli scatti si estendono alle braccia o al tronco","criterion.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","criterion.iron_deficiency":"Carenza di ferro o anemia diagnosticate","criterion.persistent_two_weeks":"Scatti che persistono da più di due settimane","criterion.after_new_medication":"Gli scatti sono iniziati dopo un nuovo farmaco","criterion.periodic_limb_movements":"Più di 15 movimenti periodici delle gambe all'ora in 3 delle ultime 7 notti misurate","criterion.no_better_after_changes":"Scatti non migliorati dopo un cambiamento mantenuto per almeno 14 notti","symptom.urge_to_move":"Bisogno impellente di muovere le gambe a riposo","symptom.partner_reports_kicking":"Chi dorme con te riferisce calci","symptom.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","symptom.daytime_sleepiness":"Sonnolenza diurna","symptom.new_medication":"Inizio di un nuovo farmaco","body_part.legs":"Gambe","body_part.arms":"Braccia","body_part.trunk":"Tronco","intensity.light":"Leggera","intensity.moderate":"Moderata","intensity.vigorous":"Intensa","amount.drinks":"{amount} bicchieri","amount.drinks_one":"{amount} bicchiere","amount.level":"livello {amount}","amount.litres":"{amount} l","unit.drinks":"bicchieri","unit.level":"livello","unit.litres":"l","chip.water":"Acqua"}});var De=globalThis,je=De.ShadowRoot&&(De.ShadyCSS===void 0||De.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,mt=Symbol(),Dt=new WeakMap,ve=class{constructor(t,e,i){if(this._$cssResult$=!0,i!==mt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(je&&t===void 0){let i=e!==void 0&&e.length===1;i&&(t=Dt.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),i&&Dt.set(e,t))}return t}toString(){return this.cssText}},Q=n=>new ve(typeof n=="string"?n:n+"",void 0,mt),f=(n,...t)=>{let e=n.length===1?n[0]:t.reduce((i,r,o)=>i+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+n[o+1],n[0]);return new ve(e,n,mt)},jt=(n,t)=>{if(je)n.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let i=document.createElement("style"),r=De.litNonce;r!==void 0&&i.setAttribute("nonce",r),i.textContent=e.cssText,n.appendChild(i)}},ut=je?n=>n:n=>n instanceof CSSStyleSheet?(t=>{let e="";for(let i of t.cssRules)e+=i.cssText;return Q(e)})(n):n;var{is:Ki,defineProperty:Vi,getOwnPropertyDescriptor:Gi,getOwnPropertyNames:Zi,getOwnPropertySymbols:Xi,getPrototypeOf:Yi}=Object,Oe=globalThis,Ot=Oe.trustedTypes,Ji=Ot?Ot.emptyScript:"",Qi=Oe.reactiveElementPolyfillSupport,ye=(n,t)=>n,xe={toAttribute(n,t){switch(t){case Boolean:n=n?Ji:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,t){let e=n;switch(t){case Boolean:e=n!==null;break;case Number:e=n===null?null:Number(n);break;case Object:case Array:try{e=JSON.parse(n)}catch{e=null}}return e}},Be=(n,t)=>!Ki(n,t),Bt={attribute:!0,type:String,converter:xe,reflect:!1,useDefault:!1,hasChanged:Be};Symbol.metadata??=Symbol("metadata"),Oe.litPropertyMetadata??=new WeakMap;var B=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Bt){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let i=Symbol(),r=this.getPropertyDescriptor(t,i,e);r!==void 0&&Vi(this.prototype,t,r)}}static getPropertyDescriptor(t,e,i){let{get:r,set:o}=Gi(this.prototype,t)??{get(){return this[e]},set(s){this[e]=s}};return{get:r,set(s){let p=r?.call(this);o?.call(this,s),this.requestUpdate(t,p,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Bt}static _$Ei(){if(this.hasOwnProperty(ye("elementProperties")))return;let t=Yi(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(ye("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(ye("properties"))){let e=this.properties,i=[...Zi(e),...Xi(e)];for(let r of i)this.createProperty(r,e[r])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[i,r]of e)this.elementProperties.set(i,r)}this._$Eh=new Map;for(let[e,i]of this.elementProperties){let r=this._$Eu(e,i);r!==void 0&&this._$Eh.set(r,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let i=new Set(t.flat(1/0).reverse());for(let r of i)e.unshift(ut(r))}else t!==void 0&&e.push(ut(t));return e}static _$Eu(t,e){let i=e.attribute;return i===!1?void 0:typeof i=="string"?i:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let i of e.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return jt(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,i){this._$AK(t,i)}_$ET(t,e){let i=this.constructor.elementProperties.get(t),r=this.constructor._$Eu(t,i);if(r!==void 0&&i.reflect===!0){let o=(i.converter?.toAttribute!==void 0?i.converter:xe).toAttribute(e,i.type);this._$Em=t,o==null?this.removeAttribute(r):this.setAttribute(r,o),this._$Em=null}}_$AK(t,e){let i=this.constructor,r=i._$Eh.get(t);if(r!==void 0&&this._$Em!==r){let o=i.getPropertyOptions(r),s=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:xe;this._$Em=r;let p=s.fromAttribute(e,o.type);this[r]=p??this._$Ej?.get(r)??p,this._$Em=null}}requestUpdate(t,e,i,r=!1,o){if(t!==void 0){let s=this.constructor;if(r===!1&&(o=this[t]),i??=s.getPropertyOptions(t),!((i.hasChanged??Be)(o,e)||i.useDefault&&i.reflect&&o===this._$Ej?.get(t)&&!this.hasAttribute(s._$Eu(t,i))))return;this.C(t,e,i)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:i,reflect:r,wrapped:o},s){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,s??e??this[t]),o!==!0||s!==void 0)||(this._$AL.has(t)||(this.hasUpdated||i||(e=void 0),this._$AL.set(t,e)),r===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,o]of this._$Ep)this[r]=o;this._$Ep=void 0}let i=this.constructor.elementProperties;if(i.size>0)for(let[r,o]of i){let{wrapped:s}=o,p=this[r];s!==!0||this._$AL.has(r)||p===void 0||this.C(r,void 0,o,p)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(i=>i.hostUpdate?.()),this.update(e)):this._$EM()}catch(i){throw t=!1,this._$EM(),i}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};B.elementStyles=[],B.shadowRootOptions={mode:"open"},B[ye("elementProperties")]=new Map,B[ye("finalized")]=new Map,Qi?.({ReactiveElement:B}),(Oe.reactiveElementVersions??=[]).push("2.1.2");var _t=globalThis,Ut=n=>n,Ue=_t.trustedTypes,qt=Ue?Ue.createPolicy("lit-html",{createHTML:n=>n}):void 0,ft="$lit$",U=`lit$${Math.random().toFixed(9).slice(2)}$`,bt="?"+U,er=`<${bt}>`,ne=document,$e=()=>ne.createComment(""),Ee=n=>n===null||typeof n!="object"&&typeof n!="function",wt=Array.isArray,Zt=n=>wt(n)||typeof n?.[Symbol.iterator]=="function",gt=`[ 	
\f\r]`,ke=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ft=/-->/g,Wt=/>/g,ee=RegExp(`>|${gt}(?:([^\\s"'>=/]+)(${gt}*=${gt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Kt=/'/g,Vt=/"/g,Xt=/^(?:script|style|textarea|title)$/i,vt=n=>(t,...e)=>({_$litType$:n,strings:t,values:e}),a=vt(1),Ge=vt(2),Co=vt(3),T=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),Gt=new WeakMap,te=ne.createTreeWalker(ne,129);function Yt(n,t){if(!wt(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return qt!==void 0?qt.createHTML(t):t}var Jt=(n,t)=>{let e=n.length-1,i=[],r,o=t===2?"<svg>":t===3?"<math>":"",s=ke;for(let p=0;p<e;p++){let l=n[p],u,m,g=-1,k=0;for(;k<l.length&&(s.lastIndex=k,m=s.exec(l),m!==null);)k=s.lastIndex,s===ke?m[1]==="!--"?s=Ft:m[1]!==void 0?s=Wt:m[2]!==void 0?(Xt.test(m[2])&&(r=RegExp("</"+m[2],"g")),s=ee):m[3]!==void 0&&(s=ee):s===ee?m[0]===">"?(s=r??ke,g=-1):m[1]===void 0?g=-2:(g=s.lastIndex-m[2].length,u=m[1],s=m[3]===void 0?ee:m[3]==='"'?Vt:Kt):s===Vt||s===Kt?s=ee:s===Ft||s===Wt?s=ke:(s=ee,r=void 0);let S=s===ee&&n[p+1].startsWith("/>")?" ":"";o+=s===ke?l+er:g>=0?(i.push(u),l.slice(0,g)+ft+l.slice(g)+U+S):l+U+(g===-2?p:S)}return[Yt(n,o+(n[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),i]},Ne=class n{constructor({strings:t,_$litType$:e},i){let r;this.parts=[];let o=0,s=0,p=t.length-1,l=this.parts,[u,m]=Jt(t,e);if(this.el=n.createElement(u,i),te.currentNode=this.el.content,e===2||e===3){let g=this.el.content.firstChild;g.replaceWith(...g.childNodes)}for(;(r=te.nextNode())!==null&&l.length<p;){if(r.nodeType===1){if(r.hasAttributes())for(let g of r.getAttributeNames())if(g.endsWith(ft)){let k=m[s++],S=r.getAttribute(g).split(U),He=/([.?@])?(.*)/.exec(k);l.push({type:1,index:o,name:He[2],strings:S,ctor:He[1]==="."?Fe:He[1]==="?"?We:He[1]==="@"?Ke:re}),r.removeAttribute(g)}else g.startsWith(U)&&(l.push({type:6,index:o}),r.removeAttribute(g));if(Xt.test(r.tagName)){let g=r.textContent.split(U),k=g.length-1;if(k>0){r.textContent=Ue?Ue.emptyScript:"";for(let S=0;S<k;S++)r.append(g[S],$e()),te.nextNode(),l.push({type:2,index:++o});r.append(g[k],$e())}}}else if(r.nodeType===8)if(r.data===bt)l.push({type:2,index:o});else{let g=-1;for(;(g=r.data.indexOf(U,g+1))!==-1;)l.push({type:7,index:o}),g+=U.length-1}o++}}static createElement(t,e){let i=ne.createElement("template");return i.innerHTML=t,i}};function ie(n,t,e=n,i){if(t===T)return t;let r=i!==void 0?e._$Co?.[i]:e._$Cl,o=Ee(t)?void 0:t._$litDirective$;return r?.constructor!==o&&(r?._$AO?.(!1),o===void 0?r=void 0:(r=new o(n),r._$AT(n,e,i)),i!==void 0?(e._$Co??=[])[i]=r:e._$Cl=r),r!==void 0&&(t=ie(n,r._$AS(n,t.values),r,i)),t}var qe=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:i}=this._$AD,r=(t?.creationScope??ne).importNode(e,!0);te.currentNode=r;let o=te.nextNode(),s=0,p=0,l=i[0];for(;l!==void 0;){if(s===l.index){let u;l.type===2?u=new ce(o,o.nextSibling,this,t):l.type===1?u=new l.ctor(o,l.name,l.strings,this,t):l.type===6&&(u=new Ve(o,this,t)),this._$AV.push(u),l=i[++p]}s!==l?.index&&(o=te.nextNode(),s++)}return te.currentNode=ne,r}p(t){let e=0;for(let i of this._$AV)i!==void 0&&(i.strings!==void 0?(i._$AI(t,i,e),e+=i.strings.length-2):i._$AI(t[e])),e++}},ce=class n{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,i,r){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=i,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=ie(this,t,e),Ee(t)?t===h||t==null||t===""?(this._$AH!==h&&this._$AR(),this._$AH=h):t!==this._$AH&&t!==T&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Zt(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==h&&Ee(this._$AH)?this._$AA.nextSibling.data=t:this.T(ne.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:i}=t,r=typeof i=="number"?this._$AC(t):(i.el===void 0&&(i.el=Ne.createElement(Yt(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===r)this._$AH.p(e);else{let o=new qe(r,this),s=o.u(this.options);o.p(e),this.T(s),this._$AH=o}}_$AC(t){let e=Gt.get(t.strings);return e===void 0&&Gt.set(t.strings,e=new Ne(t)),e}k(t){wt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,i,r=0;for(let o of t)r===e.length?e.push(i=new n(this.O($e()),this.O($e()),this,this.options)):i=e[r],i._$AI(o),r++;r<e.length&&(this._$AR(i&&i._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let i=Ut(t).nextSibling;Ut(t).remove(),t=i}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},re=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,i,r,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=o,i.length>2||i[0]!==""||i[1]!==""?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=h}_$AI(t,e=this,i,r){let o=this.strings,s=!1;if(o===void 0)t=ie(this,t,e,0),s=!Ee(t)||t!==this._$AH&&t!==T,s&&(this._$AH=t);else{let p=t,l,u;for(t=o[0],l=0;l<o.length-1;l++)u=ie(this,p[i+l],e,l),u===T&&(u=this._$AH[l]),s||=!Ee(u)||u!==this._$AH[l],u===h?t=h:t!==h&&(t+=(u??"")+o[l+1]),this._$AH[l]=u}s&&!r&&this.j(t)}j(t){t===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},Fe=class extends re{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===h?void 0:t}},We=class extends re{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==h)}},Ke=class extends re{constructor(t,e,i,r,o){super(t,e,i,r,o),this.type=5}_$AI(t,e=this){if((t=ie(this,t,e,0)??h)===T)return;let i=this._$AH,r=t===h&&i!==h||t.capture!==i.capture||t.once!==i.once||t.passive!==i.passive,o=t!==h&&(i===h||r);r&&this.element.removeEventListener(this.name,this,i),o&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},Ve=class{constructor(t,e,i){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(t){ie(this,t)}},Qt={M:ft,P:U,A:bt,C:1,L:Jt,R:qe,D:Zt,V:ie,I:ce,H:re,N:We,U:Ke,B:Fe,F:Ve},tr=_t.litHtmlPolyfillSupport;tr?.(Ne,ce),(_t.litHtmlVersions??=[]).push("3.3.3");var en=(n,t,e)=>{let i=e?.renderBefore??t,r=i._$litPart$;if(r===void 0){let o=e?.renderBefore??null;i._$litPart$=r=new ce(t.insertBefore($e(),o),o,void 0,e??{})}return r._$AI(n),r};var yt=globalThis,_=class extends B{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=en(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return T}};_._$litElement$=!0,_.finalized=!0,yt.litElementHydrateSupport?.({LitElement:_});var nr=yt.litElementPolyfillSupport;nr?.({LitElement:_});(yt.litElementVersions??=[]).push("4.2.2");var ir={attribute:!0,type:String,converter:xe,reflect:!1,hasChanged:Be},rr=(n=ir,t,e)=>{let{kind:i,metadata:r}=e,o=globalThis.litPropertyMetadata.get(r);if(o===void 0&&globalThis.litPropertyMetadata.set(r,o=new Map),i==="setter"&&((n=Object.create(n)).wrapped=!0),o.set(e.name,n),i==="accessor"){let{name:s}=e;return{set(p){let l=t.get.call(this);t.set.call(this,p),this.requestUpdate(s,l,n,!0,p)},init(p){return p!==void 0&&this.C(s,void 0,n,p),p}}}if(i==="setter"){let{name:s}=e;return function(p){let l=this[s];t.call(this,p),this.requestUpdate(s,l,n,!0,p)}}throw Error("Unsupported decorator location: "+i)};function d(n){return(t,e)=>typeof e=="object"?rr(n,t,e):((i,r,o)=>{let s=r.hasOwnProperty(o);return r.constructor.createProperty(o,i),s?Object.getOwnPropertyDescriptor(r,o):void 0})(n,t,e)}function v(n){return d({...n,state:!0,attribute:!1})}var tn=["urge_to_move","partner_reports_kicking","weakness_or_numbness","daytime_sleepiness","new_medication"],Xe=["light","moderate","vigorous"],nn="vigorous",Ae=["tonight","nights","what_helps","doctor"];var P="sleep_twitch_coach",rn=async n=>(await n.callWS({type:`${P}/sleepers`})).sleepers,on=(n,t,e)=>n.connection.subscribeMessage(e,{type:`${P}/subscribe`,entry_id:t}),sn=(n,t,e,i)=>n.callWS({type:`${P}/nights`,entry_id:t,first_night:e,last_night:i}),Ye=(n,t,e,i)=>n.callWS({type:`${P}/report`,entry_id:t,nights:e,...i===void 0?{}:{compare_nights:i}}),an=(n,t,e)=>n.callWS({type:`${P}/export`,entry_id:t,format:e}),cn=async(n,t,e)=>(await n.callWS({type:`${P}/night_entries`,entry_id:t,night:e})).entries,ln=(n,t,e,i={})=>n.callService(P,e,{config_entry_id:t,...i},void 0,!1),dn=async(n,t,e,i)=>(await n.callService(P,e,{config_entry_id:t,...i},void 0,!1,!0))?.response,Je=async(n,t,e)=>{let i=(r,o)=>dn(n,t,r,o);switch(e.kind){case"twitch":return i("log_twitch",{woke_up:e.wokeUp});case"caffeine":return i("log_caffeine",{});case"exercise":return i("log_exercise",{intensity:e.intensity});case"symptom":return i("log_symptom",{symptom:e.symptom});case"factor":return i("log_factor",{factor:e.factor,...e.amount===void 0?{}:{amount:e.amount}});case"calm_night":return i("log_calm_night",{})}},or=new Set(["entry_not_found","entry_not_found_yours"]),Se=class extends Error{},le=async(n,t,e,i)=>{let r={...e};delete r.removable,delete r.removable_until;try{return await dn(n,t,"undo_last",{entry:r})}catch(o){let s=o&&typeof o=="object"?o.translation_key:void 0;throw typeof s=="string"&&or.has(s)?new Se(i):o}},hn=(n,t,e,i,r)=>ln(n,t,"start_experiment",{change:e,keep:i,nights:r}),pn=(n,t)=>ln(n,t,"stop_experiment"),xt=(n,t)=>{let e=t?n.states?.[t]?.state:void 0;return Xe.find(i=>i===e)??nn},mn=(n,t,e)=>n.callService("select","select_option",{option:e},{entity_id:t},!1),un=(n,t,e,i)=>n.callService("todo","update_item",{item:e,status:i?"completed":"needs_action"},{entity_id:t},!1),D=(n,t)=>{if(n&&typeof n=="object"&&"message"in n){let e=n.message;if(typeof e=="string"&&e)return e}return t};var Qe=class{constructor(t,e=()=>{}){this._host=t;this._onRemoved=e;this._latest=new Map;t.addController(this)}follow(t,e){e!==this._wanted?.entryId&&(this._stop(),this._wanted=t&&e?{hass:t,entryId:e}:void 0,this.event=e===void 0?void 0:this._latest.get(e),this.error=void 0,this._host.isConnected&&this._start(),this._host.requestUpdate())}hostConnected(){this._start()}hostDisconnected(){this._stop()}_start(){let t=this._wanted;if(!t||this._current)return;let{hass:e,entryId:i}=t,r=on(e,i,o=>{this._current?.entryId===i&&("removed"in o?(this._current=void 0,this._wanted=void 0,this.event=void 0,this._latest.delete(i),this._onRemoved()):(this.event=o,this._latest.set(i,o)),this._host.requestUpdate())});this._current={entryId:i,unsubscribe:r},r.catch(o=>{this._current?.entryId===i&&(this._current=void 0,this.error=o,this._host.requestUpdate())})}_stop(){let t=this._current;this._current=void 0,t?.unsubscribe.then(e=>e()).catch(()=>{})}};var b=(n,t)=>{customElements.get(n)||customElements.define(n,t)};var gn=(n,t,e)=>{switch(t){case"ArrowRight":return(n+1)%e;case"ArrowLeft":return(n-1+e)%e;case"Home":return 0;case"End":return e-1;default:return n}},_n=(n,t,e,i=!1)=>{let[r,o]=i?[1,7]:[7,1],p={ArrowRight:r,ArrowLeft:-r,ArrowDown:o,ArrowUp:-o,Home:-n,End:e-1-n}[t];if(p===void 0)return n;let l=n+p;return l<0||l>=e?n:l};var w=f`
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
`;var de=class extends _{constructor(){super(...arguments);this.tabs=[];this.selected="";this.label=""}render(){return a`<div role="tablist" aria-label=${this.label} @keydown=${this._keydown}>
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
    </div>`}_keydown(e){let i=this.tabs.findIndex(o=>o.id===this.selected),r=this.tabs[gn(Math.max(i,0),e.key,this.tabs.length)];!r||r.id===this.selected||(e.preventDefault(),this._select(r.id),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-tab="${CSS.escape(r.id)}"]`)?.focus()))}_select(e){e!==this.selected&&(this.selected=e,this.dispatchEvent(new CustomEvent("tab-selected",{detail:{id:e}})))}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],de.prototype,"tabs",2),c([d()],de.prototype,"selected",2),c([d()],de.prototype,"label",2);b("stc-tab-bar",de);var $=class{constructor(){this._answers=new Map}get(t){return this._answers.get(t)}set(t,e,i){this._answers.set(t,{key:e,value:i})}},j=class{constructor(t,e){this._host=t;this._fallbackError=e;this.error="";t.addController(this)}hostConnected(){}get current(){return this.value!==void 0&&this._valueKey===this._key}need(t,e,i){if(t===this._key)return;this._key=t;let r=i?.answers.get(i.slot);r&&(this.value=r.value,this._valueKey=r.key,this.error="",r.key===t)||e().then(o=>{t===this._key&&(i?.answers.set(i.slot,t,o),this.value=o,this._valueKey=t,this._settle(""))},o=>{t===this._key&&this._settle(D(o,this._fallbackError()))})}_settle(t){this.error=t,this._host.requestUpdate()}};var Te=[{level:0,min:0,max:0},{level:1,min:1,max:1},{level:2,min:2,max:2},{level:3,min:3,max:4},{level:4,min:5,max:null}],fn={light:[{primary:100,rest:"text"},{primary:75,rest:"text"},{primary:50,rest:"text"},{primary:25,rest:"text"}],dark:[{primary:70,rest:"background"},{primary:100,rest:"text"},{primary:50,rest:"text"},{primary:5,rest:"text"}]},sr="var(--primary-color, #009ac7)",ar={background:"var(--card-background-color, #fff)",text:"var(--primary-text-color, #141414)"},bn=({primary:n,rest:t})=>`color-mix(in srgb, ${sr} ${n}%, ${ar[t]})`,kt=n=>fn[n].map((t,e)=>`--stc-heat-${e+1}: ${bn(t)};`).join(`
`),wn=n=>{for(let t=Te.length-1;t>=0;t-=1){let e=Te[t];if(e&&n>=e.min)return e.level}return 0},cr="color-mix(in srgb, var(--success-color, #43a047) 30%, transparent)",vn="var(--success-color, #43a047)",Ce=n=>{if(n<=0)return cr;let t=Math.min(n,Te.length-1),e=fn.light[t-1];return`var(--stc-heat-${t}${e?`, ${bn(e)}`:""})`},yn=({min:n,max:t})=>t===null?`${n}+`:t===n?`${n}`:`${n}–${t}`;var xn={"panel.title":"Schlafcoach","report.title":"Schlafbericht für {sleeper}","report.range":"Nächte von {first} bis {last} ({count} Nächte)","report.summary":"Zusammenfassung","report.recorded_nights":"Erfasste Nächte","report.twitch_nights":"Nächte mit Zuckungen","report.twitches":"Zuckungen","report.woke_up":"Zuckungen mit Aufwachen","report.checklist_score":"Erfüllte Kriterien der Checkliste","report.visit_recommended":"Arztbesuch laut Checkliste empfohlen","report.criteria_met":"Erfüllte Kriterien","report.none":"Keine","report.not_recorded":"nicht erfasst","report.nights":"Nächte","report.count_of":"{count} von {total}","report.column.night":"Nacht","report.column.twitches":"Zuckungen","report.column.woke_up":"Geweckt","report.column.body_parts":"Körperteile","report.column.factors":"Faktoren","report.column.bedroom":"Schlafzimmer zur Schlafenszeit","report.column.symptoms":"Symptome","report.column.limb_movements":"Beinbewegungen","report.column.periodic_limb_movements":"PLMs","report.column.plm_index":"PLM-Index","report.column.periodicity_index":"Periodizitätsindex","report.column.plms_index":"PLMS-Index (Schlafdauer)","report.by_leg":"{count} (L {left} · R {right})","report.asleep":"{index} ({hours} Std. {minutes} Min.)","report.notes":"Notizen","report.factors":"Was mit Nächten mit Zuckungen einhergeht (letzte {count} Nächte, nur erfasste Nächte)","report.factor_line":"{factor}: Zuckungen in {twitch_nights_with} von {nights_with} Nächten damit, in {twitch_nights_without} von {nights_without} ohne ({difference} Punkte, 95-%-Intervall {low} bis {high}): {verdict}.","report.factor_not_enough":"{factor}: {verdict} ({nights_with} mit, {nights_without} ohne).","report.experiments":"Experimente","report.experiment_running":"{change}, seit der Nacht {started}: {nights_done} von {nights_planned} Nächten, eingehalten in {nights_kept} von {nights_recorded} erfassten Nächten.","report.experiment_result":"{change}, Nächte {started} bis {ended}: Zuckungen in {twitch_nights_before} von {nights_before} Nächten davor, in {twitch_nights_during} von {nights_during} währenddessen ({difference} Punkte, 95-%-Intervall {low} bis {high}); eingehalten in {nights_kept} von {nights_recorded} erfassten Nächten: {verdict}.","report.experiment_no_baseline":"{change}, Nächte {started} bis {ended}: Zuckungen in {twitch_nights_during} von {nights_during} Nächten; eingehalten in {nights_kept} von {nights_recorded} erfassten Nächten: {verdict}.","report.experiment_low_adherence":"In weniger als 80 % der Nächte eingehalten: Das Ergebnis sagt wenig aus.","report.disclaimer":"Dieser Bericht ist keine medizinische Beratung. Er ist eine Aufzeichnung, die du mit deinem Arzt besprechen kannst.","evidence.nights":"Nächte","evidence.count":"Anzahl","evidence.threshold":"Schwellenwert","evidence.body_parts":"Körperteile","evidence.diagnosed":"Diagnostiziert","evidence.this_week":"Diese Woche","evidence.previous_week":"Vorwoche","evidence.since":"Seit","evidence.plm_index":"PLM-Index","evidence.measured_nights":"Gemessene Nächte","common.yes":"Ja","common.no":"Nein","wind_down.stretch":"Hintere und vordere Oberschenkel sowie Waden dehnen","wind_down.relax":"Progressive Muskelentspannung oder tiefes Atmen","wind_down.bath":"Warmes Bad mit Bittersalz","wind_down.screens_off":"Bildschirme aus","wind_down.cool_dark_bedroom":"Kühles, dunkles Schlafzimmer","wind_down.snack":"Ein Snack mit viel Magnesium oder Kalium","experiment.avoid":"Vermeiden: {factor}","experiment.do":"Tun: {factor}","experiment.verdict.helped":"weniger Nächte mit Zuckungen, es scheint zu helfen","experiment.verdict.no_clear_change":"keine klare Veränderung","experiment.verdict.worse":"mehr Nächte mit Zuckungen","experiment.verdict.no_baseline":"noch kein Vergleich (weniger als 7 erfasste Nächte davor)","verdict.linked":"geht mit mehr Nächten mit Zuckungen einher","verdict.seems_to_help":"scheint zu helfen","verdict.no_clear_link":"noch kein klarer Zusammenhang","verdict.not_enough_nights":"noch nicht genug Nächte","factor.caffeine_after_cutoff":"Koffein nach dem Koffein-Stopp","factor.late_vigorous_exercise":"Spätes intensives Training","factor.bedroom_too_warm":"Schlafzimmer zur Schlafenszeit zu warm","factor.wind_down_skipped":"Kein Schritt der Abendroutine erledigt","factor.short_sleep":"Kurzer Schlaf in der Nacht davor","factor.alcohol":"Alkohol","factor.stress":"Stress","factor.water":"Zu wenig Wasser (unter 2 Liter)","factor.magnesium":"Magnesium","factor.screens_in_bed":"Bildschirme im Bett","factor.heavy_late_meal":"Schwere späte Mahlzeit","factor.nicotine":"Nikotin","factor.long_standing":"Langes Stehen oder körperliche Arbeit","factor.warm_bath":"Warmes Bad oder Bittersalzbad","factor.relaxation":"Entspannung","experiment.keep.avoid":"Vermeiden","experiment.keep.do":"Tun","evidence.change":"Änderung","evidence.keep":"Eingehalten als","evidence.first_night":"Erste Nacht","evidence.last_night":"Letzte Nacht","evidence.nights_done":"Nächte","evidence.twitch_nights":"Nächte mit Zuckungen","evidence.adherence":"Eingehalten (%)"};var $t={"panel.title":"Sleep coach","report.title":"Sleep report for {sleeper}","report.range":"Nights {first} to {last} ({count} nights)","report.summary":"Summary","report.recorded_nights":"Recorded nights","report.twitch_nights":"Twitch nights","report.twitches":"Twitches","report.woke_up":"Twitches that woke you","report.checklist_score":"Checklist criteria met","report.visit_recommended":"Doctor visit suggested by the checklist","report.criteria_met":"Criteria met","report.none":"None","report.not_recorded":"not recorded","report.nights":"Nights","report.count_of":"{count} of {total}","report.column.night":"Night","report.column.twitches":"Twitches","report.column.woke_up":"Woke you","report.column.body_parts":"Body parts","report.column.factors":"Factors","report.column.bedroom":"Bedroom at bedtime","report.column.symptoms":"Symptoms","report.column.limb_movements":"Leg movements","report.column.periodic_limb_movements":"PLMs","report.column.plm_index":"PLM index","report.column.periodicity_index":"Periodicity index","report.column.plms_index":"PLMS index (time asleep)","report.by_leg":"{count} (L {left} · R {right})","report.asleep":"{index} ({hours} h {minutes} min)","report.notes":"Notes","report.factors":"What goes with twitch nights (last {count} nights, recorded nights only)","report.factor_line":"{factor}: {twitch_nights_with} of {nights_with} nights with it had twitches, {twitch_nights_without} of {nights_without} without ({difference} points, 95 % interval {low} to {high}): {verdict}.","report.factor_not_enough":"{factor}: {verdict} ({nights_with} with, {nights_without} without).","report.experiments":"Experiments","report.experiment_running":"{change}, since night {started}: {nights_done} of {nights_planned} nights, kept on {nights_kept} of {nights_recorded} recorded nights.","report.experiment_result":"{change}, nights {started} to {ended}: twitches on {twitch_nights_before} of {nights_before} nights before, {twitch_nights_during} of {nights_during} during ({difference} points, 95 % interval {low} to {high}); kept on {nights_kept} of {nights_recorded} recorded nights: {verdict}.","report.experiment_no_baseline":"{change}, nights {started} to {ended}: twitches on {twitch_nights_during} of {nights_during} nights; kept on {nights_kept} of {nights_recorded} recorded nights: {verdict}.","report.experiment_low_adherence":"Kept on fewer than 80 % of the nights: the result says little.","report.disclaimer":"This report is not medical advice. It is a record to discuss with your doctor.","evidence.nights":"Nights","evidence.count":"Count","evidence.threshold":"Threshold","evidence.body_parts":"Body parts","evidence.diagnosed":"Diagnosed","evidence.this_week":"This week","evidence.previous_week":"Previous week","evidence.since":"Since","evidence.plm_index":"PLM index","evidence.measured_nights":"Measured nights","common.yes":"Yes","common.no":"No","wind_down.stretch":"Stretch hamstrings, calves and quadriceps","wind_down.relax":"Progressive muscle relaxation or deep breathing","wind_down.bath":"Warm Epsom salt bath","wind_down.screens_off":"Screens off","wind_down.cool_dark_bedroom":"Cool, dark bedroom","wind_down.snack":"A magnesium- or potassium-rich snack","experiment.avoid":"Avoid: {factor}","experiment.do":"Do: {factor}","experiment.verdict.helped":"fewer twitch nights, it seems to help","experiment.verdict.no_clear_change":"no clear change","experiment.verdict.worse":"more twitch nights","experiment.verdict.no_baseline":"no baseline yet (fewer than 7 recorded nights before it)","verdict.linked":"goes with more twitch nights","verdict.seems_to_help":"seems to help","verdict.no_clear_link":"no clear link yet","verdict.not_enough_nights":"not enough nights yet","factor.caffeine_after_cutoff":"Caffeine after the cutoff","factor.late_vigorous_exercise":"Late vigorous exercise","factor.bedroom_too_warm":"Bedroom too warm at bedtime","factor.wind_down_skipped":"No wind-down step done","factor.short_sleep":"Short sleep the night before","factor.alcohol":"Alcohol","factor.stress":"Stress","factor.water":"Too little water (under 2 litres)","factor.magnesium":"Magnesium","factor.screens_in_bed":"Screens in bed","factor.heavy_late_meal":"Heavy late meal","factor.nicotine":"Nicotine","factor.long_standing":"Long standing or physical labour","factor.warm_bath":"Warm or Epsom-salt bath","factor.relaxation":"Relaxation","experiment.keep.avoid":"Avoid","experiment.keep.do":"Do","evidence.change":"Change","evidence.keep":"Kept as","evidence.first_night":"First night","evidence.last_night":"Last night","evidence.nights_done":"Nights","evidence.twitch_nights":"Twitch nights","evidence.adherence":"Kept on (%)"};var kn={"panel.title":"Coach del sueño","report.title":"Informe de sueño de {sleeper}","report.range":"Noches del {first} al {last} ({count} noches)","report.summary":"Resumen","report.recorded_nights":"Noches registradas","report.twitch_nights":"Noches con sacudidas","report.twitches":"Sacudidas","report.woke_up":"Sacudidas que te despertaron","report.checklist_score":"Criterios cumplidos de la lista de verificación","report.visit_recommended":"Visita al médico recomendada por la lista de verificación","report.criteria_met":"Criterios cumplidos","report.none":"Ninguno","report.not_recorded":"no registrada","report.nights":"Noches","report.count_of":"{count} de {total}","report.column.night":"Noche","report.column.twitches":"Sacudidas","report.column.woke_up":"Despertares","report.column.body_parts":"Partes del cuerpo","report.column.factors":"Factores","report.column.bedroom":"Dormitorio a la hora de acostarse","report.column.symptoms":"Síntomas","report.column.limb_movements":"Movimientos de piernas","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Índice PLM","report.column.periodicity_index":"Índice de periodicidad","report.column.plms_index":"Índice PLMS (tiempo dormido)","report.by_leg":"{count} (I {left} · D {right})","report.asleep":"{index} ({hours} h {minutes} min)","report.notes":"Notas","report.factors":"Qué va unido a las noches con sacudidas (últimas {count} noches, solo noches registradas)","report.factor_line":"{factor}: hubo sacudidas en {twitch_nights_with} de {nights_with} noches con él, en {twitch_nights_without} de {nights_without} sin él ({difference} puntos, intervalo del 95 % de {low} a {high}): {verdict}.","report.factor_not_enough":"{factor}: {verdict} ({nights_with} con, {nights_without} sin).","report.experiments":"Experimentos","report.experiment_running":"{change}, desde la noche del {started}: {nights_done} de {nights_planned} noches, cumplido en {nights_kept} de {nights_recorded} noches registradas.","report.experiment_result":"{change}, noches del {started} al {ended}: sacudidas en {twitch_nights_before} de {nights_before} noches antes, en {twitch_nights_during} de {nights_during} durante ({difference} puntos, intervalo del 95 % de {low} a {high}); cumplido en {nights_kept} de {nights_recorded} noches registradas: {verdict}.","report.experiment_no_baseline":"{change}, noches del {started} al {ended}: sacudidas en {twitch_nights_during} de {nights_during} noches; cumplido en {nights_kept} de {nights_recorded} noches registradas: {verdict}.","report.experiment_low_adherence":"Cumplido en menos del 80 % de las noches: el resultado dice poco.","report.disclaimer":"Este informe no es un consejo médico. Es un registro para comentar con tu médico.","evidence.nights":"Noches","evidence.count":"Cantidad","evidence.threshold":"Umbral","evidence.body_parts":"Partes del cuerpo","evidence.diagnosed":"Diagnosticado","evidence.this_week":"Esta semana","evidence.previous_week":"Semana anterior","evidence.since":"Desde","evidence.plm_index":"Índice PLM","evidence.measured_nights":"Noches medidas","common.yes":"Sí","common.no":"No","wind_down.stretch":"Estirar isquiotibiales, gemelos y cuádriceps","wind_down.relax":"Relajación muscular progresiva o respiración profunda","wind_down.bath":"Baño caliente con sales de Epsom","wind_down.screens_off":"Pantallas apagadas","wind_down.cool_dark_bedroom":"Dormitorio fresco y oscuro","wind_down.snack":"Un tentempié rico en magnesio o potasio","experiment.avoid":"Evitar: {factor}","experiment.do":"Hacer: {factor}","experiment.verdict.helped":"menos noches con sacudidas, parece ayudar","experiment.verdict.no_clear_change":"ningún cambio claro","experiment.verdict.worse":"más noches con sacudidas","experiment.verdict.no_baseline":"aún sin referencia (menos de 7 noches registradas antes)","verdict.linked":"va unido a más noches con sacudidas","verdict.seems_to_help":"parece ayudar","verdict.no_clear_link":"aún sin relación clara","verdict.not_enough_nights":"aún no hay suficientes noches","factor.caffeine_after_cutoff":"Cafeína después de la hora límite","factor.late_vigorous_exercise":"Ejercicio intenso tardío","factor.bedroom_too_warm":"Dormitorio demasiado cálido a la hora de acostarse","factor.wind_down_skipped":"Ningún paso de la rutina de relajación hecho","factor.short_sleep":"Poco sueño la noche anterior","factor.alcohol":"Alcohol","factor.stress":"Estrés","factor.water":"Poca agua (menos de 2 litros)","factor.magnesium":"Magnesio","factor.screens_in_bed":"Pantallas en la cama","factor.heavy_late_meal":"Cena copiosa y tardía","factor.nicotine":"Nicotina","factor.long_standing":"Estar mucho tiempo de pie o trabajo físico","factor.warm_bath":"Baño caliente o con sales de Epsom","factor.relaxation":"Relajación","experiment.keep.avoid":"Evitar","experiment.keep.do":"Hacer","evidence.change":"Cambio","evidence.keep":"Cumplido como","evidence.first_night":"Primera noche","evidence.last_night":"Última noche","evidence.nights_done":"Noches","evidence.twitch_nights":"Noches con sacudidas","evidence.adherence":"Cumplido (%)"};var $n={"panel.title":"Coach du sommeil","report.title":"Rapport de sommeil de {sleeper}","report.range":"Nuits du {first} au {last} ({count} nuits)","report.summary":"Résumé","report.recorded_nights":"Nuits enregistrées","report.twitch_nights":"Nuits avec secousses","report.twitches":"Secousses","report.woke_up":"Secousses avec réveil","report.checklist_score":"Critères remplis de la liste de contrôle","report.visit_recommended":"Consultation médicale conseillée par la liste de contrôle","report.criteria_met":"Critères remplis","report.none":"Aucun","report.not_recorded":"non enregistrée","report.nights":"Nuits","report.count_of":"{count} sur {total}","report.column.night":"Nuit","report.column.twitches":"Secousses","report.column.woke_up":"Réveils","report.column.body_parts":"Parties du corps","report.column.factors":"Facteurs","report.column.bedroom":"Chambre au coucher","report.column.symptoms":"Symptômes","report.column.limb_movements":"Mouvements des jambes","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Indice PLM","report.column.periodicity_index":"Indice de périodicité","report.column.plms_index":"Indice PLMS (temps de sommeil)","report.by_leg":"{count} (G {left} · D {right})","report.asleep":"{index} ({hours} h {minutes} min)","report.notes":"Notes","report.factors":"Ce qui va avec les nuits avec secousses ({count} dernières nuits, nuits enregistrées uniquement)","report.factor_line":"{factor} : secousses pendant {twitch_nights_with} nuits sur {nights_with} avec ce facteur, {twitch_nights_without} sur {nights_without} sans ({difference} points, intervalle à 95 % de {low} à {high}) : {verdict}.","report.factor_not_enough":"{factor} : {verdict} ({nights_with} avec, {nights_without} sans).","report.experiments":"Essais","report.experiment_running":"{change}, depuis la nuit du {started} : {nights_done} nuits sur {nights_planned}, tenu pendant {nights_kept} des {nights_recorded} nuits enregistrées.","report.experiment_result":"{change}, nuits du {started} au {ended} : secousses pendant {twitch_nights_before} nuits sur {nights_before} avant, {twitch_nights_during} sur {nights_during} pendant ({difference} points, intervalle à 95 % de {low} à {high}) ; tenu pendant {nights_kept} des {nights_recorded} nuits enregistrées : {verdict}.","report.experiment_no_baseline":"{change}, nuits du {started} au {ended} : secousses pendant {twitch_nights_during} nuits sur {nights_during} ; tenu pendant {nights_kept} des {nights_recorded} nuits enregistrées : {verdict}.","report.experiment_low_adherence":"Tenu pendant moins de 80 % des nuits : le résultat dit peu de chose.","report.disclaimer":"Ce rapport ne constitue pas un avis médical. C'est un relevé à discuter avec votre médecin.","evidence.nights":"Nuits","evidence.count":"Nombre","evidence.threshold":"Seuil","evidence.body_parts":"Parties du corps","evidence.diagnosed":"Diagnostic","evidence.this_week":"Cette semaine","evidence.previous_week":"Semaine précédente","evidence.since":"Depuis","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Nuits mesurées","common.yes":"Oui","common.no":"Non","wind_down.stretch":"Étirer les ischio-jambiers, les mollets et les quadriceps","wind_down.relax":"Relaxation musculaire progressive ou respiration profonde","wind_down.bath":"Bain chaud au sel d'Epsom","wind_down.screens_off":"Écrans éteints","wind_down.cool_dark_bedroom":"Chambre fraîche et sombre","wind_down.snack":"Un en-cas riche en magnésium ou en potassium","experiment.avoid":"Éviter : {factor}","experiment.do":"Faire : {factor}","experiment.verdict.helped":"moins de nuits avec secousses, cela semble aider","experiment.verdict.no_clear_change":"pas de changement net","experiment.verdict.worse":"plus de nuits avec secousses","experiment.verdict.no_baseline":"pas encore de point de comparaison (moins de 7 nuits enregistrées avant)","verdict.linked":"va avec plus de nuits avec secousses","verdict.seems_to_help":"semble aider","verdict.no_clear_link":"pas encore de lien net","verdict.not_enough_nights":"pas encore assez de nuits","factor.caffeine_after_cutoff":"Caféine après l'heure limite","factor.late_vigorous_exercise":"Activité physique intense tardive","factor.bedroom_too_warm":"Chambre trop chaude au coucher","factor.wind_down_skipped":"Aucune étape de détente effectuée","factor.short_sleep":"Nuit précédente trop courte","factor.alcohol":"Alcool","factor.stress":"Stress","factor.water":"Trop peu d'eau (moins de 2 litres)","factor.magnesium":"Magnésium","factor.screens_in_bed":"Écrans au lit","factor.heavy_late_meal":"Repas lourd et tardif","factor.nicotine":"Nicotine","factor.long_standing":"Station debout prolongée ou travail physique","factor.warm_bath":"Bain chaud ou au sel d'Epsom","factor.relaxation":"Relaxation","experiment.keep.avoid":"Éviter","experiment.keep.do":"Faire","evidence.change":"Changement","evidence.keep":"Tenu comme","evidence.first_night":"Première nuit","evidence.last_night":"Dernière nuit","evidence.nights_done":"Nuits","evidence.twitch_nights":"Nuits avec secousses","evidence.adherence":"Tenu (%)"};var En={"panel.title":"Coach del sonno","report.title":"Rapporto sul sonno di {sleeper}","report.range":"Notti dal {first} al {last} ({count} notti)","report.summary":"Riepilogo","report.recorded_nights":"Notti registrate","report.twitch_nights":"Notti con scatti","report.twitches":"Scatti","report.woke_up":"Scatti che ti hanno svegliato","report.checklist_score":"Criteri della lista di controllo soddisfatti","report.visit_recommended":"Visita medica consigliata dalla lista di controllo","report.criteria_met":"Criteri soddisfatti","report.none":"Nessuno","report.not_recorded":"non registrata","report.nights":"Notti","report.count_of":"{count} su {total}","report.column.night":"Notte","report.column.twitches":"Scatti","report.column.woke_up":"Risvegli","report.column.body_parts":"Parti del corpo","report.column.factors":"Fattori","report.column.bedroom":"Camera all'ora di andare a letto","report.column.symptoms":"Sintomi","report.column.limb_movements":"Movimenti delle gambe","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Indice PLM","report.column.periodicity_index":"Indice di periodicità","report.column.plms_index":"Indice PLMS (tempo di sonno)","report.by_leg":"{count} (S {left} · D {right})","report.asleep":"{index} ({hours} h {minutes} min)","report.notes":"Note","report.factors":"Cosa va insieme alle notti con scatti (ultime {count} notti, solo notti registrate)","report.factor_line":"{factor}: scatti in {twitch_nights_with} notti su {nights_with} con questo fattore, in {twitch_nights_without} su {nights_without} senza ({difference} punti, intervallo al 95 % da {low} a {high}): {verdict}.","report.factor_not_enough":"{factor}: {verdict} ({nights_with} con, {nights_without} senza).","report.experiments":"Esperimenti","report.experiment_running":"{change}, dalla notte del {started}: {nights_done} notti su {nights_planned}, rispettato in {nights_kept} delle {nights_recorded} notti registrate.","report.experiment_result":"{change}, notti dal {started} al {ended}: scatti in {twitch_nights_before} notti su {nights_before} prima, in {twitch_nights_during} su {nights_during} durante ({difference} punti, intervallo al 95 % da {low} a {high}); rispettato in {nights_kept} delle {nights_recorded} notti registrate: {verdict}.","report.experiment_no_baseline":"{change}, notti dal {started} al {ended}: scatti in {twitch_nights_during} notti su {nights_during}; rispettato in {nights_kept} delle {nights_recorded} notti registrate: {verdict}.","report.experiment_low_adherence":"Rispettato in meno dell'80 % delle notti: il risultato dice poco.","report.disclaimer":"Questo rapporto non è un consiglio medico. È una documentazione da discutere con il tuo medico.","evidence.nights":"Notti","evidence.count":"Numero","evidence.threshold":"Soglia","evidence.body_parts":"Parti del corpo","evidence.diagnosed":"Diagnosi","evidence.this_week":"Questa settimana","evidence.previous_week":"Settimana precedente","evidence.since":"Inizio","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Notti misurate","common.yes":"Sì","common.no":"No","wind_down.stretch":"Allungare femorali, polpacci e quadricipiti","wind_down.relax":"Rilassamento muscolare progressivo o respirazione profonda","wind_down.bath":"Bagno caldo con sale di Epsom","wind_down.screens_off":"Schermi spenti","wind_down.cool_dark_bedroom":"Camera da letto fresca e buia","wind_down.snack":"Uno spuntino ricco di magnesio o potassio","experiment.avoid":"Evitare: {factor}","experiment.do":"Fare: {factor}","experiment.verdict.helped":"meno notti con scatti, sembra aiutare","experiment.verdict.no_clear_change":"nessun cambiamento chiaro","experiment.verdict.worse":"più notti con scatti","experiment.verdict.no_baseline":"ancora nessun riferimento (meno di 7 notti registrate prima)","verdict.linked":"va insieme a più notti con scatti","verdict.seems_to_help":"sembra aiutare","verdict.no_clear_link":"ancora nessun legame chiaro","verdict.not_enough_nights":"notti non ancora sufficienti","factor.caffeine_after_cutoff":"Caffeina dopo l'orario limite","factor.late_vigorous_exercise":"Attività fisica intensa tardiva","factor.bedroom_too_warm":"Camera troppo calda all'ora di andare a letto","factor.wind_down_skipped":"Nessun passaggio del rilassamento serale completato","factor.short_sleep":"Poco sonno la notte prima","factor.alcohol":"Alcol","factor.stress":"Stress","factor.water":"Troppa poca acqua (meno di 2 litri)","factor.magnesium":"Magnesio","factor.screens_in_bed":"Schermi a letto","factor.heavy_late_meal":"Pasto pesante e tardivo","factor.nicotine":"Nicotina","factor.long_standing":"Stare a lungo in piedi o lavoro fisico","factor.warm_bath":"Bagno caldo o con sale di Epsom","factor.relaxation":"Rilassamento","experiment.keep.avoid":"Evitare","experiment.keep.do":"Fare","evidence.change":"Cambiamento","evidence.keep":"Rispettato come","evidence.first_night":"Prima notte","evidence.last_night":"Ultima notte","evidence.nights_done":"Notti","evidence.twitch_nights":"Notti con scatti","evidence.adherence":"Rispettato (%)"};var Nn={"panel.title":"Slaapcoach","report.title":"Slaaprapport van {sleeper}","report.range":"Nachten van {first} t/m {last} ({count} nachten)","report.summary":"Samenvatting","report.recorded_nights":"Vastgelegde nachten","report.twitch_nights":"Nachten met trekkingen","report.twitches":"Trekkingen","report.woke_up":"Trekkingen waarvan je wakker werd","report.checklist_score":"Criteria van de checklist voldaan","report.visit_recommended":"Doktersbezoek aanbevolen volgens de checklist","report.criteria_met":"Criteria voldaan","report.none":"Geen","report.not_recorded":"niet vastgelegd","report.nights":"Nachten","report.count_of":"{count} van {total}","report.column.night":"Nacht","report.column.twitches":"Trekkingen","report.column.woke_up":"Wakker","report.column.body_parts":"Lichaamsdelen","report.column.factors":"Factoren","report.column.bedroom":"Slaapkamer bij bedtijd","report.column.symptoms":"Symptomen","report.column.limb_movements":"Beenbewegingen","report.column.periodic_limb_movements":"PLM's","report.column.plm_index":"PLM-index","report.column.periodicity_index":"Periodiciteitsindex","report.column.plms_index":"PLMS-index (slaaptijd)","report.by_leg":"{count} (L {left} · R {right})","report.asleep":"{index} ({hours} u {minutes} min)","report.notes":"Notities","report.factors":"Wat samengaat met nachten met trekkingen (laatste {count} nachten, alleen vastgelegde nachten)","report.factor_line":"{factor}: {twitch_nights_with} van {nights_with} nachten hiermee hadden trekkingen, {twitch_nights_without} van {nights_without} zonder ({difference} punten, 95%-interval {low} tot {high}): {verdict}.","report.factor_not_enough":"{factor}: {verdict} ({nights_with} met, {nights_without} zonder).","report.experiments":"Experimenten","report.experiment_running":"{change}, sinds de nacht van {started}: {nights_done} van {nights_planned} nachten, volgehouden in {nights_kept} van {nights_recorded} vastgelegde nachten.","report.experiment_result":"{change}, nachten {started} tot {ended}: trekkingen in {twitch_nights_before} van {nights_before} nachten ervoor, {twitch_nights_during} van {nights_during} tijdens ({difference} punten, 95%-interval {low} tot {high}); volgehouden in {nights_kept} van {nights_recorded} vastgelegde nachten: {verdict}.","report.experiment_no_baseline":"{change}, nachten {started} tot {ended}: trekkingen in {twitch_nights_during} van {nights_during} nachten; volgehouden in {nights_kept} van {nights_recorded} vastgelegde nachten: {verdict}.","report.experiment_low_adherence":"In minder dan 80% van de nachten volgehouden: de uitkomst zegt weinig.","report.disclaimer":"Dit rapport is geen medisch advies. Het is een verslag om met je arts te bespreken.","evidence.nights":"Nachten","evidence.count":"Aantal","evidence.threshold":"Drempel","evidence.body_parts":"Lichaamsdelen","evidence.diagnosed":"Vastgesteld","evidence.this_week":"Deze week","evidence.previous_week":"Vorige week","evidence.since":"Sinds","evidence.plm_index":"PLM-index","evidence.measured_nights":"Gemeten nachten","common.yes":"Ja","common.no":"Nee","wind_down.stretch":"Hamstrings, kuiten en quadriceps rekken","wind_down.relax":"Progressieve spierontspanning of diep ademhalen","wind_down.bath":"Warm bad met Epsom-zout","wind_down.screens_off":"Schermen uit","wind_down.cool_dark_bedroom":"Koele, donkere slaapkamer","wind_down.snack":"Een snack rijk aan magnesium of kalium","experiment.avoid":"Vermijden: {factor}","experiment.do":"Doen: {factor}","experiment.verdict.helped":"minder nachten met trekkingen, het lijkt te helpen","experiment.verdict.no_clear_change":"geen duidelijke verandering","experiment.verdict.worse":"meer nachten met trekkingen","experiment.verdict.no_baseline":"nog geen vergelijking (minder dan 7 vastgelegde nachten ervoor)","verdict.linked":"gaat samen met meer nachten met trekkingen","verdict.seems_to_help":"lijkt te helpen","verdict.no_clear_link":"nog geen duidelijk verband","verdict.not_enough_nights":"nog niet genoeg nachten","factor.caffeine_after_cutoff":"Cafeïne na de cafeïnestop","factor.late_vigorous_exercise":"Late intensieve training","factor.bedroom_too_warm":"Slaapkamer te warm bij bedtijd","factor.wind_down_skipped":"Geen stap van de avondroutine gedaan","factor.short_sleep":"Korte slaap de nacht ervoor","factor.alcohol":"Alcohol","factor.stress":"Stress","factor.water":"Te weinig water (minder dan 2 liter)","factor.magnesium":"Magnesium","factor.screens_in_bed":"Schermen in bed","factor.heavy_late_meal":"Zware late maaltijd","factor.nicotine":"Nicotine","factor.long_standing":"Lang staan of lichamelijk werk","factor.warm_bath":"Warm bad of bad met Epsom-zout","factor.relaxation":"Ontspanning","experiment.keep.avoid":"Vermijden","experiment.keep.do":"Doen","evidence.change":"Verandering","evidence.keep":"Volgehouden als","evidence.first_night":"Eerste nacht","evidence.last_night":"Laatste nacht","evidence.nights_done":"Nachten","evidence.twitch_nights":"Nachten met trekkingen","evidence.adherence":"Volgehouden (%)"};var Et={"panel.menu":"Show the sidebar","panel.sleepers":"Sleepers","panel.views":"Views","panel.loading":"Loading…","panel.no_sleepers":"No sleeper is set up yet. Add one under Settings → Devices & services.","panel.error":"Something went wrong.","view.tonight":"Tonight","view.nights":"Nights","view.what_helps":"What helps","view.doctor":"Doctor","tonight.log_heading":"Log","tonight.log_twitch":"Twitch","tonight.log_twitch_woke":"Twitch that woke me","tonight.log_caffeine":"Caffeine","tonight.log_exercise":"Exercise","tonight.intensity":"Intensity","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Which symptom?","tonight.cancel":"Cancel","tonight.logged":"Logged: {what}","undo.button":"Undo","undo.label":"Undo: {what}","undo.removed":"Removed: {what}","tonight.read_only":"Your account can only read this journal.","tonight.twitches":"twitches tonight","tonight.twitches_one":"twitch tonight","tonight.woke_up":"{count} woke you up","tonight.woke_up_none":"No twitch woke you up","tonight.twitch_nights_7d":"Twitch nights in the last 7: {count}","tonight.caffeine_after_cutoff":"Caffeine after today's cutoff","tonight.late_exercise":"Vigorous exercise close to bedtime","tonight.next_bedtime":"Bedtime {time}","tonight.next_caffeine_cutoff":"Caffeine cutoff {time}","tonight.wind_down":"Wind-down","tonight.wind_down_done":"{done} of {total} done","tonight.wind_down_empty":"No wind-down steps tonight.","tonight.bedroom":"Bedroom","tonight.bedroom_now":"{temperature} now","tonight.bedroom_target":"Target {target} ± {tolerance}","tonight.bedroom_unknown":"No bedroom temperature yet.","tonight.legs":"Leg movements tonight","tonight.factors":"Factors tonight","tonight.factors_hint":"Tap what applies tonight; tap again to log more.","tonight.factor_logged":"{factor}, logged tonight","tonight.amount_question":"{factor}: how much?","tonight.amount_other":"Other amount","tonight.amount_log":"Log","tonight.amount_invalid":"Enter an amount from {min} to {max}.","tonight.calm_night":"Calm night","tonight.calm_night_recorded":"Calm night recorded","tonight.calm_night_hint":"No twitches tonight? Say so: a night nobody logs anything for is not counted as calm.","status.too_cold":"Too cold","status.on_target":"On target","status.too_warm":"Too warm","limbs.limb_movements":"Leg movements","limbs.periodic_limb_movements":"Periodic leg movements","limbs.plm_index":"PLM index (per hour)","limbs.caveat":"Measured by a sensor; not a sleep study.","nights.heading":"Last {weeks} weeks","nights.legend":"Twitches per night","nights.legend_woke":"A twitch woke you","nights.cell":"{night}: {count} twitches","nights.cell_one":"{night}: {count} twitch","nights.cell_woke":"{count} woke you up","nights.cell_not_recorded":"{night}: not recorded","nights.cell_calm":"{night}: calm night, no twitches","nights.legend_not_recorded":"Not recorded","nights.legend_calm":"Calm night","details.twitches":"Twitches","details.woke":"Woke you up","details.body_parts":"Body parts","details.factors":"Factors","details.bedroom":"Bedroom at bedtime","details.symptoms":"Symptoms","details.notes":"Notes","details.limb_movements":"Leg movements","details.plm_index":"PLM index (per hour in bed)","details.left_leg":"Left leg","details.right_leg":"Right leg","details.periodicity_index":"Periodicity index","details.time_asleep":"Time asleep","details.plms_index":"PLMS index (per hour asleep)","details.duration":"{hours} h {minutes} min","details.none":"None","details.not_recorded":"Not recorded","details.no_data":"Not recorded: nothing is known of this night.","entries.heading":"Entries","entries.tonight":"Logged tonight","entries.none":"Nothing logged for this night yet.","entries.remove":"Remove","entries.remove_label":"Remove {what} at {time}","entries.confirm":"Remove this entry?","entries.confirm_yes":"Remove","entries.confirm_no":"Keep it","entries.gone":"This entry is gone, or you can no longer remove it.","entry.twitch":"Twitch","entry.twitch_woke":"Twitch, woke you up","entry.caffeine":"Caffeine","entry.exercise":"Exercise","entry.symptom":"Symptom","entry.factor":"Factor","entry.calm_night":"Calm night","entry.milligrams":"{amount} mg","entry.minutes":"{minutes} min","what_helps.intro":"Over the last {count} nights, recorded nights only: how often nights with each factor had twitches, compared with nights without it. Strongest first. A link is no proof of a cause.","what_helps.period":"Nights compared","what_helps.period_option":"{count} nights","what_helps.none":"Nothing to compare yet.","what_helps.with":"With","what_helps.without":"Without","what_helps.before":"Before","what_helps.during":"During","what_helps.count":"{twitch_nights} of {count} nights","what_helps.count_one":"{twitch_nights} of {count} night","what_helps.bar_label":"{side}: {twitch_nights} of {count} nights had twitches ({percent}%)","what_helps.difference":"Difference","what_helps.interval":"{difference} points, 95 % interval {low} to {high}","what_helps.interval_hint":"The line shows the difference in percentage points and the range it plausibly lies in; a range across 0 means no clear difference.","what_helps.not_enough_detail":"Nights with it: {with}; without it: {without}. At least 3 on each side are needed.","what_helps.try_avoid":"Try avoiding this for {count} nights","what_helps.try_do":"Try this for {count} nights","what_helps.try_change":"Try a change","what_helps.try_avoid_short":"Avoid it for {count} nights","what_helps.try_do_short":"Do it for {count} nights","what_helps.started":"Experiment started: {change}","what_helps.one_at_a_time":"One experiment at a time: you can start another once this one ends.","experiment_card.heading":"Experiment","experiment_card.night":"Night {night} of {count}","experiment_card.adherence":"Kept on {kept} of {recorded} recorded nights so far","experiment_card.adherence_none":"No recorded night yet.","experiment_card.stop":"Stop","experiment_card.stop_confirm":"Stop this experiment now? Its result will cover only the nights so far.","experiment_card.stop_yes":"Stop it","experiment_card.stop_no":"Keep going","experiment_card.finished":"Finished: nights {started} to {ended}","experiment_card.kept":"Kept on {kept} of {recorded} recorded nights","experiment_card.during_only":"During: {twitch_nights} of {count} nights had twitches","doctor.checklist":"Doctor checklist","doctor.score":"{score} criteria met; a visit is suggested from {threshold}.","doctor.recommended":"The journal meets the checklist: consider talking to a doctor.","doctor.not_recommended":"The journal does not meet the checklist.","doctor.met":"Met","doctor.not_met":"Not met","doctor.report":"Report","doctor.range":"Nights in the report","doctor.range_option":"{count} nights","doctor.print":"Print","doctor.download_csv":"Whole journal (CSV)","doctor.download_json":"Whole journal (JSON)","doctor.notes_hidden":"Note texts are shown to the sleeper and to administrators only.","criterion.frequent_twitching":"Leg twitching on more than three nights a week","criterion.wakes_regularly":"Twitches wake you up regularly","criterion.urge_to_move":"An urge to move the legs at rest","criterion.partner_reports_kicking":"A bed partner reports leg kicking","criterion.spreads_beyond_legs":"Twitching spreads to the arms or trunk","criterion.weakness_or_numbness":"Weakness, numbness or coordination problems","criterion.iron_deficiency":"Diagnosed iron deficiency or anaemia","criterion.persistent_two_weeks":"Twitches persisting for more than two weeks","criterion.after_new_medication":"Twitches began after a new medication","criterion.periodic_limb_movements":"Periodic leg movements above 15 per hour on 3 of the last 7 measured nights","criterion.no_better_after_changes":"Twitches did not get better after a change kept for at least 14 nights","symptom.urge_to_move":"Urge to move the legs at rest","symptom.partner_reports_kicking":"Bed partner reports kicking","symptom.weakness_or_numbness":"Weakness, numbness or coordination problems","symptom.daytime_sleepiness":"Daytime sleepiness","symptom.new_medication":"Started a new medication","body_part.legs":"Legs","body_part.arms":"Arms","body_part.trunk":"Trunk","intensity.light":"Light","intensity.moderate":"Moderate","intensity.vigorous":"Vigorous","amount.drinks":"{amount} drinks","amount.drinks_one":"{amount} drink","amount.level":"level {amount}","amount.litres":"{amount} L","unit.drinks":"drinks","unit.level":"level","unit.litres":"L","chip.water":"Water"};var yr={...Et,...$t},xr={en:$t,de:xn,nl:Nn,fr:$n,es:kn,it:En},Rn={en:async()=>({default:Et}),de:()=>Promise.resolve().then(()=>we(An(),1)),nl:()=>Promise.resolve().then(()=>we(Sn(),1)),fr:()=>Promise.resolve().then(()=>we(Tn(),1)),es:()=>Promise.resolve().then(()=>we(Cn(),1)),it:()=>Promise.resolve().then(()=>we(Ln(),1))},he="en",kr=(n,t=Object.keys(Rn))=>{let e=(n??"").toLowerCase(),i=e.split("-")[0];return t.find(r=>r.toLowerCase()===e)??t.find(r=>r.toLowerCase()===i)??he},$r=n=>{try{return Intl.getCanonicalLocales(n||he)[0]??he}catch{return he}},Er=(n,t,e)=>t===void 0?n:n.replace(/\{(\w+)\}/g,(i,r)=>{let o=t[r];return o===void 0?i:typeof o=="number"?new Intl.NumberFormat(e).format(o):o}),Mn=(n,t)=>{let e={...yr,...t},i=$r(n),r=new Intl.PluralRules(i),o=(p,l)=>{let u=l?.count,g=(typeof u=="number"?e[`${p}_${r.select(u)}`]:void 0)??e[p];return g===void 0?void 0:Er(g,l,i)};return Object.assign((p,l)=>o(p,l)??p,{lookup:o,language:i})},Pn=async(n,t=n)=>{let e=kr(n);try{let i=Rn[e],r=i?(await i()).default:{};return Mn(t??he,{...r,...xr[e]})}catch{return Mn(t??he,{})}};var Nr=(n,t)=>`component.${P}.selector.${n}.options.${t}`,In=(n,t)=>(e,i)=>{if(e!=="factor"&&t){let r=t(Nr(e,i));if(r)return r}return n.lookup(`${e}.${i}`)??i},zn=async(n,t)=>{try{return In(t,await n.loadBackendTranslation("selector",P))}catch{return In(t)}};var Ar=n=>Ae.includes(n),Sr={triggers:"what_helps"},Nt=n=>{let t=new URLSearchParams(n),e=t.get("sleeper"),i=t.get("view"),r=(i&&Sr[i])??i;return{...e?{sleeper:e}:{},...Ar(r)?{view:r}:{}}},Hn=(n,{sleeper:t,view:e})=>{let i=new URLSearchParams(n);t?i.set("sleeper",t):i.delete("sleeper"),e&&e!==Ae[0]?i.set("view",e):i.delete("view");let r=i.toString();return r?`?${r}`:""},Tr=n=>n.find(t=>t.own)?.entry_id,Dn=(n,t,e)=>Cr(n,Nt(t).sleeper,Tr(n),e),Cr=(n,...t)=>t.find(e=>e&&n.some(i=>i.entry_id===e))??n[0]?.entry_id;var jn=n=>[...n.filter(t=>t.met),...n.filter(t=>!t.met)];var Lr=/^(\d{4})-(\d{2})-(\d{2})$/,Mr=n=>n%4===0&&n%100!==0||n%400===0,Rr=(n,t)=>t===2?Mr(n)?29:28:[4,6,9,11].includes(t)?30:31,Le=n=>{let t=Lr.exec(n),[e,i,r]=t?t.slice(1).map(Number):[];if(e===void 0||i===void 0||r===void 0||i<1||i>12||r<1||r>Rr(e,i))throw new RangeError(`Not a night label: ${n}`);return{year:e,month:i,day:r}},At=(n,t)=>String(n).padStart(t,"0"),Pr=({year:n,month:t,day:e})=>`${At(n,4)}-${At(t,2)}-${At(e,2)}`,oe=n=>{let{year:t,month:e,day:i}=Le(n),r=e<=2?t-1:t,o=Math.floor(r/400),s=r-o*400,p=Math.floor((153*(e+(e>2?-3:9))+2)/5)+i-1,l=s*365+Math.floor(s/4)-Math.floor(s/100)+p;return o*146097+l-719468},Ir=n=>{let t=n+719468,e=Math.floor(t/146097),i=t-e*146097,r=Math.floor((i-Math.floor(i/1460)+Math.floor(i/36524)-Math.floor(i/146096))/365),o=i-(365*r+Math.floor(r/4)-Math.floor(r/100)),s=Math.floor((5*o+2)/153),p=o-Math.floor((153*s+2)/5)+1,l=s<10?s+3:s-9;return Pr({year:r+e*400+(l<=2?1:0),month:l,day:p})},et=(n,t)=>Ir(oe(n)+t),On=n=>((oe(n)+4)%7+7)%7,zr=n=>{let{year:t,month:e,day:i}=Le(n),r=new Date(2e3,e-1,i,12);return r.setFullYear(t),r},pe=(n,t,e={weekday:"short",day:"numeric",month:"short",year:"numeric"})=>new Intl.DateTimeFormat(t,e).format(zr(n)),Bn=n=>n==="24"?{hourCycle:"h23"}:n==="am_pm"?{hour12:!0}:{},Un=(n,t,e)=>{let i=/^(\d{2}):(\d{2})$/.exec(n);if(!i)return n;let r=new Date(Date.UTC(2e3,0,1,Number(i[1]),Number(i[2])));return new Intl.DateTimeFormat(t,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...Bn(e)}).format(r)},tt=(n,t,e,i)=>{let r=new Date(n);return Number.isNaN(r.getTime())?"":new Intl.DateTimeFormat(t,{hour:"numeric",minute:"2-digit",...Bn(e),...i?{timeZone:i}:{}}).format(r)};var x="—",Z=(n,{t})=>pe(n,t.language,{weekday:"short",year:"numeric",month:"short",day:"numeric"}),me=(n,{t})=>pe(n,t.language,{month:"short",day:"numeric"}),qn=(n,{t})=>pe(n,t.language,{weekday:"short",month:"short",day:"numeric"}),y=(n,{t},e=1)=>new Intl.NumberFormat(t.language,{maximumFractionDigits:e}).format(n),X=(n,t,e)=>n===null?x:`${y(n,e)} ${t}`,q=(n,t)=>n.length?n.join(", "):t,Hr=new Set(["since","first_night","last_night"]),Dr=(n,t,e)=>{let{t:i,names:r}=e;if(Array.isArray(t)){let o=t.map(s=>n==="nights"&&typeof s=="string"?me(s,e):n==="body_parts"&&typeof s=="string"?r("body_part",s):typeof s=="number"?y(s,e):String(s));return q(o,i("report.none"))}if(typeof t=="boolean")return i(t?"common.yes":"common.no");if(n==="change"&&typeof t=="string")return r("factor",t);if(n==="keep"&&typeof t=="string")return i.lookup(`experiment.keep.${t}`)??t;if(typeof t=="number")return y(t,e);if(Hr.has(n)&&typeof t=="string")try{return Z(t,e)}catch{return t}return t==null?x:String(t)},St=(n,t)=>Object.entries(n).filter(([e])=>e!=="criterion").map(([e,i])=>({key:e,label:t.t.lookup(`evidence.${e}`)??e,value:Dr(e,i,t)})),Fn=(n,t)=>{let e=St(n,t).map(i=>`${i.label}: ${i.value}`);return{name:t.names("criterion",n.criterion),text:e.length?` (${e.join("; ")})`:""}},jr=(n,{t,timeFormat:e})=>n.twitch_times.map(i=>Un(i,t.language,e)),nt=(n,t)=>n.twitch_times.length?`${y(n.twitches,t,0)} (${jr(n,t).join(", ")})`:y(n.twitches,t,0),Wn=(n,t)=>n.default&&t.t.lookup(`wind_down.${n.uid}`)||n.summary;var Me=class extends _{render(){let{t}=this.texts,{score:e,threshold:i,recommended:r,criteria:o}=this.checklist;return a`<h2>${t("doctor.checklist")}</h2>
      <p class="verdict ${r?"recommended":""}" id="checklist-verdict">
        ${t(r?"doctor.recommended":"doctor.not_recommended")}
      </p>
      <p class="secondary">${t("doctor.score",{score:e,threshold:i})}</p>
      <ul class="criteria">
        ${jn(o).map(s=>this._renderCriterion(s))}
      </ul>`}_renderCriterion(t){let{t:e,names:i}=this.texts,r=St(t.evidence??{},this.texts),o=t.met?e("doctor.met"):e("doctor.not_met");return a`<li class="criterion ${t.met?"met":""}" data-criterion=${t.criterion}>
      <span class="mark" aria-hidden="true">${t.met?"●":"○"}</span>
      <div>
        <span class="name">${i("criterion",t.criterion)}</span>
        <span class="state">${o}</span>
        ${r.length?a`<dl class="facts evidence">
              ${r.map(s=>a`<dt>${s.label}</dt><dd data-evidence=${s.key}>${s.value}</dd>`)}
            </dl>`:h}
      </div>
    </li>`}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],Me.prototype,"checklist",2),c([d({attribute:!1})],Me.prototype,"texts",2);b("stc-checklist",Me);var Kn=(n,t)=>!n.cards&&t.scrollWidth>t.clientWidth?{cards:!0,tableWidth:t.scrollWidth}:n.cards&&t.clientWidth>=n.tableWidth?{cards:!1,tableWidth:n.tableWidth}:n;var Re=class extends _{constructor(){super(...arguments);this._fit={cards:!1,tableWidth:0};this._resizes=new ResizeObserver(()=>this._measure())}connectedCallback(){super.connectedCallback(),this._resizes.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this._resizes.disconnect()}willUpdate(e){e.has("model")&&(this._fit={cards:!1,tableWidth:0})}updated(){this._measure()}_measure(){let e=this.renderRoot.querySelector(".table-wrap");e&&(this._fit=Kn(this._fit,e))}_section(e){return"items"in e?a`<dl class="facts">
        ${e.items.map(i=>a`<dt>${i.label}</dt><dd data-summary=${i.key}>${i.value}</dd>`)}
      </dl>`:"columns"in e?a`<div
        class="table-wrap ${this._fit.cards?"cards":""}"
        tabindex="0"
        role="region"
        aria-label=${e.heading}
      >
        <table class="report-nights">
          <thead>
            <tr>
              ${e.columns.map(i=>a`<th scope="col" data-column=${i.key}>${i.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${e.rows.map(i=>a`<tr data-night=${i.night}>
                ${i.cells.map((r,o)=>{let s=e.columns[o];return a`<td data-column=${s?.key??""} data-label=${s?.label??""}>${r}</td>`})}
              </tr>`)}
          </tbody>
        </table>
      </div>`:a`<ul class=${e.pre?"pre":""}>
      ${e.lines.map(i=>a`<li>${i.name===void 0?h:a`<strong>${i.name}</strong>`}${i.text}</li>`)}
    </ul>`}render(){let e=this.model;return a`<article class="report" lang=${e.language}>
      <h2 class="title">${e.title}</h2>
      <p class="secondary">${e.range}</p>
      ${e.sections.map(i=>a`<section data-section=${i.key}>
          <h3>${i.heading}</h3>
          ${this._section(i)}
        </section>`)}
      <p class="disclaimer">${e.disclaimer}</p>
    </article>`}static{this.styles=[w,f`
      :host {
        display: block;
      }
      h3 {
        margin-top: 16px;
      }
      ul {
        margin: 0;
        padding-left: 20px;
      }
      .pre li {
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
      td[data-column="night"] {
        white-space: nowrap;
      }
      /* Where the table does not fit, each night is a card of its own, one labelled line per column. */
      .cards table,
      .cards tr,
      .cards td {
        display: block;
      }
      /* Side by side where two or more fit (a phone held sideways, a tablet). */
      .cards tbody {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr));
        gap: 8px;
      }
      .cards thead {
        display: none;
      }
      .cards tr {
        border: 1px solid var(--stc-divider);
        border-radius: 8px;
        padding: 4px 8px;
      }
      .cards td {
        border: none;
        padding: 2px 0;
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        gap: 8px;
      }
      .cards td::before {
        content: attr(data-label);
        color: var(--stc-secondary-text);
      }
      .cards td[data-column="night"] {
        display: block;
        font-weight: 500;
      }
      .cards td[data-column="night"]::before {
        content: none;
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
    `]}};c([d({attribute:!1})],Re.prototype,"model",2),c([v()],Re.prototype,"_fit",2);b("stc-report-preview",Re);var Vn={csv:"text/csv;charset=utf-8",json:"application/json;charset=utf-8"},Gn=(n,t)=>{let i=(n.split(/[\\/]/).pop()??"").replace(/[<>:"|?*\u0000-\u001f\u007f]/g,"_").replace(/^[.\s]+|[.\s]+$/g,"")||"sleep-twitch-coach";return i.toLowerCase().endsWith(`.${t}`)?i:`${i}.${t}`},Zn=(n,t,e,i)=>{let r=URL.createObjectURL(new Blob([e],{type:i})),o=n.createElement("a");o.href=r,o.download=t,o.style.display="none",n.body.append(o),o.click(),o.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e3)};var Or=(n,t)=>t>0?Math.min(1,Math.max(0,n/t)):null,it=(n,t,e)=>({side:n,twitchNights:t,nights:e,rate:Or(t,e)}),Yn=n=>n.every(t=>t.rate!==null),Jn=n=>{let t=[it("with",n.twitch_nights_with,n.nights_with),it("without",n.twitch_nights_without,n.nights_without)];return{drawable:Yn(t),sides:t,difference:n.difference,interval:n.interval}},Qn=n=>{let{baseline:t,during:e}=n;if(!t)return null;let i=[it("before",t.twitch_nights,t.nights),it("during",e.twitch_nights,e.nights)];return{drawable:Yn(i),sides:i,difference:n.difference,interval:n.interval}},C=n=>{let t=Math.floor(n*100+.5);return t>0?`+${t}`:t<0?`-${-t}`:"0"},E={width:320,labelWidth:76,barHeight:26,gap:10,axisGap:14,axisHeight:34,capHeight:12},Xn=n=>Math.round(n*10)/10,Br=n=>Math.min(1,Math.max(-1,n)),ei=n=>{let t=E.labelWidth,e=E.width-E.labelWidth,i=n.sides.map((g,k)=>({side:g.side,y:k*(E.barHeight+E.gap),trackX:t,trackWidth:e,fillWidth:Xn((g.rate??0)*e),percent:Math.round((g.rate??0)*100)})),r=2*E.barHeight+E.gap,{difference:o,interval:s}=n;if(o===null||s===null)return{height:r,bars:i,interval:null};let p=r+E.axisGap,l=g=>Xn(t+(Br(g)+1)/2*e),[u,m]=s[0]<=s[1]?s:[s[1],s[0]];return{height:p+E.axisHeight,bars:i,interval:{y:p+E.capHeight/2,axisX:t,axisWidth:e,zeroX:l(0),lowX:l(u),highX:l(m),pointX:l(o),holdsZero:u<=0&&0<=m,ticks:[-1,-.5,0,.5,1].map(g=>({value:g,x:l(g),label:C(g)}))}}};var O=(n,t,e)=>e||n.names("factor",t),rt=n=>new Map(n.flatMap(t=>t.name?[[t.factor,t.name]]:[])),ot=(n,t,e)=>n.map(i=>O(t,i,e.get(i))),ue=(n,t,e)=>e.t(`amount.${t}`,{amount:y(n,e,2),count:n}),Ct=(n,t)=>({factor:n.factor,label:n.name||(t.t.lookup(`chip.${n.factor}`)??O(t,n.factor)),logged:n.logged_tonight>0,amount:n.amount&&n.amount_tonight!==null&&n.logged_tonight>0?ue(n.amount_tonight,n.amount.unit,t):"",asksAmount:n.amount!==null}),Tt=(n,{min:t,step:e})=>{let i=Math.max(0,-Math.floor(Math.log10(e)+1e-9));return Number((t+Math.round((n-t)/e+1e-6)*e).toFixed(i))},ti=5,Ur={litres:[.2,.5,1],drinks:[1,2,3],level:[1,2,3]},ni=({min:n,max:t,step:e})=>Math.floor((t-n)/e+1e-9)+1,ii=n=>{let t=ni(n);return t<=ti?Array.from({length:t},(e,i)=>Tt(n.min+i*n.step,n)):Ur[n.unit].filter(e=>e>=n.min&&e<=n.max).map(e=>Tt(e,n))},ri=n=>ni(n)>ti,Lt=(n,t)=>{let e=Number(n.trim().replace(",","."));if(!n.trim()||!Number.isFinite(e))return null;let i=Tt(e,t);return i<t.min||i>t.max?null:i},oi=n=>{if(n.nights_with+n.nights_without===0)return[];switch(n.verdict){case"linked":return[{keep:"avoid",suggested:!0}];case"seems_to_help":return[{keep:"do",suggested:!0}];default:return[{keep:"avoid",suggested:!1},{keep:"do",suggested:!1}]}};var st=14,qr=7,ge=({change:n,name:t,keep:e},i)=>i.t(`experiment.${e}`,{factor:O(i,n,t)}),si=(n,t)=>{let e=Math.max(1,n.nights_planned),i=Math.min(e,Math.max(1,oe(t)-oe(n.started)+1));return{night:i,nights:e,fraction:i/e,adherence:n.adherence===null?null:Math.round(n.adherence*100)}},ai=(n,t)=>n.verdict?Mt(t.t(`experiment.verdict.${n.verdict}`),t.t.language):"",Mt=(n,t)=>n&&n.charAt(0).toLocaleUpperCase(t)+n.slice(1),ci=(n,t)=>n!==null&&(n.running||n.ended!==null&&oe(t)-oe(n.ended)<=qr),li=n=>n.may_change&&!n.experiment?.running;var Pe=1,Fr=2,_e=(n,t,e)=>n===null?x:y(n,t,e),se=(n,t)=>y(n,t,0),di=(n,t)=>({hours:se(Math.floor(n/60),t),minutes:se(n%60,t)}),hi=(n,t)=>{let{limb_movements:e,left_leg_movements:i,right_leg_movements:r}=n;return e===null||i===null||r===null?_e(e,t,0):t.t("report.by_leg",{count:se(e,t),left:se(i,t),right:se(r,t)})},Rt=(n,t)=>_e(n.periodicity_index,t,Fr),pi=(n,t)=>n.time_asleep_min===null?x:t.t("report.asleep",{index:_e(n.plms_index,t,Pe),...di(n.time_asleep_min,t)}),mi=(n,t)=>{let{t:e}=t,i=(p,l,u)=>({key:p,label:l,value:u}),{left_leg_movements:r,right_leg_movements:o,time_asleep_min:s}=n;return[i("limb_movements",e("details.limb_movements"),_e(n.limb_movements,t,0)),...r===null||o===null?[]:[i("left_leg_movements",e("details.left_leg"),se(r,t)),i("right_leg_movements",e("details.right_leg"),se(o,t))],i("plm_index",e("details.plm_index"),_e(n.plm_index,t,Pe)),...n.periodicity_index===null?[]:[i("periodicity_index",e("details.periodicity_index"),Rt(n,t))],...s===null?[]:[i("time_asleep_min",e("details.time_asleep"),e("details.duration",di(s,t))),i("plms_index",e("details.plms_index"),_e(n.plms_index,t,Pe))]]};var Pt=n=>({night:n.night,twitches:n.twitches??0,twitch_times:n.twitch_times??[],woke_up_twitches:n.woke_up_twitches??0,body_parts:n.body_parts??[],caffeine_after_cutoff:n.caffeine_after_cutoff??!1,late_vigorous_exercise:n.late_vigorous_exercise??!1,bedroom_temperature_at_bedtime:n.bedroom_temperature_at_bedtime??null,symptoms:n.symptoms??[],notes:n.notes??[],limb_movements:n.limb_movements??null,periodic_limb_movements:n.periodic_limb_movements??null,plm_index:n.plm_index??null,periodicity_index:n.periodicity_index??null,left_leg_movements:n.left_leg_movements??null,right_leg_movements:n.right_leg_movements??null,time_asleep_min:n.time_asleep_min??null,plms_index:n.plms_index??null,recorded:n.recorded??!1,factors:n.factors??[]}),Wr=(n,t)=>Array.isArray(n)?n.flatMap(e=>typeof e=="number"&&t[e]!==void 0?[t[e]]:[]):[],ui=({fields:n,factor_keys:t=[],nights:e})=>e.map(i=>{let r=Object.fromEntries(n.map((o,s)=>[o,i[s]]));return Pt("factors"in r?{...r,factors:Wr(r.factors,t)}:r)}),gi=n=>new Map(n.map(t=>[t.night,t])),_i=n=>n.plm_index!==null;var at=(n,t)=>y(n,t,0),fi=(n,t,e=0)=>n===null?x:y(n,t,e),Kr={night:(n,t,e)=>qn(n.night,e),twitches:(n,t,e)=>n.recorded?nt(n,e):e.t("report.not_recorded"),woke_up:(n,t,e)=>n.recorded?at(n.woke_up_twitches,e):x,body_parts:(n,t,{names:e})=>q(n.body_parts.map(i=>e("body_part",i)),x),factors:(n,t,e,i)=>q(ot(n.factors,e,i),x),bedroom:(n,t,e)=>X(n.bedroom_temperature_at_bedtime,t,e),symptoms:(n,t,{names:e})=>q(n.symptoms.map(i=>e("symptom",i)),x),limb_movements:(n,t,e)=>hi(n,e),periodic_limb_movements:(n,t,e)=>fi(n.periodic_limb_movements,e),plm_index:(n,t,e)=>fi(n.plm_index,e,Pe),periodicity_index:(n,t,e)=>Rt(n,e),plms_index:(n,t,e)=>pi(n,e)},Vr=(n,t)=>{let{t:e}=t,i={factor:O(t,n.factor,n.name),verdict:e(`verdict.${n.verdict}`),nights_with:n.nights_with,nights_without:n.nights_without},{difference:r,interval:o}=n;return n.verdict==="not_enough_nights"||r===null||o===null?e("report.factor_not_enough",i):e("report.factor_line",{...i,twitch_nights_with:n.twitch_nights_with,twitch_nights_without:n.twitch_nights_without,difference:C(r),low:C(o[0]),high:C(o[1])})},Gr=(n,t,e=new Map)=>{let{t:i}=t,r=ge({...n,name:n.name??e.get(n.change)??null},t),o={nights_kept:n.nights_kept,nights_recorded:n.nights_recorded};if(n.running)return[i("report.experiment_running",{change:r,started:n.started,nights_done:n.nights_done,nights_planned:n.nights_planned,...o})];let{baseline:s,during:p,difference:l,interval:u}=n,m={change:r,started:n.started,ended:n.ended??n.last_night,twitch_nights_during:p.twitch_nights,nights_during:p.nights,verdict:n.verdict?i(`experiment.verdict.${n.verdict}`):"",...o},g=s&&l!==null&&u!==null?i("report.experiment_result",{...m,twitch_nights_before:s.twitch_nights,nights_before:s.nights,difference:C(l),low:C(u[0]),high:C(u[1])}):i("report.experiment_no_baseline",m);return n.low_adherence?[g,i("report.experiment_low_adherence")]:[g]},Zr=({running:n,finished:t})=>[...n?[n]:[],...t],bi=(n,{t})=>(n.length?n:[t("report.none")]).map(e=>({text:e})),Xr=(n,t,e,i,r)=>{let{t:o}=r,{summary:s}=t,p=o.lookup(`report.${n}`,{count:s.compare_nights})??n;switch(n){case"summary":{let l=(u,m)=>({key:u,label:o.lookup(`report.${u}`)??u,value:m});return{key:n,heading:p,items:[l("recorded_nights",o("report.count_of",{count:s.recorded_nights,total:s.nights})),l("twitch_nights",o("report.count_of",{count:s.twitch_nights,total:s.nights})),l("twitches",at(s.twitches,r)),l("woke_up",at(s.woke_up_twitches,r)),l("checklist_score",at(s.checklist_score,r)),l("visit_recommended",o(s.doctor_visit_recommended?"common.yes":"common.no"))]}}case"criteria_met":{let l=s.criteria_met.map(u=>Fn(u,r));return{key:n,heading:p,lines:l.length?l:[{text:o("report.none")}]}}case"nights":return{key:n,heading:p,columns:t.columns.map(l=>({key:l,label:o.lookup(`report.column.${l}`)??l})),rows:e.map(l=>({night:l.night,cells:t.columns.map(u=>Kr[u]?.(l,t.temperature_unit,r,i)??x)}))};case"notes":return{key:n,heading:p,pre:!0,lines:e.flatMap(l=>l.notes.map(u=>({text:`${me(l.night,r)}: ${u}`})))};case"factors":return{key:n,heading:p,lines:bi(t.factors.map(l=>Vr(l,r)),r)};case"experiments":return{key:n,heading:p,lines:bi(Zr(t.experiments).flatMap(l=>Gr(l,r,i)),r)};default:return{key:n,heading:p,lines:[]}}},ct=(n,t)=>{let{t:e}=t,i=n.nights.map(Pt),r=rt(n.factors);return{language:e.language,title:e("report.title",{sleeper:n.sleeper}),range:e("report.range",{first:Z(n.first_night,t),last:Z(n.last_night,t),count:n.summary.nights}),sections:n.sections.map(o=>Xr(o,n,i,r,t)),disclaimer:e("report.disclaimer")}};var Yr={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},N=n=>n.replace(/[&<>"']/g,t=>Yr[t]??t),Jr=180,Qr=`
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { background: #fff; color: #000; }
body { font: 9.5pt/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2pt; }
h2 { font-size: 12pt; margin: 12pt 0 4pt; break-after: avoid; }
.range { margin: 0 0 6pt; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2pt 12pt; margin: 0; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 16pt; }
li { break-inside: avoid; }
table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 8pt; line-height: 1.25; }
th, td { border: 0.75pt solid #000; padding: 1.5pt 3pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
th { background: #eee; font-weight: 600; }
th[data-column="night"] { width: 11%; }
th[data-column="twitches"] { width: 14%; }
th[data-column="woke_up"] { width: 6%; }
th[data-column="bedroom"] { width: 9%; }
th[data-column="limb_movements"], th[data-column="plms_index"] { width: 9%; }
th[data-column="periodic_limb_movements"], th[data-column="plm_index"] { width: 6%; }
th[data-column="periodicity_index"] { width: 8%; }
td[data-column="night"] { white-space: nowrap; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.pre li { white-space: pre-wrap; }
.disclaimer { margin-top: 14pt; padding-top: 6pt; border-top: 0.75pt solid #000; font-weight: 600; break-inside: avoid; }
@media screen { body { max-width: ${Jr+10}mm; margin: 10mm auto; padding: 0 5mm; } }
`,eo=({name:n,text:t})=>`<li>${n===void 0?"":`<strong>${N(n)}</strong>`}${N(t)}</li>`,to=n=>{if("items"in n)return`<dl>${n.items.map(t=>`<dt>${N(t.label)}</dt><dd>${N(t.value)}</dd>`).join("")}</dl>`;if("columns"in n){let t=n.columns.map(e=>N(e.key));return["<table><thead><tr>",n.columns.map((e,i)=>`<th scope="col" data-column="${t[i]}">${N(e.label)}</th>`).join(""),"</tr></thead><tbody>",n.rows.map(e=>`<tr data-night="${N(e.night)}">${e.cells.map((i,r)=>`<td data-column="${t[r]}">${N(i)}</td>`).join("")}</tr>`).join(""),"</tbody></table>"].join("")}return`<ul${n.pre?' class="pre"':""}>${n.lines.map(eo).join("")}</ul>`},no=n=>[`<h1>${N(n.title)}</h1>`,`<p class="range">${N(n.range)}</p>`,...n.sections.map(t=>`<section data-section="${N(t.key)}"><h2>${N(t.heading)}</h2>${to(t)}</section>`),`<p class="disclaimer">${N(n.disclaimer)}</p>`].join(""),wi=(n,t)=>{let e=ct(n,t);return["<!DOCTYPE html>",`<html lang="${N(e.language)}">`,'<head><meta charset="utf-8">','<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${N(e.title)}</title>`,`<style>${Qr}</style></head>`,`<body>${no(e)}</body>`,"</html>"].join(`
`)},vi=(n,t=window)=>{let e=t.open("","_blank");if(!e){t.print();return}e.document.open(),e.document.write(n),e.document.close(),e.focus();let i=()=>e.print();e.document.readyState==="complete"?i():e.addEventListener("load",i,{once:!0})};var yi=[14,30,90],I=class extends _{constructor(){super(...arguments);this.kept=new $;this._nights=yi[0];this._report=new j(this,()=>this.texts.t("panel.error"));this._exportError=""}willUpdate(){let{entryId:e,hass:i,_nights:r}=this;this._report.need(`${e}|${this.event.tonight}|${this.event.revision}|${r}`,()=>Ye(i,e,r),{answers:this.kept,slot:`report|${e}|${r}`})}render(){let{t:e}=this.texts,{value:i,error:r}=this._report,o=this._exportError||r;return a`<section class="card checklist">
        <stc-checklist .checklist=${this.event.checklist} .texts=${this.texts}></stc-checklist>
      </section>
      <section class="card">
        <div class="controls">
          <div class="ranges" role="group" aria-label=${e("doctor.range")}>
            ${yi.map(s=>a`<button
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
        ${o?a`<p class="error" role="alert">${o}</p>`:h}
        ${this.event.notes_visible?h:a`<p class="secondary notes-hidden">${e("doctor.notes_hidden")}</p>`}
        ${i?a`<stc-report-preview
              id="report"
              class=${this._report.current?"":"stale"}
              aria-busy=${this._report.current?"false":"true"}
              .model=${ct(i,this.texts)}
            ></stc-report-preview>`:r?h:a`<p class="secondary">${e("panel.loading")}</p>`}
      </section>`}_downloadButton(e,i){return a`<button
      id=${`download-${e}`}
      class="button download-${e}"
      ?disabled=${this._exporting!==void 0}
      @click=${()=>this._download(e)}
    >
      ${i}
    </button>`}_print(){let e=this._report.value;e&&this._report.current&&vi(wi(e,this.texts))}async _download(e){this._exporting=e,this._exportError="";try{let{filename:i,content:r}=await an(this.hass,this.entryId,e);Zn(document,Gn(i,e),r,Vn[e])}catch(i){this._exportError=D(i,this.texts.t("panel.error"))}finally{this._exporting=void 0}}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],I.prototype,"hass",2),c([d({attribute:!1})],I.prototype,"entryId",2),c([d({attribute:!1})],I.prototype,"event",2),c([d({attribute:!1})],I.prototype,"texts",2),c([d({attribute:!1})],I.prototype,"kept",2),c([v()],I.prototype,"_nights",2),c([v()],I.prototype,"_exportError",2),c([v()],I.prototype,"_exporting",2);b("stc-doctor-view",I);var Ie=26,io=3,ro=["sunday","monday","tuesday","wednesday","thursday","friday","saturday"],oo=new Set("AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW".split(" ")),so=new Set("AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY".split(" ")),ao=n=>{try{let t=new Intl.Locale(n),e=t.getWeekInfo?.()??t.weekInfo;if(e)return e.firstDay%7;let i=t.maximize().region??"";return oo.has(i)?0:so.has(i)?6:1}catch{return 1}},xi=n=>{let t=n?.first_weekday??"language";if(t==="language")return ao(n?.language??"en");let e=ro.indexOf(t);return e<0?1:e},ki=(n,t)=>{let e=new Intl.DateTimeFormat(t,{weekday:"short"});return n.map(i=>e.format(new Date(2023,0,1+i,12)))},co=(n,t)=>et(n,-((On(n)-t+7)%7)),lo=(n,t,e=Ie)=>et(co(n,t),-(e-1)*7),$i=(n,t,e=Ie)=>{let i=lo(n,t,e),r=[];for(let o=0,s=i;s<=n;o+=1,s=et(s,1))r.push({night:s,week:Math.floor(o/7),day:o%7});return{firstNight:i,lastNight:n,weeks:e,cells:r,weekdays:[0,1,2,3,4,5,6].map(o=>(t+o)%7),monthLabels:ho(r)}},ho=n=>{let t=[];for(let i of n){let{year:r,month:o,day:s}=Le(i.night);s===1&&t.push({week:i.week,night:i.night,year:r,month:o})}let e=n[0];if(e&&(t[0]?.week??1/0)>=io){let{year:i,month:r}=Le(e.night);t.unshift({week:0,night:e.night,year:i,month:r})}return t};var Ei={columns:32,rows:44},po=8.5,mo=16,uo=24,go=n=>40+n*28,Ni=(n,t,e)=>Math.min(e,Math.max(24,Math.floor((n-t*4)/t))),It=(n,t)=>{let e=n-40;if(n>=go(t)){let r=Ni(e,t,Ei.columns);return{shape:"weeks-as-columns",cell:r,gridColumns:`40px repeat(${t}, ${r}px)`}}let i=Ni(e-mo,7,Ei.rows);return{shape:"weeks-as-rows",cell:i,gridColumns:`40px repeat(7, ${i}px)`,maxHeight:Math.round(uo+po*(i+4))}};var Ai=(n,t)=>{if(!t?.recorded)return{night:n,recorded:!1};let e=t.twitches;return{night:n,recorded:!0,count:e,wokeUp:t.woke_up_twitches,level:wn(e)}},Si=n=>n.recorded?[`cell level-${n.level}`,...n.count===0?["calm"]:[],...n.wokeUp>0?["woke"]:[]].join(" "):"cell not-recorded",Ti=(n,t)=>{let{t:e}=t,i=Z(n.night,t);return n.recorded?n.count===0?e("nights.cell_calm",{night:i}):[e("nights.cell",{night:i,count:n.count}),...n.wokeUp>0?[e("nights.cell_woke",{count:n.wokeUp})]:[]].join(", "):e("nights.cell_not_recorded",{night:i})};var fo="sleep-twitch-coach:heatmap-painted",Ci=3,Li=!1,Y=class extends _{constructor(){super(...arguments);this.shown="";this._width=0;this._fit=It(0,1);this._resizes=new ResizeObserver(([e])=>{e&&(this._width=Math.floor(e.contentRect.width))})}connectedCallback(){super.connectedCallback(),this._resizes.observe(this)}disconnectedCallback(){super.disconnectedCallback(),this._resizes.disconnect()}willUpdate(){this._width||(this._width=Math.floor(this.getBoundingClientRect().width)),this._fit=It(this._width-2*Ci,this.layout.weeks)}render(){let{t:e}=this.texts,{layout:i,_fit:r}=this,o=ki(i.weekdays,e.language),s=m=>pe(m,e.language,{month:"short"}),p=i.cells.some(m=>m.night===this.shown)?this.shown:i.lastNight,l=m=>this._cell(m,p),u=r.shape==="weeks-as-rows";return a`<div
        id="heatmap"
        class="heatmap ${r.shape}"
        role="grid"
        aria-readonly="true"
        aria-label=${e("nights.heading",{weeks:i.weeks})}
        data-shape=${r.shape}
        data-first-weekday=${i.weekdays[0]??1}
        style="--grid-columns: ${r.gridColumns}; --cell: ${r.cell}px; --gap: ${4}px;${r.maxHeight?` max-height: ${r.maxHeight}px;`:""}"
        @keydown=${this._keydown}
        @focusin=${this._pick}
        @click=${this._pick}
        @mouseover=${this._pick}
      >
        ${u?a`<div class="line weekdays" role="row">
                <span class="corner" role="columnheader"></span>
                ${o.map(m=>a`<span class="weekday" role="columnheader">${m}</span>`)}
              </div>
              ${Array.from({length:i.weeks},(m,g)=>{let k=i.monthLabels.find(S=>S.week===g);return a`<div class="line" role="row">
                  <span class="month" role="rowheader">${k?s(k.night):h}</span>
                  ${i.cells.filter(S=>S.week===g).map(l)}
                </div>`})}`:a`<div class="line months" aria-hidden="true">
                ${i.monthLabels.map(m=>a`<span class="month" style="grid-column: ${m.week+2}">${s(m.night)}</span>`)}
              </div>
              ${o.map((m,g)=>a`<div class="line" role="row">
                  <span class="weekday" role="rowheader">${m}</span>
                  ${i.cells.filter(k=>k.day===g).map(l)}
                </div>`)}`}
      </div>
      <div class="legend" aria-hidden="true">
        <span class="key"><span class="cell not-recorded"></span>${e("nights.legend_not_recorded")}</span>
        <span class="key"><span class="cell level-0 calm" style="background-color: ${Ce(0)}"></span>${e("nights.legend_calm")}</span>
        <span>${e("nights.legend")}</span>
        ${Te.filter(m=>m.level>0).map(m=>a`<span class="key">
            <span class="cell level-${m.level}" style="background-color: ${Ce(m.level)}"></span>
            ${yn(m)}
          </span>`)}
        <span class="key"><span class="cell level-1 woke" style="background-color: ${Ce(1)}"></span>${e("nights.legend_woke")}</span>
      </div>`}_cell({night:e,week:i,day:r},o){let s=i*7+r,p=Ai(e,this.rows.get(e)),l=Ti(p,this.texts);return a`<div
      role="gridcell"
      class=${Si(p)}
      data-night=${e}
      data-recorded=${p.recorded?"true":"false"}
      data-count=${p.recorded?p.count:h}
      data-index=${s}
      tabindex=${e===o?0:-1}
      aria-selected=${e===this.shown?"true":"false"}
      aria-label=${l}
      title=${l}
      style=${p.recorded?`background-color: ${Ce(p.level)}`:h}
    ></div>`}updated(){if(this._fit.shape!==this._scrolledShape){this._scrolledShape=this._fit.shape;let e=this.renderRoot.querySelector(".heatmap");e&&(e.scrollTop=e.scrollHeight,e.scrollLeft=e.scrollWidth)}Li||!this.rows.size||(Li=!0,requestAnimationFrame(()=>performance.mark(fo)))}_cellOf(e){return e.target?.closest("[data-night]")??null}_pick(e){let i=this._cellOf(e)?.dataset.night;i&&i!==this.shown&&this._show(i)}_keydown(e){let i=this._cellOf(e);if(!i)return;if(e.key==="Enter"||e.key===" "){e.preventDefault(),this._show(i.dataset.night??this.shown);return}let r=Number(i.dataset.index),o=_n(r,e.key,this.layout.cells.length,this._fit.shape==="weeks-as-rows"),s=this.layout.cells[o];o===r||!s||(e.preventDefault(),this._show(s.night),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-night="${s.night}"]`)?.focus()))}_show(e){this.dispatchEvent(new CustomEvent("night-shown",{detail:{night:e}}))}static{this.styles=[w,f`
      :host {
        display: block;
      }
      .heatmap {
        display: grid;
        gap: var(--gap);
        justify-content: start;
        overflow: auto;
        padding: ${Ci}px;
      }
      .line {
        display: grid;
        grid-template-columns: var(--grid-columns);
        gap: var(--gap);
        align-items: center;
      }
      .month,
      .weekday {
        font-size: 0.75rem;
        color: var(--stc-secondary-text);
        white-space: nowrap;
        overflow: hidden;
      }
      /* On a phone the weekday names stay above the weeks while they scroll. */
      .weekdays {
        position: sticky;
        top: 0;
        z-index: 2;
        padding: 3px 0;
        background: var(--stc-card-background);
      }
      .weekdays .weekday {
        text-align: center;
      }
      /* Nothing scrolls by above the weekday names. */
      .weeks-as-rows {
        padding-top: 0;
        overscroll-behavior: contain;
      }
      .cell {
        position: relative;
        aspect-ratio: 1;
        border-radius: 3px;
        box-sizing: border-box;
        cursor: pointer;
      }
      .cell.calm {
        border: 1px solid ${Q(vn)};
      }
      /* Not a calm night: nothing is known of it, so it is hatched and outlined, never filled. */
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
    `]}};c([d({attribute:!1})],Y.prototype,"layout",2),c([d({attribute:!1})],Y.prototype,"rows",2),c([d({attribute:!1})],Y.prototype,"shown",2),c([d({attribute:!1})],Y.prototype,"texts",2),c([v()],Y.prototype,"_width",2);b("stc-heatmap",Y);var L=class{constructor(t,e){this._host=t;this._fallbackError=e;this.busy=!1;this.error="";this.status="";t.addController(this)}hostConnected(){}async run(t,{done:e}={}){this.busy=!0,this.error="",this.status="",this._host.requestUpdate();try{await t(),this.status=e?.()??""}catch(i){this.error=D(i,this._fallbackError())}finally{this.busy=!1,this._host.requestUpdate()}}};var Mi=(n,t,e)=>{let i=e.locale,r=i?.time_zone==="server"?e.config?.time_zone:void 0;return tt(n.time,t.t.language,i?.time_format,r)||x},Ri=(n,t,e=[])=>{let{t:i,names:r}=t,o=[];switch(n.kind){case"twitch":{let s=(n.body_parts??[]).filter(p=>p!=="legs").length?` (${(n.body_parts??[]).map(p=>r("body_part",p)).join(", ")})`:"";o.push(`${n.woke_up?i("entry.twitch_woke"):i("entry.twitch")}${s}`);break}case"caffeine":o.push(i("entry.caffeine")),n.amount_mg!=null&&o.push(i("entry.milligrams",{amount:y(n.amount_mg,t,0)}));break;case"exercise":o.push(i("entry.exercise")),n.intensity&&o.push(r("intensity",n.intensity)),n.duration_min!=null&&o.push(i("entry.minutes",{minutes:y(n.duration_min,t,0)}));break;case"symptom":o.push(n.symptom?r("symptom",n.symptom):i("entry.symptom"));break;case"factor":{let s=e.find(l=>l.factor===n.factor),p=n.factor&&(s?.name||(i.lookup(`chip.${n.factor}`)??O(t,n.factor)));o.push(p||i("entry.factor")),n.amount!=null&&o.push(s?.amount?ue(n.amount,s.amount.unit,t):y(n.amount,t,2));break}case"calm_night":o.push(i("entry.calm_night"));break}return o.join(" · ")},zt=(n,t)=>n.removable&&(n.removable_until===null||Date.parse(n.removable_until)>t),Pi=(n,t)=>{let e=n.filter(i=>zt(i,t)&&i.removable_until!==null).map(i=>Date.parse(i.removable_until)-t);return e.length?Math.min(...e):null};var M=class extends _{constructor(){super(...arguments);this.night="";this.revision=0;this.factors=[];this.heading="";this.kept=new $;this._removed=new Set;this._refetches=0;this._entries=new j(this,()=>this.texts.t("panel.error"));this._action=new L(this,()=>this.texts.t("panel.error"))}willUpdate(){let{hass:e,entryId:i,night:r}=this;!e||!i||!r||this._entries.need(`${i}|${r}|${this.revision}|${this._refetches}`,async()=>{let o=await cn(e,i,r);return this._removed.clear(),{night:r,entries:o}},{answers:this.kept,slot:`entries|${i}|${r}`})}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this._expiry)}updated(){clearTimeout(this._expiry);let e=Pi(this._entries.value?.entries??[],Date.now());e!==null&&(this._expiry=setTimeout(()=>this.requestUpdate(),e)),this._focus&&(this.renderRoot.querySelector(this._focus)?.focus(),this._focus=void 0)}render(){let{t:e}=this.texts,{error:i}=this._entries,r=this._shown(),o=Date.now();return a`<h3 id="entries-heading" tabindex="-1">${this.heading||e("entries.heading")}</h3>
      ${i?a`<p class="error" role="alert">${i}</p>`:h}
      ${r===void 0?i?h:a`<p class="secondary">${e("panel.loading")}</p>`:r.length?a`<ul class="entries" aria-labelledby="entries-heading">
              ${r.map(s=>this._renderEntry(s,zt(s,o)))}
            </ul>`:a`<p class="secondary" id="no-entries">${e("entries.none")}</p>`}
      <p class="status" role="status">${this._action.status}</p>
      ${this._action.error?a`<p class="error" role="alert">${this._action.error}</p>`:h}`}_shown(){let e=this._entries.value;return e?.night===this.night?e.entries.filter(i=>!this._removed.has(i)):void 0}_renderEntry(e,i){let{t:r}=this.texts,o=Mi(e,this.texts,this.hass),s=Ri(e,this.texts,this.factors);return a`<li class="entry" data-kind=${e.kind} data-time=${e.time}>
      <span class="time">${o}</span>
      <span class="what">${s}</span>
      ${i?this._confirming===e?a`<div class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this._escape}>
              <span id="confirm-question">${r("entries.confirm")}</span>
              <button id="confirm-remove" class="button filled" ?disabled=${this._action.busy} @click=${()=>this._remove(e,s)}>
                ${r("entries.confirm_yes")}
              </button>
              <button id="cancel-remove" class="button" ?disabled=${this._action.busy} @click=${this._cancel}>
                ${r("entries.confirm_no")}
              </button>
            </div>`:a`<button
              class="button remove-entry"
              aria-label=${r("entries.remove_label",{what:s,time:o})}
              ?disabled=${this._action.busy}
              @click=${()=>this._ask(e)}
            >
              ${r("entries.remove")}
            </button>`:h}
    </li>`}_ask(e){this._confirming=e,this._focus="#cancel-remove"}_cancel(){let e=this._confirming?this._shown()?.indexOf(this._confirming)??-1:-1;this._confirming=void 0,this._focus=`li.entry:nth-child(${e+1}) .remove-entry`}_escape(e){e.key==="Escape"&&this._cancel()}_remove(e,i){let r=async()=>{try{await le(this.hass,this.entryId,e,this.texts.t("entries.gone"))}catch(o){throw o instanceof Se&&(this._confirming=void 0,this._focus="#entries-heading",this._refetches+=1),o}};return this._action.run(r,{done:()=>(this._removed.add(e),this._confirming=void 0,this._focus="#entries-heading",this.texts.t("undo.removed",{what:i}))})}static{this.styles=[w,f`
      :host {
        display: block;
      }
      h3:focus {
        outline: none;
      }
      h3:focus-visible {
        outline: 2px solid var(--accent-color, var(--stc-primary));
      }
      .entries {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .entry {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 12px;
        padding: 6px 0;
        border-top: 1px solid var(--stc-divider);
      }
      .entry:first-child {
        border-top: none;
      }
      .time {
        min-width: 4.5em;
        font-variant-numeric: tabular-nums;
        color: var(--stc-secondary-text);
      }
      .what {
        flex: 1 1 10em;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .entry .button {
        min-height: 36px;
        padding: 4px 14px;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        flex-basis: 100%;
        justify-content: flex-end;
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `]}};c([d({attribute:!1})],M.prototype,"hass",2),c([d({attribute:!1})],M.prototype,"entryId",2),c([d({reflect:!0,attribute:"data-night"})],M.prototype,"night",2),c([d({attribute:!1})],M.prototype,"revision",2),c([d({attribute:!1})],M.prototype,"factors",2),c([d({attribute:!1})],M.prototype,"heading",2),c([d({attribute:!1})],M.prototype,"texts",2),c([d({attribute:!1})],M.prototype,"kept",2),c([v()],M.prototype,"_confirming",2);b("stc-night-entries",M);var A=class extends _{constructor(){super(...arguments);this.night="";this.customNames=new Map;this.unit="";this.revision=0;this.factors=[];this.kept=new $}render(){let{t:e}=this.texts,i=this.row;return a`<section class="details" aria-live="polite">
      <h3>${this.night?Z(this.night,this.texts):x}</h3>
      ${i?this._renderRow(i):a`<p class="secondary" data-field="no_data">${e("details.no_data")}</p>`}
      ${i&&this.hass&&this.entryId?a`<stc-night-entries
            .hass=${this.hass}
            .entryId=${this.entryId}
            .night=${this.night}
            .revision=${this.revision}
            .factors=${this.factors}
            .texts=${this.texts}
            .kept=${this.kept}
          ></stc-night-entries>`:h}
    </section>`}_renderRow(e){let{t:i,names:r}=this.texts,o=i("details.none");return a`<dl class="facts">
      <dt>${i("details.twitches")}</dt>
      <dd data-field="twitches">${nt(e,this.texts)}</dd>
      <dt>${i("details.woke")}</dt>
      <dd data-field="woke_up_twitches">${y(e.woke_up_twitches,this.texts,0)}</dd>
      <dt>${i("details.body_parts")}</dt>
      <dd>${q(e.body_parts.map(s=>r("body_part",s)),o)}</dd>
      <dt>${i("details.factors")}</dt>
      <dd data-field="factors">${q(ot(e.factors,this.texts,this.customNames),o)}</dd>
      <dt>${i("details.bedroom")}</dt>
      <dd>
        ${e.bedroom_temperature_at_bedtime===null?i("details.not_recorded"):X(e.bedroom_temperature_at_bedtime,this.unit,this.texts)}
      </dd>
      <dt>${i("details.symptoms")}</dt>
      <dd>${q(e.symptoms.map(s=>r("symptom",s)),o)}</dd>
      ${e.notes.length?a`<dt>${i("details.notes")}</dt>
            <dd class="notes">${e.notes.map(s=>a`<p>${s}</p>`)}</dd>`:h}
      ${_i(e)?mi(e,this.texts).map(s=>a`<dt>${s.label}</dt><dd data-field=${s.key}>${s.value}</dd>`):h}
    </dl>`}static{this.styles=[w,f`
      :host {
        display: block;
      }
      stc-night-entries {
        margin-top: 16px;
      }
      .notes p {
        margin: 0 0 4px;
        white-space: pre-wrap;
      }
    `]}};c([d({reflect:!0,attribute:"data-night"})],A.prototype,"night",2),c([d({attribute:!1})],A.prototype,"row",2),c([d({attribute:!1})],A.prototype,"customNames",2),c([d({attribute:!1})],A.prototype,"unit",2),c([d({attribute:!1})],A.prototype,"texts",2),c([d({attribute:!1})],A.prototype,"hass",2),c([d({attribute:!1})],A.prototype,"entryId",2),c([d({attribute:!1})],A.prototype,"revision",2),c([d({attribute:!1})],A.prototype,"factors",2),c([d({attribute:!1})],A.prototype,"kept",2);b("stc-night-details",A);var F=class extends _{constructor(){super(...arguments);this.kept=new $;this._shown="";this._nights=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{tonight:e,revision:i}=this.event,r=xi(this.hass.locale);(this._layout?.lastNight!==e||this._layout.weekdays[0]!==r)&&(this._layout=$i(e,r,Ie),(!this._shown||!this._layout.cells.some(l=>l.night===this._shown))&&(this._shown=e));let{entryId:o,hass:s,_layout:p}=this;this._nights.need(`${o}|${p.firstNight}|${e}|${i}`,async()=>{let l=await sn(s,o,p.firstNight,p.lastNight);return{rows:gi(ui(l)),unit:l.temperature_unit}},{answers:this.kept,slot:`nights|${o}`})}_recordedRow(e){let i=e.get(this._shown);return i?.recorded?i:void 0}render(){let{t:e}=this.texts,i=this._layout;if(!i)return h;let{value:r,error:o}=this._nights;return a`<section class="card">
      <h2>${e("nights.heading",{weeks:Ie})}</h2>
      ${o?a`<p class="error" role="alert">${o}</p>`:h}
      ${r?a`<stc-heatmap
              .layout=${i}
              .rows=${r.rows}
              .shown=${this._shown}
              .texts=${this.texts}
              @night-shown=${s=>this._shown=s.detail.night}
            ></stc-heatmap>
            <stc-night-details
              id="night-details"
              class="night-details"
              .night=${this._shown}
              .row=${this._recordedRow(r.rows)}
              .customNames=${rt(this.event.factors)}
              .hass=${this.hass}
              .entryId=${this.entryId}
              .revision=${this.event.revision}
              .factors=${this.event.factors}
              .unit=${r.unit}
              .texts=${this.texts}
              .kept=${this.kept}
            ></stc-night-details>`:o?h:a`<p class="secondary">${e("panel.loading")}</p>`}
    </section>`}static{this.styles=[w,f`
      stc-night-details {
        margin-top: 16px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
    `]}};c([d({attribute:!1})],F.prototype,"hass",2),c([d({attribute:!1})],F.prototype,"entryId",2),c([d({attribute:!1})],F.prototype,"event",2),c([d({attribute:!1})],F.prototype,"texts",2),c([d({attribute:!1})],F.prototype,"kept",2),c([v()],F.prototype,"_shown",2);b("stc-nights-view",F);var ze=class extends _{render(){let{t}=this.texts,{comparison:e}=this,{height:i,bars:r,interval:o}=ei(e),s=e.sides,p=r.map((u,m)=>this._label(u,s[m])),l=this._intervalText();return a`<svg class="bars" viewBox="0 0 ${E.width} ${i}" role="img" aria-label=${p.join(". ")}>
        ${r.map((u,m)=>this._renderBar(u,s[m]))}
        ${o?this._renderInterval(o):h}
      </svg>
      ${l?a`<p class="interval-text secondary">${t("what_helps.difference")}: ${l}</p>`:h}`}_intervalText(){let{difference:t,interval:e}=this.comparison;return t===null||e===null?"":this.texts.t("what_helps.interval",{difference:C(t),low:C(e[0]),high:C(e[1])})}_sideName(t){return this.texts.t(`what_helps.${t.side}`)}_label(t,e){return e?this.texts.t("what_helps.bar_label",{side:this._sideName(t),twitch_nights:e.twitchNights,count:e.nights,percent:t.percent}):""}_renderBar(t,e){if(!e)return h;let{t:i}=this.texts,r=t.y+E.barHeight/2;return Ge`<g class=${t.side} data-side=${t.side}>
      <text class="side" x="0" y=${r} dominant-baseline="central">${this._sideName(t)}</text>
      <rect class="track" x=${t.trackX} y=${t.y} width=${t.trackWidth} height=${E.barHeight} rx="4"></rect>
      <rect class="fill" x=${t.trackX} y=${t.y} width=${t.fillWidth} height=${E.barHeight} rx="4"></rect>
      <text class="count" x=${t.trackX+8} y=${r} dominant-baseline="central">${i("what_helps.count",{twitch_nights:e.twitchNights,count:e.nights})} · ${t.percent}%</text>
    </g>`}_renderInterval(t){let{t:e}=this.texts,i=E.capHeight/2,r=t.y+i+12;return Ge`<g class="interval ${t.holdsZero?"holds-zero":""}" data-low=${t.lowX} data-high=${t.highX}>
      <text class="side" x="0" y=${t.y} dominant-baseline="central">${e("what_helps.difference")}</text>
      <line class="axis" x1=${t.axisX} x2=${t.axisX+t.axisWidth} y1=${t.y} y2=${t.y}></line>
      ${t.ticks.map(o=>Ge`<line class="tick ${o.value===0?"zero":""}" x1=${o.x} x2=${o.x}
            y1=${t.y-(o.value===0?i+2:3)} y2=${t.y+(o.value===0?i+2:3)}></line>
          <text class="tick-label" x=${o.x} y=${r} text-anchor=${o.value===-1?"start":o.value===1?"end":"middle"}>${o.label}</text>`)}
      <line class="whisker" x1=${t.lowX} x2=${t.highX} y1=${t.y} y2=${t.y}></line>
      <line class="whisker" x1=${t.lowX} x2=${t.lowX} y1=${t.y-i} y2=${t.y+i}></line>
      <line class="whisker" x1=${t.highX} x2=${t.highX} y1=${t.y-i} y2=${t.y+i}></line>
      <circle class="point" cx=${t.pointX} cy=${t.y} r="4"></circle>
    </g>`}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],ze.prototype,"comparison",2),c([d({attribute:!1})],ze.prototype,"texts",2);b("stc-comparison-bars",ze);var z=class extends _{constructor(){super(...arguments);this.mayChange=!1;this.compact=!1;this._confirming=!1;this._action=new L(this,()=>this.texts.t("panel.error"))}render(){let{t:e}=this.texts,{experiment:i}=this;return a`<section
      class="card experiment ${i.running?"running":"finished"}"
      aria-labelledby="experiment-heading"
      data-change=${i.change}
      data-keep=${i.keep}
    >
      <h2 id="experiment-heading">
        <span class="secondary label">${e("experiment_card.heading")}</span>
        <span class="change">${ge(i,this.texts)}</span>
      </h2>
      ${i.running?this._renderRunning(i):this._renderFinished(i)}
      ${this._action.error?a`<p class="error" role="alert">${this._action.error}</p>`:h}
    </section>`}_renderRunning(e){let{t:i}=this.texts,r=si(e,this.tonight);return a`<p class="night" id="experiment-night">${i("experiment_card.night",{night:r.night,count:r.nights})}</p>
      <div
        class="progress"
        role="progressbar"
        aria-labelledby="experiment-night"
        aria-valuemin="1"
        aria-valuemax=${r.nights}
        aria-valuenow=${r.night}
      >
        <div class="progress-fill" style="width: ${(r.fraction*100).toFixed(1)}%"></div>
      </div>
      <p class="adherence">
        ${e.nights_recorded?a`${i("experiment_card.adherence",{kept:e.nights_kept,recorded:e.nights_recorded})}${r.adherence===null?h:a` (${r.adherence}%)`}`:i("experiment_card.adherence_none")}
      </p>
      ${this.mayChange?this._renderStop():h}`}_renderStop(){let{t:e}=this.texts;return this._confirming?a`<div class="confirm" role="group" aria-labelledby="stop-question">
      <p id="stop-question">${e("experiment_card.stop_confirm")}</p>
      <button id="experiment-stop-yes" class="button filled" ?disabled=${this._action.busy} @click=${this._stop}>
        ${e("experiment_card.stop_yes")}
      </button>
      <button id="experiment-stop-no" class="button" ?disabled=${this._action.busy} @click=${()=>this._confirming=!1}>
        ${e("experiment_card.stop_no")}
      </button>
    </div>`:a`<button id="experiment-stop" class="button stop" @click=${()=>this._confirming=!0}>
        ${e("experiment_card.stop")}
      </button>`}_renderFinished(e){let{t:i}=this.texts,r=Qn(e),o=e.ended??e.last_night;return a`<p class="verdict verdict-${e.verdict??"none"}" id="experiment-verdict">
        ${ai(e,this.texts)}
      </p>
      ${e.low_adherence?a`<p class="warning" id="experiment-low-adherence">${i("report.experiment_low_adherence")}</p>`:h}
      ${this.compact?h:a`<p class="secondary">
              ${i("experiment_card.finished",{started:me(e.started,this.texts),ended:me(o,this.texts)})}
              · ${i("experiment_card.kept",{kept:e.nights_kept,recorded:e.nights_recorded})}
            </p>
            ${r?.drawable?a`<stc-comparison-bars .comparison=${r} .texts=${this.texts}></stc-comparison-bars>`:a`<p>
                  ${i("experiment_card.during_only",{twitch_nights:e.during.twitch_nights,count:e.during.nights})}
                </p>`}`}`}_stop(){return this._action.run(()=>pn(this.hass,this.entryId),{done:()=>{this._confirming=!1}})}static{this.styles=[w,f`
      :host {
        display: block;
      }
      h2 {
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      h2 .label {
        font-size: 0.8rem;
        font-weight: 400;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      p {
        margin: 4px 0;
      }
      .night {
        font-weight: 500;
      }
      .progress {
        height: 10px;
        border-radius: 5px;
        background: color-mix(in srgb, var(--stc-divider) 60%, transparent);
        overflow: hidden;
        margin: 6px 0 8px;
      }
      .progress-fill {
        height: 100%;
        background: var(--stc-primary);
      }
      .verdict {
        font-size: 1.1rem;
        font-weight: 500;
      }
      .stop {
        margin-top: 8px;
      }
      .confirm {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-top: 8px;
      }
      .confirm p {
        flex-basis: 100%;
      }
      :host([compact]) .card {
        padding: 12px 16px;
      }
      :host([compact]) .verdict {
        font-size: 1rem;
      }
      stc-comparison-bars {
        margin-top: 8px;
      }
    `]}};c([d({attribute:!1})],z.prototype,"hass",2),c([d({attribute:!1})],z.prototype,"entryId",2),c([d({attribute:!1})],z.prototype,"experiment",2),c([d({attribute:!1})],z.prototype,"tonight",2),c([d({attribute:!1})],z.prototype,"texts",2),c([d({attribute:!1})],z.prototype,"mayChange",2),c([d({type:Boolean,reflect:!0})],z.prototype,"compact",2),c([v()],z.prototype,"_confirming",2);b("stc-experiment-card",z);var bo=(n,t)=>n===null?null:Math.max(0,Date.parse(n)-t),fe=class{constructor(t,e){this._host=t;this._action=e;t.addController(this)}hostConnected(){}hostDisconnected(){this._withdraw()}async log(t,e,i){this._withdraw();let r;if(await this._action.run(async()=>{r=await t()},{done:i}),!r?.logged)return;this.offered={entry:r.logged,label:e};let o=bo(r.removable_until??null,Date.now());o!==null&&(this._timer=setTimeout(()=>this._expire(),o)),this._host.requestUpdate()}async undo(t,e){let i=this.offered;i&&(this._withdraw(),await this._action.run(()=>t(i.entry),{done:()=>e(i.label)}))}_expire(){this._withdraw(),this._host.requestUpdate()}_withdraw(){clearTimeout(this._timer),this._timer=void 0,this.offered=void 0}};var lt=(n,t,{t:e},i)=>a`<div class="status-line">
      <p class="status" role="status">${n.status}</p>
      ${t.offered&&n.status?a`<button
            id="undo-log"
            class="button undo"
            aria-label=${e("undo.label",{what:t.offered.label})}
            ?disabled=${n.busy}
            @click=${i}
          >
            ${e("undo.button")}
          </button>`:h}
    </div>
    ${n.error?a`<p class="error" role="alert">${n.error}</p>`:h}`,dt=f`
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    min-height: 1.4em;
    margin: 8px 0 0;
  }
  .status-line .status {
    margin: 0;
  }
  .button.undo {
    min-height: 36px;
    padding: 4px 14px;
  }
`;var R=class extends _{constructor(){super(...arguments);this.factors=[];this.calmNight=!1;this.twitched=!1;this.readOnly=!1;this._typed="";this._action=new L(this,()=>this.texts.t("panel.error"));this._undo=new fe(this,this._action);this._undoLast=()=>this._undo.undo(e=>le(this.hass,this.entryId,e,this.texts.t("entries.gone")),e=>this.texts.t("undo.removed",{what:e}))}render(){let{t:e}=this.texts,i=this.factors.find(r=>r.factor===this._open);return a`<h2>${e("tonight.factors")}</h2>
      ${this.readOnly?h:a`<p class="secondary hint">${e("tonight.factors_hint")}</p>`}
      <div class="chips">
        ${this.factors.map(r=>this._renderChip(r))}
      </div>
      ${i?.amount?this._renderAmount({...i,amount:i.amount}):h}
      ${this.twitched&&!this.calmNight?h:a`<div class="calm">
        <button
          id="log-calm-night"
          class="button calm-button"
          aria-pressed=${this.calmNight?"true":"false"}
          ?disabled=${this._action.busy||this.readOnly}
          @click=${()=>this._log({kind:"calm_night"},e("tonight.calm_night"))}
        >
          ${this.calmNight?`✓ ${e("tonight.calm_night_recorded")}`:e("tonight.calm_night")}
        </button>
        ${this.calmNight||this.readOnly?h:a`<p class="secondary hint">${e("tonight.calm_night_hint")}</p>`}
      </div>`}
      ${lt(this._action,this._undo,this.texts,this._undoLast)}`}_renderChip(e){let{t:i}=this.texts,r=Ct(e,this.texts),o=e.amount?this._open===e.factor?"true":"false":h;return a`<button
      class="chip ${r.logged?"logged":""}"
      data-factor=${r.factor}
      aria-pressed=${r.logged?"true":"false"}
      aria-expanded=${o}
      aria-label=${r.logged?i("tonight.factor_logged",{factor:[r.label,r.amount].filter(Boolean).join(" · ")}):r.label}
      ?disabled=${this._action.busy||this.readOnly}
      @click=${()=>this._tap(e,r.label)}
    >
      ${r.logged?a`<span class="check" aria-hidden="true">✓</span>`:h}
      <span>${r.label}</span>
      ${r.amount?a`<span class="amount">${r.amount}</span>`:h}
    </button>`}_renderAmount(e){let{t:i}=this.texts,r=e.amount,o=Ct(e,this.texts).label,s=Lt(this._typed,r);return a`<div class="amounts" role="group" aria-labelledby="amount-question" data-factor=${e.factor}>
      <p id="amount-question">${i("tonight.amount_question",{factor:o})}</p>
      <div class="choices">
        ${ii(r).map(p=>a`<button
            class="button choice"
            data-amount=${p}
            ?disabled=${this._action.busy}
            @click=${()=>this._logAmount(e,o,p)}
          >
            ${ue(p,r.unit,this.texts)}
          </button>`)}
      </div>
      ${ri(r)?a`<form class="other" @submit=${p=>this._submit(p,e,o)}>
            <label>
              <span class="secondary">${i("tonight.amount_other")}</span>
              <input
                id="amount-input"
                type="number"
                inputmode="decimal"
                min=${r.min}
                max=${r.max}
                step=${r.step}
                .value=${this._typed}
                @input=${p=>this._typed=p.target.value}
              />
              <span class="unit">${i(`unit.${r.unit}`)}</span>
            </label>
            <button class="button filled" type="submit" ?disabled=${this._action.busy||s===null}>${i("tonight.amount_log")}</button>
            ${this._typed&&s===null?a`<p class="error" id="amount-invalid">
                  ${i("tonight.amount_invalid",{min:y(r.min,this.texts,2),max:y(r.max,this.texts,2)})}
                </p>`:h}
          </form>`:h}
      <button class="button cancel" @click=${this._close}>${i("tonight.cancel")}</button>
    </div>`}_tap(e,i){if(!e.amount){this._close(),this._log({kind:"factor",factor:e.factor},i);return}this._open===e.factor?this._close():(this._open=e.factor,this._typed="")}_close(){this._open=void 0,this._typed=""}_submit(e,i,r){e.preventDefault();let o=Lt(this._typed,i.amount);o!==null&&this._logAmount(i,r,o)}_logAmount(e,i,r){this._log({kind:"factor",factor:e.factor,amount:r},`${i} (${ue(r,e.amount.unit,this.texts)})`)}_log(e,i){return this._undo.log(()=>Je(this.hass,this.entryId,e),i,()=>(this._close(),this.texts.t("tonight.logged",{what:i})))}static{this.styles=[w,dt,f`
      :host {
        display: block;
      }
      p {
        margin: 4px 0;
      }
      .hint {
        font-size: 0.9rem;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 8px 0 4px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-height: 40px;
        padding: 6px 14px;
        border-radius: 20px;
        border: 1px solid var(--stc-divider);
        background: var(--stc-card-background);
        font-size: 0.95rem;
        max-width: 100%;
        text-align: start;
      }
      .chip.logged {
        border-color: var(--stc-primary);
        background: color-mix(in srgb, var(--stc-primary) 16%, transparent);
      }
      .chip[aria-expanded="true"] {
        outline: 2px solid var(--stc-primary);
      }
      .check {
        color: var(--stc-primary);
        font-weight: 700;
      }
      .amount {
        font-weight: 500;
        color: var(--stc-primary);
      }
      .amounts {
        margin: 8px 0;
        padding: 12px;
        border: 1px solid var(--stc-divider);
        border-radius: 8px;
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .choices,
      .other {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
      }
      .other label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      .other .error {
        flex-basis: 100%;
        margin: 0;
      }
      input {
        font: inherit;
        width: 6em;
        min-height: 40px;
        padding: 0 8px;
        color: var(--stc-text);
        background: var(--stc-card-background);
        border: 1px solid var(--stc-divider);
        border-radius: 6px;
        box-sizing: border-box;
      }
      .cancel {
        align-self: flex-start;
      }
      .calm {
        margin-top: 12px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .calm-button {
        min-height: 52px;
        min-width: min(220px, 100%);
      }
      .status {
        min-height: 1.4em;
        margin: 8px 0 0;
        color: var(--success-color, #43a047);
      }
    `]}};c([d({attribute:!1})],R.prototype,"hass",2),c([d({attribute:!1})],R.prototype,"entryId",2),c([d({attribute:!1})],R.prototype,"factors",2),c([d({attribute:!1})],R.prototype,"calmNight",2),c([d({attribute:!1})],R.prototype,"twitched",2),c([d({attribute:!1})],R.prototype,"readOnly",2),c([d({attribute:!1})],R.prototype,"texts",2),c([v()],R.prototype,"_open",2),c([v()],R.prototype,"_typed",2);b("stc-factor-chips",R);var W=class extends _{constructor(){super(...arguments);this.intensityEntity=null;this._choosing=!1;this._action=new L(this,()=>this.texts.t("panel.error"));this._undo=new fe(this,this._action);this._undoLast=()=>this._undo.undo(e=>le(this.hass,this.entryId,e,this.texts.t("entries.gone")),e=>this.texts.t("undo.removed",{what:e}))}get _intensity(){return this._chosen??xt(this.hass,this.intensityEntity)}willUpdate(){this._chosen===xt(this.hass,this.intensityEntity)&&(this._chosen=void 0)}render(){let{t:e,names:i}=this.texts;return a`<div class="buttons">
        ${this._button("log-twitch",e("tonight.log_twitch"),{kind:"twitch",wokeUp:!1},!0)}
        ${this._button("log-twitch-woke",e("tonight.log_twitch_woke"),{kind:"twitch",wokeUp:!0},!0)}
        ${this._button("log-caffeine",e("tonight.log_caffeine"),{kind:"caffeine"})}
        <div class="exercise">
          ${this._button("log-exercise",`${e("tonight.log_exercise")} (${i("intensity",this._intensity)})`,{kind:"exercise",intensity:this._intensity})}
          <label class="secondary">
            ${e("tonight.intensity")}
            <select id="exercise-intensity" .value=${this._intensity} @change=${this._intensityChanged}>
              ${Xe.map(r=>a`<option value=${r} ?selected=${r===this._intensity}>
                    ${i("intensity",r)}
                  </option>`)}
            </select>
          </label>
        </div>
        <button
          id="log-symptom"
          class="button log"
          aria-expanded=${this._choosing?"true":"false"}
          aria-controls="symptom-chooser"
          ?disabled=${this._action.busy}
          @click=${()=>this._choosing=!this._choosing}
        >
          ${e("tonight.log_symptom")}
        </button>
      </div>
      ${this._choosing?this._renderChooser():h}
      ${lt(this._action,this._undo,this.texts,this._undoLast)}`}_renderChooser(){let{t:e,names:i}=this.texts;return a`<div id="symptom-chooser" class="chooser" role="group" aria-label=${e("tonight.choose_symptom")}>
      <p class="secondary">${e("tonight.choose_symptom")}</p>
      ${tn.map(r=>this._button(`log-symptom-${r}`,i("symptom",r),{kind:"symptom",symptom:r}))}
      <button class="button cancel" @click=${()=>this._choosing=!1}>${e("tonight.cancel")}</button>
    </div>`}_button(e,i,r,o=!1){return a`<button
      id=${e}
      class="button log ${o?"filled":""}"
      ?disabled=${this._action.busy}
      @click=${()=>this._log(r,i)}
    >
      ${i}
    </button>`}_intensityChanged(e){let i=e.target.value;this._chosen=i,this.intensityEntity&&mn(this.hass,this.intensityEntity,i).catch(()=>this._chosen=void 0)}_log(e,i){return this._undo.log(()=>Je(this.hass,this.entryId,e),i,()=>(e.kind==="symptom"&&(this._choosing=!1),this.texts.t("tonight.logged",{what:i})))}static{this.styles=[w,dt,f`
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
    `]}};c([d({attribute:!1})],W.prototype,"hass",2),c([d({attribute:!1})],W.prototype,"entryId",2),c([d({attribute:!1})],W.prototype,"texts",2),c([d({attribute:!1})],W.prototype,"intensityEntity",2),c([v()],W.prototype,"_choosing",2),c([v()],W.prototype,"_chosen",2);b("stc-log-buttons",W);var ae={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},Ii=n=>(...t)=>({_$litDirective$:n,values:t}),ht=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};var{I:td}=Qt;var zi=n=>n.strings===void 0;var wo={},Hi=(n,t=wo)=>n._$AH=t;var Di=Ii(class extends ht{constructor(n){if(super(n),n.type!==ae.PROPERTY&&n.type!==ae.ATTRIBUTE&&n.type!==ae.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!zi(n))throw Error("`live` bindings can only contain a single expression")}render(n){return n}update(n,[t]){if(t===T||t===h)return t;let e=n.element,i=n.name;if(n.type===ae.PROPERTY){if(t===e[i])return T}else if(n.type===ae.BOOLEAN_ATTRIBUTE){if(!!t===e.hasAttribute(i))return T}else if(n.type===ae.ATTRIBUTE&&e.getAttribute(i)===t+"")return T;return Hi(n),t}});var K=class extends _{constructor(){super(...arguments);this.readOnly=!1;this._pending=new Set;this._error=""}render(){let{t:e}=this.texts,{steps:i,entity_id:r}=this.windDown,o=i.filter(s=>s.done).length;return a`<h2>${e("tonight.wind_down")}</h2>
      ${i.length?a`<p class="secondary">${e("tonight.wind_down_done",{done:o,total:i.length})}</p>
            <ul class="steps">
              ${i.map(s=>this._renderStep(s,r))}
            </ul>`:a`<p class="secondary">${e("tonight.wind_down_empty")}</p>`}
      ${this._error?a`<p class="error" role="alert">${this._error}</p>`:h}`}_renderStep(e,i){return a`<li>
      <label class=${e.done?"done":""}>
        <input
          type="checkbox"
          data-uid=${e.uid}
          .checked=${Di(e.done)}
          ?disabled=${this.readOnly||!i||this._pending.has(e.uid)}
          @change=${r=>this._toggle(e,r.target.checked)}
        />
        <span>${Wn(e,this.texts)}</span>
      </label>
    </li>`}async _toggle(e,i){let r=this.windDown.entity_id;if(r){this._error="",this._pending=new Set(this._pending).add(e.uid);try{await un(this.hass,r,e.uid,i)}catch(o){this._error=D(o,this.texts.t("panel.error"))}finally{let o=new Set(this._pending);o.delete(e.uid),this._pending=o,this.requestUpdate()}}}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],K.prototype,"hass",2),c([d({attribute:!1})],K.prototype,"windDown",2),c([d({attribute:!1})],K.prototype,"texts",2),c([d({attribute:!1})],K.prototype,"readOnly",2),c([v()],K.prototype,"_pending",2),c([v()],K.prototype,"_error",2);b("stc-wind-down",K);var J=class extends _{constructor(){super(...arguments);this.kept=new $}render(){let{t:e}=this.texts,i=this.event;return a`<section class="card" aria-labelledby="log-heading">
        <h2 id="log-heading">${e("tonight.log_heading")}</h2>
        ${i.may_change?a`<stc-log-buttons
              .hass=${this.hass}
              .entryId=${this.entryId}
              .intensityEntity=${i.exercise_intensity.entity_id}
              .texts=${this.texts}
            ></stc-log-buttons>`:a`<p class="secondary" id="read-only">${e("tonight.read_only")}</p>`}
      </section>
      <section class="card" id="factors">
        <stc-factor-chips
          .hass=${this.hass}
          .entryId=${this.entryId}
          .factors=${i.factors}
          .calmNight=${i.calm_night}
          .twitched=${i.twitches_tonight>0}
          .readOnly=${!i.may_change}
          .texts=${this.texts}
        ></stc-factor-chips>
      </section>
      ${ci(i.experiment,i.tonight)?a`<stc-experiment-card
            id="experiment"
            compact
            .hass=${this.hass}
            .entryId=${this.entryId}
            .experiment=${i.experiment}
            .tonight=${i.tonight}
            .mayChange=${i.may_change}
            .texts=${this.texts}
          ></stc-experiment-card>`:h}
      <div class="columns">
        <section class="card count" aria-live="polite">
          <p class="big" id="twitches-tonight">${y(i.twitches_tonight,this.texts,0)}</p>
          <p class="big-label">${e("tonight.twitches",{count:i.twitches_tonight})}</p>
          <p>
            ${i.woke_up_tonight?e("tonight.woke_up",{count:i.woke_up_tonight}):e("tonight.woke_up_none")}
          </p>
          <p>${e("tonight.twitch_nights_7d",{count:i.twitch_nights_7d})}</p>
          ${i.caffeine_after_cutoff?a`<p class="warning">${e("tonight.caffeine_after_cutoff")}</p>`:h}
          ${i.late_exercise?a`<p class="warning">${e("tonight.late_exercise")}</p>`:h}
          <p class="secondary">
            ${e("tonight.next_bedtime",{time:this._time(i.next_bedtime)})} ·
            ${e("tonight.next_caffeine_cutoff",{time:this._time(i.next_caffeine_cutoff)})}
          </p>
        </section>
        <section class="card">
          <stc-wind-down
            .hass=${this.hass}
            .windDown=${i.wind_down}
            .readOnly=${!i.may_change}
            .texts=${this.texts}
          ></stc-wind-down>
        </section>
        <section class="card bedroom">${this._renderBedroom()}</section>
        ${i.limbs?a`<section class="card limbs">${this._renderLimbs(i.limbs)}</section>`:h}
      </div>
      <section class="card" id="tonight-entries">
        <stc-night-entries
          .hass=${this.hass}
          .entryId=${this.entryId}
          .night=${i.tonight}
          .revision=${i.revision}
          .factors=${i.factors}
          .heading=${e("entries.tonight")}
          .texts=${this.texts}
          .kept=${this.kept}
        ></stc-night-entries>
      </section>`}_time(e){let i=this.hass.locale,r=i?.time_zone==="server"?this.hass.config?.time_zone:void 0;return tt(e,this.texts.t.language,i?.time_format,r)||x}_renderBedroom(){let{t:e}=this.texts,{temperature:i,target:r,tolerance:o,unit:s,status:p}=this.event.bedroom;return a`<h2>${e("tonight.bedroom")}</h2>
      ${i===null?a`<p class="secondary">${e("tonight.bedroom_unknown")}</p>`:a`<p class="temperature">${e("tonight.bedroom_now",{temperature:X(i,s,this.texts)})}</p>`}
      ${p?a`<p class="status ${p}" id="bedroom-status">${e(`status.${p}`)}</p>`:h}
      <p class="secondary">
        ${e("tonight.bedroom_target",{target:X(r,s,this.texts),tolerance:X(o,s,this.texts)})}
      </p>`}_renderLimbs(e){let{t:i}=this.texts;return a`<h2>${i("tonight.legs")}</h2>
      <dl class="facts">
        <dt>${i("limbs.limb_movements")}</dt>
        <dd>${y(e.limb_movements,this.texts,0)}</dd>
        <dt>${i("limbs.periodic_limb_movements")}</dt>
        <dd>${y(e.periodic_limb_movements,this.texts,0)}</dd>
        <dt>${i("limbs.plm_index")}</dt>
        <dd>${e.plm_index===null?x:y(e.plm_index,this.texts)}</dd>
      </dl>
      <p class="secondary">${i("limbs.caveat")}</p>`}static{this.styles=[w,f`
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
    `]}};c([d({attribute:!1})],J.prototype,"hass",2),c([d({attribute:!1})],J.prototype,"entryId",2),c([d({attribute:!1})],J.prototype,"event",2),c([d({attribute:!1})],J.prototype,"texts",2),c([d({attribute:!1})],J.prototype,"kept",2);b("stc-tonight-view",J);var V=class extends _{constructor(){super(...arguments);this.mayStart=!1;this._choosing=!1;this._action=new L(this,()=>this.texts.t("panel.error"))}render(){let{t:e}=this.texts,{factor:i}=this,r=Jn(i),o=i.verdict!=="not_enough_nights"&&r.drawable;return a`<h3>${O(this.texts,i.factor,i.name)}</h3>
      <p class="verdict verdict-${i.verdict}">${Mt(e(`verdict.${i.verdict}`),e.language)}</p>
      ${o?a`<stc-comparison-bars .comparison=${r} .texts=${this.texts}></stc-comparison-bars>`:a`<p class="secondary not-enough">
            ${e("what_helps.not_enough_detail",{with:i.nights_with,without:i.nights_without})}
          </p>`}
      ${this.mayStart?this._renderOffers(oi(i)):h}
      <p class="status" role="status">${this._action.status}</p>
      ${this._action.error?a`<p class="error" role="alert">${this._action.error}</p>`:h}`}_renderOffers(e){let{t:i}=this.texts,[r]=e;if(r===void 0)return h;if(e.length===1&&r.suggested){let o=i(r.keep==="avoid"?"what_helps.try_avoid":"what_helps.try_do",{count:st});return a`<button class="button filled try" data-keep=${r.keep} ?disabled=${this._action.busy} @click=${()=>this._start(r.keep)}>
        ${o}
      </button>`}return a`<div class="change">
      <button
        class="button small try-change"
        aria-expanded=${this._choosing?"true":"false"}
        ?disabled=${this._action.busy}
        @click=${()=>this._choosing=!this._choosing}
      >
        ${i("what_helps.try_change")}
      </button>
      ${this._choosing?e.map(o=>a`<button
              class="button small try"
              data-keep=${o.keep}
              ?disabled=${this._action.busy}
              @click=${()=>this._start(o.keep)}
            >
              ${i(o.keep==="avoid"?"what_helps.try_avoid_short":"what_helps.try_do_short",{count:st})}
            </button>`):h}
    </div>`}_start(e){let{factor:i}=this;return this._action.run(()=>hn(this.hass,this.entryId,i.factor,e,st),{done:()=>(this._choosing=!1,this.texts.t("what_helps.started",{change:ge({change:i.factor,name:i.name,keep:e},this.texts)}))})}static{this.styles=[w,f`
      :host {
        display: block;
      }
      p {
        margin: 4px 0;
      }
      .verdict {
        font-weight: 500;
      }
      .verdict-linked {
        color: var(--stc-warning-text);
      }
      .verdict-seems_to_help {
        color: var(--success-color, #43a047);
      }
      .try {
        margin-top: 8px;
      }
      .change {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .button.small {
        min-height: 36px;
        padding: 4px 12px;
        font-size: 0.9rem;
      }
      .change .try {
        margin-top: 0;
      }
      .status {
        margin: 4px 0 0;
        color: var(--success-color, #43a047);
      }
      .status:empty {
        margin: 0;
      }
    `]}};c([d({attribute:!1})],V.prototype,"hass",2),c([d({attribute:!1})],V.prototype,"entryId",2),c([d({attribute:!1})],V.prototype,"factor",2),c([d({attribute:!1})],V.prototype,"texts",2),c([d({attribute:!1})],V.prototype,"mayStart",2),c([v()],V.prototype,"_choosing",2);b("stc-factor-row",V);var vo=1,yo=[28,90,365],xo=90,G=class extends _{constructor(){super(...arguments);this.kept=new $;this._compareNights=xo;this._report=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{entryId:e,hass:i,_compareNights:r}=this;this._report.need(`${e}|${this.event.tonight}|${this.event.revision}|${r}`,async()=>{let{factors:o,summary:s}=await Ye(i,e,vo,r);return{factors:o,summary:s}},{answers:this.kept,slot:`factors|${e}|${r}`})}render(){let{t:e}=this.texts,{event:i}=this,r=this._report.value,o=li(i);return a`${i.experiment?a`<stc-experiment-card
            id="experiment"
            .hass=${this.hass}
            .entryId=${this.entryId}
            .experiment=${i.experiment}
            .tonight=${i.tonight}
            .mayChange=${i.may_change}
            .texts=${this.texts}
          ></stc-experiment-card>`:h}
      <section class="card" aria-labelledby="what-helps-heading">
        <div class="top">
          <h2 id="what-helps-heading">${e("view.what_helps")}</h2>
          <div class="period" role="group" aria-label=${e("what_helps.period")}>
            ${yo.map(s=>a`<button
                class="button small"
                data-nights=${s}
                aria-pressed=${s===this._compareNights?"true":"false"}
                @click=${()=>this._compareNights=s}
              >
                ${e("what_helps.period_option",{count:s})}
              </button>`)}
          </div>
        </div>
        ${r?a`<p class="secondary">${e("what_helps.intro",{count:r.summary.compare_nights})}</p>`:h}
        ${i.may_change&&i.experiment?.running?a`<p class="secondary" id="one-at-a-time">${e("what_helps.one_at_a_time")}</p>`:h}
        ${this._report.error?a`<p class="error" role="alert">${this._report.error}</p>`:h}
        ${r?r.factors.length?a`<ul class="factors" aria-busy=${this._report.current?"false":"true"}>
                  ${r.factors.map(s=>a`<li class="factor" data-factor=${s.factor} data-verdict=${s.verdict}>
                      <stc-factor-row
                        .hass=${this.hass}
                        .entryId=${this.entryId}
                        .factor=${s}
                        .mayStart=${o}
                        .texts=${this.texts}
                      ></stc-factor-row>
                    </li>`)}
                </ul>
                <p class="secondary hint">${e("what_helps.interval_hint")}</p>`:a`<p class="secondary">${e("what_helps.none")}</p>`:this._report.error?h:a`<p class="secondary">${e("panel.loading")}</p>`}
      </section>`}static{this.styles=[w,f`
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px 16px;
        margin-bottom: 8px;
      }
      .top h2 {
        margin: 0;
      }
      .period {
        display: flex;
        gap: 6px;
      }
      .button.small {
        min-height: 36px;
        padding: 4px 10px;
        font-size: 0.9rem;
      }
      .factors {
        list-style: none;
        margin: 12px 0 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
        gap: 24px 24px;
      }
      .factor {
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
      .hint {
        margin-top: 16px;
        font-size: 0.85rem;
      }
    `]}};c([d({attribute:!1})],G.prototype,"hass",2),c([d({attribute:!1})],G.prototype,"entryId",2),c([d({attribute:!1})],G.prototype,"event",2),c([d({attribute:!1})],G.prototype,"texts",2),c([d({attribute:!1})],G.prototype,"kept",2),c([v()],G.prototype,"_compareNights",2);b("stc-what-helps-view",G);var Oi="sleep_twitch_coach.sleeper",ji="sleep-twitch-coach:panel-connected",ko="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",$o=()=>{try{return localStorage.getItem(Oi)}catch{return null}},H=class extends _{constructor(){super(...arguments);this.narrow=!1;this._view=Nt(location.search).view??"tonight";this._kept=new $;this._coach=new Qe(this,()=>{this.hass&&this._loadSleepers(this.hass)})}connectedCallback(){super.connectedCallback(),performance.getEntriesByName(ji).length||performance.mark(ji)}willUpdate(e){if(e.has("_sleeper")&&this._coach.follow(this.hass,this._sleeper),!e.has("hass")||!this.hass)return;this.toggleAttribute("dark",!!this.hass.themes?.darkMode);let i=this.hass.locale?.language??this.hass.language,r=`${this.hass.language}|${i}|${this.hass.locale?.time_format??""}`;r!==this._languageKey&&(this._languageKey=r,this._loadTexts(this.hass,i,r)),!e.get("hass")&&this._sleepers===void 0&&this._loadSleepers(this.hass)}async _loadTexts(e,i,r){let o=await Pn(e.language,i),s=await zn(e,o);r===this._languageKey&&(this._texts={t:o,names:s,timeFormat:e.locale?.time_format})}async _loadSleepers(e){try{this._sleepers=await rn(e),this._sleeper=Dn(this._sleepers,location.search,$o()),this._error=void 0}catch(i){this._sleepers=[],this._error=this._errorText(i)}}_errorText(e){return D(e,this._texts?.t("panel.error")??"Something went wrong.")}_remember(){let e=Hn(location.search,{sleeper:this._sleeper,view:this._view});history.replaceState(history.state,"",`${location.pathname}${e}${location.hash}`);try{this._sleeper&&localStorage.setItem(Oi,this._sleeper)}catch{}}_selectSleeper(e){this._sleeper=e.detail.id,this._error=void 0,this._remember()}_selectView(e){let i=e.detail.id;i!==this._view&&window.scrollTo({top:0}),this._view=i,this._remember()}_toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let e=this._texts,i=e?.t("panel.title")??"Sleep coach";return a`<header class="header">
        <div class="toolbar">
          ${this.narrow?a`<button class="menu" aria-label=${e?.t("panel.menu")??"Menu"} @click=${this._toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ko}></path></svg>
              </button>`:h}
          <h1 class="title">${i}</h1>
        </div>
        ${e?this._renderTabs(e):h}
      </header>
      <main>${this._renderContent(e)}</main>`}_renderTabs({t:e}){let i=this._sleepers??[];return a`${i.length>1?a`<stc-tab-bar
            id="sleeper-tabs"
            class="sleepers"
            .label=${e("panel.sleepers")}
            .tabs=${i.map(r=>({id:r.entry_id,label:r.title}))}
            .selected=${this._sleeper??""}
            @tab-selected=${this._selectSleeper}
          ></stc-tab-bar>`:h}
      ${i.length?a`<stc-tab-bar
            id="view-tabs"
            class="views"
            .label=${e("panel.views")}
            .tabs=${Ae.map(r=>({id:r,label:e(`view.${r}`)}))}
            .selected=${this._view}
            @tab-selected=${this._selectView}
          ></stc-tab-bar>`:h}`}_renderContent(e){let i=this._error??(this._coach.error===void 0?void 0:this._errorText(this._coach.error));if(i)return a`<p class="error" role="alert">${i}</p>`;if(!e||!this.hass||this._sleepers===void 0)return a`<p class="secondary">${e?.t("panel.loading")??""}</p>`;if(!this._sleepers.length||!this._sleeper)return a`<p class="secondary empty">${e.t("panel.no_sleepers")}</p>`;let r=e.t(`view.${this._view}`);return a`<div role="tabpanel" id="view" class="view" aria-label=${r} data-view=${this._view}>
      ${this._coach.event?this._renderView(this.hass,this._sleeper,this._coach.event,e):a`<p class="secondary">${e.t("panel.loading")}</p>`}
    </div>`}_renderView(e,i,r,o){switch(this._view){case"tonight":return a`<stc-tonight-view .hass=${e} .entryId=${i} .event=${r} .texts=${o} .kept=${this._kept}></stc-tonight-view>`;case"nights":return a`<stc-nights-view .hass=${e} .entryId=${i} .event=${r} .texts=${o} .kept=${this._kept}></stc-nights-view>`;case"what_helps":return a`<stc-what-helps-view
          .hass=${e}
          .entryId=${i}
          .event=${r}
          .texts=${o}
          .kept=${this._kept}
        ></stc-what-helps-view>`;case"doctor":return a`<stc-doctor-view .hass=${e} .entryId=${i} .event=${r} .texts=${o} .kept=${this._kept}></stc-doctor-view>`}}static{this.styles=[w,f`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color, #fafafa);
        color-scheme: light;
        ${Q(kt("light"))}
      }
      :host([dark]) {
        color-scheme: dark;
        ${Q(kt("dark"))}
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
    `]}};c([d({attribute:!1})],H.prototype,"hass",2),c([d({type:Boolean,reflect:!0})],H.prototype,"narrow",2),c([d({attribute:!1})],H.prototype,"panel",2),c([v()],H.prototype,"_texts",2),c([v()],H.prototype,"_sleepers",2),c([v()],H.prototype,"_sleeper",2),c([v()],H.prototype,"_view",2),c([v()],H.prototype,"_error",2);b("sleep-twitch-coach-panel",H);export{ji as PANEL_CONNECTED,H as SleepTwitchCoachPanel};
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
