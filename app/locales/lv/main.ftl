app-name = Pieteikums
app-tagline = Pieteikumi UNESCO Izglītības pilsētu tīklam
app-commission = UNESCO Latvijas Nacionālā komisija
app-loading = Ielādē…
skip-to-content = Pāriet uz galveno saturu
language-name = Latviešu
language-switcher-label = Valoda
nav-main = Galvenā izvēlne
nav-menu = Izvēlne
nav-home = Sākums
nav-login = Pieslēgties
nav-logout = Atslēgties
nav-account = Mans konts
nav-admin-users = Konti
nav-cities = Pilsētas

landing-title = Pievienojieties UNESCO Izglītības pilsētu tīklam
landing-lead = Latvijas pilsētas tīklam piesakās ar UNESCO Latvijas Nacionālās komisijas starpniecību. Šeit varat sagatavot, parakstīt un iesniegt pieteikumu un sekot tā virzībai līdz lēmumam.
landing-network-heading = Kas ir šis tīkls
landing-network-text = UNESCO Izglītības pilsētu tīkls, ko vada UNESCO Mūžizglītības institūts, apvieno pilsētas, kurās mūžizglītība ir reāla iespēja ikvienam iedzīvotājam neatkarīgi no vecuma, dzimuma vai sociālā stāvokļa.
network-benefits-heading = Ko dalība dod pilsētai
network-benefit-1 = Starptautiskās pieredzes apmaiņu par mūžizglītības veicināšanu pašvaldībās.
network-benefit-2 = Mudinājumu apzināt vietējās mācīšanās iespējas, ko piedāvā valsts, pašvaldība un nevalstiskās organizācijas.
network-benefit-3 = Sadarbību izglītības jomā ar pilsētām visā pasaulē un iespēju mācīties no to pieredzes.
network-benefit-4 = Atbalstu reģionālu un starptautisku konferenču rīkošanā.
network-benefit-5 = Piekļuvi UNESCO Mūžizglītības institūta, UNESCO un ANO partneru materiāliem pilsētas izglītības piedāvājuma pilnveidei.
network-benefit-6 = Iespēju pretendēt uz UNESCO Izglītības pilsētu balvu.
landing-steps-heading = Kā pieteikties
landing-step-1 = Iepazīstieties ar tīkla dalības noteikumiem un pamatdokumentiem: Pekinas deklarāciju par izglītības pilsētu veidošanu un izglītības pilsētu galvenajām iezīmēm.
landing-step-2 = Pilsētas vadība pieņem lēmumu pieteikties, un mērs apņemas ievērot pamatdokumentus.
landing-step-3 = Aizpildiet pieteikuma anketu šeit angļu vai franču valodā un augšupielādējiet mēra parakstīto un zīmogoto lapu.
landing-step-4 = Iesniedziet pieteikumu Nacionālajai komisijai, kamēr pieteikšanās ir atvērta; kopija tiek nosūtīta tīkla sekretariātam.
landing-step-5 = Komisija pieteikumu izvērtē. Ja tā to atbalsta, tā nosūta pieteikumu UNESCO Mūžizglītības institūtam ar kopiju pilsētai, vai arī pilsēta atbalstīto pieteikumu nosūta pati.
landing-window-heading = Pieteikšanās { $year }. gadā
landing-window-opens = Sākas: { $datetime }
landing-window-closes = Beidzas: { $datetime }
landing-window-not-open = Pieteikšanās vēl nav sākusies.
landing-window-open = Pieteikšanās ir atvērta: pieteikumus pieņem.
landing-window-closed = Pieteikšanās ir beigusies. Par nākamo paziņosim šeit.
landing-no-cycle = Pieteikšanās laiks vēl nav izsludināts.
landing-quota = { $count ->
    [one] Šogad Komisija var atbalstīt ne vairāk kā { $count } pilsētu.
   *[other] Šogad Komisija var atbalstīt ne vairāk kā { $count } pilsētas.
}
landing-sign-in = Pieslēgties, lai pieteiktos

countdown-opens-in = Līdz sākumam
countdown-closes-in = Līdz beigām
countdown-passed = Termiņš ir beidzies.
countdown-days = { $count ->
    [one] { $count } diena
   *[other] { $count } dienas
}
countdown-riga-time = { $datetime } (Rīgas laiks)
countdown-your-time = Jūsu laiks: { $datetime }

month-1 = janvāris
month-2 = februāris
month-3 = marts
month-4 = aprīlis
month-5 = maijs
month-6 = jūnijs
month-7 = jūlijs
month-8 = augusts
month-9 = septembris
month-10 = oktobris
month-11 = novembris
month-12 = decembris
time-datetime = { $year }. gada { $day }. { $month }, plkst. { $time }

login-title = Pieslēgties
login-email = E-pasta adrese
login-password = Parole
login-submit = Pieslēgties
login-help = Kontus izveido Nacionālās komisijas sekretāre. Ja jums vēl nav konta, rakstiet uz office@unesco.lv.
login-forgot = Aizmirsāt paroli?

account-title = Mans konts
account-welcome = Sveicināti, { $name }!
account-role = Loma
account-city = Pilsēta
account-email = E-pasta adrese
account-profile-heading = Jūsu vārds un valoda
account-full-name = Vārds, uzvārds
account-mail-language = Jūsu e-pastu valoda
account-mail-language-hint = Lapas rāda augšā izvēlētajā valodā; e-pastus jums rakstām šajā.
account-profile-save = Saglabāt
account-profile-saved = Vārds un valoda saglabāti.
account-password-heading = Mainīt paroli
account-password-hint = Šeit paliksiet pieslēgts; visās citās ierīcēs jūs atslēgsim.
account-current-password = Pašreizējā parole
account-password-save = Mainīt paroli
account-password-changed = Parole nomainīta. Citās ierīcēs esat atslēgts.
account-error-current-password = Pašreizējā parole nav pareiza.
account-data-heading = Jūsu dati
account-data-hint = Lejupielādējiet kopiju visam, ko Pieteikums glabā par jums: jūsu kontu, jūsu darbību vēsturi, jums sūtītās e-pasta vēstules, jūsu saglabātās atbildes un augšupielādētās datnes — JSON formātā ZIP datnē.
account-data-download = Lejupielādēt manus datus (ZIP)

admin-users-title = Konti
admin-users-invite-heading = Uzaicināt personu
admin-users-invite-hint = Persona saņems e-pastu ar saiti paroles izvēlei. Saite derīga vienu reizi 72 stundas.
admin-users-email = E-pasta adrese
admin-users-full-name = Vārds, uzvārds
admin-users-role = Loma
admin-users-city = Pilsēta
admin-users-city-hint = Tikai pilsētu pieteicējiem.
admin-users-language = E-pastu valoda
admin-users-choose = Izvēlieties…
admin-users-submit = Nosūtīt uzaicinājumu
admin-users-invited = Uzaicinājums ir nosūtīts.
admin-users-list-heading = Esošie konti
admin-users-status = Statuss
admin-users-status-active = Aktīvs
admin-users-status-invited = Uzaicināts
admin-users-status-expired = Uzaicinājums novecojis
admin-users-status-deactivated = Deaktivizēts
admin-users-status-erased = Dzēsts
admin-users-last-sign-in = Pēdējoreiz pieslēdzās
admin-users-never = Nekad
admin-users-link-expires = saite derīga līdz { $datetime }
admin-users-link-expired = saite novecoja { $datetime }
admin-users-change = mainīt
admin-users-change-heading = Konts: { $name }
admin-users-back = Atpakaļ uz personas uzaicināšanu
admin-users-change-submit = Saglabāt lomu un pilsētu
admin-users-changed = Konts mainīts.
admin-users-actions-hint = Deaktivizējot personu, tā uzreiz tiek atslēgta visās ierīcēs un vairs nevar pieslēgties; tās vērtējumi, lēmumi un vēsture paliek ar tās vārdu. Jauns uzaicinājums padara nederīgas visas iepriekšējās saites.
admin-users-deactivate = Deaktivizēt
admin-users-reactivate = Aktivizēt no jauna
admin-users-resend = Nosūtīt jaunu uzaicinājumu
admin-users-error-last-secretary = Šī ir vienīgā aktīvā sekretāre. Vispirms uzaiciniet vai aktivizējiet citu sekretāri.
admin-users-erased-name = Bijušais lietotājs { $id }
admin-users-erase-heading = Dzēst šo personu
admin-users-erase-hint = Personai, kas aizgājusi. Tās vārds kļūst par "Bijušais lietotājs" ar numuru; tās e-pasta adrese, tālrunis un vārds pazūd no visām veidlapām, komentāriem, ierakstiem un vēstulēm; tā tiek izrakstīta un vairs nevar pierakstīties. Tās vērtējumi un lēmumi paliek ar šo apzīmējumu. To nevar atsaukt.
admin-users-erase-confirm = Saprotu, ka šīs personas dati tiek dzēsti neatgriezeniski
admin-users-erase = Dzēst personu
admin-users-erased-hint = Šī persona ir dzēsta. Tās darbības paliek ar šo apzīmējumu; nekas cits par to netiek glabāts.
admin-users-error-erase-confirm = Atzīmējiet izvēles rūtiņu, lai apstiprinātu personas dzēšanu.
admin-users-cities-link = Pilsētas, kas var pieteikties

