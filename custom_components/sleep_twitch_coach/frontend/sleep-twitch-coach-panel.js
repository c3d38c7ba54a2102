var Ei=Object.create;var ze=Object.defineProperty;var ot=Object.getOwnPropertyDescriptor;var Ti=Object.getOwnPropertyNames;var Ci=Object.getPrototypeOf,Mi=Object.prototype.hasOwnProperty;var te=(i,e)=>()=>{try{return e||i((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var Ri=(i,e,t,o)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of Ti(e))!Mi.call(i,r)&&r!==t&&ze(i,r,{get:()=>e[r],enumerable:!(o=ot(e,r))||o.enumerable});return i};var ie=(i,e,t)=>(t=i!=null?Ei(Ci(i)):{},Ri(e||!i||!i.__esModule?ze(t,"default",{value:i,enumerable:!0}):t,i));var l=(i,e,t,o)=>{for(var r=o>1?void 0:o?ot(e,t):e,n=i.length-1,s;n>=0;n--)(s=i[n])&&(r=(o?s(e,t,r):s(r))||r);return o&&r&&ze(e,t,r),r};var zt=te((Yr,Qi)=>{Qi.exports={"panel.title":"Schlafcoach","panel.menu":"Seitenleiste anzeigen","panel.sleepers":"Personen","panel.views":"Ansichten","panel.loading":"Wird geladen…","panel.no_sleepers":"Es ist noch keine Person eingerichtet. Füge eine unter Einstellungen → Geräte & Dienste hinzu.","panel.error":"Etwas ist schiefgelaufen.","view.tonight":"Heute Nacht","view.nights":"Nächte","view.triggers":"Auslöser","view.doctor":"Arzt","tonight.log_heading":"Eintragen","tonight.log_twitch":"Zuckung","tonight.log_twitch_woke":"Zuckung hat mich geweckt","tonight.log_caffeine":"Koffein","tonight.log_exercise":"Training","tonight.intensity":"Intensität","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Welches Symptom?","tonight.cancel":"Abbrechen","tonight.logged":"Eingetragen: {what}","tonight.read_only":"Dein Konto kann dieses Tagebuch nur lesen.","tonight.twitches":"Zuckungen heute Nacht","tonight.twitches_one":"Zuckung heute Nacht","tonight.woke_up":"{count}-mal aufgewacht","tonight.woke_up_none":"Keine Zuckung hat dich geweckt","tonight.twitch_nights_7d":"Nächte mit Zuckungen in den letzten 7: {count}","tonight.caffeine_after_cutoff":"Koffein nach dem heutigen Koffein-Stopp","tonight.late_exercise":"Intensives Training kurz vor der Schlafenszeit","tonight.next_bedtime":"Schlafenszeit {time}","tonight.next_caffeine_cutoff":"Koffein-Stopp {time}","tonight.wind_down":"Abendroutine","tonight.wind_down_done":"{done} von {total} erledigt","tonight.wind_down_empty":"Heute keine Schritte in der Abendroutine.","tonight.bedroom":"Schlafzimmer","tonight.bedroom_now":"Jetzt {temperature}","tonight.bedroom_target":"Ziel {target} ± {tolerance}","tonight.bedroom_unknown":"Noch keine Schlafzimmertemperatur.","tonight.legs":"Beinbewegungen heute Nacht","status.too_cold":"Zu kalt","status.on_target":"Im Zielbereich","status.too_warm":"Zu warm","limbs.limb_movements":"Beinbewegungen","limbs.periodic_limb_movements":"Periodische Beinbewegungen","limbs.plm_index":"PLM-Index (pro Stunde)","limbs.caveat":"Von einem Sensor gemessen; ersetzt keine Untersuchung im Schlaflabor.","nights.heading":"Letzte {weeks} Wochen","nights.legend":"Zuckungen pro Nacht","nights.legend_woke":"Eine Zuckung hat dich geweckt","nights.cell":"{night}: {count} Zuckungen","nights.cell_one":"{night}: {count} Zuckung","nights.cell_woke":"{count}-mal aufgewacht","nights.cell_not_recorded":"{night}: keine Daten für diese Nacht","nights.legend_not_recorded":"Keine Daten","details.twitches":"Zuckungen","details.woke":"Mit Aufwachen","details.body_parts":"Körperteile","details.triggers":"Auslöser","details.bedroom":"Schlafzimmer zur Schlafenszeit","details.symptoms":"Symptome","details.notes":"Notizen","details.limb_movements":"Beinbewegungen","details.plm_index":"PLM-Index","details.none":"Keine","details.not_recorded":"Nicht erfasst","details.no_data":"Keine Daten für diese Nacht.","triggers.intro":"In den letzten {count} Nächten: wie oft Nächte mit einem Auslöser Zuckungen hatten, verglichen mit Nächten ohne ihn.","triggers.with":"Mit","triggers.without":"Ohne","triggers.count":"{twitch_nights} von {count} Nächten","triggers.count_one":"{twitch_nights} von {count} Nacht","triggers.bar_label":"{side}: Zuckungen in {twitch_nights} von {count} Nächten ({percent}%)","triggers.not_enough":"Noch nicht genug Nächte","triggers.not_enough_detail":"Nächte mit Auslöser: {with}, ohne: {without}.","doctor.checklist":"Arzt-Checkliste","doctor.score":"Erfüllte Kriterien: {score}; ein Arztbesuch wird ab {threshold} empfohlen.","doctor.recommended":"Das Tagebuch erfüllt die Checkliste: Erwäge, mit einem Arzt zu sprechen.","doctor.not_recommended":"Das Tagebuch erfüllt die Checkliste nicht.","doctor.met":"Erfüllt","doctor.not_met":"Nicht erfüllt","doctor.report":"Bericht","doctor.range":"Nächte im Bericht","doctor.range_option":"{count} Nächte","doctor.print":"Drucken","doctor.download_csv":"Ganzes Tagebuch (CSV)","doctor.download_json":"Ganzes Tagebuch (JSON)","doctor.notes_hidden":"Die Texte der Notizen sehen nur die Person selbst und Administratoren.","criterion.frequent_twitching":"Zuckungen in den Beinen in mehr als drei Nächten pro Woche","criterion.wakes_regularly":"Zuckungen wecken dich regelmäßig","criterion.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","criterion.partner_reports_kicking":"Bettpartner berichtet von Tritten mit den Beinen","criterion.spreads_beyond_legs":"Zuckungen breiten sich auf Arme oder Rumpf aus","criterion.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","criterion.iron_deficiency":"Festgestellter Eisenmangel oder Blutarmut","criterion.persistent_two_weeks":"Zuckungen halten länger als zwei Wochen an","criterion.after_new_medication":"Zuckungen begannen nach einem neuen Medikament","criterion.periodic_limb_movements":"Mehr als 15 periodische Beinbewegungen pro Stunde in 3 der letzten 7 gemessenen Nächte","symptom.urge_to_move":"Bewegungsdrang in den Beinen in Ruhe","symptom.partner_reports_kicking":"Bettpartner berichtet von Tritten","symptom.weakness_or_numbness":"Schwäche, Taubheitsgefühl oder Koordinationsprobleme","symptom.daytime_sleepiness":"Tagesschläfrigkeit","symptom.new_medication":"Neues Medikament begonnen","body_part.legs":"Beine","body_part.arms":"Arme","body_part.trunk":"Rumpf","intensity.light":"Leicht","intensity.moderate":"Mäßig","intensity.vigorous":"Intensiv"}});var Ht=te((Jr,eo)=>{eo.exports={"panel.title":"Slaapcoach","panel.menu":"Zijbalk weergeven","panel.sleepers":"Slapers","panel.views":"Weergaven","panel.loading":"Laden…","panel.no_sleepers":"Er is nog geen slaper ingesteld. Voeg er een toe via Instellingen → Apparaten & diensten.","panel.error":"Er is iets misgegaan.","view.tonight":"Vannacht","view.nights":"Nachten","view.triggers":"Triggers","view.doctor":"Arts","tonight.log_heading":"Noteren","tonight.log_twitch":"Trekking","tonight.log_twitch_woke":"Trekking maakte me wakker","tonight.log_caffeine":"Cafeïne","tonight.log_exercise":"Training","tonight.intensity":"Intensiteit","tonight.log_symptom":"Symptoom…","tonight.choose_symptom":"Welk symptoom?","tonight.cancel":"Annuleren","tonight.logged":"Genoteerd: {what}","tonight.read_only":"Met je account kun je dit dagboek alleen lezen.","tonight.twitches":"trekkingen vannacht","tonight.twitches_one":"trekking vannacht","tonight.woke_up":"{count} keer wakker geworden","tonight.woke_up_none":"Geen trekking heeft je gewekt","tonight.twitch_nights_7d":"Nachten met trekkingen in de laatste 7: {count}","tonight.caffeine_after_cutoff":"Cafeïne na de cafeïnestop van vandaag","tonight.late_exercise":"Intensieve training vlak voor bedtijd","tonight.next_bedtime":"Bedtijd {time}","tonight.next_caffeine_cutoff":"Cafeïnestop {time}","tonight.wind_down":"Avondroutine","tonight.wind_down_done":"{done} van {total} gedaan","tonight.wind_down_empty":"Vanavond geen stappen in de avondroutine.","tonight.bedroom":"Slaapkamer","tonight.bedroom_now":"Nu {temperature}","tonight.bedroom_target":"Doel {target} ± {tolerance}","tonight.bedroom_unknown":"Nog geen slaapkamertemperatuur.","tonight.legs":"Beenbewegingen vannacht","status.too_cold":"Te koud","status.on_target":"Op temperatuur","status.too_warm":"Te warm","limbs.limb_movements":"Beenbewegingen","limbs.periodic_limb_movements":"Periodieke beenbewegingen","limbs.plm_index":"PLM-index (per uur)","limbs.caveat":"Gemeten door een sensor; dit is geen slaaponderzoek.","nights.heading":"Laatste {weeks} weken","nights.legend":"Trekkingen per nacht","nights.legend_woke":"Een trekking maakte je wakker","nights.cell":"{night}: {count} trekkingen","nights.cell_one":"{night}: {count} trekking","nights.cell_woke":"{count} keer wakker geworden","nights.cell_not_recorded":"{night}: geen gegevens voor deze nacht","nights.legend_not_recorded":"Geen gegevens","details.twitches":"Trekkingen","details.woke":"Wakker geworden","details.body_parts":"Lichaamsdelen","details.triggers":"Triggers","details.bedroom":"Slaapkamer bij bedtijd","details.symptoms":"Symptomen","details.notes":"Notities","details.limb_movements":"Beenbewegingen","details.plm_index":"PLM-index","details.none":"Geen","details.not_recorded":"Niet geregistreerd","details.no_data":"Geen gegevens voor deze nacht.","triggers.intro":"Over de laatste {count} nachten: hoe vaak nachten met een trigger trekkingen hadden, vergeleken met nachten zonder.","triggers.with":"Met","triggers.without":"Zonder","triggers.count":"{twitch_nights} van {count} nachten","triggers.count_one":"{twitch_nights} van {count} nacht","triggers.bar_label":"{side}: {twitch_nights} van {count} nachten met trekkingen ({percent}%)","triggers.not_enough":"Nog niet genoeg nachten","triggers.not_enough_detail":"Nachten met trigger: {with}, zonder: {without}.","doctor.checklist":"Checklist doktersbezoek","doctor.score":"Criteria voldaan: {score}; een doktersbezoek wordt aangeraden vanaf {threshold}.","doctor.recommended":"Het dagboek voldoet aan de checklist: overweeg met een arts te praten.","doctor.not_recommended":"Het dagboek voldoet niet aan de checklist.","doctor.met":"Voldaan","doctor.not_met":"Niet voldaan","doctor.report":"Rapport","doctor.range":"Nachten in het rapport","doctor.range_option":"{count} nachten","doctor.print":"Afdrukken","doctor.download_csv":"Heel dagboek (CSV)","doctor.download_json":"Heel dagboek (JSON)","doctor.notes_hidden":"Notitieteksten zijn alleen zichtbaar voor de slaper en beheerders.","criterion.frequent_twitching":"Trekkingen in de benen op meer dan drie nachten per week","criterion.wakes_regularly":"Trekkingen maken je regelmatig wakker","criterion.urge_to_move":"Een drang om de benen te bewegen in rust","criterion.partner_reports_kicking":"Een bedpartner merkt schoppende benen op","criterion.spreads_beyond_legs":"Trekkingen breiden zich uit naar de armen of de romp","criterion.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","criterion.iron_deficiency":"Vastgesteld ijzertekort of bloedarmoede","criterion.persistent_two_weeks":"Trekkingen die langer dan twee weken aanhouden","criterion.after_new_medication":"Trekkingen begonnen na een nieuw medicijn","criterion.periodic_limb_movements":"Meer dan 15 periodieke beenbewegingen per uur in 3 van de laatste 7 gemeten nachten","symptom.urge_to_move":"Drang om de benen te bewegen in rust","symptom.partner_reports_kicking":"Bedpartner merkt schoppen op","symptom.weakness_or_numbness":"Zwakte, gevoelloosheid of coördinatieproblemen","symptom.daytime_sleepiness":"Slaperigheid overdag","symptom.new_medication":"Met een nieuw medicijn begonnen","body_part.legs":"Benen","body_part.arms":"Armen","body_part.trunk":"Romp","intensity.light":"Licht","intensity.moderate":"Matig","intensity.vigorous":"Intensief"}});var Dt=te((Xr,to)=>{to.exports={"panel.title":"Coach du sommeil","panel.menu":"Afficher la barre latérale","panel.sleepers":"Dormeurs","panel.views":"Vues","panel.loading":"Chargement…","panel.no_sleepers":"Aucun dormeur n'est encore configuré. Ajoutez-en un dans Paramètres → Appareils et services.","panel.error":"Une erreur s'est produite.","view.tonight":"Cette nuit","view.nights":"Nuits","view.triggers":"Déclencheurs","view.doctor":"Médecin","tonight.log_heading":"Noter","tonight.log_twitch":"Secousse","tonight.log_twitch_woke":"Secousse avec réveil","tonight.log_caffeine":"Caféine","tonight.log_exercise":"Activité physique","tonight.intensity":"Intensité","tonight.log_symptom":"Symptôme…","tonight.choose_symptom":"Quel symptôme ?","tonight.cancel":"Annuler","tonight.logged":"Noté : {what}","tonight.read_only":"Votre compte ne peut que lire ce journal.","tonight.twitches":"secousses cette nuit","tonight.twitches_one":"secousse cette nuit","tonight.woke_up":"Réveils : {count}","tonight.woke_up_none":"Aucune secousse ne vous a réveillé","tonight.twitch_nights_7d":"Nuits avec secousses sur les 7 dernières : {count}","tonight.caffeine_after_cutoff":"Caféine après l'heure limite du jour","tonight.late_exercise":"Activité physique intense proche de l'heure du coucher","tonight.next_bedtime":"Coucher : {time}","tonight.next_caffeine_cutoff":"Heure limite pour la caféine : {time}","tonight.wind_down":"Détente du soir","tonight.wind_down_done":"Étapes effectuées : {done} sur {total}","tonight.wind_down_empty":"Aucune étape de détente prévue ce soir.","tonight.bedroom":"Chambre","tonight.bedroom_now":"{temperature} en ce moment","tonight.bedroom_target":"Cible : {target} ± {tolerance}","tonight.bedroom_unknown":"Pas encore de température de la chambre.","tonight.legs":"Mouvements des jambes cette nuit","status.too_cold":"Trop froid","status.on_target":"Conforme","status.too_warm":"Trop chaud","limbs.limb_movements":"Mouvements des jambes","limbs.periodic_limb_movements":"Mouvements périodiques des jambes","limbs.plm_index":"Indice PLM (par heure)","limbs.caveat":"Mesuré par un capteur ; ce n'est pas un examen du sommeil.","nights.heading":"{weeks} dernières semaines","nights.legend":"Secousses par nuit","nights.legend_woke":"Réveil dû à une secousse","nights.cell":"{night} : {count} secousses","nights.cell_one":"{night} : {count} secousse","nights.cell_woke":"réveils : {count}","nights.cell_not_recorded":"{night} : aucune donnée pour cette nuit","nights.legend_not_recorded":"Aucune donnée","details.twitches":"Secousses","details.woke":"Réveils","details.body_parts":"Parties du corps","details.triggers":"Facteurs déclenchants","details.bedroom":"Chambre au coucher","details.symptoms":"Symptômes","details.notes":"Notes","details.limb_movements":"Mouvements des jambes","details.plm_index":"Indice PLM","details.none":"Aucun","details.not_recorded":"Pas de relevé","details.no_data":"Aucune donnée pour cette nuit.","triggers.intro":"Sur les {count} dernières nuits : à quelle fréquence les nuits avec un facteur déclenchant ont eu des secousses, par rapport aux nuits sans.","triggers.with":"Avec","triggers.without":"Sans","triggers.count":"{twitch_nights} sur {count} nuits","triggers.count_one":"{twitch_nights} sur {count} nuit","triggers.bar_label":"{side} : secousses pendant {twitch_nights} nuits sur {count} ({percent} %)","triggers.not_enough":"Pas encore assez de nuits","triggers.not_enough_detail":"Nuits avec le facteur : {with}, sans : {without}.","doctor.checklist":"Liste de contrôle médicale","doctor.score":"Critères remplis : {score} ; une consultation est conseillée à partir de {threshold}.","doctor.recommended":"Le journal remplit la liste de contrôle : envisagez de parler à un médecin.","doctor.not_recommended":"Le journal ne remplit pas la liste de contrôle.","doctor.met":"Rempli","doctor.not_met":"Non rempli","doctor.report":"Rapport","doctor.range":"Nuits dans le rapport","doctor.range_option":"{count} nuits","doctor.print":"Imprimer","doctor.download_csv":"Journal complet (CSV)","doctor.download_json":"Journal complet (JSON)","doctor.notes_hidden":"Le texte des notes n'est visible que par le dormeur et les administrateurs.","criterion.frequent_twitching":"Secousses dans les jambes plus de trois nuits par semaine","criterion.wakes_regularly":"Les secousses vous réveillent régulièrement","criterion.urge_to_move":"Un besoin impérieux de bouger les jambes au repos","criterion.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","criterion.spreads_beyond_legs":"Les secousses s'étendent aux bras ou au tronc","criterion.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","criterion.iron_deficiency":"Carence en fer ou anémie diagnostiquée","criterion.persistent_two_weeks":"Secousses qui persistent depuis plus de deux semaines","criterion.after_new_medication":"Secousses apparues après un nouveau médicament","criterion.periodic_limb_movements":"Plus de 15 mouvements périodiques des jambes par heure sur 3 des 7 dernières nuits mesurées","symptom.urge_to_move":"Besoin impérieux de bouger les jambes au repos","symptom.partner_reports_kicking":"Le partenaire de lit signale des coups de pied","symptom.weakness_or_numbness":"Faiblesse, engourdissement ou troubles de la coordination","symptom.daytime_sleepiness":"Somnolence diurne","symptom.new_medication":"Début d'un nouveau médicament","body_part.legs":"Jambes","body_part.arms":"Bras","body_part.trunk":"Tronc","intensity.light":"Légère","intensity.moderate":"Modérée","intensity.vigorous":"Intense"}});var jt=te((Qr,io)=>{io.exports={"panel.title":"Coach del sueño","panel.menu":"Mostrar la barra lateral","panel.sleepers":"Personas","panel.views":"Vistas","panel.loading":"Cargando…","panel.no_sleepers":"Todavía no hay ninguna persona configurada. Añade una en Ajustes → Dispositivos y servicios.","panel.error":"Algo salió mal.","view.tonight":"Esta noche","view.nights":"Noches","view.triggers":"Desencadenantes","view.doctor":"Médico","tonight.log_heading":"Registrar","tonight.log_twitch":"Sacudida","tonight.log_twitch_woke":"Sacudida que me despertó","tonight.log_caffeine":"Cafeína","tonight.log_exercise":"Ejercicio","tonight.intensity":"Intensidad","tonight.log_symptom":"Síntoma…","tonight.choose_symptom":"¿Qué síntoma?","tonight.cancel":"Cancelar","tonight.logged":"Registrado: {what}","tonight.read_only":"Tu cuenta solo puede leer este diario.","tonight.twitches":"sacudidas esta noche","tonight.twitches_one":"sacudida esta noche","tonight.woke_up":"Despertares: {count}","tonight.woke_up_none":"Ningún espasmo te despertó","tonight.twitch_nights_7d":"Noches con sacudidas en las últimas 7: {count}","tonight.caffeine_after_cutoff":"Cafeína después de la hora límite de hoy","tonight.late_exercise":"Ejercicio intenso cerca de la hora de acostarse","tonight.next_bedtime":"Hora de acostarse: {time}","tonight.next_caffeine_cutoff":"Hora límite de cafeína: {time}","tonight.wind_down":"Rutina de relajación","tonight.wind_down_done":"{done} de {total} completados","tonight.wind_down_empty":"Esta noche no hay pasos en la rutina de relajación.","tonight.bedroom":"Dormitorio","tonight.bedroom_now":"{temperature} ahora","tonight.bedroom_target":"Deseada: {target} ± {tolerance}","tonight.bedroom_unknown":"Aún no hay temperatura del dormitorio.","tonight.legs":"Movimientos de las piernas esta noche","status.too_cold":"Demasiado frío","status.on_target":"Adecuado","status.too_warm":"Demasiado cálido","limbs.limb_movements":"Movimientos de las piernas","limbs.periodic_limb_movements":"Movimientos periódicos de las piernas","limbs.plm_index":"Índice PLM (por hora)","limbs.caveat":"Medido por un sensor; no es un estudio del sueño.","nights.heading":"Últimas {weeks} semanas","nights.legend":"Sacudidas por noche","nights.legend_woke":"Una sacudida te despertó","nights.cell":"{night}: {count} sacudidas","nights.cell_one":"{night}: {count} sacudida","nights.cell_woke":"despertares: {count}","nights.cell_not_recorded":"{night}: no hay datos de esta noche","nights.legend_not_recorded":"Sin datos","details.twitches":"Sacudidas","details.woke":"Despertares","details.body_parts":"Partes del cuerpo","details.triggers":"Desencadenantes","details.bedroom":"Dormitorio a la hora de acostarse","details.symptoms":"Síntomas","details.notes":"Notas","details.limb_movements":"Movimientos de las piernas","details.plm_index":"Índice PLM","details.none":"Ninguno","details.not_recorded":"Sin registrar","details.no_data":"No hay datos de esta noche.","triggers.intro":"En las últimas {count} noches: con qué frecuencia hubo sacudidas en las noches con un desencadenante, en comparación con las noches sin él.","triggers.with":"Con","triggers.without":"Sin","triggers.count":"{twitch_nights} de {count} noches","triggers.count_one":"{twitch_nights} de {count} noche","triggers.bar_label":"{side}: {twitch_nights} de {count} noches con sacudidas ({percent}%)","triggers.not_enough":"Aún no hay suficientes noches","triggers.not_enough_detail":"Noches con el desencadenante: {with}; sin él: {without}.","doctor.checklist":"Lista de verificación médica","doctor.score":"Criterios cumplidos: {score}; se recomienda ir al médico a partir de {threshold}.","doctor.recommended":"El diario cumple la lista de verificación: considera consultar a un médico.","doctor.not_recommended":"El diario no cumple la lista de verificación.","doctor.met":"Cumplido","doctor.not_met":"No cumplido","doctor.report":"Informe","doctor.range":"Noches en el informe","doctor.range_option":"{count} noches","doctor.print":"Imprimir","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"El texto de las notas solo lo ven la propia persona y los administradores.","criterion.frequent_twitching":"Sacudidas en las piernas más de tres noches por semana","criterion.wakes_regularly":"Las sacudidas te despiertan con regularidad","criterion.urge_to_move":"Una necesidad imperiosa de mover las piernas en reposo","criterion.partner_reports_kicking":"La pareja de cama nota patadas con las piernas","criterion.spreads_beyond_legs":"Las sacudidas se extienden a los brazos o al tronco","criterion.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","criterion.iron_deficiency":"Déficit de hierro o anemia diagnosticados","criterion.persistent_two_weeks":"Sacudidas que persisten más de dos semanas","criterion.after_new_medication":"Las sacudidas empezaron tras un nuevo medicamento","criterion.periodic_limb_movements":"Más de 15 movimientos periódicos de las piernas por hora en 3 de las últimas 7 noches medidas","symptom.urge_to_move":"Necesidad imperiosa de mover las piernas en reposo","symptom.partner_reports_kicking":"La pareja de cama nota patadas","symptom.weakness_or_numbness":"Debilidad, entumecimiento o problemas de coordinación","symptom.daytime_sleepiness":"Somnolencia diurna","symptom.new_medication":"Inicio de un nuevo medicamento","body_part.legs":"Piernas","body_part.arms":"Brazos","body_part.trunk":"Tronco","intensity.light":"Ligera","intensity.moderate":"Moderada","intensity.vigorous":"Intensa"}});var Bt=te((en,oo)=>{oo.exports={"panel.title":"Coach del sonno","panel.menu":"Mostra la barra laterale","panel.sleepers":"Persone","panel.views":"Viste","panel.loading":"Caricamento…","panel.no_sleepers":"Non è ancora configurata nessuna persona. Aggiungine una in Impostazioni → Dispositivi e servizi.","panel.error":"Si è verificato un errore.","view.tonight":"Stanotte","view.nights":"Notti","view.triggers":"Fattori scatenanti","view.doctor":"Medico","tonight.log_heading":"Registra","tonight.log_twitch":"Scatto","tonight.log_twitch_woke":"Scatto che mi ha svegliato","tonight.log_caffeine":"Caffeina","tonight.log_exercise":"Attività fisica","tonight.intensity":"Intensità","tonight.log_symptom":"Sintomo…","tonight.choose_symptom":"Quale sintomo?","tonight.cancel":"Annulla","tonight.logged":"Registrato: {what}","tonight.read_only":"Il tuo account può solo leggere questo diario.","tonight.twitches":"scatti stanotte","tonight.twitches_one":"scatto stanotte","tonight.woke_up":"Risvegli: {count}","tonight.woke_up_none":"Nessuna scossa ti ha svegliato","tonight.twitch_nights_7d":"Notti con scatti nelle ultime 7: {count}","tonight.caffeine_after_cutoff":"Caffeina dopo l'orario limite di oggi","tonight.late_exercise":"Attività fisica intensa vicino all'ora di andare a letto","tonight.next_bedtime":"Ora di andare a letto: {time}","tonight.next_caffeine_cutoff":"Orario limite per la caffeina: {time}","tonight.wind_down":"Rilassamento serale","tonight.wind_down_done":"{done} di {total} completati","tonight.wind_down_empty":"Nessun passaggio di rilassamento serale stasera.","tonight.bedroom":"Camera da letto","tonight.bedroom_now":"{temperature} adesso","tonight.bedroom_target":"Desiderata: {target} ± {tolerance}","tonight.bedroom_unknown":"Nessuna temperatura della camera da letto per ora.","tonight.legs":"Movimenti delle gambe stanotte","status.too_cold":"Troppo freddo","status.on_target":"Nella norma","status.too_warm":"Troppo caldo","limbs.limb_movements":"Movimenti delle gambe","limbs.periodic_limb_movements":"Movimenti periodici delle gambe","limbs.plm_index":"Indice PLM (all'ora)","limbs.caveat":"Misurati da un sensore; non è uno studio del sonno.","nights.heading":"Ultime {weeks} settimane","nights.legend":"Scatti per notte","nights.legend_woke":"Uno scatto ti ha svegliato","nights.cell":"{night}: {count} scatti","nights.cell_one":"{night}: {count} scatto","nights.cell_woke":"risvegli: {count}","nights.cell_not_recorded":"{night}: nessun dato per questa notte","nights.legend_not_recorded":"Nessun dato","details.twitches":"Scatti","details.woke":"Risvegli","details.body_parts":"Parti del corpo","details.triggers":"Fattori scatenanti","details.bedroom":"Camera all'ora di andare a letto","details.symptoms":"Sintomi","details.notes":"Note","details.limb_movements":"Movimenti delle gambe","details.plm_index":"Indice PLM","details.none":"Nessuno","details.not_recorded":"Non registrata","details.no_data":"Nessun dato per questa notte.","triggers.intro":"Nelle ultime {count} notti: quanto spesso le notti con un fattore scatenante hanno avuto scatti, rispetto alle notti senza.","triggers.with":"Con","triggers.without":"Senza","triggers.count":"{twitch_nights} di {count} notti","triggers.count_one":"{twitch_nights} di {count} notte","triggers.bar_label":"{side}: scatti in {twitch_nights} notti su {count} ({percent}%)","triggers.not_enough":"Notti non ancora sufficienti","triggers.not_enough_detail":"Notti con il fattore: {with}, senza: {without}.","doctor.checklist":"Lista di controllo medica","doctor.score":"Criteri soddisfatti: {score}; una visita medica è consigliata a partire da {threshold}.","doctor.recommended":"Il diario soddisfa la lista di controllo: valuta di parlare con un medico.","doctor.not_recommended":"Il diario non soddisfa la lista di controllo.","doctor.met":"Soddisfatto","doctor.not_met":"Non soddisfatto","doctor.report":"Rapporto","doctor.range":"Notti nel rapporto","doctor.range_option":"{count} notti","doctor.print":"Stampa","doctor.download_csv":"Diario completo (CSV)","doctor.download_json":"Diario completo (JSON)","doctor.notes_hidden":"Il testo delle note è visibile solo alla persona stessa e agli amministratori.","criterion.frequent_twitching":"Scatti alle gambe più di tre notti a settimana","criterion.wakes_regularly":"Gli scatti ti svegliano regolarmente","criterion.urge_to_move":"Un bisogno impellente di muovere le gambe a riposo","criterion.partner_reports_kicking":"Chi dorme con te riferisce calci con le gambe","criterion.spreads_beyond_legs":"Gli scatti si estendono alle braccia o al tronco","criterion.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","criterion.iron_deficiency":"Carenza di ferro o anemia diagnosticate","criterion.persistent_two_weeks":"Scatti che persistono da più di due settimane","criterion.after_new_medication":"Gli scatti sono iniziati dopo un nuovo farmaco","criterion.periodic_limb_movements":"Più di 15 movimenti periodici delle gambe all'ora in 3 delle ultime 7 notti misurate","symptom.urge_to_move":"Bisogno impellente di muovere le gambe a riposo","symptom.partner_reports_kicking":"Chi dorme con te riferisce calci","symptom.weakness_or_numbness":"Debolezza, intorpidimento o problemi di coordinazione","symptom.daytime_sleepiness":"Sonnolenza diurna","symptom.new_medication":"Inizio di un nuovo farmaco","body_part.legs":"Gambe","body_part.arms":"Braccia","body_part.trunk":"Tronco","intensity.light":"Leggera","intensity.moderate":"Moderata","intensity.vigorous":"Intensa"}});var fe=globalThis,we=fe.ShadowRoot&&(fe.ShadyCSS===void 0||fe.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,He=Symbol(),rt=new WeakMap,oe=class{constructor(e,t,o){if(this._$cssResult$=!0,o!==He)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(we&&e===void 0){let o=t!==void 0&&t.length===1;o&&(e=rt.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),o&&rt.set(t,e))}return e}toString(){return this.cssText}},nt=i=>new oe(typeof i=="string"?i:i+"",void 0,He),_=(i,...e)=>{let t=i.length===1?i[0]:e.reduce((o,r,n)=>o+(s=>{if(s._$cssResult$===!0)return s.cssText;if(typeof s=="number")return s;throw Error("Value passed to 'css' function must be a 'css' function result: "+s+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+i[n+1],i[0]);return new oe(t,i,He)},st=(i,e)=>{if(we)i.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let o=document.createElement("style"),r=fe.litNonce;r!==void 0&&o.setAttribute("nonce",r),o.textContent=t.cssText,i.appendChild(o)}},De=we?i=>i:i=>i instanceof CSSStyleSheet?(e=>{let t="";for(let o of e.cssRules)t+=o.cssText;return nt(t)})(i):i;var{is:Li,defineProperty:Pi,getOwnPropertyDescriptor:Ii,getOwnPropertyNames:zi,getOwnPropertySymbols:Hi,getPrototypeOf:Di}=Object,be=globalThis,at=be.trustedTypes,ji=at?at.emptyScript:"",Bi=be.reactiveElementPolyfillSupport,re=(i,e)=>i,ne={toAttribute(i,e){switch(e){case Boolean:i=i?ji:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,e){let t=i;switch(e){case Boolean:t=i!==null;break;case Number:t=i===null?null:Number(i);break;case Object:case Array:try{t=JSON.parse(i)}catch{t=null}}return t}},ve=(i,e)=>!Li(i,e),ct={attribute:!0,type:String,converter:ne,reflect:!1,useDefault:!1,hasChanged:ve};Symbol.metadata??=Symbol("metadata"),be.litPropertyMetadata??=new WeakMap;var R=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=ct){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let o=Symbol(),r=this.getPropertyDescriptor(e,o,t);r!==void 0&&Pi(this.prototype,e,r)}}static getPropertyDescriptor(e,t,o){let{get:r,set:n}=Ii(this.prototype,e)??{get(){return this[t]},set(s){this[t]=s}};return{get:r,set(s){let c=r?.call(this);n?.call(this,s),this.requestUpdate(e,c,o)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??ct}static _$Ei(){if(this.hasOwnProperty(re("elementProperties")))return;let e=Di(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(re("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(re("properties"))){let t=this.properties,o=[...zi(t),...Hi(t)];for(let r of o)this.createProperty(r,t[r])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[o,r]of t)this.elementProperties.set(o,r)}this._$Eh=new Map;for(let[t,o]of this.elementProperties){let r=this._$Eu(t,o);r!==void 0&&this._$Eh.set(r,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let o=new Set(e.flat(1/0).reverse());for(let r of o)t.unshift(De(r))}else e!==void 0&&t.push(De(e));return t}static _$Eu(e,t){let o=t.attribute;return o===!1?void 0:typeof o=="string"?o:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let o of t.keys())this.hasOwnProperty(o)&&(e.set(o,this[o]),delete this[o]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return st(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,o){this._$AK(e,o)}_$ET(e,t){let o=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,o);if(r!==void 0&&o.reflect===!0){let n=(o.converter?.toAttribute!==void 0?o.converter:ne).toAttribute(t,o.type);this._$Em=e,n==null?this.removeAttribute(r):this.setAttribute(r,n),this._$Em=null}}_$AK(e,t){let o=this.constructor,r=o._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let n=o.getPropertyOptions(r),s=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:ne;this._$Em=r;let c=s.fromAttribute(t,n.type);this[r]=c??this._$Ej?.get(r)??c,this._$Em=null}}requestUpdate(e,t,o,r=!1,n){if(e!==void 0){let s=this.constructor;if(r===!1&&(n=this[e]),o??=s.getPropertyOptions(e),!((o.hasChanged??ve)(n,t)||o.useDefault&&o.reflect&&n===this._$Ej?.get(e)&&!this.hasAttribute(s._$Eu(e,o))))return;this.C(e,t,o)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:o,reflect:r,wrapped:n},s){o&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,s??t??this[e]),n!==!0||s!==void 0)||(this._$AL.has(e)||(this.hasUpdated||o||(t=void 0),this._$AL.set(e,t)),r===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,n]of this._$Ep)this[r]=n;this._$Ep=void 0}let o=this.constructor.elementProperties;if(o.size>0)for(let[r,n]of o){let{wrapped:s}=n,c=this[r];s!==!0||this._$AL.has(r)||c===void 0||this.C(r,void 0,n,c)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(o=>o.hostUpdate?.()),this.update(t)):this._$EM()}catch(o){throw e=!1,this._$EM(),o}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};R.elementStyles=[],R.shadowRootOptions={mode:"open"},R[re("elementProperties")]=new Map,R[re("finalized")]=new Map,Bi?.({ReactiveElement:R}),(be.reactiveElementVersions??=[]).push("2.1.2");var Be=globalThis,lt=i=>i,ye=Be.trustedTypes,dt=ye?ye.createPolicy("lit-html",{createHTML:i=>i}):void 0,Oe="$lit$",L=`lit$${Math.random().toFixed(9).slice(2)}$`,Ue="?"+L,Oi=`<${Ue}>`,q=document,ae=()=>q.createComment(""),ce=i=>i===null||typeof i!="object"&&typeof i!="function",We=Array.isArray,_t=i=>We(i)||typeof i?.[Symbol.iterator]=="function",je=`[ 	
\f\r]`,se=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,pt=/-->/g,ht=/>/g,U=RegExp(`>|${je}(?:([^\\s"'>=/]+)(${je}*=${je}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),mt=/'/g,gt=/"/g,ft=/^(?:script|style|textarea|title)$/i,qe=i=>(e,...t)=>({_$litType$:i,strings:e,values:t}),a=qe(1),wt=qe(2),Wo=qe(3),S=Symbol.for("lit-noChange"),p=Symbol.for("lit-nothing"),ut=new WeakMap,W=q.createTreeWalker(q,129);function bt(i,e){if(!We(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return dt!==void 0?dt.createHTML(e):e}var vt=(i,e)=>{let t=i.length-1,o=[],r,n=e===2?"<svg>":e===3?"<math>":"",s=se;for(let c=0;c<t;c++){let d=i[c],g,v,m=-1,k=0;for(;k<d.length&&(s.lastIndex=k,v=s.exec(d),v!==null);)k=s.lastIndex,s===se?v[1]==="!--"?s=pt:v[1]!==void 0?s=ht:v[2]!==void 0?(ft.test(v[2])&&(r=RegExp("</"+v[2],"g")),s=U):v[3]!==void 0&&(s=U):s===U?v[0]===">"?(s=r??se,m=-1):v[1]===void 0?m=-2:(m=s.lastIndex-v[2].length,g=v[1],s=v[3]===void 0?U:v[3]==='"'?gt:mt):s===gt||s===mt?s=U:s===pt||s===ht?s=se:(s=U,r=void 0);let T=s===U&&i[c+1].startsWith("/>")?" ":"";n+=s===se?d+Oi:m>=0?(o.push(g),d.slice(0,m)+Oe+d.slice(m)+L+T):d+L+(m===-2?c:T)}return[bt(i,n+(i[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),o]},le=class i{constructor({strings:e,_$litType$:t},o){let r;this.parts=[];let n=0,s=0,c=e.length-1,d=this.parts,[g,v]=vt(e,t);if(this.el=i.createElement(g,o),W.currentNode=this.el.content,t===2||t===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(r=W.nextNode())!==null&&d.length<c;){if(r.nodeType===1){if(r.hasAttributes())for(let m of r.getAttributeNames())if(m.endsWith(Oe)){let k=v[s++],T=r.getAttribute(m).split(L),_e=/([.?@])?(.*)/.exec(k);d.push({type:1,index:n,name:_e[2],strings:T,ctor:_e[1]==="."?$e:_e[1]==="?"?ke:_e[1]==="@"?Se:K}),r.removeAttribute(m)}else m.startsWith(L)&&(d.push({type:6,index:n}),r.removeAttribute(m));if(ft.test(r.tagName)){let m=r.textContent.split(L),k=m.length-1;if(k>0){r.textContent=ye?ye.emptyScript:"";for(let T=0;T<k;T++)r.append(m[T],ae()),W.nextNode(),d.push({type:2,index:++n});r.append(m[k],ae())}}}else if(r.nodeType===8)if(r.data===Ue)d.push({type:2,index:n});else{let m=-1;for(;(m=r.data.indexOf(L,m+1))!==-1;)d.push({type:7,index:n}),m+=L.length-1}n++}}static createElement(e,t){let o=q.createElement("template");return o.innerHTML=e,o}};function V(i,e,t=i,o){if(e===S)return e;let r=o!==void 0?t._$Co?.[o]:t._$Cl,n=ce(e)?void 0:e._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),n===void 0?r=void 0:(r=new n(i),r._$AT(i,t,o)),o!==void 0?(t._$Co??=[])[o]=r:t._$Cl=r),r!==void 0&&(e=V(i,r._$AS(i,e.values),r,o)),e}var xe=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:o}=this._$AD,r=(e?.creationScope??q).importNode(t,!0);W.currentNode=r;let n=W.nextNode(),s=0,c=0,d=o[0];for(;d!==void 0;){if(s===d.index){let g;d.type===2?g=new J(n,n.nextSibling,this,e):d.type===1?g=new d.ctor(n,d.name,d.strings,this,e):d.type===6&&(g=new Ne(n,this,e)),this._$AV.push(g),d=o[++c]}s!==d?.index&&(n=W.nextNode(),s++)}return W.currentNode=q,r}p(e){let t=0;for(let o of this._$AV)o!==void 0&&(o.strings!==void 0?(o._$AI(e,o,t),t+=o.strings.length-2):o._$AI(e[t])),t++}},J=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,o,r){this.type=2,this._$AH=p,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=o,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=V(this,e,t),ce(e)?e===p||e==null||e===""?(this._$AH!==p&&this._$AR(),this._$AH=p):e!==this._$AH&&e!==S&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):_t(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==p&&ce(this._$AH)?this._$AA.nextSibling.data=e:this.T(q.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:o}=e,r=typeof o=="number"?this._$AC(e):(o.el===void 0&&(o.el=le.createElement(bt(o.h,o.h[0]),this.options)),o);if(this._$AH?._$AD===r)this._$AH.p(t);else{let n=new xe(r,this),s=n.u(this.options);n.p(t),this.T(s),this._$AH=n}}_$AC(e){let t=ut.get(e.strings);return t===void 0&&ut.set(e.strings,t=new le(e)),t}k(e){We(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,o,r=0;for(let n of e)r===t.length?t.push(o=new i(this.O(ae()),this.O(ae()),this,this.options)):o=t[r],o._$AI(n),r++;r<t.length&&(this._$AR(o&&o._$AB.nextSibling,r),t.length=r)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let o=lt(e).nextSibling;lt(e).remove(),e=o}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},K=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,o,r,n){this.type=1,this._$AH=p,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=n,o.length>2||o[0]!==""||o[1]!==""?(this._$AH=Array(o.length-1).fill(new String),this.strings=o):this._$AH=p}_$AI(e,t=this,o,r){let n=this.strings,s=!1;if(n===void 0)e=V(this,e,t,0),s=!ce(e)||e!==this._$AH&&e!==S,s&&(this._$AH=e);else{let c=e,d,g;for(e=n[0],d=0;d<n.length-1;d++)g=V(this,c[o+d],t,d),g===S&&(g=this._$AH[d]),s||=!ce(g)||g!==this._$AH[d],g===p?e=p:e!==p&&(e+=(g??"")+n[d+1]),this._$AH[d]=g}s&&!r&&this.j(e)}j(e){e===p?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},$e=class extends K{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===p?void 0:e}},ke=class extends K{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==p)}},Se=class extends K{constructor(e,t,o,r,n){super(e,t,o,r,n),this.type=5}_$AI(e,t=this){if((e=V(this,e,t,0)??p)===S)return;let o=this._$AH,r=e===p&&o!==p||e.capture!==o.capture||e.once!==o.once||e.passive!==o.passive,n=e!==p&&(o===p||r);r&&this.element.removeEventListener(this.name,this,o),n&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Ne=class{constructor(e,t,o){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=o}get _$AU(){return this._$AM._$AU}_$AI(e){V(this,e)}},yt={M:Oe,P:L,A:Ue,C:1,L:vt,R:xe,D:_t,V,I:J,H:K,N:ke,U:Se,B:$e,F:Ne},Ui=Be.litHtmlPolyfillSupport;Ui?.(le,J),(Be.litHtmlVersions??=[]).push("3.3.3");var xt=(i,e,t)=>{let o=t?.renderBefore??e,r=o._$litPart$;if(r===void 0){let n=t?.renderBefore??null;o._$litPart$=r=new J(e.insertBefore(ae(),n),n,void 0,t??{})}return r._$AI(i),r};var Ve=globalThis,u=class extends R{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=xt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return S}};u._$litElement$=!0,u.finalized=!0,Ve.litElementHydrateSupport?.({LitElement:u});var Wi=Ve.litElementPolyfillSupport;Wi?.({LitElement:u});(Ve.litElementVersions??=[]).push("4.2.2");var qi={attribute:!0,type:String,converter:ne,reflect:!1,hasChanged:ve},Vi=(i=qi,e,t)=>{let{kind:o,metadata:r}=t,n=globalThis.litPropertyMetadata.get(r);if(n===void 0&&globalThis.litPropertyMetadata.set(r,n=new Map),o==="setter"&&((i=Object.create(i)).wrapped=!0),n.set(t.name,i),o==="accessor"){let{name:s}=t;return{set(c){let d=e.get.call(this);e.set.call(this,c),this.requestUpdate(s,d,i,!0,c)},init(c){return c!==void 0&&this.C(s,void 0,i,c),c}}}if(o==="setter"){let{name:s}=t;return function(c){let d=this[s];e.call(this,c),this.requestUpdate(s,d,i,!0,c)}}throw Error("Unsupported decorator location: "+o)};function h(i){return(e,t)=>typeof t=="object"?Vi(i,e,t):((o,r,n)=>{let s=r.hasOwnProperty(n);return r.constructor.createProperty(n,o),s?Object.getOwnPropertyDescriptor(r,n):void 0})(i,e,t)}function b(i){return h({...i,state:!0,attribute:!1})}var P="sleep_twitch_coach",$t=async i=>(await i.callWS({type:`${P}/sleepers`})).sleepers,kt=(i,e,t)=>i.connection.subscribeMessage(t,{type:`${P}/subscribe`,entry_id:e}),St=(i,e,t,o)=>i.callWS({type:`${P}/nights`,entry_id:e,first_night:t,last_night:o}),Ee=(i,e,t)=>i.callWS({type:`${P}/report`,entry_id:e,nights:t}),Nt=(i,e,t)=>i.callWS({type:`${P}/export`,entry_id:e,format:t}),At=(i,e,t)=>{let o={config_entry_id:e},r=(n,s)=>i.callService(P,n,{...o,...s},void 0,!1);switch(t.kind){case"twitch":return r("log_twitch",{woke_up:t.wokeUp});case"caffeine":return r("log_caffeine",{});case"exercise":return r("log_exercise",{intensity:t.intensity});case"symptom":return r("log_symptom",{symptom:t.symptom})}},Et=(i,e,t,o)=>i.callService("todo","update_item",{item:t,status:o?"completed":"needs_action"},{entity_id:e},!1),C=(i,e)=>{if(i&&typeof i=="object"&&"message"in i){let t=i.message;if(typeof t=="string"&&t)return t}return e};var Te=class{constructor(e,t=()=>{}){this._host=e;this._onRemoved=t;e.addController(this)}follow(e,t){t!==this._wanted?.entryId&&(this._stop(),this._wanted=e&&t?{hass:e,entryId:t}:void 0,this.event=void 0,this.error=void 0,this._host.isConnected&&this._start(),this._host.requestUpdate())}hostConnected(){this._start()}hostDisconnected(){this._stop()}_start(){let e=this._wanted;if(!e||this._current)return;let{hass:t,entryId:o}=e,r=kt(t,o,n=>{this._current?.entryId===o&&("removed"in n?(this._current=void 0,this._wanted=void 0,this.event=void 0,this._onRemoved()):this.event=n,this._host.requestUpdate())});this._current={entryId:o,unsubscribe:r},r.catch(n=>{this._current?.entryId===o&&(this._current=void 0,this.error=n,this._host.requestUpdate())})}_stop(){let e=this._current;this._current=void 0,e?.unsubscribe.then(t=>t()).catch(()=>{})}};var f=(i,e)=>{customElements.get(i)||customElements.define(i,e)};var Tt=(i,e,t)=>{switch(e){case"ArrowRight":return(i+1)%t;case"ArrowLeft":return(i-1+t)%t;case"Home":return 0;case"End":return t-1;default:return i}},Ct=(i,e,t)=>{let r={ArrowRight:7,ArrowLeft:-7,ArrowDown:1,ArrowUp:-1,Home:-i,End:t-1-i}[e];if(r===void 0)return i;let n=i+r;return n<0||n>=t?i:n};var w=_`
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
`;var X=class extends u{constructor(){super(...arguments);this.tabs=[];this.selected="";this.label=""}render(){return a`<div role="tablist" aria-label=${this.label} @keydown=${this._keydown}>
      ${this.tabs.map(t=>a`<button
          role="tab"
          class="tab"
          data-tab=${t.id}
          id=${`tab-${t.id}`}
          aria-selected=${t.id===this.selected?"true":"false"}
          tabindex=${t.id===this.selected?0:-1}
          @click=${()=>this._select(t.id)}
        >
          ${t.label}
        </button>`)}
    </div>`}_keydown(t){let o=this.tabs.findIndex(n=>n.id===this.selected),r=this.tabs[Tt(Math.max(o,0),t.key,this.tabs.length)];!r||r.id===this.selected||(t.preventDefault(),this._select(r.id),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-tab="${CSS.escape(r.id)}"]`)?.focus()))}_select(t){t!==this.selected&&(this.selected=t,this.dispatchEvent(new CustomEvent("tab-selected",{detail:{id:t}})))}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],X.prototype,"tabs",2),l([h()],X.prototype,"selected",2),l([h()],X.prototype,"label",2);f("stc-tab-bar",X);var Mt={"report.title":"Schlafbericht für {sleeper}","report.range":"Nächte von {first} bis {last} ({count} Nächte)","report.summary":"Zusammenfassung","report.twitch_nights":"Nächte mit Zuckungen","report.twitches":"Zuckungen","report.woke_up":"Zuckungen mit Aufwachen","report.checklist_score":"Erfüllte Kriterien der Checkliste","report.visit_recommended":"Arztbesuch laut Checkliste empfohlen","report.criteria_met":"Erfüllte Kriterien","report.none":"Keine","report.nights":"Nächte","report.count_of":"{count} von {total}","report.column.night":"Nacht","report.column.twitches":"Zuckungen","report.column.woke_up":"Geweckt","report.column.body_parts":"Körperteile","report.column.triggers":"Auslöser","report.column.bedroom":"Schlafzimmer zur Schlafenszeit","report.column.symptoms":"Symptome","report.column.limb_movements":"Beinbewegungen","report.column.periodic_limb_movements":"PLMs","report.column.plm_index":"PLM-Index","report.notes":"Notizen","report.triggers":"Auslöser (letzte {count} Nächte)","report.insight":"{trigger}: Zuckungen in {twitch_nights_with} von {nights_with} Nächten mit diesem Auslöser; in {twitch_nights_without} von {nights_without} ohne.","report.insight_not_enough":"{trigger}: noch nicht genug Nächte ({nights_with} mit, {nights_without} ohne).","report.disclaimer":"Dieser Bericht ist keine medizinische Beratung. Er ist eine Aufzeichnung, die du mit deinem Arzt besprechen kannst.","trigger.caffeine_after_cutoff":"Koffein nach dem Koffein-Stopp","trigger.late_exercise":"Spätes intensives Training","trigger.bedroom_too_warm":"Schlafzimmer zur Schlafenszeit zu warm","trigger.wind_down_skipped":"Kein Schritt der Abendroutine erledigt","evidence.nights":"Nächte","evidence.count":"Anzahl","evidence.threshold":"Schwellenwert","evidence.body_parts":"Körperteile","evidence.diagnosed":"Diagnostiziert","evidence.this_week":"Diese Woche","evidence.previous_week":"Vorwoche","evidence.since":"Seit","evidence.plm_index":"PLM-Index","evidence.measured_nights":"Gemessene Nächte","common.yes":"Ja","common.no":"Nein","wind_down.stretch":"Hintere und vordere Oberschenkel sowie Waden dehnen","wind_down.relax":"Progressive Muskelentspannung oder tiefes Atmen","wind_down.bath":"Warmes Bad mit Bittersalz","wind_down.screens_off":"Bildschirme aus","wind_down.cool_dark_bedroom":"Kühles, dunkles Schlafzimmer","wind_down.snack":"Ein Snack mit viel Magnesium oder Kalium"};var Ke={"report.title":"Sleep report for {sleeper}","report.range":"Nights {first} to {last} ({count} nights)","report.summary":"Summary","report.twitch_nights":"Twitch nights","report.twitches":"Twitches","report.woke_up":"Twitches that woke you","report.checklist_score":"Checklist criteria met","report.visit_recommended":"Doctor visit suggested by the checklist","report.criteria_met":"Criteria met","report.none":"None","report.nights":"Nights","report.count_of":"{count} of {total}","report.column.night":"Night","report.column.twitches":"Twitches","report.column.woke_up":"Woke you","report.column.body_parts":"Body parts","report.column.triggers":"Triggers","report.column.bedroom":"Bedroom at bedtime","report.column.symptoms":"Symptoms","report.column.limb_movements":"Leg movements","report.column.periodic_limb_movements":"PLMs","report.column.plm_index":"PLM index","report.notes":"Notes","report.triggers":"Triggers (last {count} nights)","report.insight":"{trigger}: {twitch_nights_with} of {nights_with} nights with it had twitches; {twitch_nights_without} of {nights_without} without.","report.insight_not_enough":"{trigger}: not enough nights yet ({nights_with} with, {nights_without} without).","report.disclaimer":"This report is not medical advice. It is a record to discuss with your doctor.","trigger.caffeine_after_cutoff":"Caffeine after the cutoff","trigger.late_exercise":"Late vigorous exercise","trigger.bedroom_too_warm":"Bedroom too warm at bedtime","trigger.wind_down_skipped":"No wind-down step done","evidence.nights":"Nights","evidence.count":"Count","evidence.threshold":"Threshold","evidence.body_parts":"Body parts","evidence.diagnosed":"Diagnosed","evidence.this_week":"This week","evidence.previous_week":"Previous week","evidence.since":"Since","evidence.plm_index":"PLM index","evidence.measured_nights":"Measured nights","common.yes":"Yes","common.no":"No","wind_down.stretch":"Stretch hamstrings, calves and quadriceps","wind_down.relax":"Progressive muscle relaxation or deep breathing","wind_down.bath":"Warm Epsom salt bath","wind_down.screens_off":"Screens off","wind_down.cool_dark_bedroom":"Cool, dark bedroom","wind_down.snack":"A magnesium- or potassium-rich snack"};var Rt={"report.title":"Informe de sueño de {sleeper}","report.range":"Noches del {first} al {last} ({count} noches)","report.summary":"Resumen","report.twitch_nights":"Noches con sacudidas","report.twitches":"Sacudidas","report.woke_up":"Sacudidas que te despertaron","report.checklist_score":"Criterios cumplidos de la lista de verificación","report.visit_recommended":"Visita al médico recomendada por la lista de verificación","report.criteria_met":"Criterios cumplidos","report.none":"Ninguno","report.nights":"Noches","report.count_of":"{count} de {total}","report.column.night":"Noche","report.column.twitches":"Sacudidas","report.column.woke_up":"Despertares","report.column.body_parts":"Partes del cuerpo","report.column.triggers":"Desencadenantes","report.column.bedroom":"Dormitorio a la hora de acostarse","report.column.symptoms":"Síntomas","report.column.limb_movements":"Movimientos de piernas","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Índice PLM","report.notes":"Notas","report.triggers":"Desencadenantes (últimas {count} noches)","report.insight":"{trigger}: hubo sacudidas en {twitch_nights_with} de {nights_with} noches con él; en {twitch_nights_without} de {nights_without} sin él.","report.insight_not_enough":"{trigger}: aún no hay suficientes noches ({nights_with} con, {nights_without} sin).","report.disclaimer":"Este informe no es un consejo médico. Es un registro para comentar con tu médico.","trigger.caffeine_after_cutoff":"Cafeína después de la hora límite","trigger.late_exercise":"Ejercicio intenso tardío","trigger.bedroom_too_warm":"Dormitorio demasiado cálido a la hora de acostarse","trigger.wind_down_skipped":"Ningún paso de la rutina de relajación hecho","evidence.nights":"Noches","evidence.count":"Cantidad","evidence.threshold":"Umbral","evidence.body_parts":"Partes del cuerpo","evidence.diagnosed":"Diagnosticado","evidence.this_week":"Esta semana","evidence.previous_week":"Semana anterior","evidence.since":"Desde","evidence.plm_index":"Índice PLM","evidence.measured_nights":"Noches medidas","common.yes":"Sí","common.no":"No","wind_down.stretch":"Estirar isquiotibiales, gemelos y cuádriceps","wind_down.relax":"Relajación muscular progresiva o respiración profunda","wind_down.bath":"Baño caliente con sales de Epsom","wind_down.screens_off":"Pantallas apagadas","wind_down.cool_dark_bedroom":"Dormitorio fresco y oscuro","wind_down.snack":"Un tentempié rico en magnesio o potasio"};var Lt={"report.title":"Rapport de sommeil de {sleeper}","report.range":"Nuits du {first} au {last} ({count} nuits)","report.summary":"Résumé","report.twitch_nights":"Nuits avec secousses","report.twitches":"Secousses","report.woke_up":"Secousses avec réveil","report.checklist_score":"Critères remplis de la liste de contrôle","report.visit_recommended":"Consultation médicale conseillée par la liste de contrôle","report.criteria_met":"Critères remplis","report.none":"Aucun","report.nights":"Nuits","report.count_of":"{count} sur {total}","report.column.night":"Nuit","report.column.twitches":"Secousses","report.column.woke_up":"Réveils","report.column.body_parts":"Parties du corps","report.column.triggers":"Facteurs déclenchants","report.column.bedroom":"Chambre au coucher","report.column.symptoms":"Symptômes","report.column.limb_movements":"Mouvements des jambes","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Indice PLM","report.notes":"Notes","report.triggers":"Facteurs déclenchants ({count} dernières nuits)","report.insight":"{trigger} : secousses pendant {twitch_nights_with} nuits sur {nights_with} avec ce facteur ; {twitch_nights_without} sur {nights_without} sans.","report.insight_not_enough":"{trigger} : pas encore assez de nuits ({nights_with} avec, {nights_without} sans).","report.disclaimer":"Ce rapport ne constitue pas un avis médical. C'est un relevé à discuter avec votre médecin.","trigger.caffeine_after_cutoff":"Caféine après l'heure limite","trigger.late_exercise":"Activité physique intense tardive","trigger.bedroom_too_warm":"Chambre trop chaude au coucher","trigger.wind_down_skipped":"Aucune étape de détente effectuée","evidence.nights":"Nuits","evidence.count":"Nombre","evidence.threshold":"Seuil","evidence.body_parts":"Parties du corps","evidence.diagnosed":"Diagnostic","evidence.this_week":"Cette semaine","evidence.previous_week":"Semaine précédente","evidence.since":"Depuis","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Nuits mesurées","common.yes":"Oui","common.no":"Non","wind_down.stretch":"Étirer les ischio-jambiers, les mollets et les quadriceps","wind_down.relax":"Relaxation musculaire progressive ou respiration profonde","wind_down.bath":"Bain chaud au sel d'Epsom","wind_down.screens_off":"Écrans éteints","wind_down.cool_dark_bedroom":"Chambre fraîche et sombre","wind_down.snack":"Un en-cas riche en magnésium ou en potassium"};var Pt={"report.title":"Rapporto sul sonno di {sleeper}","report.range":"Notti dal {first} al {last} ({count} notti)","report.summary":"Riepilogo","report.twitch_nights":"Notti con scatti","report.twitches":"Scatti","report.woke_up":"Scatti che ti hanno svegliato","report.checklist_score":"Criteri della lista di controllo soddisfatti","report.visit_recommended":"Visita medica consigliata dalla lista di controllo","report.criteria_met":"Criteri soddisfatti","report.none":"Nessuno","report.nights":"Notti","report.count_of":"{count} su {total}","report.column.night":"Notte","report.column.twitches":"Scatti","report.column.woke_up":"Risvegli","report.column.body_parts":"Parti del corpo","report.column.triggers":"Fattori scatenanti","report.column.bedroom":"Camera all'ora di andare a letto","report.column.symptoms":"Sintomi","report.column.limb_movements":"Movimenti delle gambe","report.column.periodic_limb_movements":"PLM","report.column.plm_index":"Indice PLM","report.notes":"Note","report.triggers":"Fattori scatenanti (ultime {count} notti)","report.insight":"{trigger}: scatti in {twitch_nights_with} notti su {nights_with} con questo fattore; in {twitch_nights_without} su {nights_without} senza.","report.insight_not_enough":"{trigger}: notti non ancora sufficienti ({nights_with} con, {nights_without} senza).","report.disclaimer":"Questo rapporto non è un consiglio medico. È una documentazione da discutere con il tuo medico.","trigger.caffeine_after_cutoff":"Caffeina dopo l'orario limite","trigger.late_exercise":"Attività fisica intensa tardiva","trigger.bedroom_too_warm":"Camera troppo calda all'ora di andare a letto","trigger.wind_down_skipped":"Nessun passaggio del rilassamento serale completato","evidence.nights":"Notti","evidence.count":"Numero","evidence.threshold":"Soglia","evidence.body_parts":"Parti del corpo","evidence.diagnosed":"Diagnosi","evidence.this_week":"Questa settimana","evidence.previous_week":"Settimana precedente","evidence.since":"Inizio","evidence.plm_index":"Indice PLM","evidence.measured_nights":"Notti misurate","common.yes":"Sì","common.no":"No","wind_down.stretch":"Allungare femorali, polpacci e quadricipiti","wind_down.relax":"Rilassamento muscolare progressivo o respirazione profonda","wind_down.bath":"Bagno caldo con sale di Epsom","wind_down.screens_off":"Schermi spenti","wind_down.cool_dark_bedroom":"Camera da letto fresca e buia","wind_down.snack":"Uno spuntino ricco di magnesio o potassio"};var It={"report.title":"Slaaprapport van {sleeper}","report.range":"Nachten van {first} t/m {last} ({count} nachten)","report.summary":"Samenvatting","report.twitch_nights":"Nachten met trekkingen","report.twitches":"Trekkingen","report.woke_up":"Trekkingen waarvan je wakker werd","report.checklist_score":"Criteria van de checklist voldaan","report.visit_recommended":"Doktersbezoek aanbevolen volgens de checklist","report.criteria_met":"Criteria voldaan","report.none":"Geen","report.nights":"Nachten","report.count_of":"{count} van {total}","report.column.night":"Nacht","report.column.twitches":"Trekkingen","report.column.woke_up":"Wakker","report.column.body_parts":"Lichaamsdelen","report.column.triggers":"Triggers","report.column.bedroom":"Slaapkamer bij bedtijd","report.column.symptoms":"Symptomen","report.column.limb_movements":"Beenbewegingen","report.column.periodic_limb_movements":"PLM's","report.column.plm_index":"PLM-index","report.notes":"Notities","report.triggers":"Triggers (laatste {count} nachten)","report.insight":"{trigger}: {twitch_nights_with} van {nights_with} nachten met deze trigger hadden trekkingen; {twitch_nights_without} van {nights_without} zonder.","report.insight_not_enough":"{trigger}: nog niet genoeg nachten ({nights_with} met, {nights_without} zonder).","report.disclaimer":"Dit rapport is geen medisch advies. Het is een verslag om met je arts te bespreken.","trigger.caffeine_after_cutoff":"Cafeïne na de cafeïnestop","trigger.late_exercise":"Late intensieve training","trigger.bedroom_too_warm":"Slaapkamer te warm bij bedtijd","trigger.wind_down_skipped":"Geen stap van de avondroutine gedaan","evidence.nights":"Nachten","evidence.count":"Aantal","evidence.threshold":"Drempel","evidence.body_parts":"Lichaamsdelen","evidence.diagnosed":"Vastgesteld","evidence.this_week":"Deze week","evidence.previous_week":"Vorige week","evidence.since":"Sinds","evidence.plm_index":"PLM-index","evidence.measured_nights":"Gemeten nachten","common.yes":"Ja","common.no":"Nee","wind_down.stretch":"Hamstrings, kuiten en quadriceps rekken","wind_down.relax":"Progressieve spierontspanning of diep ademhalen","wind_down.bath":"Warm bad met Epsom-zout","wind_down.screens_off":"Schermen uit","wind_down.cool_dark_bedroom":"Koele, donkere slaapkamer","wind_down.snack":"Een snack rijk aan magnesium of kalium"};var Fe={"panel.title":"Sleep coach","panel.menu":"Show the sidebar","panel.sleepers":"Sleepers","panel.views":"Views","panel.loading":"Loading…","panel.no_sleepers":"No sleeper is set up yet. Add one under Settings → Devices & services.","panel.error":"Something went wrong.","view.tonight":"Tonight","view.nights":"Nights","view.triggers":"Triggers","view.doctor":"Doctor","tonight.log_heading":"Log","tonight.log_twitch":"Twitch","tonight.log_twitch_woke":"Twitch that woke me","tonight.log_caffeine":"Caffeine","tonight.log_exercise":"Exercise","tonight.intensity":"Intensity","tonight.log_symptom":"Symptom…","tonight.choose_symptom":"Which symptom?","tonight.cancel":"Cancel","tonight.logged":"Logged: {what}","tonight.read_only":"Your account can only read this journal.","tonight.twitches":"twitches tonight","tonight.twitches_one":"twitch tonight","tonight.woke_up":"{count} woke you up","tonight.woke_up_none":"No twitch woke you up","tonight.twitch_nights_7d":"Twitch nights in the last 7: {count}","tonight.caffeine_after_cutoff":"Caffeine after today's cutoff","tonight.late_exercise":"Vigorous exercise close to bedtime","tonight.next_bedtime":"Bedtime {time}","tonight.next_caffeine_cutoff":"Caffeine cutoff {time}","tonight.wind_down":"Wind-down","tonight.wind_down_done":"{done} of {total} done","tonight.wind_down_empty":"No wind-down steps tonight.","tonight.bedroom":"Bedroom","tonight.bedroom_now":"{temperature} now","tonight.bedroom_target":"Target {target} ± {tolerance}","tonight.bedroom_unknown":"No bedroom temperature yet.","tonight.legs":"Leg movements tonight","status.too_cold":"Too cold","status.on_target":"On target","status.too_warm":"Too warm","limbs.limb_movements":"Leg movements","limbs.periodic_limb_movements":"Periodic leg movements","limbs.plm_index":"PLM index (per hour)","limbs.caveat":"Measured by a sensor; not a sleep study.","nights.heading":"Last {weeks} weeks","nights.legend":"Twitches per night","nights.legend_woke":"A twitch woke you","nights.cell":"{night}: {count} twitches","nights.cell_one":"{night}: {count} twitch","nights.cell_woke":"{count} woke you up","nights.cell_not_recorded":"{night}: no data for this night","nights.legend_not_recorded":"No data","details.twitches":"Twitches","details.woke":"Woke you up","details.body_parts":"Body parts","details.triggers":"Triggers","details.bedroom":"Bedroom at bedtime","details.symptoms":"Symptoms","details.notes":"Notes","details.limb_movements":"Leg movements","details.plm_index":"PLM index","details.none":"None","details.not_recorded":"Not recorded","details.no_data":"No data for this night.","triggers.intro":"Over the last {count} nights: how often nights with a trigger had twitches, compared with nights without it.","triggers.with":"With","triggers.without":"Without","triggers.count":"{twitch_nights} of {count} nights","triggers.count_one":"{twitch_nights} of {count} night","triggers.bar_label":"{side}: {twitch_nights} of {count} nights had twitches ({percent}%)","triggers.not_enough":"Not enough nights yet","triggers.not_enough_detail":"{with} nights with it, {without} without.","doctor.checklist":"Doctor checklist","doctor.score":"{score} criteria met; a visit is suggested from {threshold}.","doctor.recommended":"The journal meets the checklist: consider talking to a doctor.","doctor.not_recommended":"The journal does not meet the checklist.","doctor.met":"Met","doctor.not_met":"Not met","doctor.report":"Report","doctor.range":"Nights in the report","doctor.range_option":"{count} nights","doctor.print":"Print","doctor.download_csv":"Whole journal (CSV)","doctor.download_json":"Whole journal (JSON)","doctor.notes_hidden":"Note texts are shown to the sleeper and to administrators only.","criterion.frequent_twitching":"Leg twitching on more than three nights a week","criterion.wakes_regularly":"Twitches wake you up regularly","criterion.urge_to_move":"An urge to move the legs at rest","criterion.partner_reports_kicking":"A bed partner reports leg kicking","criterion.spreads_beyond_legs":"Twitching spreads to the arms or trunk","criterion.weakness_or_numbness":"Weakness, numbness or coordination problems","criterion.iron_deficiency":"Diagnosed iron deficiency or anaemia","criterion.persistent_two_weeks":"Twitches persisting for more than two weeks","criterion.after_new_medication":"Twitches began after a new medication","criterion.periodic_limb_movements":"Periodic leg movements above 15 per hour on 3 of the last 7 measured nights","symptom.urge_to_move":"Urge to move the legs at rest","symptom.partner_reports_kicking":"Bed partner reports kicking","symptom.weakness_or_numbness":"Weakness, numbness or coordination problems","symptom.daytime_sleepiness":"Daytime sleepiness","symptom.new_medication":"Started a new medication","body_part.legs":"Legs","body_part.arms":"Arms","body_part.trunk":"Trunk","intensity.light":"Light","intensity.moderate":"Moderate","intensity.vigorous":"Vigorous"};var ro={...Fe,...Ke},no={en:Ke,de:Mt,nl:It,fr:Lt,es:Rt,it:Pt},Ut={en:async()=>({default:Fe}),de:()=>Promise.resolve().then(()=>ie(zt(),1)),nl:()=>Promise.resolve().then(()=>ie(Ht(),1)),fr:()=>Promise.resolve().then(()=>ie(Dt(),1)),es:()=>Promise.resolve().then(()=>ie(jt(),1)),it:()=>Promise.resolve().then(()=>ie(Bt(),1))},Q="en",so=(i,e=Object.keys(Ut))=>{let t=(i??"").toLowerCase(),o=t.split("-")[0];return e.find(r=>r.toLowerCase()===t)??e.find(r=>r.toLowerCase()===o)??Q},ao=i=>{try{return Intl.getCanonicalLocales(i||Q)[0]??Q}catch{return Q}},co=(i,e,t)=>e===void 0?i:i.replace(/\{(\w+)\}/g,(o,r)=>{let n=e[r];return n===void 0?o:typeof n=="number"?new Intl.NumberFormat(t).format(n):n}),Ot=(i,e)=>{let t={...ro,...e},o=ao(i),r=new Intl.PluralRules(o),n=(c,d)=>{let g=d?.count,m=(typeof g=="number"?t[`${c}_${r.select(g)}`]:void 0)??t[c];return m===void 0?void 0:co(m,d,o)};return Object.assign((c,d)=>n(c,d)??c,{lookup:n,language:o})},Wt=async(i,e=i)=>{let t=so(i);try{let o=Ut[t],r=o?(await o()).default:{};return Ot(e??Q,{...r,...no[t]})}catch{return Ot(e??Q,{})}};var lo=(i,e)=>`component.${P}.selector.${i}.options.${e}`,qt=(i,e)=>(t,o)=>{if(t!=="trigger"&&e){let r=e(lo(t,o));if(r)return r}return i.lookup(`${t}.${o}`)??o},Vt=async(i,e)=>{try{return qt(e,await i.loadBackendTranslation("selector",P))}catch{return qt(e)}};var Kt=["urge_to_move","partner_reports_kicking","weakness_or_numbness","daytime_sleepiness","new_medication"],Ft=["light","moderate","vigorous"];var de=["tonight","nights","triggers","doctor"];var po=i=>de.includes(i),Ze=i=>{let e=new URLSearchParams(i),t=e.get("sleeper"),o=e.get("view");return{...t?{sleeper:t}:{},...po(o)?{view:o}:{}}},Zt=(i,{sleeper:e,view:t})=>{let o=new URLSearchParams(i);e?o.set("sleeper",e):o.delete("sleeper"),t&&t!==de[0]?o.set("view",t):o.delete("view");let r=o.toString();return r?`?${r}`:""},Gt=(i,...e)=>e.find(t=>t&&i.some(o=>o.entry_id===t))??i[0]?.entry_id;var Yt=i=>[...i.filter(e=>e.met),...i.filter(e=>!e.met)];var ho=/^(\d{4})-(\d{2})-(\d{2})$/,mo=i=>i%4===0&&i%100!==0||i%400===0,go=(i,e)=>e===2?mo(i)?29:28:[4,6,9,11].includes(e)?30:31,pe=i=>{let e=ho.exec(i),[t,o,r]=e?e.slice(1).map(Number):[];if(t===void 0||o===void 0||r===void 0||o<1||o>12||r<1||r>go(t,o))throw new RangeError(`Not a night label: ${i}`);return{year:t,month:o,day:r}},Ge=(i,e)=>String(i).padStart(e,"0"),uo=({year:i,month:e,day:t})=>`${Ge(i,4)}-${Ge(e,2)}-${Ge(t,2)}`,Jt=i=>{let{year:e,month:t,day:o}=pe(i),r=t<=2?e-1:e,n=Math.floor(r/400),s=r-n*400,c=Math.floor((153*(t+(t>2?-3:9))+2)/5)+o-1,d=s*365+Math.floor(s/4)-Math.floor(s/100)+c;return n*146097+d-719468},_o=i=>{let e=i+719468,t=Math.floor(e/146097),o=e-t*146097,r=Math.floor((o-Math.floor(o/1460)+Math.floor(o/36524)-Math.floor(o/146096))/365),n=o-(365*r+Math.floor(r/4)-Math.floor(r/100)),s=Math.floor((5*n+2)/153),c=n-Math.floor((153*s+2)/5)+1,d=s<10?s+3:s-9;return uo({year:r+t*400+(d<=2?1:0),month:d,day:c})},Ye=(i,e)=>_o(Jt(i)+e),Xt=i=>((Jt(i)+4)%7+7)%7,fo=i=>{let{year:e,month:t,day:o}=pe(i),r=new Date(2e3,t-1,o,12);return r.setFullYear(e),r},ee=(i,e,t={weekday:"short",day:"numeric",month:"short",year:"numeric"})=>new Intl.DateTimeFormat(e,t).format(fo(i)),Qt=i=>i==="24"?{hourCycle:"h23"}:i==="am_pm"?{hour12:!0}:{},ei=(i,e,t)=>{let o=/^(\d{2}):(\d{2})$/.exec(i);if(!o)return i;let r=new Date(Date.UTC(2e3,0,1,Number(o[1]),Number(o[2])));return new Intl.DateTimeFormat(e,{hour:"numeric",minute:"2-digit",timeZone:"UTC",...Qt(t)}).format(r)},ti=(i,e,t,o)=>{let r=new Date(i);return Number.isNaN(r.getTime())?"":new Intl.DateTimeFormat(e,{hour:"numeric",minute:"2-digit",...Qt(t),...o?{timeZone:o}:{}}).format(r)};var $="—",H=(i,{t:e})=>ee(i,e.language,{weekday:"short",year:"numeric",month:"short",day:"numeric"}),Je=(i,{t:e})=>ee(i,e.language,{month:"short",day:"numeric"}),ii=(i,{t:e})=>ee(i,e.language,{weekday:"short",month:"short",day:"numeric"}),y=(i,{t:e},t=1)=>new Intl.NumberFormat(e.language,{maximumFractionDigits:t}).format(i),D=(i,e,t)=>i===null?$:`${y(i,t)} ${e}`,I=(i,e)=>i.length?i.join(", "):e,Ce=(i,{names:e})=>[...i.caffeine_after_cutoff?[e("trigger","caffeine_after_cutoff")]:[],...i.late_vigorous_exercise?[e("trigger","late_exercise")]:[]],wo=(i,e,t)=>{let{t:o,names:r}=t;if(Array.isArray(e)){let n=e.map(s=>i==="nights"&&typeof s=="string"?Je(s,t):i==="body_parts"&&typeof s=="string"?r("body_part",s):typeof s=="number"?y(s,t):String(s));return I(n,o("report.none"))}if(typeof e=="boolean")return o(e?"common.yes":"common.no");if(typeof e=="number")return y(e,t);if(i==="since"&&typeof e=="string")try{return H(e,t)}catch{return e}return e==null?$:String(e)},Xe=(i,e)=>Object.entries(i).filter(([t])=>t!=="criterion").map(([t,o])=>({key:t,label:e.t.lookup(`evidence.${t}`)??t,value:wo(t,o,e)})),oi=(i,e)=>{let t=Xe(i,e).map(o=>`${o.label}: ${o.value}`);return{name:e.names("criterion",i.criterion),text:t.length?` (${t.join("; ")})`:""}},bo=(i,{t:e,timeFormat:t})=>i.twitch_times.map(o=>ei(o,e.language,t)),Me=(i,e)=>i.twitch_times.length?`${y(i.twitches,e,0)} (${bo(i,e).join(", ")})`:y(i.twitches,e,0);var he=class extends u{render(){let{t:e}=this.texts,{score:t,threshold:o,recommended:r,criteria:n}=this.checklist;return a`<h2>${e("doctor.checklist")}</h2>
      <p class="verdict ${r?"recommended":""}" id="checklist-verdict">
        ${e(r?"doctor.recommended":"doctor.not_recommended")}
      </p>
      <p class="secondary">${e("doctor.score",{score:t,threshold:o})}</p>
      <ul class="criteria">
        ${Yt(n).map(s=>this._renderCriterion(s))}
      </ul>`}_renderCriterion(e){let{t,names:o}=this.texts,r=Xe(e.evidence??{},this.texts),n=e.met?t("doctor.met"):t("doctor.not_met");return a`<li class="criterion ${e.met?"met":""}" data-criterion=${e.criterion}>
      <span class="mark" aria-hidden="true">${e.met?"●":"○"}</span>
      <div>
        <span class="name">${o("criterion",e.criterion)}</span>
        <span class="state">${n}</span>
        ${r.length?a`<dl class="facts evidence">
              ${r.map(s=>a`<dt>${s.label}</dt><dd data-evidence=${s.key}>${s.value}</dd>`)}
            </dl>`:p}
      </div>
    </li>`}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],he.prototype,"checklist",2),l([h({attribute:!1})],he.prototype,"texts",2);f("stc-checklist",he);var Re=class extends u{_section(e){return"items"in e?a`<dl class="facts">
        ${e.items.map(t=>a`<dt>${t.label}</dt><dd data-summary=${t.key}>${t.value}</dd>`)}
      </dl>`:"columns"in e?a`<div class="table-wrap" tabindex="0" role="region" aria-label=${e.heading}>
        <table class="report-nights">
          <thead>
            <tr>
              ${e.columns.map(t=>a`<th scope="col" data-column=${t.key}>${t.label}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${e.rows.map(t=>a`<tr data-night=${t.night}>
                ${t.cells.map((o,r)=>{let n=e.columns[r];return a`<td data-column=${n?.key??""} data-label=${n?.label??""}>${o}</td>`})}
              </tr>`)}
          </tbody>
        </table>
      </div>`:a`<ul class=${e.pre?"pre":""}>
      ${e.lines.map(t=>a`<li>${t.name===void 0?p:a`<strong>${t.name}</strong>`}${t.text}</li>`)}
    </ul>`}render(){let e=this.model;return a`<article class="report" lang=${e.language}>
      <h2 class="title">${e.title}</h2>
      <p class="secondary">${e.range}</p>
      ${e.sections.map(t=>a`<section data-section=${t.key}>
          <h3>${t.heading}</h3>
          ${this._section(t)}
        </section>`)}
      <p class="disclaimer">${e.disclaimer}</p>
    </article>`}static{this.styles=[w,_`
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
      .report {
        container-type: inline-size;
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
      /* On a phone each night is a card of its own, one labelled line per column. */
      @container (max-width: 600px) {
        table,
        tbody,
        tr,
        td {
          display: block;
        }
        thead {
          display: none;
        }
        tr {
          border: 1px solid var(--stc-divider);
          border-radius: 8px;
          margin: 0 0 8px;
          padding: 4px 8px;
        }
        td {
          border: none;
          padding: 2px 0;
          display: grid;
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
          gap: 8px;
        }
        td::before {
          content: attr(data-label);
          color: var(--stc-secondary-text);
        }
        td[data-column="night"] {
          display: block;
          font-weight: 500;
        }
        td[data-column="night"]::before {
          content: none;
        }
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
    `]}};l([h({attribute:!1})],Re.prototype,"model",2);f("stc-report-preview",Re);var j=class{constructor(e,t){this._host=e;this._fallbackError=t;this.error="";e.addController(this)}hostConnected(){}get current(){return this.value!==void 0&&this._valueKey===this._key}need(e,t){e!==this._key&&(this._key=e,t().then(o=>{e===this._key&&(this.value=o,this._valueKey=e,this._settle(""))},o=>{e===this._key&&this._settle(C(o,this._fallbackError()))}))}_settle(e){this.error=e,this._host.requestUpdate()}};var ri={csv:"text/csv;charset=utf-8",json:"application/json;charset=utf-8"},ni=(i,e)=>{let o=(i.split(/[\\/]/).pop()??"").replace(/[<>:"|?*\u0000-\u001f\u007f]/g,"_").replace(/^[.\s]+|[.\s]+$/g,"")||"sleep-twitch-coach";return o.toLowerCase().endsWith(`.${e}`)?o:`${o}.${e}`},si=(i,e,t,o)=>{let r=URL.createObjectURL(new Blob([t],{type:o})),n=i.createElement("a");n.href=r,n.download=e,n.style.display="none",i.body.append(n),n.click(),n.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e3)};var Qe=i=>({night:i.night,twitches:i.twitches??0,twitch_times:i.twitch_times??[],woke_up_twitches:i.woke_up_twitches??0,body_parts:i.body_parts??[],caffeine_after_cutoff:i.caffeine_after_cutoff??!1,late_vigorous_exercise:i.late_vigorous_exercise??!1,bedroom_temperature_at_bedtime:i.bedroom_temperature_at_bedtime??null,symptoms:i.symptoms??[],notes:i.notes??[],limb_movements:i.limb_movements??null,periodic_limb_movements:i.periodic_limb_movements??null,plm_index:i.plm_index??null}),ai=({fields:i,nights:e})=>e.map(t=>Qe(Object.fromEntries(i.map((o,r)=>[o,t[r]])))),ci=i=>new Map(i.map(e=>[e.night,e])),li=i=>i.plm_index!==null;var Le=(i,e)=>y(i,e,0),et=(i,e,t=0)=>i===null?$:y(i,e,t),vo={night:(i,e,t)=>ii(i.night,t),twitches:(i,e,t)=>Me(i,t),woke_up:(i,e,t)=>Le(i.woke_up_twitches,t),body_parts:(i,e,{names:t})=>I(i.body_parts.map(o=>t("body_part",o)),$),triggers:(i,e,t)=>I(Ce(i,t),$),bedroom:(i,e,t)=>D(i.bedroom_temperature_at_bedtime,e,t),symptoms:(i,e,{names:t})=>I(i.symptoms.map(o=>t("symptom",o)),$),limb_movements:(i,e,t)=>et(i.limb_movements,t),periodic_limb_movements:(i,e,t)=>et(i.periodic_limb_movements,t),plm_index:(i,e,t)=>et(i.plm_index,t,1)},yo=(i,{t:e,names:t})=>{let o={trigger:t("trigger",i.trigger),nights_with:i.nights_with,twitch_nights_with:i.twitch_nights_with,nights_without:i.nights_without,twitch_nights_without:i.twitch_nights_without};return i.enough_nights?e("report.insight",o):e("report.insight_not_enough",o)},xo=(i,e,t,o)=>{let{t:r}=o,{summary:n}=e,s=r.lookup(`report.${i}`,{count:n.insight_nights})??i;switch(i){case"summary":{let c=(d,g)=>({key:d,label:r.lookup(`report.${d}`)??d,value:g});return{key:i,heading:s,items:[c("twitch_nights",r("report.count_of",{count:n.twitch_nights,total:n.nights})),c("twitches",Le(n.twitches,o)),c("woke_up",Le(n.woke_up_twitches,o)),c("checklist_score",Le(n.checklist_score,o)),c("visit_recommended",r(n.doctor_visit_recommended?"common.yes":"common.no"))]}}case"criteria_met":{let c=n.criteria_met.map(d=>oi(d,o));return{key:i,heading:s,lines:c.length?c:[{text:r("report.none")}]}}case"nights":return{key:i,heading:s,columns:e.columns.map(c=>({key:c,label:r.lookup(`report.column.${c}`)??c})),rows:t.map(c=>({night:c.night,cells:e.columns.map(d=>vo[d]?.(c,e.temperature_unit,o)??$)}))};case"notes":return{key:i,heading:s,pre:!0,lines:t.flatMap(c=>c.notes.map(d=>({text:`${Je(c.night,o)}: ${d}`})))};case"triggers":return{key:i,heading:s,lines:e.trigger_insights.map(c=>({text:yo(c,o)}))};default:return{key:i,heading:s,lines:[]}}},Pe=(i,e)=>{let{t}=e,o=i.nights.map(Qe);return{language:t.language,title:t("report.title",{sleeper:i.sleeper}),range:t("report.range",{first:H(i.first_night,e),last:H(i.last_night,e),count:i.summary.nights}),sections:i.sections.map(r=>xo(r,i,o,e)),disclaimer:t("report.disclaimer")}};var $o={"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"},x=i=>i.replace(/[&<>"']/g,e=>$o[e]??e),ko=180,So=`
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
th[data-column="night"] { width: 12%; }
th[data-column="twitches"] { width: 17%; }
th[data-column="woke_up"] { width: 7%; }
th[data-column="bedroom"] { width: 11%; }
th[data-column="limb_movements"], th[data-column="periodic_limb_movements"], th[data-column="plm_index"] { width: 7%; }
td[data-column="night"] { white-space: nowrap; overflow-wrap: normal; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.pre li { white-space: pre-wrap; }
.disclaimer { margin-top: 14pt; padding-top: 6pt; border-top: 0.75pt solid #000; font-weight: 600; break-inside: avoid; }
@media screen { body { max-width: ${ko+10}mm; margin: 10mm auto; padding: 0 5mm; } }
`,No=({name:i,text:e})=>`<li>${i===void 0?"":`<strong>${x(i)}</strong>`}${x(e)}</li>`,Ao=i=>{if("items"in i)return`<dl>${i.items.map(e=>`<dt>${x(e.label)}</dt><dd>${x(e.value)}</dd>`).join("")}</dl>`;if("columns"in i){let e=i.columns.map(t=>x(t.key));return["<table><thead><tr>",i.columns.map((t,o)=>`<th scope="col" data-column="${e[o]}">${x(t.label)}</th>`).join(""),"</tr></thead><tbody>",i.rows.map(t=>`<tr data-night="${x(t.night)}">${t.cells.map((o,r)=>`<td data-column="${e[r]}">${x(o)}</td>`).join("")}</tr>`).join(""),"</tbody></table>"].join("")}return`<ul${i.pre?' class="pre"':""}>${i.lines.map(No).join("")}</ul>`},Eo=i=>[`<h1>${x(i.title)}</h1>`,`<p class="range">${x(i.range)}</p>`,...i.sections.map(e=>`<section data-section="${x(e.key)}"><h2>${x(e.heading)}</h2>${Ao(e)}</section>`),`<p class="disclaimer">${x(i.disclaimer)}</p>`].join(""),di=(i,e)=>{let t=Pe(i,e);return["<!DOCTYPE html>",`<html lang="${x(t.language)}">`,'<head><meta charset="utf-8">','<meta name="viewport" content="width=device-width, initial-scale=1">',`<title>${x(t.title)}</title>`,`<style>${So}</style></head>`,`<body>${Eo(t)}</body>`,"</html>"].join(`
`)},pi=(i,e=window)=>{let t=e.open("","_blank");if(!t){e.print();return}t.document.open(),t.document.write(i),t.document.close(),t.focus();let o=()=>t.print();t.document.readyState==="complete"?o():t.addEventListener("load",o,{once:!0})};var hi=[14,30,90],M=class extends u{constructor(){super(...arguments);this._nights=hi[0];this._report=new j(this,()=>this.texts.t("panel.error"));this._exportError=""}willUpdate(){let{entryId:t,hass:o,_nights:r}=this;this._report.need(`${t}|${this.event.tonight}|${this.event.revision}|${r}`,()=>Ee(o,t,r))}render(){let{t}=this.texts,{value:o,error:r}=this._report,n=this._exportError||r;return a`<section class="card checklist">
        <stc-checklist .checklist=${this.event.checklist} .texts=${this.texts}></stc-checklist>
      </section>
      <section class="card">
        <div class="controls">
          <div class="ranges" role="group" aria-label=${t("doctor.range")}>
            ${hi.map(s=>a`<button
                id=${`range-${s}`}
                class="button range"
                data-nights=${s}
                aria-pressed=${s===this._nights?"true":"false"}
                @click=${()=>this._nights=s}
              >
                ${t("doctor.range_option",{count:s})}
              </button>`)}
          </div>
          <div class="actions">
            <button id="print" class="button filled print" ?disabled=${!this._report.current} @click=${this._print}>
              ${t("doctor.print")}
            </button>
            ${this._downloadButton("csv",t("doctor.download_csv"))}
            ${this._downloadButton("json",t("doctor.download_json"))}
          </div>
        </div>
        ${n?a`<p class="error" role="alert">${n}</p>`:p}
        ${this.event.notes_visible?p:a`<p class="secondary notes-hidden">${t("doctor.notes_hidden")}</p>`}
        ${o?a`<stc-report-preview
              id="report"
              class=${this._report.current?"":"stale"}
              aria-busy=${this._report.current?"false":"true"}
              .model=${Pe(o,this.texts)}
            ></stc-report-preview>`:r?p:a`<p class="secondary">${t("panel.loading")}</p>`}
      </section>`}_downloadButton(t,o){return a`<button
      id=${`download-${t}`}
      class="button download-${t}"
      ?disabled=${this._exporting!==void 0}
      @click=${()=>this._download(t)}
    >
      ${o}
    </button>`}_print(){let t=this._report.value;t&&this._report.current&&pi(di(t,this.texts))}async _download(t){this._exporting=t,this._exportError="";try{let{filename:o,content:r}=await Nt(this.hass,this.entryId,t);si(document,ni(o,t),r,ri[t])}catch(o){this._exportError=C(o,this.texts.t("panel.error"))}finally{this._exporting=void 0}}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],M.prototype,"hass",2),l([h({attribute:!1})],M.prototype,"entryId",2),l([h({attribute:!1})],M.prototype,"event",2),l([h({attribute:!1})],M.prototype,"texts",2),l([b()],M.prototype,"_nights",2),l([b()],M.prototype,"_exportError",2),l([b()],M.prototype,"_exporting",2);f("stc-doctor-view",M);var me=26,To=3,Co=(i,e=me)=>Ye(i,-(e*7-1)),mi=(i,e=me)=>{let t=Co(i,e),o=[];for(let n=0;n<e*7;n+=1)o.push({night:Ye(t,n),column:Math.floor(n/7),row:n%7});let r=Xt(t);return{firstNight:t,lastNight:i,columns:e,cells:o,rowWeekdays:[0,1,2,3,4,5,6].map(n=>(r+n)%7),monthLabels:Mo(o)}},Mo=i=>{let e=[];for(let o of i){let{year:r,month:n,day:s}=pe(o.night);s===1&&e.push({column:o.column,night:o.night,year:r,month:n})}let t=i[0];if(t&&(e[0]?.column??1/0)>=To){let{year:o,month:r}=pe(t.night);e.unshift({column:0,night:t.night,year:o,month:r})}return e};var ge=[{level:0,min:0,max:0},{level:1,min:1,max:1},{level:2,min:2,max:2},{level:3,min:3,max:4},{level:4,min:5,max:null}],Ro=[0,35,65,100,60],gi=i=>{for(let e=ge.length-1;e>=0;e-=1){let t=ge[e];if(t&&i>=t.min)return t.level}return 0},tt=i=>{let e=ge.length-1;if(i<=0)return"transparent";let t=i>=e?"var(--primary-text-color, #212121)":"transparent";return`color-mix(in srgb, var(--primary-color, #03a9f4) ${Ro[Math.min(i,e)]}%, ${t})`},ui=({min:i,max:e})=>e===null?`${i}+`:e===i?`${i}`:`${i}–${e}`;var it=(i,e)=>i>=e,_i=(i,e,t)=>{if(!it(i,t))return{night:i,recorded:!1};let o=e?.twitches??0;return{night:i,recorded:!0,count:o,wokeUp:e?.woke_up_twitches??0,level:gi(o)}},fi=(i,e)=>{let{t}=e,o=H(i.night,e);return i.recorded?[t("nights.cell",{night:o,count:i.count}),...i.wokeUp>0?[t("nights.cell_woke",{count:i.wokeUp})]:[]].join(", "):t("nights.cell_not_recorded",{night:o})};var Lo="sleep-twitch-coach:heatmap-painted",wi=!1,B=class extends u{constructor(){super(...arguments);this.journalBegins="";this.shown=""}render(){let{t}=this.texts,{layout:o}=this,r=new Intl.DateTimeFormat(t.language,{weekday:"short"}),n=c=>r.format(new Date(2023,0,1+c,12)),s=Math.max(o.cells.findIndex(c=>c.night===this.shown),0);return a`<div
        id="heatmap"
        class="heatmap"
        role="grid"
        aria-readonly="true"
        aria-label=${t("nights.heading",{weeks:o.columns})}
        style="--columns: ${o.columns}"
        @keydown=${this._keydown}
        @focusin=${this._pick}
        @click=${this._pick}
        @mouseover=${this._pick}
      >
        <div class="line months" aria-hidden="true">
          ${o.monthLabels.map(c=>a`<span style="grid-column: ${c.column+2}">
                ${ee(c.night,t.language,{month:"short"})}
              </span>`)}
        </div>
        ${o.rowWeekdays.map((c,d)=>a`<div class="line" role="row">
            <span class="weekday" role="rowheader">${n(c)}</span>
            ${o.cells.filter(g=>g.row===d).map(g=>{let v=g.column*7+g.row,m=_i(g.night,this.rows.get(g.night),this.journalBegins),k=fi(m,this.texts),T=m.recorded?`cell level-${m.level} ${m.wokeUp>0?"woke":""}`:"cell not-recorded";return a`<div
                  role="gridcell"
                  class=${T}
                  data-night=${g.night}
                  data-recorded=${m.recorded?"true":"false"}
                  data-count=${m.recorded?m.count:p}
                  data-index=${v}
                  tabindex=${v===s?0:-1}
                  aria-selected=${g.night===this.shown?"true":"false"}
                  aria-label=${k}
                  title=${k}
                  style=${m.recorded?`background-color: ${tt(m.level)}`:p}
                ></div>`})}
          </div>`)}
      </div>
      <div class="legend" aria-hidden="true">
        <span>${t("nights.legend")}</span>
        ${ge.map(c=>a`<span class="key">
            <span class="cell level-${c.level}" style="background-color: ${tt(c.level)}"></span>
            ${ui(c)}
          </span>`)}
        <span class="key"><span class="cell level-0 woke"></span>${t("nights.legend_woke")}</span>
        ${o.firstNight<this.journalBegins?a`<span class="key"><span class="cell not-recorded"></span>${t("nights.legend_not_recorded")}</span>`:p}
      </div>`}firstUpdated(){let t=this.renderRoot.querySelector(".heatmap");t&&(t.scrollLeft=t.scrollWidth)}updated(){wi||!this.rows.size||(wi=!0,requestAnimationFrame(()=>performance.mark(Lo)))}_cellOf(t){return t.target?.closest("[data-night]")??null}_pick(t){let o=this._cellOf(t)?.dataset.night;o&&o!==this.shown&&this._show(o)}_keydown(t){let o=this._cellOf(t);if(!o)return;if(t.key==="Enter"||t.key===" "){t.preventDefault(),this._show(o.dataset.night??this.shown);return}let r=Number(o.dataset.index),n=Ct(r,t.key,this.layout.cells.length),s=this.layout.cells[n];n===r||!s||(t.preventDefault(),this._show(s.night),this.updateComplete.then(()=>this.renderRoot.querySelector(`[data-night="${s.night}"]`)?.focus()))}_show(t){this.dispatchEvent(new CustomEvent("night-shown",{detail:{night:t}}))}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],B.prototype,"layout",2),l([h({attribute:!1})],B.prototype,"rows",2),l([h({attribute:!1})],B.prototype,"journalBegins",2),l([h({attribute:!1})],B.prototype,"shown",2),l([h({attribute:!1})],B.prototype,"texts",2);f("stc-heatmap",B);var F=class extends u{constructor(){super(...arguments);this.night="";this.unit=""}render(){let{t}=this.texts,o=this.row;return a`<section class="details" aria-live="polite">
      <h3>${this.night?H(this.night,this.texts):$}</h3>
      ${o?this._renderRow(o):a`<p class="secondary" data-field="no_data">${t("details.no_data")}</p>`}
    </section>`}_renderRow(t){let{t:o,names:r}=this.texts,n=o("details.none");return a`<dl class="facts">
      <dt>${o("details.twitches")}</dt>
      <dd data-field="twitches">${Me(t,this.texts)}</dd>
      <dt>${o("details.woke")}</dt>
      <dd data-field="woke_up_twitches">${y(t.woke_up_twitches,this.texts,0)}</dd>
      <dt>${o("details.body_parts")}</dt>
      <dd>${I(t.body_parts.map(s=>r("body_part",s)),n)}</dd>
      <dt>${o("details.triggers")}</dt>
      <dd>${I(Ce(t,this.texts),n)}</dd>
      <dt>${o("details.bedroom")}</dt>
      <dd>
        ${t.bedroom_temperature_at_bedtime===null?o("details.not_recorded"):D(t.bedroom_temperature_at_bedtime,this.unit,this.texts)}
      </dd>
      <dt>${o("details.symptoms")}</dt>
      <dd>${I(t.symptoms.map(s=>r("symptom",s)),n)}</dd>
      ${t.notes.length?a`<dt>${o("details.notes")}</dt>
            <dd class="notes">${t.notes.map(s=>a`<p>${s}</p>`)}</dd>`:p}
      ${li(t)?a`<dt>${o("details.limb_movements")}</dt>
            <dd>${y(t.limb_movements??0,this.texts,0)}</dd>
            <dt>${o("details.plm_index")}</dt>
            <dd data-field="plm_index">${y(t.plm_index??0,this.texts)}</dd>`:p}
    </dl>`}static{this.styles=[w,_`
      :host {
        display: block;
      }
      .notes p {
        margin: 0 0 4px;
        white-space: pre-wrap;
      }
    `]}};l([h({reflect:!0,attribute:"data-night"})],F.prototype,"night",2),l([h({attribute:!1})],F.prototype,"row",2),l([h({attribute:!1})],F.prototype,"unit",2),l([h({attribute:!1})],F.prototype,"texts",2);f("stc-night-details",F);var O=class extends u{constructor(){super(...arguments);this._shown="";this._nights=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{tonight:t,revision:o}=this.event;this._layout?.lastNight!==t&&(this._layout=mi(t,me),(!this._shown||!this._layout.cells.some(c=>c.night===this._shown))&&(this._shown=t));let{entryId:r,hass:n,_layout:s}=this;this._nights.need(`${r}|${t}|${o}`,async()=>{let c=await St(n,r,s.firstNight,s.lastNight);return{rows:ci(ai(c)),unit:c.temperature_unit,journalBegins:c.journal_begins}})}render(){let{t}=this.texts,o=this._layout;if(!o)return p;let{value:r,error:n}=this._nights;return a`<section class="card">
      <h2>${t("nights.heading",{weeks:me})}</h2>
      ${n?a`<p class="error" role="alert">${n}</p>`:p}
      ${r?a`<stc-heatmap
              .layout=${o}
              .rows=${r.rows}
              .journalBegins=${r.journalBegins}
              .shown=${this._shown}
              .texts=${this.texts}
              @night-shown=${s=>this._shown=s.detail.night}
            ></stc-heatmap>
            <stc-night-details
              id="night-details"
              class="night-details"
              .night=${this._shown}
              .row=${it(this._shown,r.journalBegins)?r.rows.get(this._shown):void 0}
              .unit=${r.unit}
              .texts=${this.texts}
            ></stc-night-details>`:n?p:a`<p class="secondary">${t("panel.loading")}</p>`}
    </section>`}static{this.styles=[w,_`
      stc-night-details {
        margin-top: 16px;
        padding-top: 12px;
        border-top: 1px solid var(--stc-divider);
      }
    `]}};l([h({attribute:!1})],O.prototype,"hass",2),l([h({attribute:!1})],O.prototype,"entryId",2),l([h({attribute:!1})],O.prototype,"event",2),l([h({attribute:!1})],O.prototype,"texts",2),l([b()],O.prototype,"_shown",2);f("stc-nights-view",O);var A=class extends u{constructor(){super(...arguments);this._busy=!1;this._status="";this._error="";this._choosing=!1;this._intensity="vigorous"}render(){let{t,names:o}=this.texts;return a`<div class="buttons">
        ${this._button("log-twitch",t("tonight.log_twitch"),{kind:"twitch",wokeUp:!1},!0)}
        ${this._button("log-twitch-woke",t("tonight.log_twitch_woke"),{kind:"twitch",wokeUp:!0},!0)}
        ${this._button("log-caffeine",t("tonight.log_caffeine"),{kind:"caffeine"})}
        <div class="exercise">
          ${this._button("log-exercise",`${t("tonight.log_exercise")} (${o("intensity",this._intensity)})`,{kind:"exercise",intensity:this._intensity})}
          <label class="secondary">
            ${t("tonight.intensity")}
            <select id="exercise-intensity" .value=${this._intensity} @change=${this._intensityChanged}>
              ${Ft.map(r=>a`<option value=${r} ?selected=${r===this._intensity}>
                    ${o("intensity",r)}
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
          ${t("tonight.log_symptom")}
        </button>
      </div>
      ${this._choosing?this._renderChooser():p}
      <p class="status" role="status">${this._status}</p>
      ${this._error?a`<p class="error" role="alert">${this._error}</p>`:p}`}_renderChooser(){let{t,names:o}=this.texts;return a`<div id="symptom-chooser" class="chooser" role="group" aria-label=${t("tonight.choose_symptom")}>
      <p class="secondary">${t("tonight.choose_symptom")}</p>
      ${Kt.map(r=>this._button(`log-symptom-${r}`,o("symptom",r),{kind:"symptom",symptom:r}))}
      <button class="button cancel" @click=${()=>this._choosing=!1}>${t("tonight.cancel")}</button>
    </div>`}_button(t,o,r,n=!1){return a`<button
      id=${t}
      class="button log ${n?"filled":""}"
      ?disabled=${this._busy}
      @click=${()=>this._log(r,o)}
    >
      ${o}
    </button>`}_intensityChanged(t){this._intensity=t.target.value}async _log(t,o){this._busy=!0,this._error="",this._status="";try{await At(this.hass,this.entryId,t),this._status=this.texts.t("tonight.logged",{what:o}),t.kind==="symptom"&&(this._choosing=!1)}catch(r){this._error=C(r,this.texts.t("panel.error"))}finally{this._busy=!1}}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],A.prototype,"hass",2),l([h({attribute:!1})],A.prototype,"entryId",2),l([h({attribute:!1})],A.prototype,"texts",2),l([b()],A.prototype,"_busy",2),l([b()],A.prototype,"_status",2),l([b()],A.prototype,"_error",2),l([b()],A.prototype,"_choosing",2),l([b()],A.prototype,"_intensity",2);f("stc-log-buttons",A);var Z={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},bi=i=>(...e)=>({_$litDirective$:i,values:e}),Ie=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,o){this._$Ct=e,this._$AM=t,this._$Ci=o}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};var{I:Zs}=yt;var vi=i=>i.strings===void 0;var Po={},yi=(i,e=Po)=>i._$AH=e;var xi=bi(class extends Ie{constructor(i){if(super(i),i.type!==Z.PROPERTY&&i.type!==Z.ATTRIBUTE&&i.type!==Z.BOOLEAN_ATTRIBUTE)throw Error("The `live` directive is not allowed on child or event bindings");if(!vi(i))throw Error("`live` bindings can only contain a single expression")}render(i){return i}update(i,[e]){if(e===S||e===p)return e;let t=i.element,o=i.name;if(i.type===Z.PROPERTY){if(e===t[o])return S}else if(i.type===Z.BOOLEAN_ATTRIBUTE){if(!!e===t.hasAttribute(o))return S}else if(i.type===Z.ATTRIBUTE&&t.getAttribute(o)===e+"")return S;return yi(i),e}});var z=class extends u{constructor(){super(...arguments);this.readOnly=!1;this._pending=new Set;this._error=""}render(){let{t}=this.texts,{steps:o,entity_id:r}=this.windDown,n=o.filter(s=>s.done).length;return a`<h2>${t("tonight.wind_down")}</h2>
      ${o.length?a`<p class="secondary">${t("tonight.wind_down_done",{done:n,total:o.length})}</p>
            <ul class="steps">
              ${o.map(s=>this._renderStep(s,r))}
            </ul>`:a`<p class="secondary">${t("tonight.wind_down_empty")}</p>`}
      ${this._error?a`<p class="error" role="alert">${this._error}</p>`:p}`}_renderStep(t,o){return a`<li>
      <label class=${t.done?"done":""}>
        <input
          type="checkbox"
          data-uid=${t.uid}
          .checked=${xi(t.done)}
          ?disabled=${this.readOnly||!o||this._pending.has(t.uid)}
          @change=${r=>this._toggle(t,r.target.checked)}
        />
        <span>${t.summary}</span>
      </label>
    </li>`}async _toggle(t,o){let r=this.windDown.entity_id;if(r){this._error="",this._pending=new Set(this._pending).add(t.uid);try{await Et(this.hass,r,t.uid,o)}catch(n){this._error=C(n,this.texts.t("panel.error"))}finally{let n=new Set(this._pending);n.delete(t.uid),this._pending=n,this.requestUpdate()}}}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],z.prototype,"hass",2),l([h({attribute:!1})],z.prototype,"windDown",2),l([h({attribute:!1})],z.prototype,"texts",2),l([h({attribute:!1})],z.prototype,"readOnly",2),l([b()],z.prototype,"_pending",2),l([b()],z.prototype,"_error",2);f("stc-wind-down",z);var G=class extends u{render(){let{t:e}=this.texts,t=this.event;return a`<section class="card" aria-labelledby="log-heading">
        <h2 id="log-heading">${e("tonight.log_heading")}</h2>
        ${t.may_change?a`<stc-log-buttons .hass=${this.hass} .entryId=${this.entryId} .texts=${this.texts}></stc-log-buttons>`:a`<p class="secondary" id="read-only">${e("tonight.read_only")}</p>`}
      </section>
      <div class="columns">
        <section class="card count" aria-live="polite">
          <p class="big" id="twitches-tonight">${y(t.twitches_tonight,this.texts,0)}</p>
          <p class="big-label">${e("tonight.twitches",{count:t.twitches_tonight})}</p>
          <p>
            ${t.woke_up_tonight?e("tonight.woke_up",{count:t.woke_up_tonight}):e("tonight.woke_up_none")}
          </p>
          <p>${e("tonight.twitch_nights_7d",{count:t.twitch_nights_7d})}</p>
          ${t.caffeine_after_cutoff?a`<p class="warning">${e("tonight.caffeine_after_cutoff")}</p>`:p}
          ${t.late_exercise?a`<p class="warning">${e("tonight.late_exercise")}</p>`:p}
          <p class="secondary">
            ${e("tonight.next_bedtime",{time:this._time(t.next_bedtime)})} ·
            ${e("tonight.next_caffeine_cutoff",{time:this._time(t.next_caffeine_cutoff)})}
          </p>
        </section>
        <section class="card">
          <stc-wind-down
            .hass=${this.hass}
            .windDown=${t.wind_down}
            .readOnly=${!t.may_change}
            .texts=${this.texts}
          ></stc-wind-down>
        </section>
        <section class="card bedroom">${this._renderBedroom()}</section>
        ${t.limbs?a`<section class="card limbs">${this._renderLimbs(t.limbs)}</section>`:p}
      </div>`}_time(e){let t=this.hass.locale,o=t?.time_zone==="server"?this.hass.config?.time_zone:void 0;return ti(e,this.texts.t.language,t?.time_format,o)||$}_renderBedroom(){let{t:e}=this.texts,{temperature:t,target:o,tolerance:r,unit:n,status:s}=this.event.bedroom;return a`<h2>${e("tonight.bedroom")}</h2>
      ${t===null?a`<p class="secondary">${e("tonight.bedroom_unknown")}</p>`:a`<p class="temperature">${e("tonight.bedroom_now",{temperature:D(t,n,this.texts)})}</p>`}
      ${s?a`<p class="status ${s}" id="bedroom-status">${e(`status.${s}`)}</p>`:p}
      <p class="secondary">
        ${e("tonight.bedroom_target",{target:D(o,n,this.texts),tolerance:D(r,n,this.texts)})}
      </p>`}_renderLimbs(e){let{t}=this.texts;return a`<h2>${t("tonight.legs")}</h2>
      <dl class="facts">
        <dt>${t("limbs.limb_movements")}</dt>
        <dd>${y(e.limb_movements,this.texts,0)}</dd>
        <dt>${t("limbs.periodic_limb_movements")}</dt>
        <dd>${y(e.periodic_limb_movements,this.texts,0)}</dd>
        <dt>${t("limbs.plm_index")}</dt>
        <dd>${e.plm_index===null?$:y(e.plm_index,this.texts)}</dd>
      </dl>
      <p class="secondary">${t("limbs.caveat")}</p>`}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],G.prototype,"hass",2),l([h({attribute:!1})],G.prototype,"entryId",2),l([h({attribute:!1})],G.prototype,"event",2),l([h({attribute:!1})],G.prototype,"texts",2);f("stc-tonight-view",G);var $i=(i,e)=>e>0?Math.min(1,Math.max(0,i/e)):null,ki=i=>{let e={side:"with",twitchNights:i.twitch_nights_with,nights:i.nights_with,rate:$i(i.twitch_nights_with,i.nights_with)},t={side:"without",twitchNights:i.twitch_nights_without,nights:i.nights_without,rate:$i(i.twitch_nights_without,i.nights_without)};return{trigger:i.trigger,enough:i.enough_nights&&e.rate!==null&&t.rate!==null,sides:[e,t]}},N={width:320,labelWidth:76,barHeight:26,gap:10},Si=i=>{let e=N.labelWidth,t=N.width-N.labelWidth,o=i.sides.map((r,n)=>({side:r.side,y:n*(N.barHeight+N.gap),trackX:e,trackWidth:t,fillWidth:Math.round((r.rate??0)*t*10)/10,percent:Math.round((r.rate??0)*100)}));return{height:2*N.barHeight+N.gap,bars:o}};var ue=class extends u{render(){let{names:e}=this.texts,{comparison:t}=this,o=e("trigger",t.trigger);return a`<h3>${o}</h3>
      ${t.enough?this._renderBars():this._renderNotEnough()}`}_renderNotEnough(){let{t:e}=this.texts,[t,o]=this.comparison.sides;return a`<p class="not-enough">${e("triggers.not_enough")}</p>
      <p class="secondary">${e("triggers.not_enough_detail",{with:t.nights,without:o.nights})}</p>`}_renderBars(){let{height:e,bars:t}=Si(this.comparison),o=t.map((r,n)=>this._label(r,this.comparison.sides[n]));return a`<svg
      class="bars"
      viewBox="0 0 ${N.width} ${e}"
      role="img"
      aria-label=${o.join(". ")}
    >
      ${t.map((r,n)=>this._renderBar(r,this.comparison.sides[n]))}
    </svg>`}_label(e,t){if(!t)return"";let{t:o}=this.texts;return o("triggers.bar_label",{side:o(e.side==="with"?"triggers.with":"triggers.without"),twitch_nights:t.twitchNights,count:t.nights,percent:e.percent})}_renderBar(e,t){if(!t)return p;let{t:o}=this.texts,r=e.y+N.barHeight/2;return wt`<g class=${e.side} data-side=${e.side}>
      <text class="side" x="0" y=${r} dominant-baseline="central">${o(e.side==="with"?"triggers.with":"triggers.without")}</text>
      <rect class="track" x=${e.trackX} y=${e.y} width=${e.trackWidth} height=${N.barHeight} rx="4"></rect>
      <rect class="fill" x=${e.trackX} y=${e.y} width=${e.fillWidth} height=${N.barHeight} rx="4"></rect>
      <text class="count" x=${e.trackX+8} y=${r} dominant-baseline="central">${o("triggers.count",{twitch_nights:t.twitchNights,count:t.nights})} · ${e.percent}%</text>
    </g>`}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],ue.prototype,"comparison",2),l([h({attribute:!1})],ue.prototype,"texts",2);f("stc-trigger-bars",ue);var Io=1,Y=class extends u{constructor(){super(...arguments);this._insights=new j(this,()=>this.texts.t("panel.error"))}willUpdate(){let{entryId:t,hass:o}=this;this._insights.need(`${t}|${this.event.tonight}|${this.event.revision}`,async()=>{let{trigger_insights:r,summary:n}=await Ee(o,t,Io);return{trigger_insights:r,summary:n}})}render(){let{t}=this.texts;return a`<section class="card">
      <h2>${t("view.triggers")}</h2>
      ${this._insights.value?a`<p class="secondary">${t("triggers.intro",{count:this._insights.value.summary.insight_nights})}</p>`:p}
      ${this._insights.error?a`<p class="error" role="alert">${this._insights.error}</p>`:p}
      ${this._insights.value?a`<ul class="triggers">
            ${this._insights.value.trigger_insights.map(o=>a`<li class="trigger" data-trigger=${o.trigger}>
                <stc-trigger-bars .comparison=${ki(o)} .texts=${this.texts}></stc-trigger-bars>
              </li>`)}
          </ul>`:this._insights.error?p:a`<p class="secondary">${t("panel.loading")}</p>`}
    </section>`}static{this.styles=[w,_`
      .triggers {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(300px, 100%), 1fr));
        gap: 20px 24px;
      }
    `]}};l([h({attribute:!1})],Y.prototype,"hass",2),l([h({attribute:!1})],Y.prototype,"entryId",2),l([h({attribute:!1})],Y.prototype,"event",2),l([h({attribute:!1})],Y.prototype,"texts",2);f("stc-triggers-view",Y);var Ai="sleep_twitch_coach.sleeper",Ni="sleep-twitch-coach:panel-connected",zo="M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z",Ho=()=>{try{return localStorage.getItem(Ai)}catch{return null}},E=class extends u{constructor(){super(...arguments);this.narrow=!1;this._view=Ze(location.search).view??"tonight";this._coach=new Te(this,()=>{this.hass&&this._loadSleepers(this.hass)})}connectedCallback(){super.connectedCallback(),performance.getEntriesByName(Ni).length||performance.mark(Ni)}willUpdate(t){if(t.has("_sleeper")&&this._coach.follow(this.hass,this._sleeper),!t.has("hass")||!this.hass)return;this.toggleAttribute("dark",!!this.hass.themes?.darkMode);let o=this.hass.locale?.language??this.hass.language,r=`${this.hass.language}|${o}|${this.hass.locale?.time_format??""}`;r!==this._languageKey&&(this._languageKey=r,this._loadTexts(this.hass,o,r)),!t.get("hass")&&this._sleepers===void 0&&this._loadSleepers(this.hass)}async _loadTexts(t,o,r){let n=await Wt(t.language,o),s=await Vt(t,n);r===this._languageKey&&(this._texts={t:n,names:s,timeFormat:t.locale?.time_format})}async _loadSleepers(t){try{this._sleepers=await $t(t),this._sleeper=Gt(this._sleepers,Ze(location.search).sleeper,Ho()),this._error=void 0}catch(o){this._sleepers=[],this._error=this._errorText(o)}}_errorText(t){return C(t,this._texts?.t("panel.error")??"Something went wrong.")}_remember(){let t=Zt(location.search,{sleeper:this._sleeper,view:this._view});history.replaceState(history.state,"",`${location.pathname}${t}${location.hash}`);try{this._sleeper&&localStorage.setItem(Ai,this._sleeper)}catch{}}_selectSleeper(t){this._sleeper=t.detail.id,this._error=void 0,this._remember()}_selectView(t){this._view=t.detail.id,this._remember()}_toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this._texts,o=t?.t("panel.title")??"Sleep coach";return a`<header class="header">
        <div class="toolbar">
          ${this.narrow?a`<button class="menu" aria-label=${t?.t("panel.menu")??"Menu"} @click=${this._toggleMenu}>
                <svg viewBox="0 0 24 24" aria-hidden="true"><path d=${zo}></path></svg>
              </button>`:p}
          <h1 class="title">${o}</h1>
        </div>
        ${t?this._renderTabs(t):p}
      </header>
      <main>${this._renderContent(t)}</main>`}_renderTabs({t}){let o=this._sleepers??[];return a`${o.length>1?a`<stc-tab-bar
            id="sleeper-tabs"
            class="sleepers"
            .label=${t("panel.sleepers")}
            .tabs=${o.map(r=>({id:r.entry_id,label:r.title}))}
            .selected=${this._sleeper??""}
            @tab-selected=${this._selectSleeper}
          ></stc-tab-bar>`:p}
      ${o.length?a`<stc-tab-bar
            id="view-tabs"
            class="views"
            .label=${t("panel.views")}
            .tabs=${de.map(r=>({id:r,label:t(`view.${r}`)}))}
            .selected=${this._view}
            @tab-selected=${this._selectView}
          ></stc-tab-bar>`:p}`}_renderContent(t){let o=this._error??(this._coach.error===void 0?void 0:this._errorText(this._coach.error));if(o)return a`<p class="error" role="alert">${o}</p>`;if(!t||!this.hass||this._sleepers===void 0)return a`<p class="secondary">${t?.t("panel.loading")??""}</p>`;if(!this._sleepers.length||!this._sleeper)return a`<p class="secondary empty">${t.t("panel.no_sleepers")}</p>`;let r=t.t(`view.${this._view}`);return a`<div role="tabpanel" id="view" class="view" aria-label=${r} data-view=${this._view}>
      ${this._coach.event?this._renderView(this.hass,this._sleeper,this._coach.event,t):a`<p class="secondary">${t.t("panel.loading")}</p>`}
    </div>`}_renderView(t,o,r,n){switch(this._view){case"tonight":return a`<stc-tonight-view .hass=${t} .entryId=${o} .event=${r} .texts=${n}></stc-tonight-view>`;case"nights":return a`<stc-nights-view .hass=${t} .entryId=${o} .event=${r} .texts=${n}></stc-nights-view>`;case"triggers":return a`<stc-triggers-view .hass=${t} .entryId=${o} .event=${r} .texts=${n}></stc-triggers-view>`;case"doctor":return a`<stc-doctor-view .hass=${t} .entryId=${o} .event=${r} .texts=${n}></stc-doctor-view>`}}static{this.styles=[w,_`
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
    `]}};l([h({attribute:!1})],E.prototype,"hass",2),l([h({type:Boolean,reflect:!0})],E.prototype,"narrow",2),l([h({attribute:!1})],E.prototype,"panel",2),l([b()],E.prototype,"_texts",2),l([b()],E.prototype,"_sleepers",2),l([b()],E.prototype,"_sleeper",2),l([b()],E.prototype,"_view",2),l([b()],E.prototype,"_error",2);f("sleep-twitch-coach-panel",E);export{Ni as PANEL_CONNECTED,E as SleepTwitchCoachPanel};
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
