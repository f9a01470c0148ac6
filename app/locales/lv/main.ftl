app-name = Pieteikums
app-tagline = Pieteikumi UNESCO Izglītības pilsētu tīklam
app-commission = UNESCO Latvijas Nacionālā komisija
app-loading = Ielādē…
skip-to-content = Pāriet uz galveno saturu
language-name = Latviešu
language-switcher-label = Valoda
nav-main = Galvenā izvēlne
nav-home = Sākums
nav-login = Pieslēgties
nav-logout = Atslēgties
nav-account = Mans konts
nav-admin-users = Konti

landing-title = Pievienojieties UNESCO Izglītības pilsētu tīklam
landing-lead = Latvijas pilsētas tīklam piesakās ar UNESCO Latvijas Nacionālās komisijas starpniecību. Šeit varat sagatavot, parakstīt un iesniegt pieteikumu un sekot tā virzībai līdz lēmumam.
landing-network-heading = Kas ir šis tīkls
landing-network-text = UNESCO Izglītības pilsētu tīkls, ko vada UNESCO Mūžizglītības institūts, apvieno pilsētas, kurās mūžizglītība ir reāla iespēja ikvienam iedzīvotājam neatkarīgi no vecuma, dzimuma vai sociālā stāvokļa. Valmiera tīklā ir kopš 2016. gada, Ventspils — kopš 2022. gada.
landing-benefits-heading = Ko dalība dod pilsētai
landing-benefit-1 = Starptautiskās pieredzes apmaiņu par mūžizglītības veicināšanu pašvaldībās.
landing-benefit-2 = Mudinājumu apzināt vietējās mācīšanās iespējas, ko piedāvā valsts, pašvaldība un nevalstiskās organizācijas.
landing-benefit-3 = Sadarbību izglītības jomā ar pilsētām visā pasaulē un iespēju mācīties no to pieredzes.
landing-benefit-4 = Atbalstu reģionālu un starptautisku konferenču rīkošanā.
landing-benefit-5 = Piekļuvi UNESCO Mūžizglītības institūta, UNESCO un ANO partneru materiāliem pilsētas izglītības piedāvājuma pilnveidei.
landing-benefit-6 = Iespēju pretendēt uz UNESCO Izglītības pilsētu balvu.
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

account-title = Mans konts
account-welcome = Sveicināti, { $name }!
account-role = Loma
account-city = Pilsēta
account-email = E-pasta adrese

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
admin-users-invited = Uzaicinājums nosūtīts uz { $email }.
admin-users-list-heading = Esošie konti
admin-users-status = Statuss
admin-users-status-active = Aktīvs
admin-users-status-invited = Uzaicināts

password-title = Izvēlieties paroli
password-new = Jaunā parole
password-confirm = Atkārtojiet paroli
password-hint = Vismaz 10 rakstzīmes. Īsu teikumu ir viegli atcerēties un grūti uzminēt.
password-submit = Saglabāt paroli
password-done = Parole saglabāta. Tagad varat pieslēgties.

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
error-not-editable = Šis pieteikums ir iesniegts, un to šeit vairs nevar mainīt.
error-no-cycle = Pieteikšanās nav atvērta vai izsludināta, tāpēc pieteikumu vēl nevar sākt.
error-too-large = Teksts ir par garu, lai to saglabātu. Saīsiniet to un mēģiniet vēlreiz.
error-link-expired = Saite ir novecojusi vai jau izmantota. Lūdziet Komisijas sekretārei jaunu.
error-internal = Mūsu pusē radās kļūda. Nekas netika mainīts. Lūdzu, mēģiniet vēlreiz; ja kļūda atkārtojas, ziņojiet Komisijai.
error-transport = Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
error-email-required = Ievadiet e-pasta adresi.
error-email-invalid = Ievadiet e-pasta adresi formā vards@piemers.lv.
error-email-taken = Konts ar šo e-pasta adresi jau ir.
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

    UNESCO Latvijas Nacionālā komisija

footer-address = Pils laukums 4–206, Rīga, LV-1050
footer-contact = office@unesco.lv · +371 67 325 109

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