password-title = Izvēlieties paroli
password-new = Jaunā parole
password-confirm = Atkārtojiet paroli
password-hint = Vismaz 10 rakstzīmes. Īsu teikumu ir viegli atcerēties un grūti uzminēt.
password-submit = Saglabāt paroli
password-done = Parole saglabāta. Tagad varat pieslēgties.
password-forgot-title = Aizmirsāt paroli
password-forgot-lead = Ierakstiet sava konta e-pasta adresi. Nosūtīsim saiti jaunas paroles izvēlei; tā derīga vienu reizi 60 minūtes.
password-forgot-submit = Nosūtīt saiti
password-forgot-sent = Ja šai adresei ir konts, saite jaunas paroles izvēlei jau ceļā. Tā derīga vienu reizi 60 minūtes. Nekas nav pienācis? Pārbaudiet surogātpasta mapi vai jautājiet Komisijas sekretārei.
password-forgot-back = Atpakaļ uz pieslēgšanos
cities-title = Pilsētas
cities-lead = Latvijas pilsētas un novadi, kas var pieteikties. Pilsētu, kurai ir konti, pieteikumi vai dalība, nekad nedzēš: to var atsaukt, un tās vēsture paliek.
cities-list-heading = Visas pilsētas
cities-name = Nosaukums
cities-name-hint = Kā to raksta Latvijā, piemēram, Cēsis.
cities-official-name = Oficiālais nosaukums UIL
cities-official-name-hint = Tikai tad, ja UIL jālasa cits nosaukums, piemēram, Valmieras valstspilsēta.
cities-website = Tīmekļvietne
cities-references = Konti un pieteikumi
cities-references-text = Konti: { $people }, pieteikumi: { $applications }
cities-member = Dalībpilsēta
cities-status = Statuss
cities-status-open = Var pieteikties
cities-status-retired = Atsaukta
cities-change = mainīt
cities-new-heading = Pievienot pilsētu
cities-edit-heading = Mainīt: { $city }
cities-new-link = Tā vietā pievienot citu pilsētu
cities-save = Saglabāt pilsētu
cities-saved = Pilsēta saglabāta.
cities-retire = Atsaukt šo pilsētu
cities-retire-hint = Atsaukta pilsēta vairs nevar sākt pieteikumu, un to nevar piešķirt jaunam kontam. Viss, kas tai jau ir, paliek.
cities-reinstate = Atjaunot šo pilsētu
cities-reinstate-hint = Šī pilsēta ir atsaukta. Atjaunojot to, tā atkal var pieteikties.
cities-error-name-taken = Pilsēta ar šādu nosaukumu jau ir (lielos un mazos burtus neatšķir).
apply-error-city-retired = Jūsu pilsēta vairs nav starp pilsētām, kas var pieteikties. Rakstiet Komisijas sekretārei.

role-city-applicant = Pilsētas pieteicējs
role-commission-reviewer = Komisijas vērtētājs
role-commission-secretary = Komisijas sekretārs

status-draft = Melnraksts
status-submitted = Iesniegts
status-in-review = Izvērtēšanā
status-changes-requested = Jāprecizē
status-resubmitted = Iesniegts atkārtoti
status-endorsed = Atbalstīts
status-forwarded-to-uil = Nosūtīts UIL
status-sent-by-city = Pilsēta nosūtījusi UIL
status-rejected = Nav atbalstīts
status-withdrawn = Atsaukts
status-accepted-by-uil = UIL uzņēmis tīklā
status-not-accepted-by-uil = UIL nav uzņēmis

error-summary-title = Radusies problēma
error-validation = Pārbaudiet iezīmētos laukus.
error-invalid-credentials = E-pasta adrese vai parole nav pareiza.
error-rate-limited = Pārāk daudz mēģinājumu. Pagaidiet dažas minūtes un mēģiniet vēlreiz.
error-unauthenticated = Lai turpinātu, pieslēdzieties.
error-forbidden = Jūsu kontam šī darbība nav atļauta.
error-not-found = To neizdevās atrast.
error-conflict = Kāds cits to pa šo laiku ir mainījis.
error-not-editable = Šī veidlapa ir iesniegta, un to šeit vairs nevar mainīt.
error-no-cycle = Pieteikšanās nav atvērta vai izsludināta, tāpēc pieteikumu vēl nevar sākt.
error-too-large = Teksts ir par garu, lai to saglabātu. Saīsiniet to un mēģiniet vēlreiz.
error-link-expired = Saite ir novecojusi vai jau izmantota. Jaunu varat pieprasīt pieslēgšanās lapā, sadaļā "Aizmirsāt paroli?".
error-internal = Mūsu pusē radās kļūda. Nekas netika mainīts. Lūdzu, mēģiniet vēlreiz; ja kļūda atkārtojas, ziņojiet Komisijai.
error-unavailable = Pakalpojums uz brīdi nav pieejams. Nekas netika mainīts. Lūdzu, mēģiniet vēlreiz pēc minūtes.
error-timed-out = Serveris pārāk ilgi gatavoja atbildi un pārtrauca darbu. Nekas netika mainīts. Lūdzu, mēģiniet vēlreiz pēc minūtes; ja tas atkārtojas, pastāstiet par to Komisijai.
error-transport = Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
form-sending = Sūta…
error-email-required = Ievadiet e-pasta adresi.
error-email-invalid = Ievadiet e-pasta adresi formā vards@piemers.lv.
error-email-taken = Konts ar šo e-pasta adresi jau ir. Ja personas uzaicinājums novecojis, nosūtiet jaunu no tās konta sarakstā.
error-name-required = Ievadiet vārdu un uzvārdu.
error-name-too-long = Vārds var būt ne garāks par 200 rakstzīmēm.
error-password-too-short = Parolei jābūt vismaz 10 rakstzīmes garai.
error-password-too-long = Parole var būt ne garāka par 256 rakstzīmēm.
error-password-mismatch = Abas paroles nesakrīt.
error-role-required = Izvēlieties lomu.
error-city-required = Izvēlieties pilsētu, kuras vārdā persona piesakās.
error-language-required = Izvēlieties valodu.

not-found-title = Lapa nav atrasta
not-found-text = Iespējams, adrese ievadīta kļūdaini vai lapa ir pārvietota.
not-found-home = Uz sākumlapu

mail-invitation-subject = Jūsu Pieteikums konts
mail-invitation-body =
    Labdien, { $name }!

    UNESCO Latvijas Nacionālā komisija jums ir izveidojusi kontu sistēmā Pieteikums, kurā Latvijas pilsētas piesakās UNESCO Izglītības pilsētu tīklam.

    Izvēlieties paroli šeit (saite derīga vienu reizi { $hours } stundas):
    { $link }

    Ja negaidījāt šo vēstuli, varat to neņemt vērā.

    Kā apstrādājam jūsu personas datus: { $privacy }

    UNESCO Latvijas Nacionālā komisija

mail-reset-subject = Izvēlieties jaunu Pieteikums paroli
mail-reset-body =
    Labdien, { $name }!

    Kāds (ceram, jūs) pieprasīja jaunu paroli jūsu Pieteikums kontam.

    Izvēlieties to šeit (saite derīga vienu reizi { $minutes } minūtes):
    { $link }

    Ja to nepieprasījāt, neņemiet šo vēstuli vērā: parole paliek tā pati.

    Kā apstrādājam jūsu personas datus: { $privacy }

    UNESCO Latvijas Nacionālā komisija

footer-address = Pils laukums 4–206, Rīga, LV-1050
footer-contact = office@unesco.lv · +371 67 325 109
footer-privacy = Personas dati
privacy-title = Kā apstrādājam personas datus
privacy-lead = Sistēmu Pieteikums uztur UNESCO Latvijas Nacionālā komisija. Tajā glabājas tikai tas, kas vajadzīgs pieteikumam UNESCO Izglītības pilsētu tīklam un tā izvērtēšanai.
privacy-controller-heading = Kas ir atbildīgs
privacy-controller = Personas datu pārzinis sistēmā Pieteikums ir { $controller }. Par jebko, kas attiecas uz jūsu datiem, rakstiet uz { $contact }.
privacy-stored-heading = Ko glabājam
privacy-stored-accounts = Kontus: vārdu, uzvārdu, e-pasta adresi, lomu, pilsētu, jūsu e-pastu valodu, pēdējās pieslēgšanās laiku; paroli tikai kā neatgriezenisku jaucējvērtību.
privacy-stored-answers = Pieteikumu un progresa ziņojumu atbildes, arī mēra un pilsētas kontaktpersonas vārdus, amatus un kontaktinformāciju.
privacy-stored-files = Pilsētas augšupielādētos failus: mēra parakstīto un zīmogoto pieteikumu un pielikumus.
privacy-stored-reviews = Komisijas vērtējumus, punktus, iekšējos komentārus un lēmumus, katru ar tā autora vārdu.
privacy-stored-log = Ierakstu par to, kas ko un kad mainīja, lai katru lēmumu varētu izsekot.
privacy-stored-mail = E-pastus, ko Pieteikums sūta (kam, par ko un to tekstu), un to, vai tie nogādāti.
privacy-stored-attempts = Lai apgrūtinātu paroļu minēšanu — neseno pierakstīšanās un paroles atjaunošanas mēģinājumu skaitu katram kontam un interneta adresei, glabātu ar vienvirziena kodu un dzēstu divu dienu laikā. Servera žurnālā ir katra pieprasījuma interneta adrese.
privacy-why-heading = Kāpēc
privacy-why = Lai pieņemtu, izvērtētu un izlemtu Latvijas pilsētu pieteikumus tīklam, nosūtītu atbalstītos pieteikumus UNESCO Mūžizglītības institūtam (UIL) un sekotu dalībpilsētu progresa ziņojumiem; konti un izmaiņu ieraksts padara to drošu un pārskatāmu.
privacy-why-basis = Tas ir uzdevums, ko Komisija veic sabiedrības interesēs (Vispārīgās datu aizsardzības regulas 6. panta 1. punkta e) apakšpunkts). Pieteikums iestata tikai sīkdatni, kas uztur jūsu pieslēgšanos, un to, kas atceras jūsu valodu; nekādas izsekošanas un reklāmas.
privacy-who-heading = Kas tos redz
privacy-who-city = Pilsētas cilvēki redz savas pilsētas pieteikumus un ziņojumus.
privacy-who-commission = Komisijas sekretāre un vērtētāji redz iesniegtos pieteikumus un ziņojumus, to failus un vērtējumus; vērtētājs ar interešu konfliktu attiecīgās pilsētas pieteikumu neredz.
privacy-who-uil = UIL saņem katra iesniegtā pieteikuma kopiju un pieteikumu ar Komisijas atbalsta vēstuli, kad Komisija to nosūta; tālāk UNESCO to apstrādā pēc saviem noteikumiem.
privacy-who-nobody = Neviens cits: datus nepārdod, nenodod mārketingam un neizmanto citiem mērķiem.
privacy-how-long-heading = Cik ilgi glabājam
privacy-how-long-drafts = Pieteikumu vai ziņojumu, kas nekad netika iesniegts, dzēšam kopā ar tā failiem { $drafts } dienas pēc tā sākšanas.
privacy-how-long-mail = Nosūtīta e-pasta tekstu dzēšam pēc { $mail } dienām; atzīme, ka tas nosūtīts, paliek.
privacy-how-long-records = Iesniegtie pieteikumi un ziņojumi, vērtējumi un lēmumi ir Komisijas dokumenti, un tos glabā, kā nosaka arhīvu likums. Konts paliek, līdz persona aiziet un tiek dzēsta.
privacy-rights-heading = Jūsu tiesības
privacy-rights = Varat lūgt visu par jums glabāto datu kopiju, to labošanu, dzēšanu vai apstrādes ierobežošanu: rakstiet uz { $contact }. Sava konta lapā varat paši mainīt savu vārdu, e-pastu valodu un paroli un lejupielādēt savu datu kopiju.
privacy-rights-erasure = Dzēšot personu, tās vārdu, e-pasta adresi un citus personas datus aizstāj ar "Bijušais lietotājs" un numuru; tās vērtējumi un lēmumi paliek ar šo apzīmējumu, lai Komisijas dokumenti joprojām būtu pilnīgi.
privacy-complaint-heading = Sūdzības
privacy-complaint = Ja uzskatāt, ka jūsu dati tiek apstrādāti nepareizi, varat iesniegt sūdzību Datu valsts inspekcijā (www.dvi.gov.lv).

error-required = Šis lauks ir obligāts.
error-too-many-words = Atbilde pārsniedz vārdu skaita ierobežojumu. Saīsiniet to.
error-line-too-long = Ierakstiet to vienā rindā, ne vairāk kā 300 rakstzīmēs.
error-url-invalid = Ievadiet tīmekļa adresi formā https://www.valmiera.lv.
error-phone-invalid = Ievadiet numuru ar valsts kodu, piemēram, +371 67 325 109.
error-postcode-invalid = Ievadiet Latvijas pasta indeksu formā LV-1050.
error-number-invalid = Ievadiet skaitli, piemēram, 23 050 vai 19,35.
error-number-whole = Ievadiet veselu skaitli.
error-number-too-small = Skaitlis ir par mazu.
error-number-too-large = Skaitlis ir par lielu.
error-year-invalid = Ievadiet gadu, uz kuru attiecas skaitlis: no 1990. līdz pieteikuma gadam.
error-rating-invalid = Izvēlieties vērtējumu no 1 līdz 5.
error-choice-invalid = Izvēlieties vienu no iespējām.
error-unsigned-confirm = Vispirms augšupielādējiet parakstīto atbalsta vēstuli vai atzīmējiet, ka tiek sūtīta neparakstīta izdruka.
error-conflict-exists = Šim vērtētājam jau ir reģistrēts interešu konflikts ar šo pilsētu.

wizard-section-city = Pilsēta
wizard-section-mayor = Mērs
wizard-section-contact = Kontaktpersona
wizard-section-city-profile = Pilsētas raksturojums
wizard-section-narrative = Motivācija un plāni
wizard-section-interests = Intereses un pieredze
wizard-section-pledge = Apņemšanās
wizard-state-not-started = Nav sākts
wizard-state-in-progress = Tiek aizpildīts
wizard-state-complete = Pabeigts
wizard-state-has-errors = Ir kļūdas
nav-apply = Pieteikums

error-window-closed = Pieteikšanās laiks ir beidzies vai vēl nav sācies, tāpēc pieteikumu tagad iesniegt nevar. Pieteikšanās laika datumi ir redzami šajā lapā.
error-incomplete = Dažas atbildes trūkst vai ir jālabo. Tās ir uzskaitītas atbilžu pārbaudes lapā.
error-malformed = Veidlapu neizdevās nolasīt. Pārlādējiet lapu un mēģiniet vēlreiz.

apply-title = Jūsu pieteikums
apply-application-of = { $city }: { $year }. gada pieteikums
apply-start-hint = Jūsu pilsētai šajā pieteikšanās laikā vēl nav pieteikuma. To var sākt jebkurš pilsētas komandas dalībnieks, un pēc tam pie tā var strādāt visa komanda.
apply-start = Sākt pieteikumu

wizard-progress = Aizpildītas { $done } no { $total } sadaļām.
wizard-answer-language = UIL pieteikumus un ziņojumus lasa angļu vai franču valodā, tāpēc atbildes rakstiet kādā no tām. Lapas ap atbildēm paliek jūsu izvēlētajā valodā.
wizard-last-edit = Pēdējās izmaiņas: { $name }, { $datetime } (Rīgas laiks).
wizard-back-to-tasks = Atpakaļ uz pārskatu
wizard-save-continue = Saglabāt un turpināt
wizard-save-later = Saglabāt un turpināt vēlāk
wizard-previous = Iepriekšējā sadaļa
wizard-intro-city = Pilsēta, kas piesakās. Valsts ir Latvija.
wizard-intro-mayor = Mērs apliecina pilsētas apņemšanos tīklā un paraksta pieteikumu.
wizard-intro-contact = Persona, ar kuru UIL un Komisija sazinās par pieteikumu un vēlāk par pilsētas dalību tīklā.
wizard-intro-city-profile = UIL šos skaitļus publicē pilsētas profilā. Katram skaitlim norādiet gadu, uz kuru tas attiecas.
wizard-intro-narrative = Divas īsas atbildes, katra ne vairāk kā 200 vārdu.
wizard-intro-interests = Novērtējiet, cik ļoti jūsu pilsēta vēlas mācīties un dalīties pieredzē katrā jomā: 1 — maz, 5 — ļoti.
wizard-intro-pledge = Piesakoties pilsēta pieņem tīkla pamatdokumentus. Pēc iesniegšanas izdrukājiet pieteikumu, lai mērs to parakstītu un apzīmogotu.
wizard-city-name = Pilsētas nosaukums
wizard-city-website = Pilsētas oficiālā tīmekļvietne
wizard-city-website-hint = Piemēram, www.valmiera.lv
wizard-salutation = Uzruna
wizard-salutation-ms = Kundze (Ms)
wizard-salutation-mr = Kungs (Mr)
wizard-surname = Uzvārds
wizard-first-name = Vārds
wizard-mayor-title = Precīzs amata nosaukums
wizard-mayor-title-hint = Tā, kā tas rakstīts oficiālos dokumentos, piemēram, "Chairman of Valmiera Municipal Council".
wizard-contact-title = Precīzs amata nosaukums
wizard-contact-organisation = Organizācija
wizard-contact-organisation-hint = Tikai tad, ja kontaktpersona nestrādā pašvaldībā.
wizard-contact-address = Pasta adrese
wizard-contact-postcode = Pasta indekss
wizard-contact-postcode-hint = Piemēram, LV-4201
wizard-contact-phone = Tālrunis
wizard-contact-phone-hint = Ar valsts kodu, piemēram, +371 64 207 120
wizard-contact-email = E-pasta adrese
wizard-contact-language = Saziņas valoda
wizard-language-en = Angļu
wizard-language-fr = Franču
wizard-population = Iedzīvotāju skaits
wizard-population-hint = Iedzīvotāju skaits pilsētā.
wizard-area = Platība (km²)
wizard-area-hint = Kvadrātkilometros, piemēram, 19,35.
wizard-city-gdp = Pilsētas IKP uz vienu iedzīvotāju (USD)
wizard-country-gdp = Valsts IKP uz vienu iedzīvotāju (USD)
wizard-gdp-hint = ASV dolāros uz vienu cilvēku.
wizard-schooling-men = Vidējais izglītībā pavadīto gadu skaits, vīrieši
wizard-schooling-women = Vidējais izglītībā pavadīto gadu skaits, sievietes
wizard-schooling-hint = Gados, piemēram, 13,1.
wizard-figure-value = Skaitlis
wizard-figure-year = Gads, uz kuru skaitlis attiecas
wizard-narrative-context = (a) Pilsētas sociālais konteksts un motivācija pievienoties tīklam
wizard-narrative-context-hint = Ne vairāk kā 200 vārdu.
wizard-narrative-implementation = (b) Kā pilsēta īsteno vai plāno īstenot izglītības pilsētas ideju
wizard-narrative-implementation-hint = Ne vairāk kā 200 vārdu. Pievienojiet saites uz pārskatiem vai plāniem, ja tādi ir.
wizard-area-inclusive-learning = Iekļaujoša izglītība no pamatizglītības līdz augstākajai
wizard-area-learning-in-families-and-communities = Mācīšanās ģimenēs un kopienās
wizard-area-learning-for-and-in-the-workplace = Mācīšanās darbam un darba vietā
wizard-area-modern-learning-technologies = Mūsdienīgas mācību tehnoloģijas
wizard-area-quality-in-learning = Mācību kvalitāte
wizard-area-culture-of-learning = Mūžizglītības kultūra
wizard-area-political-will = Politiskā griba un apņemšanās
wizard-area-governance-and-participation = Pārvaldība un visu iesaistīto līdzdalība
wizard-area-mobilisation-of-resources = Resursu piesaiste un izmantošana
wizard-pledge-adopts = { $city } pilsēta piesakās dalībai UNESCO Izglītības pilsētu tīklā un pieņem Pekinas deklarāciju par izglītības pilsētu veidošanu un Izglītības pilsētu galvenās iezīmes.

field-error-prefix = Kļūda:
field-words-left = { $count ->
    [zero] Atlikuši { $count } vārdi
    [one] Atlicis { $count } vārds
   *[other] Atlikuši { $count } vārdi
}
field-words-over = { $count ->
    [zero] Par { $count } vārdiem par daudz
    [one] Par { $count } vārdu par daudz
   *[other] Par { $count } vārdiem par daudz
}

window-notice-label = Pieteikšanās laiks
window-warning-week = Pieteikšanās laiks beigsies mazāk nekā 7 dienās.
window-warning-day = Pieteikšanās laiks beigsies mazāk nekā 24 stundās. Iesniedziet drīz.
window-warning-hour = Pieteikšanās laiks beigsies mazāk nekā stundas laikā. Iesniedziet tagad.
window-closed-on = Pieteikšanās laiks beidzās { $datetime } (Rīgas laiks).

save-pending = Izmaiņas vēl nav saglabātas…
save-saving = Saglabā…
save-saved-at = Saglabāts plkst. { $time }
save-offline = Nav savienojuma. Jūsu izmaiņas glabājas šajā ierīcē un tiks saglabātas, kad savienojums atjaunosies.
save-unavailable = Pakalpojums uz brīdi nav pieejams. Jūsu izmaiņas glabājas šajā ierīcē un tiks saglabātas, tiklīdz tas atkal darbosies.
save-refused = Nav saglabāts: { $reason }

conflict-title = Šo sadaļu mainīja kāds cits
conflict-text = { $name } saglabāja šo sadaļu { $datetime } (Rīgas laiks), pēc tam kad jūs to atvērāt. Nekas nav pārrakstīts. Izvēlieties, kuras atbildes paturēt.
conflict-theirs = Viņu atbilde:
conflict-yours = Jūsu atbilde:
conflict-keep-mine = Paturēt manas atbildes
conflict-take-theirs = Izmantot viņu atbildes

check-title = Pārbaudiet atbildes un iesniedziet
check-yes = Jā
check-figure = { $value } ({ $year })
check-change = Mainīt
check-not-answered = Nav atbildēts
check-cannot-submit = Pirms iesniegšanas aizpildiet visas sadaļas un augšupielādējiet parakstīto pieteikumu. Problēmas ir uzskaitītas lapas augšā.
check-submit-heading = Iesniegt pieteikumu
check-submit-text = Pieteikums nonāks UNESCO Latvijas Nacionālajā komisijā, kopija — UIL. Pēc iesniegšanas atbildes mainīt nevar, ja vien Komisija nelūdz izmaiņas.
check-submit = Iesniegt pieteikumu

submitted-title = Pieteikums iesniegts
submitted-text = Pilsētas { $city } pieteikums ir nodots UNESCO Latvijas Nacionālajai komisijai. Apstiprinājumu nosūtījām pa e-pastu.
submitted-next-heading = Kas notiks tālāk
submitted-next-text = Komisija izskatīs pieteikumu un lems, vai to atbalstīt. Lēmumu redzēsiet šeit, tiklīdz tas būs pieņemts.

mail-submitted-city-subject = { $city }: { $year }. gada pieteikums iesniegts
mail-submitted-city-body =
    Labdien!

    { $name } ir iesniedzis(-gusi) pilsētas { $city } pieteikumu UNESCO Izglītības pilsētu tīklam ({ $year }) UNESCO Latvijas Nacionālajai komisijai. Kopija nosūtīta UIL.

    Iesniegtais pieteikums pievienots PDF formātā. Atbildes un pieteikuma gaitu varat redzēt šeit:
    { $link }

    UNESCO Latvijas Nacionālā komisija
mail-submitted-commission-subject = Jauns pieteikums GNLC: { $city } ({ $year })
mail-submitted-commission-body =
    { $city } ir iesniegusi pieteikumu UNESCO Izglītības pilsētu tīklam ({ $year }); iesniedza { $name }.

    Pieteikums gaida izskatīšanu:
    { $link }

    Kopija nosūtīta UIL, kā to paredz tīkla noteikumi.

    Pieteikums, UNESCO Latvijas Nacionālā komisija

mail-withdrawn-commission-subject = { $city } atsauca savu pieteikumu ({ $year })
mail-withdrawn-commission-body =
    { $city } atsauca savu pieteikumu dalībai UNESCO Globālajā mācīšanās pilsētu tīklā ({ $year }) šāda iemesla dēļ:

    { $reason }

    Pieteikums un viss, ko pilsēta iesniedza, paliek tā lapā, un atsaukums ir redzams tā vēsturē:
    { $link }

error-upload-no-file = Izvēlieties augšupielādējamo datni.
error-upload-no-kind = Izvēlieties, kas ir šī datne.
error-upload-type = Datnei jābūt PDF, JPEG vai PNG formātā. Nozīme ir tās saturam, nevis nosaukumam.
error-upload-too-large = Datne ir lielāka par 10 MB. Skenējiet ar zemāku izšķirtspēju vai sadaliet to.
error-upload-too-many = Šim pieteikumam jau ir maksimālais datņu skaits (30). Vispirms izņemiet kādu.

attachments-title = Paraksts un pielikumi
attachments-intro = Lejupielādējiet pieteikumu PDF formātā, lai mērs to paraksta un apzīmogo, un augšupielādējiet skenējumu šeit. PDF ir angļu valodā vai franču valodā, ja saziņas valoda ir franču: tās ir valodas, kurās lasa UIL. Ja pēc mēra paraksta maināt atbildes, izdrukājiet un parakstiet to vēlreiz. Varat pievienot arī papildu dokumentus. Šīs datnes var atvērt tikai jūsu pilsētas komanda un Komisija.
attachments-uploaded-by = augšupielādēja { $name }, { $datetime }
attachments-remove = Izņemt
attachments-preview = Priekšskatījums
attachments-preview-of = { $name } priekšskatījums
attachments-open-tab = Atvērt jaunā cilnē
attachments-kind-signed = Parakstīts pieteikums (skenējums)
attachments-kind-supporting = Papildu dokuments
attachments-kind-signed-endorsement = Komisijas parakstīta atbalsta vēstule (skenējums)
attachments-uploaded = Datne ir augšupielādēta.
attachments-none = Datņu vēl nav.
attachments-add-heading = Pievienot datni
attachments-kind = Kas ir šī datne?
attachments-file = Datne
attachments-file-hint = PDF, JPEG vai PNG, ne lielāka par 10 MB.
attachments-upload = Augšupielādēt datni
attachments-uploading = Augšupielādē…
attachments-count = { $count ->
    [zero] { $count } datņu
    [one] { $count } datne
   *[other] { $count } datnes
}

## The printed application
error-not-signed = Pirms iesniegšanas augšupielādējiet mēra parakstītā un apzīmogotā pieteikuma skenējumu.
attachments-print = Lejupielādēt pieteikumu drukāšanai (PDF)
pdf-title = Pieteikums dalībai UNESCO Izglītības pilsētu tīklā
pdf-city-cycle = { $city }, { $year }. gada pieteikumu kārta
pdf-printed = Izdrukāts { $datetime } (Rīgas laiks). Statuss: { $status }.
pdf-answers-language = Atbildes ir angļu vai franču valodā, kā to prasa UIL.
pdf-signature-heading = Mēra paraksts
pdf-signature-text = { $city } vārdā apliecinu, ka šajā pieteikumā sniegtā informācija ir pareiza un ka pilsēta uzņemas tajā minētās saistības.
pdf-signature-name = Vārds, uzvārds
pdf-signature-title = Amats
pdf-signature-signature = Paraksts
pdf-signature-date = Datums
pdf-signature-stamp = Zīmogs
pdf-footer = { $city } · { $page }. lapa no { $pages }
pdf-file-name = GNLC-application-{ $city }-{ $year }.pdf

## The live feed
live-connected = Tiešsaistē — atjaunojas pats
live-reconnecting = Atjauno savienojumu…

# Komisijas vērtēšanas panelis
nav-board = Vērtēšana
countdown-decision-due-in = Komisijas lēmums pēc
error-too-long = Teksts ir par garu. Saīsiniet to.
board-title = Vērtēšanas panelis
board-title-year = Vērtēšanas panelis, { $year }
board-quota = Šogad atbalstīti { $used } no { $quota }
board-count = Rāda { $count } no { $total } pieteikumiem
board-empty = Neviens pieteikums neatbilst. Iesniegtie pieteikumi parādās šeit, tiklīdz tie pienāk.
board-column-city = Pilsēta
board-column-status = Statuss
board-column-submitted = Iesniegts
board-column-reviews = Vērtējumi
board-column-score = Punkti
board-column-mine = Mans vērtējums
board-column-activity = Pēdējās izmaiņas
board-version = versija { $version }
board-reviews = { $done } no { $needed }
board-score = { $mean } (izkliede { $spread })
board-score-hidden = redzams pēc jūsu vērtējuma
board-tally = atbalstīt { $endorse } · labojumi { $changes } · neatbalstīt { $reject }
board-mine-none = —
board-mine-not-started = Nav sākts
board-mine-draft = Melnraksts
board-mine-submitted = Iesniegts
board-mine-recused = Deklarēts interešu konflikts
board-filters = Atlasīt pieteikumus
board-filter-text = Pilsēta
board-filter-status = Statuss
board-filter-any = Jebkurš statuss
board-filter-sort = Secība
board-filter-year = Kārta
board-filter-current = Pašreizējā kārta
board-filter-mine = Gaida manu vērtējumu
board-filter-unscored = Vēl nav novērtēts
board-filter-apply = Rādīt
board-sort-activity = Jaunākās izmaiņas vispirms
board-sort-city = Pilsēta, A–Z
board-sort-submitted = Agrāk iesniegtie vispirms
board-sort-score = Augstākie punkti vispirms
recommendation-endorse = Atbalstīt
recommendation-request-changes = Lūgt labojumus
recommendation-reject = Neatbalstīt
wizard-area-commitment-and-plan = Apņemšanās un plāna kvalitāte
desk-title = Pieteikuma vērtēšana
desk-back = Atpakaļ uz vērtēšanas paneli
desk-reviews-heading = Vērtējumi
desk-reviews-hidden = Citu vērtētāju punkti būs redzami, kad būsiet iesniedzis savu vērtējumu.
desk-reviews-none = Vēl neviens vērtējums nav iesniegts.
desk-recused = Interešu konfliktu deklarējuši: { $names }
desk-presence = Šo lapu šobrīd skatās arī: { $names }
desk-printed = Pieteikums PDF formātā
desk-answers-heading = Atbildes
desk-history-heading = Vēsture
desk-review-by = { $name }, versija { $version }, { $datetime }
desk-review-mean = vidēji { $mean }
desk-review-closed = Komisija par šo pieteikumu ir lēmusi, tāpēc vērtēšana ir slēgta.
desk-my-review = Jūsu vērtējums
desk-review-revise = Jūs savu vērtējumu jau iesniedzāt. Iesniedzot vēlreiz, tas saglabāsies un tiks pievienota jauna versija.
desk-scale-hint = Novērtējiet katru kritēriju no 1 (vāji) līdz 5 (spēcīgi), vajadzības gadījumā ar komentāru.
desk-criterion-comment = Komentārs (nav obligāts)
desk-recommendation = Jūsu ieteikums
desk-overall-comment = Kopējais komentārs (nav obligāts)
desk-review-submit = Iesniegt vērtējumu
desk-review-save-draft = Saglabāt kā melnrakstu
desk-review-saved = Jūsu melnraksts ir saglabāts. To redzat tikai jūs.
desk-review-submitted = Jūsu vērtējums ir iesniegts.
desk-conflict-heading = Man ir interešu konflikts ar šo pilsētu
desk-conflict-text = Deklarējiet konfliktu, ja strādājat pilsētas labā vai esat saistīts ar tās pieteikumu. Jūs vairs nepiedalīsieties tā vērtēšanā, un sekretāre redzēs jūsu deklarāciju.
desk-conflict-note = Piezīme sekretārei (nav obligāta)
desk-conflict-declare = Deklarēt interešu konfliktu
desk-conflict-declared = Jūsu interešu konflikts ir reģistrēts. Šis pieteikums jums vairs netiek rādīts.
history-signed-in = pierakstījās
history-account-invited = uzaicināja personu
history-password-set = iestatīja paroli
history-account-changed = mainīja konta lomu vai pilsētu
history-account-deactivated = deaktivizēja kontu
history-account-reactivated = atjaunoja kontu
history-invitation-resent = atkārtoti nosūtīja uzaicinājumu
history-account-erased = dzēsa personas datus
history-personal-data-copied = lejupielādēja savus datus
history-profile-changed = mainīja savu profilu
history-password-changed = nomainīja paroli
history-password-reset-requested = pieprasīja jaunu paroli
history-secretary-added = pievienoja sekretāra kontu
history-city-added = pievienoja pilsētu
history-city-changed = mainīja pilsētu
history-city-retired = atsauca pilsētu no saraksta
history-city-reinstated = atjaunoja pilsētu sarakstā
history-retention-run = dzēsa to, kam beidzies glabāšanas termiņš
history-cycle-created = izveidoja ciklu
history-cycle-changed = mainīja ciklu
history-cycle-extended = pagarināja atvērtu pieteikšanās laiku
history-member-registered = reģistrēja dalībpilsētu
history-member-changed = mainīja dalībpilsētas ierakstu
history-report-due-moved = pārcēla ziņojuma termiņu
history-report-started = sāka progresa ziņojumu
history-report-submitted = iesniedza progresa ziņojumu
history-report-forwarded = pārsūtīja progresa ziņojumu UIL
history-reminders-on = ieslēdza atgādinājumus
history-reminders-off = izslēdza atgādinājumus
history-application-started = sāka pieteikumu
history-application-submitted = iesniedza pieteikumu
history-application-resubmitted = iesniedza pieteikumu atkārtoti
history-attachment-added = pievienoja failu
history-attachment-removed = izņēma failu
history-review-started = sāka vērtēšanu
history-review-submitted = iesniedza vērtējumu
history-conflict-declared = deklarēja interešu konfliktu
history-conflict-recorded = reģistrēja interešu konfliktu
history-conflict-removed = noņēma interešu konfliktu

# Lēmumi
error-not-now = Pieteikuma pašreizējā stadijā tas nav iespējams. Lapā redzams, kur tas atrodas.
error-quota-reached = Valsts kvota ir izlietota: šajā kārtā Komisija var atbalstīt { $quota ->
    [one] { $quota } pieteikumu
   *[other] { $quota } pieteikumus
} un ir atbalstījusi { $cities }. Vispirms atkārtoti atveriet kādu no šiem lēmumiem.
error-confirm-required = Atzīmējiet lodziņu, lai apstiprinātu lēmumu.
decision-submit = Iesniegt
decision-start-review = Sākt vērtēšanu
decision-request-changes = Lūgt pilsētai labojumus
decision-resubmit = Iesniegt atkārtoti
decision-endorse = Atbalstīt pieteikumu
decision-forward-to-uil = Nosūtīt atbalstīto pieteikumu UIL
decision-record-sent-by-city = Atzīmēt, ka pilsēta to nosūtīja UIL
decision-reject = Neatbalstīt
decision-withdraw = Atsaukt
decision-record-uil-accepted = Atzīmēt, ka UIL pieteikumu pieņēma
decision-record-uil-not-accepted = Atzīmēt, ka UIL pieteikumu nepieņēma
decision-reopen-decision = Atkārtoti atvērt lēmumu
desk-decide-heading = Lēmums
desk-decide-action = Ko Komisija nolemj?
desk-decide-reason = Pamatojums vai piezīmes
desk-decide-reason-hint = Obligāts, lūdzot labojumus, neatbalstot vai atkārtoti atverot lēmumu: pilsēta to izlasīs e-pastā. Atbalstot tas tiek izdrukāts kā Komisijas piezīmes.
desk-decide-section-comments = Komentāri par atsevišķām sadaļām (lūdzot labojumus)
desk-decide-confirm = Es apstiprinu šo lēmumu Komisijas vārdā.
desk-decide-unsigned = Parakstīts skenējums nav augšupielādēts: nosūtīt UIL neparakstītu atbalsta vēstules izdruku.
desk-decide-submit = Reģistrēt lēmumu
desk-decisions-heading = Lēmumi
desk-decision-by = { $decision } — { $name }, { $datetime }
desk-endorsement-download = Komisijas atbalsta vēstule (PDF)
desk-signed-upload = Augšupielādēt parakstīto vēstuli
desk-signed-text = Izdrukājiet atbalsta vēstuli, parakstiet un apzīmogojiet to, tad augšupielādējiet skenējumu (PDF, JPEG vai PNG, līdz 10 MB). Tas tiek nosūtīts UIL neparakstītās izdrukas vietā, un pilsēta to redz savā pieteikuma paketē. Jauns skenējums aizstāj iepriekšējo.
desk-signed-missing = Parakstītā un zīmogotā atbalsta vēstule vēl nav augšupielādēta.
desk-signed-heading = Parakstīta atbalsta vēstule
desk-changes-heading = Mainīts kopš iepriekšējās iesniegšanas
desk-changes-question = Jautājums
desk-changes-before = Iepriekš
desk-changes-after = Tagad
desk-comments-heading = Komentāri
desk-comment-internal = iekšējs
desk-comment-to-city = nosūtīts pilsētai
desk-comment-add = Pievienot komentāru Komisijai
desk-comment-post = Publicēt komentāru
desk-comment-posted = Jūsu komentārs ir publicēts.
wizard-changes-heading = Komisija lūdz labojumus
wizard-endorsed-heading = Komisija ir atbalstījusi jūsu pieteikumu
wizard-endorsed-text = Atbalstītais pieteikums sastāv no pieteikuma, parakstītās skenētās kopijas un Komisijas atbalsta vēstules. Ja Komisija to nenosūta, nosūtiet šos dokumentus UIL (learningcities@unesco.org) un atzīmējiet to šeit.
wizard-sent-confirm = Mēs paši esam nosūtījuši atbalstīto pieteikumu UIL.
wizard-sent-record = Atzīmēt, ka nosūtījām
wizard-signed-endorsement = Komisijas atbalsta vēstule ar parakstu un zīmogu (skenējums)
wizard-withdraw-heading = Atsaukt pieteikumu
wizard-withdraw-text = Atsaucot pieteikumu, tas tiek noslēgts: Komisija pārtrauc tā vērtēšanu un par to tiek nekavējoties informēta. Nekas no pilsētas iesniegtā netiek dzēsts. Lai pieteiktos vēlreiz, sāciet jaunu pieteikumu, kamēr pieteikšanās ir atvērta.
wizard-withdraw-reason = Kāpēc pilsēta atsauc pieteikumu?
wizard-withdraw-confirm = Apstiprinu, ka pilsēta atsauc šo pieteikumu.
wizard-withdraw-button = Atsaukt pieteikumu
history-comment-added = pievienoja komentāru
history-decision-endorse = atbalstīja pieteikumu
history-decision-request-changes = lūdza pilsētai labojumus
history-decision-reject = nolēma neatbalstīt
history-decision-forward-to-uil = nosūtīja pieteikumu UIL
history-decision-record-sent-by-city = atzīmēja, ka pilsēta to nosūtīja UIL
history-decision-record-uil-accepted = atzīmēja UIL apstiprinājumu
history-decision-record-uil-not-accepted = atzīmēja, ka UIL to nepieņēma
history-decision-reopen-decision = atkārtoti atvēra lēmumu
history-decision-withdraw = atsauca pieteikumu
pdf-endorsement-title = UNESCO Nacionālās komisijas atbalsts
pdf-endorsement-commission = UNESCO Latvijas Nacionālā komisija, Pils laukums 4–206, Rīga LV-1050, Latvija
pdf-endorsement-statement = UNESCO Latvijas Nacionālā komisija atbalsta { $city } pieteikumu pievienoties UNESCO Globālajam izglītības pilsētu tīklam { $year }. gada kārtā.
pdf-endorsement-official = Atbalstu parakstošā amatpersona
pdf-endorsement-official-title = UNESCO Latvijas Nacionālās komisijas ģenerālsekretārs
pdf-endorsement-date = Datums
pdf-endorsement-remarks = Piezīmes
mail-decision-changes-city-subject = { $city }: Komisija lūdz labot { $year }. gada pieteikumu
mail-decision-changes-city-body =
    Labdien!

    UNESCO Latvijas Nacionālā komisija ir izskatījusi { $city } pieteikumu ({ $year }) un lūdz šādus labojumus:

    { $reason }

    Pieteikumu atkal var labot; komentāri par atsevišķām sadaļām redzami pie tām. Kad tas ir gatavs, iesniedziet to vēlreiz:
    { $link }

    UNESCO Latvijas Nacionālā komisija
mail-decision-rejected-city-subject = { $city }: Komisijas lēmums par { $year }. gada pieteikumu
mail-decision-rejected-city-body =
    Labdien!

    UNESCO Latvijas Nacionālā komisija ir nolēmusi neatbalstīt { $city } pieteikumu ({ $year }) šāda iemesla dēļ:

    { $reason }

    Pieteikumu var apskatīt šeit:
    { $link }

    UNESCO Latvijas Nacionālā komisija
mail-decision-endorsed-city-subject = { $city }: Komisija atbalsta { $year }. gada pieteikumu
mail-decision-endorsed-city-body =
    Labdien!

    UNESCO Latvijas Nacionālā komisija atbalsta { $city } pieteikumu ({ $year }) pievienoties UNESCO Globālajam izglītības pilsētu tīklam. Komisija to nosūta UIL, jums kopijā, vai arī jūs varat atbalstīto pieteikumu nosūtīt paši; atbalsta vēstuli var lejupielādēt šeit:
    { $link }

    UNESCO Latvijas Nacionālā komisija
mail-decision-forwarded-uil-subject = UNESCO Latvijas Nacionālās komisijas atbalstīts GNLC pieteikums: { $city } ({ $year })
mail-decision-forwarded-uil-body =
    Cienījamie kolēģi!

    UNESCO Latvijas Nacionālā komisija atbalsta { $city } pieteikumu pievienoties UNESCO Globālajam izglītības pilsētu tīklam ({ $year }). Pielikumā ir pieteikums, parakstītais pieteikums un Komisijas atbalsta vēstule. Pilsēta saņem kopiju.

    UNESCO Latvijas Nacionālā komisija

# Izsūtne
nav-outbox = Izsūtne
outbox-title = Izsūtne
outbox-intro = Visas vēstules, ko vietne sūta. Lēmumu vēstules šeit gaida kā melnraksti: izlasiet tās, vajadzības gadījumā izlabojiet un nosūtiet.
outbox-empty = Šeit nav vēstuļu: vēl nav uzrakstītas vai neviena neatbilst filtriem.
outbox-created-at = Uzrakstīta { $datetime }
outbox-sent-at = Nosūtīta { $datetime }
outbox-failed-after = Nav nosūtīta pēc { $count } mēģinājumiem:
outbox-to = Kam
outbox-cc = Kopija
outbox-attachments = Pielikumi
outbox-subject = Temats
outbox-body = Vēstule
outbox-send = Nosūtīt
outbox-send-again = Nosūtīt vēlreiz
outbox-show-body = Rādīt vēstuli
outbox-state-draft = Melnraksts
outbox-state-queued = Tiek sūtīta
outbox-state-sent = Nosūtīta
outbox-state-failed = Neizdevās
board-pages = Paneļa lapas
board-page = { $page }. lapa no { $pages }
board-page-previous = Iepriekšējā lapa
board-page-next = Nākamā lapa

## The secretary's cycles
nav-cycles = Cikli
cycles-title = Pieteikšanās cikli
cycles-list-heading = Visi cikli
cycles-year = Gads
cycles-window = Pieteikšanās laiks
cycles-window-range = { $opens } – { $closes }
cycles-opens = Pieteikšanās sākas (Rīgas laiks)
cycles-closes = Pieteikšanās beidzas (Rīgas laiks)
cycles-decision-due = Komisijas lēmuma termiņš (Rīgas laiks)
cycles-quota = Valsts kvota
cycles-quota-hint = Cik pieteikumus Komisija šogad drīkst atbalstīt: no 1 līdz 3.
cycles-applications = Pieteikumi
cycles-applications-count = iesniegti { $submitted }, atbalstīti { $endorsed }
cycles-scores-column = Punkti redzami agrāk
cycles-scores-open = Vērtētāji redz cits cita punktus, pirms iesniedz savu vērtējumu
cycles-yes = Jā
cycles-no = Nē
cycles-edit = Mainīt
cycles-new-heading = Jauns cikls
cycles-edit-heading = Mainīt { $year }. gada ciklu
cycles-new-link = Tā vietā izveidot jaunu ciklu
cycles-save = Saglabāt ciklu
cycles-saved = { $year }. gada cikls ir saglabāts.
cycles-error-year = Ievadiet gadu no 2000 līdz 2100.
cycles-error-time = Ievadiet datumu un laiku.
cycles-error-opens-year = Pieteikšanās jāsāk cikla gadā.
cycles-error-closes-before-opens = Pieteikšanās jābeidz pēc tās sākuma.
cycles-error-decision-before-close = Lēmuma termiņš nevar būt pirms pieteikšanās beigām.
cycles-error-quota = Ievadiet veselu skaitli no 1 līdz 3.
cycles-error-year-taken = Šim gadam cikls jau ir.
cycles-error-overlap = Šis pieteikšanās laiks pārklājas ar cita cikla laiku.
cycles-error-already-open = Pieteikšanās jau ir sākusies, tāpēc tās sākumu vairs nevar mainīt.
cycles-error-past = Šis brīdis jau ir pagājis. Izvēlieties vēlāku.
cycles-error-leaves-out = Kāds pieteikums iesniegts ārpus šī laika. Pieteikšanās laikā jāietilpst visiem iesniegtajiem pieteikumiem.
cycles-error-quota-below = Jau atbalstīts vairāk pieteikumu, nekā šī kvota atļauj.
mail-cycle-extended-subject = { $year }. gada pieteikšanās ir pagarināta
mail-cycle-extended-body = Labdien!

    UNESCO Latvijas Nacionālā komisija ir pagarinājusi { $year }. gada pieteikšanos UNESCO Globālajam mācīšanās pilsētu tīklam. Pieteikumus tagad var iesniegt līdz { $closes } (Rīgas laiks).

    Jūsu pilsētas pieteikums ir saglabāts kā melnraksts. Līdz tam to var pabeigt un iesniegt.

    UNESCO Latvijas Nacionālā komisija

countdown-report-due-in = Ziņojums jāiesniedz pēc
nav-members = Dalībpilsētas
footer-nav = Par tīklu
footer-network = Par tīklu
footer-members = Latvijas dalībpilsētas
landing-network-more = Ko dalība dod pilsētai un ko no tās prasa
landing-members-link = Latvijas dalībpilsētas
network-title = UNESCO Globālais izglītības pilsētu tīkls
network-lead = Tīkls, ko vada UNESCO Mūžizglītības institūts, apvieno vairāk nekā 425 pilsētas (2025. gada decembris), kurās mūžizglītība ir reāla iespēja ikvienam iedzīvotājam. Pilsētas tīklā iestājas ar savas valsts UNESCO Nacionālās komisijas starpniecību; Latvijā — ar šīs vietnes palīdzību.
network-obligations-heading = Ko dalība prasa no pilsētas
network-obligation-report = Ik pēc diviem gadiem pēc iestāšanās — progresa ziņojumu līdz 31. martam. Pilsēta, kas pārstāj ziņot, var zaudēt dalību.
network-obligation-quota = Katra valsts gadā var izvirzīt ne vairāk kā trīs jaunas pilsētas.
network-obligation-activity = Piedalīšanos tīkla pieredzes apmaiņā: dalīties ar savu praksi un mācīties no citām dalībpilsētām.
network-features-heading = Izglītības pilsētu galvenās iezīmes
network-features-text = Galvenās iezīmes, kas pieņemtas Pekinā 2013. gadā, apraksta, ko dara izglītības pilsēta. Dalībpilsētas pēc tām plāno darbu un ziņo par to.
network-blocks-heading = Pamatelementi
network-conditions-heading = Pamatnosacījumi
network-members-link = Skatīt Latvijas dalībpilsētas
members-title = Latvijas dalībpilsētas
members-lead = Latvijas pilsētas UNESCO Globālajā izglītības pilsētu tīklā un gads, kad katra iestājās.
members-caption = Dalībpilsētas, to iestāšanās gads un tīmekļvietne
members-none = Neviena Latvijas pilsēta vēl nav tīkla dalībniece.
members-city = Pilsēta
members-since = Dalībniece kopš
members-since-year = { $year }. gada
members-website = Tīmekļvietne
members-network-link = Par tīklu un to, ko dalība dod pilsētai
members-admin-title = Dalībpilsētas
members-list-heading = Reģistrs
members-joined = Iestājās
members-joined-here = { $year }. gadā, ar šīs vietnes starpniecību
members-joined-before = { $year }. gadā, ievadījusi Komisija
members-status = Statuss
members-status-active = Aktīva
members-status-lapsed = Dalība beigusies
members-contacts = Kontaktpersonas
members-no-contacts = Kontu vēl nav
members-next-report = Nākamais progresa ziņojums
members-report-period = { $period }. gada ziņojums
members-overdue = Nokavēts
members-due-was-moved = Termiņš pārcelts uz { $due }.
members-no-report = Nav jāiesniedz
members-edit = Mainīt
members-new-heading = Ievadīt pilsētu, kas iestājās pirms šīs vietnes
members-edit-heading = Mainīt ierakstu: { $city }
members-new-link = Tā vietā ievadīt citu pilsētu
members-website-hint = Nav obligāti. Pilsētas oficiālā vietne, sākot ar https://.
members-joined-year = Tīklā iestāšanās gads
members-joined-year-hint = Piemēram, 2016. Pirmais ziņojums šeit būs pirmais, kura termiņš ir pēc šodienas.
members-save = Saglabāt dalībpilsētu
members-saved = Dalībpilsēta saglabāta.
members-public-link = Skatīt publisko sarakstu
members-due-heading = { $period }. gada ziņojuma termiņš
members-due-text = Ziņojumi jāiesniedz līdz 31. martam (Rīgas laiks). Šeit pilsētai var dot vairāk laika; tās cilvēki par jauno termiņu saņems e-pastu.
members-due = Termiņš (Rīgas laiks)
members-due-save = Pārcelt termiņu
members-due-moved = Termiņš pārcelts, un pilsēta par to informēta.
members-error-joined-year = Ievadiet gadu, kad pilsēta iestājās: no 2013. gada līdz šim gadam.
members-error-status = Izvēlieties, vai pilsēta ir aktīva dalībniece.
members-error-already-member = Šī pilsēta jau ir dalībniece.
members-error-city-taken = Šāds nosaukums jau ir citai pilsētai.
members-error-joined-fixed = Šī pilsēta iestājās ar šīs vietnes starpniecību: tās gadu noteica UIL lēmums, un to mainīt nevar.
members-error-period = Par šo periodu pilsētai ziņojums nav jāiesniedz.
members-error-due-time = Ievadiet datumu un laiku.
members-error-due-past = Šis brīdis jau ir pagājis. Izvēlieties vēlāku.
members-error-report-submitted = Šis ziņojums jau ir iesniegts.
members-error-lapsed = Pilsētai, kuras dalība beigusies, ziņojumi nav jāiesniedz.
mail-report-due-moved-subject = Jauns { $period }. gada progresa ziņojuma termiņš
mail-report-due-moved-body = Latvijas Nacionālā komisija UNESCO ir pārcēlusi jūsu pilsētas { $period }. gada progresa ziņojuma UNESCO Globālajam izglītības pilsētu tīklam termiņu. Tagad tas jāiesniedz līdz { $due } (Rīgas laiks).

nav-reminders = Atgādinājumi
nav-audit = Audita žurnāls
reminders-title = Atgādinājumi
reminders-lead = Šos e-pastus vietne sūta pati, katram viņa valodā, kad pienāk laiks. Gadam izslēgts atgādinājumu veids tajā gadā neko nesūta.
reminders-year = Gads
reminders-show = Rādīt
reminders-kinds-heading = Atgādinājumu veidi { $year }. gadā
reminders-on = Ieslēgts
reminders-off = Izslēgts
reminders-switch-off = Izslēgt
reminders-switch-on = Ieslēgt
reminders-upcoming-heading = Gaidāmie
reminders-sent-heading = Nosūtītie
reminders-when = Sūtīs
reminders-sent-at = Nosūtīts
reminders-kind = Atgādinājums
reminders-about = Par ko
reminders-state = Vai tiks sūtīts?
reminders-recipients = Cilvēki
reminders-will-go = Jā
reminders-will-not-go = Nē, izslēgts
reminders-kind-lead = { $kind }, { $days ->
    [one] { $days } dienu iepriekš
   *[other] { $days } dienas iepriekš
}
reminders-kind-window-opens = Pieteikšanās logs atveras
reminders-kind-window-closing = Logs aizveras: vēl neiesniegtie pieteikumi
reminders-kind-report-due = Tuvojas progresa ziņojuma termiņš
reminders-kind-report-overdue = Progresa ziņojums nokavēts
reminders-kind-review-waiting = Pieteikums nedēļu gaida vērtējumu
reminders-kind-decision-due = Tuvojas Komisijas lēmuma termiņš
mail-reminder-window-opens-subject = Atvērts { $year }. gada pieteikšanās logs UNESCO Globālajam izglītības pilsētu tīklam
mail-reminder-window-opens-body = Pieteikumus dalībai UNESCO Globālajā izglītības pilsētu tīklā pieņem līdz { $deadline } (Rīgas laiks). Pilsētas pieteikumu var sagatavot un iesniegt šeit: { $link }
mail-reminder-window-closing-subject = { $days ->
    [one] Pieteikšanās logs aizveras pēc { $days } dienas
   *[other] Pieteikšanās logs aizveras pēc { $days } dienām
}
mail-reminder-window-closing-body = Pieteikums ({ $about }) vēl nav iesniegts. Logs aizveras { $deadline } (Rīgas laiks); pēc tam Komisija šogad to pieņemt nevarēs. Turpiniet šeit: { $link }
mail-reminder-report-due-subject = { $days ->
    [one] { $year }. gada progresa ziņojuma termiņš ir pēc { $days } dienas
   *[other] { $year }. gada progresa ziņojuma termiņš ir pēc { $days } dienām
}
mail-reminder-report-due-body = UNESCO Globālā izglītības pilsētu tīkla dalībniece ({ $about }) ik pēc diviem gadiem ziņo par paveikto. { $year }. gada ziņojums jāiesniedz līdz { $deadline } (Rīgas laiks). { $link }
mail-reminder-report-overdue-subject = { $year }. gada progresa ziņojums ir nokavēts
mail-reminder-report-overdue-body = { $year }. gada progresa ziņojums ({ $about }) bija jāiesniedz līdz { $deadline } (Rīgas laiks), bet tas nav iesniegts. Pilsēta, kas pārstāj ziņot, var zaudēt dalību; lūdzu, iesniedziet to pēc iespējas drīz vai sazinieties ar Komisiju. { $link }
mail-reminder-review-waiting-subject = Pieteikums gaida jūsu vērtējumu: { $about }
mail-reminder-review-waiting-body = Pieteikumam, kas iesniegts pirms vairāk nekā nedēļas, vēl nav jūsu vērtējuma ({ $about }). Komisijas lēmums jāpieņem līdz { $deadline } (Rīgas laiks). Novērtējiet to šeit: { $link }
mail-reminder-decision-due-subject = { $days ->
    [one] Komisijas { $year }. gada lēmumu termiņš ir pēc { $days } dienas
   *[other] Komisijas { $year }. gada lēmumu termiņš ir pēc { $days } dienām
}
mail-reminder-decision-due-body = Par dažiem { $year }. gada pieteikumiem lēmums vēl nav pieņemts. Lēmumi jāpieņem līdz { $deadline } (Rīgas laiks). Vērtēšanas panelis: { $link }

deadlines-heading = Jūsu tuvākie termiņi
deadlines-none = Pašlaik neviens termiņš uz jums neattiecas.
deadlines-calendar = Pievienot manam kalendāram (.ics)
deadlines-window-opens = Atveras { $year }. gada pieteikšanās logs
deadlines-window-closes = Aizveras { $year }. gada pieteikšanās logs
deadlines-decision-due = Komisija lemj par { $year }. gada pieteikumiem
deadlines-report-due = { $city }: jāiesniedz { $year }. gada progresa ziņojums
deadlines-calendar-description = Pieteikums, Latvijas Nacionālā komisija UNESCO: { $link }
reminders-none-coming = Šogad vairs nekas nav gaidāms.
reminders-none-sent = Šogad vēl nekas nav nosūtīts.

nav-report = Progresa ziņojumi
report-title = Progresa ziņojumi
report-of = { $city }: { $year }. gada progresa ziņojums
report-not-member = Progresa ziņojumus sūta tīkla dalībpilsētas. Jūsu pilsēta nav aktīva dalībniece, tāpēc tai šeit nav jāsūta ziņojums.
report-start-hint = Ziņojums sākas ar to, ko pilsēta rakstīja iepriekšējo reizi (iepriekšējo ziņojumu vai pieteikumu), tāpēc jāatjauno tikai tas, kas mainījies. Pie tā var strādāt ikviens jūsu pilsētas komandā.
report-start = Sākt progresa ziņojumu
report-section-learning-city-plan = Izglītības pilsētas plāns
report-section-partnerships = Koordinācija un partnerības
report-section-resources = Resursu piesaiste un izmantošana
report-section-monitoring = Uzraudzība un izvērtēšana
report-section-access-for-all = Mācīšanās pieejamība visiem
report-section-culture-of-learning = Mūžizglītības kultūra
report-section-innovation = Inovatīvas prakses
report-section-network-contributions = Ieguldījums tīklā
report-question-learning-city-plan = Kā jūsu pilsētas izglītības pilsētas plāns vai stratēģija ir attīstījusies kopš pievienošanās vai iepriekšējā ziņojuma?
report-question-partnerships = Kā pašvaldība, izglītības iestādes, darba devēji, pilsoniskā sabiedrība un iedzīvotāji tagad sadarbojas mūžizglītībā?
report-question-resources = Kādus līdzekļus, cilvēkus, vietas un partnerības pilsēta piesaistījusi mācībām, un kā tie tiek izmantoti?
report-question-monitoring = Kā pilsēta seko savam progresam, un ko parādījuši tās rādītāji vai izvērtējumi?
report-question-access-for-all = Ko pilsēta darījusi, lai mācībās varētu piedalīties ikviens, arī tie, kam draud atstumtība?
report-question-culture-of-learning = Kā pilsēta godina un veicina mācīšanos visa mūža garumā, piemēram, ar mācību festivāliem, bibliotēkām, muzejiem?
report-question-innovation = Kādas jaunas vai neparastas prakses pilsēta izmēģinājusi, un ko tā no tām mācījusies?
report-question-network-contributions = Kā pilsēta piedalījusies tīkla darbā: pasākumos, klasteru darbā, apmaiņā ar citām pilsētām?
report-intro-progress = Aprakstiet, ko jūsu pilsēta šajā jomā paveikusi un sasniegusi kopš pievienošanās vai iepriekšējā ziņojuma, ne vairāk kā 300 vārdos, angļu vai franču valodā. Saites uz pārskatiem vai tīmekļa lapām, kas to parāda, ir gaidītas.
report-narrative-hint = Ne vairāk kā 300 vārdu. Atjauniniet iepriekšējo atbildi, nevis sāciet no jauna.
check-report-submit-heading = Nosūtīt ziņojumu
check-report-submit-text = Ziņojums nonāks UNESCO Latvijas Nacionālajā komisijā, kas to pārsūtīs UIL, jūsu pilsētai kopijā. Pēc nosūtīšanas atbildes mainīt nevar.
check-report-submit = Nosūtīt progresa ziņojumu
submitted-report-title = Progresa ziņojums nosūtīts
submitted-report-text = Pilsētas { $city } progresa ziņojums ir nodots UNESCO Latvijas Nacionālajai komisijai. Apstiprinājumu nosūtījām pa e-pastu.
submitted-report-next-text = Komisija pārsūtīs ziņojumu UIL un nosūtīs kopiju jūsu pilsētai. Nākamais ziņojums būs jāiesniedz pēc diviem gadiem; vietne par to atgādinās.
attachments-report-intro = Pievienojiet ilustrācijas, gadījumu aprakstus vai statistiku, kas papildina ziņojumu (PDF, JPEG vai PNG). Šos failus var atvērt tikai jūsu pilsētas komanda un Komisija.
error-not-member = Progresa ziņojumus sūta tikai aktīvas tīkla dalībpilsētas, un šī pilsēta tāda nav.
error-already-reported = Šī perioda progresa ziņojums jau ir nosūtīts; otru nosūtīt nevar.
mail-report-submitted-city-subject = { $city }: { $year }. gada progresa ziņojums nosūtīts
mail-report-submitted-city-body =
    Labdien!

    { $name } ir nosūtījis(-usi) pilsētas { $city } { $year }. gada progresa ziņojumu UNESCO Latvijas Nacionālajai komisijai, kas to pārsūtīs UIL, jūsu pilsētai kopijā.

    Nosūtītais ziņojums pievienots PDF formātā. To varat izlasīt šeit:
    { $link }

    UNESCO Latvijas Nacionālā komisija
mail-report-submitted-commission-subject = Progresa ziņojums no { $city } ({ $year })
mail-report-submitted-commission-body =
    { $city } ir nosūtījusi { $year }. gada progresa ziņojumu; nosūtīja { $name }.

    Ziņojums pievienots PDF formātā un gaida pārsūtīšanu UIL:
    { $link }
pdf-report-title = UNESCO Izglītības pilsētu tīkla dalībpilsētas progresa ziņojums
pdf-report-city-period = { $city }, ziņojums par { $year }. gadu
pdf-report-file-name = GNLC-progress-report-{ $city }-{ $year }.pdf
board-reports-title = Dalībpilsētu progresa ziņojumi
board-reports-link = Dalībpilsētu progresa ziņojumi

conflicts-title = Interešu konflikti
conflicts-link = Interešu konflikti
conflicts-reviewer = Vērtētājs
conflicts-city = Pilsēta
conflicts-reason = Iemesls
conflicts-since = Kopš
conflicts-action = Mainīt
conflicts-intro-secretary = Vērtētājs, kuram ir interešu konflikts ar pilsētu, nepiedalās tās pieteikumu vērtēšanā: viņa vērtējumi netiek ņemti vērā, un pieteikumus viņš neredz. Reģistrējiet konfliktu jebkuram vērtētājam vai noņemiet kļūdaini ievadītu. Katra izmaiņa ar tās iemeslu tiek saglabāta audita žurnālā.
conflicts-intro-reviewer = Jūsu deklarētie interešu konflikti un tie, ko sekretārs reģistrējis jūsu vārdā. Kļūdaini deklarētu konfliktu varat atsaukt, kamēr neesat iesniedzis vērtējumu nevienam šīs pilsētas pieteikumam; citos gadījumos vērsieties pie sekretāra.
conflicts-empty = Neviens interešu konflikts nav reģistrēts.
conflicts-record-heading = Reģistrēt interešu konfliktu
conflicts-record = Reģistrēt konfliktu
conflicts-recorded = Konflikts reģistrēts. Vērtētājs vairs neredz šīs pilsētas pieteikumus.
conflicts-recorded-by = reģistrēja { $name }
conflicts-remove = Noņemt
conflicts-remove-confirm = Noņemt konfliktu
board-reports-city = Pilsēta
board-reports-period = Ziņojuma gads
board-reports-due = Termiņš
board-reports-status = Statuss
board-reports-action = Darbība
board-reports-empty = Neviena dalībpilsēta nav parādā ziņojumu un nav to nosūtījusi.
board-reports-sent-on = Nosūtīts { $datetime } (Rīgas laiks)
board-reports-not-started = Nav sākts
board-reports-read = Lasīt ziņojumu
board-reports-forward = Pārsūtīt UIL
mail-report-forwarded-subject = UNESCO Latvijas Nacionālās komisijas pārsūtīts GNLC progresa ziņojums: { $city } ({ $year })
mail-report-forwarded-body =
    Cienījamie kolēģi!

    UNESCO Latvijas Nacionālā komisija pārsūta UNESCO Izglītības pilsētu tīkla dalībpilsētas { $city } { $year }. gada progresa ziņojumu. Pielikumā ir ziņojums un pilsētas papildu faili. Pilsēta ir kopijā.

    UNESCO Latvijas Nacionālā komisija
attachments-report-title = Papildu faili
check-report-title = Pārbaudiet atbildes un nosūtiet
report-owed = { $year }. gada progresa ziņojums


audit-title = Audita žurnāls
audit-lead = Katra Pieteikums reģistrētā izmaiņa: kas to veica, kad, par ko tā bija un vērtības pirms un pēc. Jaunākās vispirms.
audit-filters = Filtrēt audita žurnālu
audit-filter-kind = Notikums
audit-filter-person = Persona
audit-filter-city = Pilsēta
audit-filter-year = Cikls
audit-filter-from = No (diena)
audit-filter-to = Līdz (diena)
audit-clear = Notīrīt filtrus
audit-count = { $count ->
        [zero] { $count } notikumu
        [one] { $count } notikums
       *[other] { $count } notikumi
    }
audit-download = Lejupielādēt šos notikumus (CSV)
audit-empty = Neviens reģistrēts notikums neatbilst šiem filtriem.
audit-system = Pieteikums pats
audit-column-when = Kad (Rīgas laiks)
audit-column-who = Kas
audit-column-what = Kas notika
audit-column-kind = Notikuma identifikators
audit-column-about = Par ko
audit-column-before = Pirms
audit-column-after = Pēc
audit-column-details = Sīkāk
audit-pages = Audita žurnāla lapas
audit-filter-any = Jebkurš
audit-filter-apply = Rādīt
export-heading = Lejupielādēt
export-hint = Pieteikumi, ko dēlis rāda ar izvēlētajiem filtriem, un katra vērtētāja vērtējumi, kur jums tos drīkst rādīt.
export-csv = Tabula (CSV)
export-xlsx = Excel darbgrāmata
export-meeting = Sēdes lapa (PDF)
export-sheet-name = Dēlis { $year }
export-column-city = Pilsēta
export-column-status = Statuss
export-column-submitted = Iesniegts (Rīgas laiks)
export-column-version = Versija
export-column-reviews-done = Iesniegti vērtējumi
export-column-reviews-needed = Vajadzīgi vērtējumi
export-column-mean = Vidējais vērtējums
export-column-spread = Izkliede
export-column-endorse = Iesaka atbalstīt
export-column-changes = Iesaka prasīt labojumus
export-column-reject = Iesaka neatbalstīt
export-column-criterion-mean = { $criterion }: vidējais
export-column-criterion-spread = { $criterion }: izkliede
export-column-reviewer-score = { $reviewer }: { $criterion }
export-column-reviewer-mean = { $reviewer }: vidējais
export-column-reviewer-recommendation = { $reviewer }: ieteikums
export-column-decision = Lēmums
export-column-decided = Lēmuma laiks (Rīgas laiks)
export-decision-endorse = Atbalstīts
export-decision-request-changes = Prasīti labojumi
export-decision-reject = Nav atbalstīts
meeting-title = Sēdes lapa: { $year }. gada pieteikumi
meeting-footer = Sēdes lapa { $year }
meeting-printed = Izdrukāts { $datetime } (Rīgas laiks) ar vērtējumiem, ko dēlis tobrīd rādīja.
meeting-quota = Atbalstīti līdz šim: { $used } no { $quota }. Atlikušās vietas: { $left }.
meeting-endorsed = Atbalstīti: { $cities }
meeting-to-decide = Jāizlemj, sākot ar augstāko vidējo vērtējumu
meeting-none-to-decide = Neviens pieteikums negaida lēmumu.
meeting-decided = Izlemti vai atsaukti
meeting-column-rank = Nr.
meeting-column-city = Pilsēta
meeting-column-status = Statuss
meeting-column-reviews = Vērtējumi
meeting-column-score = Vidējais (izkliede)
meeting-column-tally = Ieteikumi
meeting-column-decision = Lēmums
meeting-no-score = vēl nav vērtējuma
outbox-count = { $count ->
    [one] { $count } vēstule
   *[other] { $count } vēstules
} · { $drafts ->
    [0] neviens melnraksts negaida nosūtīšanu
    [one] { $drafts } melnraksts gaida nosūtīšanu
   *[other] { $drafts } melnraksti gaida nosūtīšanu
}
outbox-pages = Izsūtnes lapas
outbox-filters = Atlasīt vēstules
outbox-filter-state = Stāvoklis
outbox-filter-purpose = Par ko
outbox-filter-any = Jebkurš
outbox-filter-text = Saņēmējs vai temats satur
outbox-filter-apply = Rādīt
outbox-filter-clear = Notīrīt filtrus
outbox-purpose = Par ko
outbox-purpose-account-invitation = Uzaicinājums izveidot kontu
outbox-purpose-password-reset = Paroles atjaunošana
outbox-purpose-application-submitted-city = Pieteikums iesniegts (pilsētai)
outbox-purpose-application-submitted-commission = Pieteikums iesniegts (Komisijai)
outbox-purpose-application-withdrawn-commission = Pieteikums atsaukts (Komisijai)
outbox-purpose-progress-report-submitted-city = Progresa ziņojums nosūtīts (pilsētai)
outbox-purpose-progress-report-submitted-commission = Progresa ziņojums nosūtīts (Komisijai)
outbox-purpose-progress-report-forwarded-uil = Progresa ziņojums pārsūtīts UIL
outbox-purpose-cycle-extended = Pieteikšanās termiņš pagarināts
outbox-purpose-report-due-moved = Progresa ziņojuma termiņš mainīts
outbox-purpose-reminder = Atgādinājums
outbox-purpose-decision-changes-city = Pilsētai lūgti labojumi
outbox-purpose-decision-rejected-city = Nav atbalstīts (pilsētai)
outbox-purpose-decision-endorsed-city = Atbalstīts (pilsētai)
outbox-purpose-decision-forwarded-uil = Atbalstītais pieteikums pārsūtīts UIL

report-desk-title = Progresa ziņojuma izskatīšana
report-desk-back = Atpakaļ uz progresa ziņojumiem
report-desk-sent = Iesniegts
history-report-resubmitted = iesniedza progresa ziņojumu atkārtoti
outbox-purpose-progress-report-changes-city = Labojumi lūgti dalībpilsētas ziņojumā
mail-report-changes-subject = { $city }: Komisija lūdz labot { $year }. gada progresa ziņojumu
mail-report-changes-body =
    Labdien!

    UNESCO Latvijas Nacionālā komisija ir izlasījusi { $city } { $year }. gada progresa ziņojumu un pirms tā pārsūtīšanas UIL lūdz šādus labojumus:

    { $reason }

    Ziņojumu atkal var labot; komentāri par atsevišķām sadaļām redzami pie tām. Kad tas ir gatavs, iesniedziet to vēlreiz:
    { $link }

    UNESCO Latvijas Nacionālā komisija
decision-forward-report-to-uil = Pārsūtīt ziņojumu UIL
desk-printed-report = Ziņojums PDF formātā
