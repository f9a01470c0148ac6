app-name = Pieteikums
app-tagline = Applications to the UNESCO Global Network of Learning Cities
app-commission = Latvian National Commission for UNESCO
app-loading = Loading…
skip-to-content = Skip to main content
language-name = English
language-switcher-label = Language
nav-main = Main menu
nav-menu = Menu
nav-home = Home
nav-login = Sign in
nav-logout = Sign out
nav-account = My account
nav-admin-users = Accounts
nav-cities = Cities

landing-title = Join the UNESCO Global Network of Learning Cities
landing-lead = Latvian cities apply to the network through the Latvian National Commission for UNESCO. Prepare, sign and send your application here, and follow its progress until the decision.
landing-network-heading = What the network is
landing-network-text = The UNESCO Global Network of Learning Cities, run by the UNESCO Institute for Lifelong Learning, links cities that make lifelong learning a real option for every resident, whatever their age, gender or background.
network-benefits-heading = What membership gives a city
network-benefit-1 = Exchange of international experience in promoting lifelong learning in municipalities.
network-benefit-2 = A reason to map the learning offered locally by the state, the municipality and non-governmental organisations.
network-benefit-3 = Cooperation in education with cities around the world, and learning from their experience.
network-benefit-4 = Support for organising regional and international conferences.
network-benefit-5 = Access to materials of the UNESCO Institute for Lifelong Learning, UNESCO and UN partners for improving what the city offers.
network-benefit-6 = The chance to compete for the UNESCO Learning City Award.
landing-steps-heading = How applying works
landing-step-1 = Read the network's membership rules and guiding documents: the Beijing Declaration on Building Learning Cities and the Key Features of Learning Cities.
landing-step-2 = Your city's leadership decides to apply, and the mayor commits to the guiding documents.
landing-step-3 = Fill in the application form here, in English or French, and upload the page signed and stamped by the mayor.
landing-step-4 = Submit it to the National Commission while the window is open; a copy goes to the network's secretariat.
landing-step-5 = The Commission reviews it. If it endorses the application, it forwards it to the UNESCO Institute for Lifelong Learning with a copy to your city, or your city sends the endorsed application itself.
landing-window-heading = The { $year } application window
landing-window-opens = Opens: { $datetime }
landing-window-closes = Closes: { $datetime }
landing-window-not-open = The window is not open yet.
landing-window-open = The window is open: applications are being accepted.
landing-window-closed = The window is closed. The next one is announced here.
landing-no-cycle = No application window has been announced yet.
landing-quota = { $count ->
    [one] The Commission may endorse at most { $count } city this year.
   *[other] The Commission may endorse at most { $count } cities this year.
}
landing-sign-in = Sign in to apply

countdown-opens-in = Opens in
countdown-closes-in = Closes in
countdown-passed = The deadline has passed.
countdown-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
countdown-riga-time = { $datetime } (Riga time)
countdown-your-time = Your time: { $datetime }

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
time-datetime = { $day } { $month } { $year }, { $time }

login-title = Sign in
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-help = Accounts are created by the National Commission's secretary. If you have no account yet, write to office@unesco.lv.
login-forgot = Forgot your password?

account-title = My account
account-welcome = Welcome, { $name }.
account-role = Role
account-city = City
account-email = E-mail address
account-profile-heading = Your name and language
account-full-name = Full name
account-mail-language = Language of your e-mails
account-mail-language-hint = Pages follow the language you choose at the top; e-mails to you are written in this one.
account-profile-save = Save
account-profile-saved = Your name and language are saved.
account-password-heading = Change your password
account-password-hint = You stay signed in here; every other device where you are signed in is signed out.
account-current-password = Current password
account-password-save = Change password
account-password-changed = Your password is changed. Other devices are signed out.
account-error-current-password = The current password is not right.
account-data-heading = Your data
account-data-hint = Download a copy of everything Pieteikums stores about you: your account, the history of what you did, the e-mails sent to you, the answers you saved and the files you uploaded, as JSON in a ZIP file.
account-data-download = Download my data (ZIP)

admin-users-title = Accounts
admin-users-invite-heading = Invite a person
admin-users-invite-hint = They receive an e-mail with a link to choose their password. The link works once, for 72 hours.
admin-users-email = E-mail address
admin-users-full-name = Full name
admin-users-role = Role
admin-users-city = City
admin-users-city-hint = Only for city applicants.
admin-users-language = Language of e-mails
admin-users-choose = Choose…
admin-users-submit = Send invitation
admin-users-invited = The invitation is sent.
admin-users-list-heading = Existing accounts
admin-users-status = Status
admin-users-status-active = Active
admin-users-status-invited = Invited
admin-users-status-expired = Invitation expired
admin-users-status-deactivated = Deactivated
admin-users-status-erased = Erased
admin-users-last-sign-in = Last signed in
admin-users-never = Never
admin-users-link-expires = link valid until { $datetime }
admin-users-link-expired = link expired { $datetime }
admin-users-change = change
admin-users-change-heading = Change { $name }'s account
admin-users-back = Back to inviting a person
admin-users-change-submit = Save role and city
admin-users-changed = The account is changed.
admin-users-actions-hint = Deactivating signs the person out on every device at once and keeps them out; their reviews, decisions and history stay under their name. A new invitation makes every earlier link stop working.
admin-users-deactivate = Deactivate
admin-users-reactivate = Reactivate
admin-users-resend = Send a new invitation
admin-users-error-last-secretary = This is the only active secretary. Invite or activate another secretary first.
admin-users-erased-name = Former user { $id }
admin-users-erase-heading = Erase this person
admin-users-erase-hint = For a person who has left. Their name becomes "Former user" and a number; their e-mail address, telephone and name disappear from every form, comment, record and e-mail; they are signed out and can never sign in again. Their reviews and decisions stay under that label. This cannot be undone.
admin-users-erase-confirm = I understand that this person's details are erased for good
admin-users-erase = Erase the person
admin-users-erased-hint = This person was erased. What they did stays under this label; nothing else about them is kept.
admin-users-error-erase-confirm = Tick the box to confirm that the person is to be erased.
admin-users-cities-link = Cities that may apply

password-title = Choose your password
password-new = New password
password-confirm = Repeat the password
password-hint = At least 10 characters. A short sentence is easy to remember and hard to guess.
password-submit = Save password
password-done = Your password is saved. You can sign in now.
password-forgot-title = Forgot your password
password-forgot-lead = Enter the e-mail address of your account. We will send you a link to choose a new password; it works once, for 60 minutes.
password-forgot-submit = Send the link
password-forgot-sent = If this address has an account, a link to choose a new password is on its way. It works once, for 60 minutes. Nothing arrived? Check the spam folder, or ask the Commission's secretary.
password-forgot-back = Back to sign in
cities-title = Cities
cities-lead = The Latvian cities and municipalities that may apply. A city that has accounts, applications or a membership is never deleted: retire it instead, and its history stays.
cities-list-heading = All cities
cities-name = Name
cities-name-hint = As people in Latvia write it, for example Cēsis.
cities-official-name = Official name for UIL
cities-official-name-hint = Only if UIL should read another name, for example Valmieras valstspilsēta.
cities-website = Website
cities-references = Accounts and applications
cities-references-text = { $people ->
    [one] 1 account
   *[other] { $people } accounts
}, { $applications ->
    [one] 1 application
   *[other] { $applications } applications
}
cities-member = Member city
cities-status = Status
cities-status-open = May apply
cities-status-retired = Retired
cities-change = change
cities-new-heading = Add a city
cities-edit-heading = Change { $city }
cities-new-link = Add another city instead
cities-save = Save city
cities-saved = The city is saved.
cities-retire = Retire this city
cities-retire-hint = A retired city can no longer start an application or be given to a new account. Everything it already has stays.
cities-reinstate = Reinstate this city
cities-reinstate-hint = This city is retired. Reinstating it lets it apply again.
cities-error-name-taken = A city with this name already exists (names are compared without regard to capital letters).
apply-error-city-retired = Your city is no longer among the cities that may apply. Write to the Commission's secretary.

role-city-applicant = City applicant
role-commission-reviewer = Commission reviewer
role-commission-secretary = Commission secretary

status-draft = Draft
status-submitted = Submitted
status-in-review = In review
status-changes-requested = Changes requested
status-resubmitted = Resubmitted
status-endorsed = Endorsed
status-forwarded-to-uil = Forwarded to UIL
status-sent-by-city = Sent to UIL by the city
status-rejected = Not endorsed
status-withdrawn = Withdrawn
status-accepted-by-uil = Accepted by UIL
status-not-accepted-by-uil = Not accepted by UIL

error-summary-title = There is a problem
error-validation = Check the highlighted fields.
error-invalid-credentials = The e-mail address or password is not right.
error-rate-limited = Too many attempts. Wait a few minutes and try again.
error-unauthenticated = Sign in to continue.
error-forbidden = Your account may not do this.
error-not-found = We could not find that.
error-conflict = Someone else changed this in the meantime.
error-not-editable = This form has been sent and can no longer be changed here.
error-no-cycle = No application window is open or announced, so an application cannot be started yet.
error-too-large = This is too long to save. Shorten it and try again.
error-link-expired = This link has expired or has already been used. Ask for a new one under "Forgot your password?" on the sign-in page.
error-internal = Something went wrong on our side. Nothing was changed. Please try again; if it happens again, tell the Commission.
error-unavailable = The service is unavailable for a moment. Nothing was changed. Please try again in a minute.
error-timed-out = The server took too long to answer and stopped. Nothing was changed. Please try again in a minute; if it keeps happening, tell the Commission.
error-transport = The server could not be reached. Check your connection and try again.
form-sending = Sending…
error-email-required = Enter an e-mail address.
error-email-invalid = Enter an e-mail address like name@example.lv.
error-email-taken = An account with this e-mail address already exists. If the person's invitation has expired, send a new one from their account in the list.
error-name-required = Enter the full name.
error-name-too-long = The name can be at most 200 characters long.
error-password-too-short = The password must be at least 10 characters long.
error-password-too-long = The password can be at most 256 characters long.
error-password-mismatch = The two passwords are not the same.
error-role-required = Choose a role.
error-city-required = Choose the city this person applies for.
error-language-required = Choose a language.

not-found-title = Page not found
not-found-text = The address may be mistyped, or the page may have moved.
not-found-home = Go to the home page

mail-invitation-subject = Your Pieteikums account
mail-invitation-body =
    Hello { $name },

    the Latvian National Commission for UNESCO has opened an account for you in Pieteikums, where Latvian cities apply to the UNESCO Global Network of Learning Cities.

    Choose your password here (the link works once, for { $hours } hours):
    { $link }

    If you did not expect this e-mail, you can ignore it.

    How we handle your personal data: { $privacy }

    Latvian National Commission for UNESCO

mail-reset-subject = Choose a new Pieteikums password
mail-reset-body =
    Hello { $name },

    someone (we hope you) asked for a new password for your Pieteikums account.

    Choose it here (the link works once, for { $minutes } minutes):
    { $link }

    If you did not ask for it, ignore this e-mail: your password stays as it is.

    How we handle your personal data: { $privacy }

    Latvian National Commission for UNESCO

footer-address = Pils laukums 4–206, Rīga, LV-1050
footer-contact = office@unesco.lv · +371 67 325 109
footer-privacy = Personal data
privacy-title = How we handle personal data
privacy-lead = Pieteikums is run by the Latvian National Commission for UNESCO. It keeps only what the application to the UNESCO Global Network of Learning Cities and the review of it need.
privacy-controller-heading = Who is responsible
privacy-controller = The controller of the personal data in Pieteikums is { $controller }. For anything about your data, write to { $contact }.
privacy-stored-heading = What is stored
privacy-stored-accounts = Accounts: name, e-mail address, role, city, the language of your e-mails, when you last signed in; the password only as a one-way hash.
privacy-stored-answers = The answers of applications and progress reports, including the names, positions and contact details of the mayor and of the city's contact person.
privacy-stored-files = The files a city uploads: the application signed and stamped by the mayor, and supporting documents.
privacy-stored-reviews = The Commission's reviews, scores, internal comments and decisions, each under its author's name.
privacy-stored-log = A record of who changed what and when, so that every decision can be traced.
privacy-stored-mail = The e-mails Pieteikums sends (to whom, about what, and their text) and whether they were delivered.
privacy-stored-attempts = To slow down password guessing, counts of recent sign-in and password-reset attempts per account and per internet address, kept under a one-way code and deleted within two days. The server's log names the internet address of each request.
privacy-why-heading = Why
privacy-why = To receive, review and decide on Latvian cities' applications to the network, to forward endorsed applications to the UNESCO Institute for Lifelong Learning (UIL), and to follow the member cities' progress reports; the accounts and the record of changes keep this secure and accountable.
privacy-why-basis = This is a task the Commission carries out in the public interest (Article 6(1)(e) of the General Data Protection Regulation). Pieteikums sets only the cookie that keeps you signed in and the one that remembers your language; there is no tracking and no advertising.
privacy-who-heading = Who sees it
privacy-who-city = A city's own people see their city's applications and reports.
privacy-who-commission = The Commission's secretary and reviewers see submitted applications and reports, their files and the reviews; a reviewer with a conflict of interest does not see that city's.
privacy-who-uil = UIL receives a copy of each submitted application, and the application with the Commission's endorsement when the Commission forwards it; UNESCO then handles it under its own rules.
privacy-who-nobody = Nobody else: the data is not sold, shared for marketing, or sent outside the purposes above.
privacy-how-long-heading = How long it is kept
privacy-how-long-drafts = An application or report that was never submitted is deleted with its files { $drafts } days after it was started.
privacy-how-long-mail = The text of a sent e-mail is deleted after { $mail } days; the note that it was sent stays.
privacy-how-long-records = Submitted applications and reports, reviews and decisions are the Commission's records and are kept as the law on archives requires. An account stays until the person leaves and is erased.
privacy-rights-heading = Your rights
privacy-rights = You may ask for a copy of everything stored about you, for a correction, or for your data to be erased or its use restricted: write to { $contact }. On your account page you can change your name, e-mail language and password yourself, and download a copy of your data.
privacy-rights-erasure = When a person is erased, their name, e-mail address and other personal details are replaced by "Bijušais lietotājs" ("former user" in Latvian) and a number; the reviews and decisions they took stay under that label, so that the Commission's records still add up.
privacy-complaint-heading = Complaints
privacy-complaint = If you think your data is handled wrongly, you may complain to the Data State Inspectorate of Latvia (Datu valsts inspekcija, www.dvi.gov.lv).

error-required = This is required.
error-too-many-words = This answer is over the word limit. Shorten it.
error-line-too-long = Keep this to one line of at most 300 characters.
error-url-invalid = Enter a web address like https://www.valmiera.lv.
error-phone-invalid = Enter the number with its country code, like +371 67 325 109.
error-postcode-invalid = Enter a Latvian postcode like LV-1050.
error-number-invalid = Enter a number, like 23 050 or 19,35.
error-number-whole = Enter a whole number.
error-number-too-small = This number is too small.
error-number-too-large = This number is too large.
error-year-invalid = Enter the year the figure describes, from 1990 to the year of this application.
error-rating-invalid = Choose a rating from 1 to 5.
error-choice-invalid = Choose one of the options.
error-unsigned-confirm = Upload the signed endorsement first, or tick that the unsigned print goes instead.
error-conflict-exists = This reviewer already has a conflict of interest with this city.

wizard-section-city = City
wizard-section-mayor = Mayor
wizard-section-contact = Contact person
wizard-section-city-profile = City profile
wizard-section-narrative = Motivation and plans
wizard-section-interests = Interests and expertise
wizard-section-pledge = Commitment
wizard-state-not-started = Not started
wizard-state-in-progress = In progress
wizard-state-complete = Complete
wizard-state-has-errors = Has errors
nav-apply = Application

error-window-closed = The application window is closed, so the application cannot be submitted now. The window's dates are shown on this page.
error-incomplete = Some answers are missing or need fixing. They are listed on the check-your-answers page.
error-malformed = The form could not be read. Reload the page and try again.

apply-title = Your application
apply-application-of = { $city }: application { $year }
apply-start-hint = Your city has no application for this window yet. Anyone of your city's team can start it; everyone in the team can then work on it.
apply-start = Start the application

wizard-progress = You have completed { $done } of { $total } sections.
wizard-answer-language = UIL reads applications and reports in English or French, so write your answers in one of these languages. The pages around them stay in the language you chose.
wizard-last-edit = Last edited by { $name } on { $datetime } (Riga time).
wizard-back-to-tasks = Back to the overview
wizard-save-continue = Save and continue
wizard-save-later = Save and come back later
wizard-previous = Previous section
wizard-intro-city = The city that applies. The country is Latvia.
wizard-intro-mayor = The mayor commits the city to the network and signs the application.
wizard-intro-contact = The person UIL and the Commission write to about the application and, later, about the city's membership.
wizard-intro-city-profile = UIL publishes these figures on the city's profile. Give each figure with the year it describes.
wizard-intro-narrative = Two short answers of at most 200 words each.
wizard-intro-interests = Rate how much your city wants to learn about and share in each area: 1 means little, 5 means very much.
wizard-intro-pledge = By applying, the city adopts the network's guiding documents. After you submit, print the application for the mayor to sign and stamp.
wizard-city-name = Name of the city
wizard-city-website = The city's official website
wizard-city-website-hint = For example, www.valmiera.lv
wizard-salutation = Salutation
wizard-salutation-ms = Ms
wizard-salutation-mr = Mr
wizard-surname = Surname
wizard-first-name = First name
wizard-mayor-title = Exact official title
wizard-mayor-title-hint = As it appears on official documents, for example "Chairman of Valmiera Municipal Council".
wizard-contact-title = Exact title
wizard-contact-organisation = Organisation
wizard-contact-organisation-hint = Only if the contact person does not work for the municipality.
wizard-contact-address = Postal address
wizard-contact-postcode = Postcode
wizard-contact-postcode-hint = For example, LV-4201
wizard-contact-phone = Telephone
wizard-contact-phone-hint = With the country code, for example +371 64 207 120
wizard-contact-email = E-mail address
wizard-contact-language = Language of communication
wizard-language-en = English
wizard-language-fr = French
wizard-population = Population
wizard-population-hint = Number of inhabitants.
wizard-area = Area (km²)
wizard-area-hint = In square kilometres, for example 19,35.
wizard-city-gdp = The city's GDP per capita (USD)
wizard-country-gdp = The country's GDP per capita (USD)
wizard-gdp-hint = In US dollars per person.
wizard-schooling-men = Average years of schooling, men
wizard-schooling-women = Average years of schooling, women
wizard-schooling-hint = In years, for example 13,1.
wizard-figure-value = Figure
wizard-figure-year = Year of the figure
wizard-narrative-context = (a) The city's social context and its motivation to join the network
wizard-narrative-context-hint = At most 200 words.
wizard-narrative-implementation = (b) How the city implements, or plans to implement, the learning-city concept
wizard-narrative-implementation-hint = At most 200 words. Add links to reports or plans where they exist.
wizard-area-inclusive-learning = Inclusive learning, from basic to higher education
wizard-area-learning-in-families-and-communities = Learning in families and communities
wizard-area-learning-for-and-in-the-workplace = Learning for and in the workplace
wizard-area-modern-learning-technologies = Modern learning technologies
wizard-area-quality-in-learning = Quality in learning
wizard-area-culture-of-learning = A culture of learning throughout life
wizard-area-political-will = Political will and commitment
wizard-area-governance-and-participation = Governance and participation of all stakeholders
wizard-area-mobilisation-of-resources = Mobilising and using resources
wizard-pledge-adopts = The City of { $city } applies to join the UNESCO Global Network of Learning Cities and adopts the Beijing Declaration on Building Learning Cities and the Key Features of Learning Cities.

field-error-prefix = Error:
field-words-left = { $count ->
    [one] You have { $count } word left
   *[other] You have { $count } words left
}
field-words-over = { $count ->
    [one] { $count } word too many
   *[other] { $count } words too many
}

window-notice-label = Application window
window-warning-week = The application window closes in less than 7 days.
window-warning-day = The application window closes in less than 24 hours. Submit soon.
window-warning-hour = The application window closes in less than an hour. Submit now.
window-closed-on = The application window closed on { $datetime } (Riga time).

save-pending = Changes not saved yet…
save-saving = Saving…
save-saved-at = Saved at { $time }
save-offline = You are offline. Your changes are kept on this device and will be saved when the connection is back.
save-unavailable = The service is unavailable for a moment. Your changes are kept on this device and will be saved as soon as it is back.
save-refused = Not saved: { $reason }

conflict-title = Someone else changed this section
conflict-text = { $name } saved this section on { $datetime } (Riga time), after you opened it. Nothing has been overwritten. Choose which answers to keep.
conflict-theirs = Their answer:
conflict-yours = Your answer:
conflict-keep-mine = Keep my answers
conflict-take-theirs = Use their answers

check-title = Check your answers and submit
check-yes = Yes
check-figure = { $value } ({ $year })
check-change = Change
check-not-answered = Not answered
check-cannot-submit = Complete every section and upload the signed application before you submit. The problems are listed at the top of this page.
check-submit-heading = Submit the application
check-submit-text = The application goes to the Latvian National Commission for UNESCO, with a copy to UIL. After you submit, the answers cannot be changed unless the Commission asks for changes.
check-submit = Submit the application

submitted-title = Application submitted
submitted-text = The application of { $city } is with the Latvian National Commission for UNESCO. We have sent a confirmation by e-mail.
submitted-next-heading = What happens next
submitted-next-text = The Commission reviews the application and decides whether to endorse it. You see the decision here as soon as it is made.

mail-submitted-city-subject = { $city }: application { $year } submitted
mail-submitted-city-body =
    Hello,

    { $name } has submitted the application of { $city } to the UNESCO Global Network of Learning Cities ({ $year }) to the Latvian National Commission for UNESCO. A copy went to UIL.

    The application as submitted is attached as a PDF. You can see the answers and follow the application here:
    { $link }

    Latvian National Commission for UNESCO
mail-submitted-commission-subject = New application to the GNLC: { $city } ({ $year })
mail-submitted-commission-body =
    { $city } has submitted its application to join the UNESCO Global Network of Learning Cities ({ $year }), submitted by { $name }.

    The application as submitted is attached as a PDF; the mayor's signed scan is on the site. It is ready for review:
    { $link }

    This copy is sent to UIL as the network's regulations ask.

    Pieteikums, Latvian National Commission for UNESCO

mail-withdrawn-commission-subject = { $city } has withdrawn its application ({ $year })
mail-withdrawn-commission-body =
    { $city } has withdrawn its application to join the UNESCO Global Network of Learning Cities ({ $year }), for this reason:

    { $reason }

    The application and everything the city sent stay on its page, with the withdrawal in its history:
    { $link }

error-upload-no-file = Choose a file to upload.
error-upload-no-kind = Choose what the file is.
error-upload-type = The file must be a PDF, JPEG or PNG. What counts is its content, not its name.
error-upload-too-large = The file is larger than 10 MB. Scan at a lower resolution or split it.
error-upload-too-many = This application already has the most files it can carry (30). Remove one first.

attachments-title = Signature and attachments
attachments-intro = Download the application as a PDF, have the mayor sign and stamp it, and upload the scan here. The PDF is in English, or in French if French is your language of communication: the languages UIL reads. If you change answers after the mayor has signed, print and sign it again. You can add supporting documents too. Only your city's team and the Commission can open these files.
attachments-uploaded-by = uploaded by { $name } on { $datetime }
attachments-remove = Remove
attachments-preview = Preview
attachments-preview-of = Preview of { $name }
attachments-open-tab = Open in a new tab
attachments-kind-signed = Signed application (scan)
attachments-kind-supporting = Supporting document
attachments-kind-signed-endorsement = Signed endorsement of the Commission (scan)
attachments-uploaded = The file is uploaded.
attachments-none = No files yet.
attachments-add-heading = Add a file
attachments-kind = What is the file?
attachments-file = File
attachments-file-hint = PDF, JPEG or PNG, at most 10 MB.
attachments-upload = Upload the file
attachments-uploading = Uploading…
attachments-count = { $count ->
    [one] { $count } file
   *[other] { $count } files
}

## The printed application
error-not-signed = Upload the scan of the application signed and stamped by the mayor before you submit.
attachments-print = Download the application to print (PDF)
pdf-title = Application to join the UNESCO Global Network of Learning Cities
pdf-city-cycle = { $city }, application cycle { $year }
pdf-printed = Printed on { $datetime } (Riga time). Status: { $status }.
pdf-answers-language = The answers are given in English or French, as UIL asks.
pdf-signature-heading = Signature of the mayor
pdf-signature-text = On behalf of { $city }, I confirm that the information in this application is correct and that the city makes the commitments it states.
pdf-signature-name = Name
pdf-signature-title = Title
pdf-signature-signature = Signature
pdf-signature-date = Date
pdf-signature-stamp = Official stamp
pdf-footer = { $city } · page { $page } of { $pages }
pdf-file-name = GNLC-application-{ $city }-{ $year }.pdf

## The live feed
live-connected = Live — updates by itself
live-reconnecting = Reconnecting…

# The Commission's review board
nav-board = Review board
countdown-decision-due-in = The Commission decides in
error-too-long = This is too long. Shorten it.
board-title = Review board
board-title-year = Review board { $year }
board-quota = Endorsed { $used } of { $quota } this year
board-count = Showing { $count } of { $total } applications
board-empty = No application matches. Submitted applications appear here as they arrive.
board-column-city = City
board-column-status = Status
board-column-submitted = Submitted
board-column-reviews = Reviews
board-column-score = Score
board-column-mine = My review
board-column-activity = Last activity
board-version = version { $version }
board-reviews = { $done } of { $needed }
board-score = { $mean } (spread { $spread })
board-score-hidden = shown after your review
board-tally = endorse { $endorse } · changes { $changes } · do not endorse { $reject }
board-mine-none = —
board-mine-not-started = Not started
board-mine-draft = Draft
board-mine-submitted = Submitted
board-mine-recused = Conflict declared
board-filters = Filter applications
board-filter-text = City
board-filter-status = Status
board-filter-any = Any status
board-filter-sort = Order
board-filter-year = Cycle
board-filter-current = Current cycle
board-filter-mine = Needs my review
board-filter-unscored = Not yet scored
board-filter-apply = Show
board-sort-activity = Latest activity first
board-sort-city = City, A to Z
board-sort-submitted = Submitted first
board-sort-score = Highest score first
recommendation-endorse = Endorse
recommendation-request-changes = Ask for changes
recommendation-reject = Do not endorse
wizard-area-commitment-and-plan = Quality of the commitment and the plan
desk-title = Application review
desk-back = Back to the review board
desk-reviews-heading = Reviews
desk-reviews-hidden = Other reviewers' scores are shown once you have submitted your own review.
desk-reviews-none = No review has been submitted yet.
desk-recused = Declared a conflict of interest: { $names }
desk-presence = Also viewing this page now: { $names }
desk-printed = The application as a PDF
desk-answers-heading = Answers
desk-history-heading = History
desk-review-by = { $name }, version { $version }, { $datetime }
desk-review-mean = mean { $mean }
desk-review-closed = The Commission has decided on this application, so reviews are closed.
desk-my-review = Your review
desk-review-revise = You have submitted your review. Submitting again keeps it and adds a new version.
desk-scale-hint = Score each criterion from 1 (weak) to 5 (strong), with a comment where it helps.
desk-criterion-comment = Comment (optional)
desk-recommendation = Your recommendation
desk-overall-comment = Overall comment (optional)
desk-review-submit = Submit review
desk-review-save-draft = Save as draft
desk-review-saved = Your draft is saved. Only you can see it.
desk-review-submitted = Your review is submitted.
desk-conflict-heading = I have a conflict of interest with this city
desk-conflict-text = Declare a conflict if you work for the city or are close to its application. You will take no further part in its review, and the secretary will see your declaration.
desk-conflict-note = Note for the secretary (optional)
desk-conflict-declare = Declare a conflict of interest
desk-conflict-declared = Your conflict of interest is recorded. This application is no longer shown to you.
history-signed-in = signed in
history-account-invited = invited a person
history-password-set = set their password
history-account-changed = changed an account's role or city
history-account-deactivated = deactivated an account
history-account-reactivated = reactivated an account
history-invitation-resent = sent an invitation again
history-account-erased = erased a person's data
history-personal-data-copied = downloaded their own data
history-profile-changed = changed their profile
history-password-changed = changed their password
history-password-reset-requested = asked for a new password
history-secretary-added = added the secretary's account
history-city-added = added a city
history-city-changed = changed a city
history-city-retired = retired a city
history-city-reinstated = reinstated a city
history-retention-run = deleted what had outlived its retention period
history-cycle-created = created a cycle
history-cycle-changed = changed a cycle
history-cycle-extended = extended an open window
history-member-registered = registered a member city
history-member-changed = changed a member city
history-report-due-moved = moved a report's due date
history-report-started = started a progress report
history-report-submitted = sent a progress report
history-report-forwarded = forwarded a progress report to UIL
history-reminders-on = switched reminders on
history-reminders-off = switched reminders off
history-application-started = started the application
history-application-submitted = submitted the application
history-application-resubmitted = resubmitted the application
history-attachment-added = added a file
history-attachment-removed = removed a file
history-review-started = started the review
history-review-submitted = submitted a review
history-conflict-declared = declared a conflict of interest
history-conflict-recorded = recorded a conflict of interest
history-conflict-removed = removed a conflict of interest

# Decisions
error-not-now = This is not possible at the application's present stage. The page shows where it stands.
error-quota-reached = The national quota is used: the Commission may endorse { $quota ->
    [one] one application
   *[other] { $quota } applications
} this cycle and has endorsed { $cities }. Reopen one of those decisions first.
error-confirm-required = Tick the box to confirm the decision.
decision-submit = Submit
decision-start-review = Start the review
decision-request-changes = Ask the city for changes
decision-resubmit = Resubmit
decision-endorse = Endorse the application
decision-forward-to-uil = Forward the endorsed application to UIL
decision-record-sent-by-city = Record that the city sent it to UIL
decision-reject = Do not endorse
decision-withdraw = Withdraw
decision-record-uil-accepted = Record UIL's acceptance
decision-record-uil-not-accepted = Record that UIL did not accept it
decision-reopen-decision = Reopen the decision
desk-decide-heading = Decision
desk-decide-action = What does the Commission decide?
desk-decide-reason = Reason or remarks
desk-decide-reason-hint = Required when asking for changes, not endorsing or reopening: the city reads it in its e-mail. With an endorsement it is printed as the Commission's remarks.
desk-decide-section-comments = Comments on single sections (with a request for changes)
desk-decide-confirm = I confirm this decision on behalf of the Commission.
desk-decide-unsigned = No signed scan is uploaded: send UIL the unsigned print of the endorsement instead.
desk-decide-submit = Record the decision
desk-decisions-heading = Decisions
desk-decision-by = { $decision } — { $name }, { $datetime }
desk-endorsement-download = The Commission's endorsement (PDF)
desk-signed-upload = Upload the signed endorsement
desk-signed-text = Print the endorsement, have it signed and stamped, then upload the scan (PDF, JPEG or PNG, at most 10 MB). It goes to UIL in place of the unsigned print, and the city sees it with its package. A new upload replaces the previous scan.
desk-signed-missing = The signed and stamped endorsement has not been uploaded yet.
desk-signed-heading = Signed endorsement
desk-changes-heading = Changed since the last submission
desk-changes-question = Question
desk-changes-before = Before
desk-changes-after = Now
desk-comments-heading = Comments
desk-comment-internal = internal
desk-comment-to-city = sent to the city
desk-comment-add = Add a comment for the Commission
desk-comment-post = Post the comment
desk-comment-posted = Your comment is posted.
wizard-changes-heading = The Commission asks for changes
wizard-endorsed-heading = The Commission has endorsed your application
wizard-endorsed-text = The endorsed package is the application, the signed scan and the Commission's endorsement. If the Commission does not forward it, send these to UIL (learningcities@unesco.org) and record it here.
wizard-sent-confirm = We have sent the endorsed application to UIL ourselves.
wizard-sent-record = Record that we sent it
wizard-signed-endorsement = The Commission's endorsement, signed and stamped (scan)
wizard-withdraw-heading = Withdraw the application
wizard-withdraw-text = Withdrawing ends this application: the Commission stops reviewing it and is told at once. Nothing the city sent is deleted. To apply again later, start a new application while the application window is open.
wizard-withdraw-reason = Why is the city withdrawing?
wizard-withdraw-confirm = I confirm that the city withdraws this application.
wizard-withdraw-button = Withdraw the application
history-comment-added = added a comment
history-decision-endorse = endorsed the application
history-decision-request-changes = asked the city for changes
history-decision-reject = decided not to endorse
history-decision-forward-to-uil = forwarded the application to UIL
history-decision-record-sent-by-city = recorded that the city sent it to UIL
history-decision-record-uil-accepted = recorded UIL's acceptance
history-decision-record-uil-not-accepted = recorded that UIL did not accept it
history-decision-reopen-decision = reopened the decision
history-decision-withdraw = withdrew the application
pdf-endorsement-title = Endorsement by the National Commission for UNESCO
pdf-endorsement-commission = Latvian National Commission for UNESCO, Pils laukums 4–206, Rīga LV-1050, Latvia
pdf-endorsement-statement = The Latvian National Commission for UNESCO endorses the application of { $city } to join the UNESCO Global Network of Learning Cities in the { $year } cycle.
pdf-endorsement-official = Endorsing official
pdf-endorsement-official-title = Secretary-General, Latvian National Commission for UNESCO
pdf-endorsement-date = Date
pdf-endorsement-remarks = Remarks
mail-decision-changes-city-subject = { $city }: the Commission asks for changes to the application { $year }
mail-decision-changes-city-body =
    Hello,

    The Latvian National Commission for UNESCO has read the application of { $city } ({ $year }) and asks for these changes:

    { $reason }

    The application is open for editing again; comments on single sections are shown next to them. When it is ready, submit it again:
    { $link }

    Latvian National Commission for UNESCO
mail-decision-rejected-city-subject = { $city }: the Commission's decision on the application { $year }
mail-decision-rejected-city-body =
    Hello,

    The Latvian National Commission for UNESCO has decided not to endorse the application of { $city } ({ $year }), for this reason:

    { $reason }

    You can read the application here:
    { $link }

    Latvian National Commission for UNESCO
mail-decision-endorsed-city-subject = { $city }: the Commission endorses the application { $year }
mail-decision-endorsed-city-body =
    Hello,

    The Latvian National Commission for UNESCO endorses the application of { $city } ({ $year }) to join the UNESCO Global Network of Learning Cities. The Commission forwards it to UIL with a copy to you, or you may send the endorsed application yourself; the endorsement can be downloaded here:
    { $link }

    Latvian National Commission for UNESCO
mail-decision-forwarded-uil-subject = GNLC application endorsed by the Latvian National Commission for UNESCO: { $city } ({ $year })
mail-decision-forwarded-uil-body =
    Dear colleagues,

    The Latvian National Commission for UNESCO endorses the application of { $city } to join the UNESCO Global Network of Learning Cities ({ $year }). Attached are the application, the signed application and the Commission's endorsement. The city is in copy.

    Latvian National Commission for UNESCO

# Outbox
nav-outbox = Outbox
outbox-title = Outbox
outbox-intro = Every mail the site sends. The mails of a decision wait here as drafts: read them, correct them if need be, and send them.
outbox-empty = No mail here: none written yet, or none matches the filters.
outbox-created-at = Written { $datetime }
outbox-sent-at = Sent { $datetime }
outbox-failed-after = Not sent after { $count } attempts:
outbox-to = To
outbox-cc = Copy
outbox-attachments = Attached
outbox-subject = Subject
outbox-body = Message
outbox-send = Send
outbox-send-again = Send again
outbox-show-body = Show the message
outbox-state-draft = Draft
outbox-state-queued = Sending
outbox-state-sent = Sent
outbox-state-failed = Failed
board-pages = Pages of the board
board-page = Page { $page } of { $pages }
board-page-previous = Previous page
board-page-next = Next page

## The secretary's cycles
nav-cycles = Cycles
cycles-title = Application cycles
cycles-list-heading = All cycles
cycles-year = Year
cycles-window = Application window
cycles-window-range = { $opens } – { $closes }
cycles-opens = Window opens (Riga time)
cycles-closes = Window closes (Riga time)
cycles-decision-due = Commission's decision due (Riga time)
cycles-quota = National quota
cycles-quota-hint = How many applications the Commission may endorse this year: 1 to 3.
cycles-applications = Applications
cycles-applications-count = { $submitted } submitted, { $endorsed } endorsed
cycles-scores-column = Scores shown early
cycles-scores-open = Reviewers see each other's scores before submitting their own
cycles-yes = Yes
cycles-no = No
cycles-edit = Change
cycles-new-heading = New cycle
cycles-edit-heading = Change the { $year } cycle
cycles-new-link = Make a new cycle instead
cycles-save = Save the cycle
cycles-saved = The { $year } cycle is saved.
cycles-error-year = Enter a year from 2000 to 2100.
cycles-error-time = Enter a date and time.
cycles-error-opens-year = The window must open in the cycle's year.
cycles-error-closes-before-opens = The window must close after it opens.
cycles-error-decision-before-close = The decision cannot be due before the window closes.
cycles-error-quota = Enter a whole number from 1 to 3.
cycles-error-year-taken = There is already a cycle for this year.
cycles-error-overlap = This window overlaps the window of another cycle.
cycles-error-already-open = The window has already opened, so its opening can no longer change.
cycles-error-past = This moment has passed. Choose a later one.
cycles-error-leaves-out = An application was submitted outside this window. The window must include every submission.
cycles-error-quota-below = More applications are already endorsed than this quota allows.
mail-cycle-extended-subject = The { $year } application window is extended
mail-cycle-extended-body = Hello,

    The Latvian National Commission for UNESCO has extended the { $year } application window for the UNESCO Global Network of Learning Cities. Applications now close on { $closes } (Riga time).

    Your city's application is saved as a draft. You can finish and submit it until then.

    Latvian National Commission for UNESCO

countdown-report-due-in = Report due in
nav-members = Member cities
footer-nav = About the network
footer-network = About the network
footer-members = Latvian member cities
landing-network-more = What membership gives a city and what it asks of it
landing-members-link = Latvian member cities
network-title = The UNESCO Global Network of Learning Cities
network-lead = The network, run by the UNESCO Institute for Lifelong Learning, links more than 425 cities (December 2025) that make lifelong learning a real option for every resident. Cities join through their country's National Commission for UNESCO; in Latvia, through this site.
network-obligations-heading = What membership asks of a city
network-obligation-report = A progress report every second year after joining, due by 31 March. A city that stops reporting can lose its membership.
network-obligation-quota = Each country may put forward at most three new cities a year.
network-obligation-activity = Taking part in the network's exchanges: sharing the city's practice and learning from other members.
network-features-heading = The Key Features of Learning Cities
network-features-text = Adopted in Beijing in 2013, the Key Features describe what a learning city does. Members plan and report against them.
network-blocks-heading = Building blocks
network-conditions-heading = Fundamental conditions
network-members-link = See the Latvian member cities
members-title = Latvian member cities
members-lead = Latvian cities in the UNESCO Global Network of Learning Cities, with the year each joined.
members-caption = Member cities, the year each joined and its website
members-none = No Latvian city is a member yet.
members-city = City
members-since = Member since
members-since-year = { $year }
members-website = Website
members-network-link = About the network and what membership gives a city
members-admin-title = Member cities
members-list-heading = The registry
members-joined = Joined
members-joined-here = { $year }, through this site
members-joined-before = { $year }, entered by the Commission
members-status = Status
members-status-active = Active
members-status-lapsed = Lapsed
members-contacts = Contact people
members-no-contacts = No accounts yet
members-next-report = Next progress report
members-report-period = The { $period } report
members-overdue = Overdue
members-due-was-moved = The due date was moved to { $due }.
members-no-report = None owed
members-edit = Change
members-new-heading = Enter a city that joined before this site
members-edit-heading = Change the record of { $city }
members-new-link = Enter another city instead
members-website-hint = Optional. The city's official site, starting with https://.
members-joined-year = Year it joined the network
members-joined-year-hint = For example 2016. Its first progress report here is the first one due after today.
members-save = Save the member city
members-saved = The member city is saved.
members-public-link = See the public list
members-due-heading = The due date of the { $period } report
members-due-text = Reports are due on 31 March (Riga time). Give the city more time here; its people are told the new date by e-mail.
members-due = Due (Riga time)
members-due-save = Move the due date
members-due-moved = The due date is moved and the city has been told.
members-error-joined-year = Enter the year the city joined: from 2013 to this year.
members-error-status = Choose whether the city is an active member.
members-error-already-member = This city is already a member.
members-error-city-taken = Another city already has this name.
members-error-joined-fixed = This city joined through this site: its year is UIL's decision and cannot change.
members-error-period = This city owes no report for that period.
members-error-due-time = Enter a date and time.
members-error-due-past = This moment has passed. Choose a later one.
members-error-report-submitted = This report is already submitted.
members-error-lapsed = A lapsed member owes no reports.
mail-report-due-moved-subject = New due date for your { $period } progress report
mail-report-due-moved-body = The Latvian National Commission for UNESCO has moved the due date of your city's { $period } progress report to the UNESCO Global Network of Learning Cities. It is now due by { $due } (Riga time).

nav-reminders = Reminders
nav-audit = Audit log
reminders-title = Reminders
reminders-lead = The site mails these by itself, in each person's language, when their time comes. A kind switched off for a year sends nothing that year.
reminders-year = Year
reminders-show = Show
reminders-kinds-heading = Kinds of reminder in { $year }
reminders-on = On
reminders-off = Off
reminders-switch-off = Switch off
reminders-switch-on = Switch on
reminders-upcoming-heading = Coming
reminders-sent-heading = Sent
reminders-when = Goes on
reminders-sent-at = Sent on
reminders-kind = Reminder
reminders-about = About
reminders-state = Will it go?
reminders-recipients = People
reminders-will-go = Yes
reminders-will-not-go = No, switched off
reminders-kind-lead = { $kind }, { $days ->
    [one] 1 day before
   *[other] { $days } days before
}
reminders-kind-window-opens = The application window opens
reminders-kind-window-closing = The window closes: applications not yet submitted
reminders-kind-report-due = A progress report is due
reminders-kind-report-overdue = A progress report is overdue
reminders-kind-review-waiting = An application has waited a week for a review
reminders-kind-decision-due = The Commission's decision is due
mail-reminder-window-opens-subject = The { $year } application window to the UNESCO Global Network of Learning Cities is open
mail-reminder-window-opens-body = Applications to join the UNESCO Global Network of Learning Cities are accepted until { $deadline } (Riga time). You can prepare and submit your city's application here: { $link }
mail-reminder-window-closing-subject = { $days ->
    [one] The application window closes tomorrow
   *[other] The application window closes in { $days } days
}
mail-reminder-window-closing-body = The application of { $about } is not submitted yet. The window closes on { $deadline } (Riga time); after that the Commission cannot accept it this year. Continue here: { $link }
mail-reminder-report-due-subject = { $days ->
    [one] Your { $year } progress report is due tomorrow
   *[other] Your { $year } progress report is due in { $days } days
}
mail-reminder-report-due-body = As a member of the UNESCO Global Network of Learning Cities, { $about } reports on its progress every second year. The { $year } report is due by { $deadline } (Riga time). { $link }
mail-reminder-report-overdue-subject = Your { $year } progress report is overdue
mail-reminder-report-overdue-body = The { $year } progress report of { $about } was due by { $deadline } (Riga time) and has not been submitted. A city that stops reporting can lose its membership; please send it as soon as you can or contact the Commission. { $link }
mail-reminder-review-waiting-subject = An application is waiting for your review: { $about }
mail-reminder-review-waiting-body = An application submitted more than a week ago has no review from you yet ({ $about }). The Commission's decision is due by { $deadline } (Riga time). Review it here: { $link }
mail-reminder-decision-due-subject = { $days ->
    [one] The Commission's { $year } decisions are due tomorrow
   *[other] The Commission's { $year } decisions are due in { $days } days
}
mail-reminder-decision-due-body = Some applications of { $year } are still undecided. The decisions are due by { $deadline } (Riga time). The review board: { $link }

deadlines-heading = Your next deadlines
deadlines-none = No deadline concerns you at the moment.
deadlines-calendar = Add to my calendar (.ics)
deadlines-window-opens = The { $year } application window opens
deadlines-window-closes = The { $year } application window closes
deadlines-decision-due = The Commission decides on the { $year } applications
deadlines-report-due = { $city }: the { $year } progress report is due
deadlines-calendar-description = Pieteikums, the Latvian National Commission for UNESCO: { $link }
reminders-none-coming = Nothing more is coming this year.
reminders-none-sent = Nothing has been sent this year yet.

nav-report = Progress reports
report-title = Progress reports
report-of = { $city }: progress report { $year }
report-not-member = Progress reports are for member cities of the network. Your city is not an active member, so it has no report to send here.
report-start-hint = The report starts from what your city wrote last time (its previous report, or its application), so you only update what has changed. Everyone in your city's team can work on it.
report-start = Start the progress report
report-section-learning-city-plan = Learning city plan
report-section-partnerships = Coordination and partnerships
report-section-resources = Mobilising and using resources
report-section-monitoring = Monitoring and evaluation
report-section-access-for-all = Access to learning for all
report-section-culture-of-learning = A culture of lifelong learning
report-section-innovation = Innovative practices
report-section-network-contributions = Contributions to the network
report-question-learning-city-plan = How has your city's learning city plan or strategy developed since you joined or last reported?
report-question-partnerships = How do the municipality, education providers, employers, civil society and residents now work together on lifelong learning?
report-question-resources = Which funds, people, places and partnerships has the city mobilised for learning, and how are they used?
report-question-monitoring = How does the city follow its progress, and what have its figures or evaluations shown?
report-question-access-for-all = What has the city done so that everyone, including people at risk of being left out, can take part in learning?
report-question-culture-of-learning = How does the city celebrate and encourage learning throughout life, e.g. learning festivals, libraries, museums?
report-question-innovation = Which new or unusual practices has the city tried, and what did it learn from them?
report-question-network-contributions = How has the city taken part in the network: events, cluster work, exchanges with other cities?
report-intro-progress = Describe what your city has done and achieved in this area since it joined or last reported, in at most 300 words, in English or French. Links to reports or web pages that show it are welcome.
report-narrative-hint = At most 300 words. Update last time's answer rather than starting again.
check-report-submit-heading = Send the report
check-report-submit-text = The report goes to the Latvian National Commission for UNESCO, which forwards it to UIL with your city in copy. After sending, the answers cannot be changed.
check-report-submit = Send the progress report
submitted-report-title = Progress report sent
submitted-report-text = The progress report of { $city } is with the Latvian National Commission for UNESCO. We have sent a confirmation by e-mail.
submitted-report-next-text = The Commission forwards the report to UIL and copies your city. Your next report is due two years on; the site will remind you.
attachments-report-intro = Add illustrations, case studies or statistics that support the report (PDF, JPEG or PNG). Only your city's team and the Commission can open these files.
error-not-member = Only active member cities of the network send progress reports, and this city is not one.
error-already-reported = This period's progress report has already been sent; a second one cannot be sent.
mail-report-submitted-city-subject = { $city }: progress report { $year } sent
mail-report-submitted-city-body =
    Hello,

    { $name } has sent the progress report of { $city } for { $year } to the Latvian National Commission for UNESCO, which forwards it to UIL with your city in copy.

    The report as sent is attached as a PDF. You can read it here:
    { $link }

    Latvian National Commission for UNESCO
mail-report-submitted-commission-subject = Progress report from { $city } ({ $year })
mail-report-submitted-commission-body =
    { $city } has sent its progress report for { $year }, sent by { $name }.

    The report is attached as a PDF and waits on the board to be forwarded to UIL:
    { $link }
pdf-report-title = Progress report of a member of the UNESCO Global Network of Learning Cities
pdf-report-city-period = { $city }, report due in { $year }
pdf-report-file-name = GNLC-progress-report-{ $city }-{ $year }.pdf
board-reports-title = Progress reports of member cities
board-reports-link = Progress reports of member cities

conflicts-title = Conflicts of interest
conflicts-link = Conflicts of interest
conflicts-reviewer = Reviewer
conflicts-city = City
conflicts-reason = Reason
conflicts-since = Since
conflicts-action = Change
conflicts-intro-secretary = A reviewer with a conflict of interest with a city takes no part in reviewing its applications: their reviews of it do not count and they do not see it. Record a conflict for any reviewer, or remove one entered by mistake. Each change is kept in the audit log with its reason.
conflicts-intro-reviewer = The conflicts of interest you declared or the secretary recorded for you. You can take back a declaration made by mistake until you have submitted a review of one of the city's applications; for anything else, ask the secretary.
conflicts-empty = No conflicts of interest are recorded.
conflicts-record-heading = Record a conflict of interest
conflicts-record = Record the conflict
conflicts-recorded = The conflict is recorded. The reviewer no longer sees the city's applications.
conflicts-recorded-by = recorded by { $name }
conflicts-remove = Remove
conflicts-remove-confirm = Remove the conflict
board-reports-city = City
board-reports-period = Report year
board-reports-due = Due
board-reports-status = Status
board-reports-action = Action
board-reports-empty = No member city owes or has sent a report.
board-reports-sent-on = Sent on { $datetime } (Riga time)
board-reports-not-started = Not started
board-reports-read = Read the report
board-reports-forward = Forward to UIL
mail-report-forwarded-subject = GNLC progress report of { $city } ({ $year }), from the Latvian National Commission for UNESCO
mail-report-forwarded-body =
    Dear colleagues,

    The Latvian National Commission for UNESCO forwards the progress report of { $city }, a member of the UNESCO Global Network of Learning Cities, for { $year }. The report and the city's supporting files are attached. The city is in copy.

    Latvian National Commission for UNESCO
attachments-report-title = Supporting files
check-report-title = Check your answers and send
report-owed = The { $year } progress report


audit-title = Audit log
audit-lead = Every change recorded by Pieteikums: who made it, when, what it was about, and the values before and after. Newest first.
audit-filters = Filter the audit log
audit-filter-kind = Event
audit-filter-person = Person
audit-filter-city = City
audit-filter-year = Cycle
audit-filter-from = From (day)
audit-filter-to = To (day)
audit-clear = Clear the filters
audit-count = { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
audit-download = Download these events (CSV)
audit-empty = No recorded event matches these filters.
audit-system = Pieteikums itself
audit-column-when = When (Riga time)
audit-column-who = Who
audit-column-what = What
audit-column-kind = Event identifier
audit-column-about = About
audit-column-before = Before
audit-column-after = After
audit-column-details = Details
audit-pages = Pages of the audit log
audit-filter-any = Any
audit-filter-apply = Show
export-heading = Download this board
export-hint = The applications this board shows with its filters, with each reviewer's scores where you may see them.
export-csv = Table (CSV)
export-xlsx = Excel workbook
export-meeting = Meeting sheet (PDF)
export-sheet-name = Board { $year }
export-column-city = City
export-column-status = Status
export-column-submitted = Submitted (Riga time)
export-column-version = Version
export-column-reviews-done = Reviews submitted
export-column-reviews-needed = Reviews needed
export-column-mean = Mean score
export-column-spread = Spread
export-column-endorse = Recommend endorsing
export-column-changes = Recommend changes
export-column-reject = Recommend not endorsing
export-column-criterion-mean = { $criterion }: mean
export-column-criterion-spread = { $criterion }: spread
export-column-reviewer-score = { $reviewer }: { $criterion }
export-column-reviewer-mean = { $reviewer }: mean
export-column-reviewer-recommendation = { $reviewer }: recommendation
export-column-decision = Decision
export-column-decided = Decided (Riga time)
export-decision-endorse = Endorsed
export-decision-request-changes = Changes requested
export-decision-reject = Not endorsed
meeting-title = Meeting sheet: applications of { $year }
meeting-footer = Meeting sheet { $year }
meeting-printed = Printed on { $datetime } (Riga time), with the scores the board showed then.
meeting-quota = Endorsed so far: { $used } of { $quota }. Places left: { $left }.
meeting-endorsed = Endorsed: { $cities }
meeting-to-decide = To decide, highest mean score first
meeting-none-to-decide = No application is waiting for a decision.
meeting-decided = Decided or withdrawn
meeting-column-rank = No.
meeting-column-city = City
meeting-column-status = Status
meeting-column-reviews = Reviews
meeting-column-score = Mean (spread)
meeting-column-tally = Recommendations
meeting-column-decision = Decision
meeting-no-score = no score yet
outbox-count = { $count ->
    [one] One mail
   *[other] { $count } mails
} · { $drafts ->
    [0] no draft waits to be sent
    [one] one draft waits to be sent
   *[other] { $drafts } drafts wait to be sent
}
outbox-pages = Pages of the outbox
outbox-filters = Filter the mails
outbox-filter-state = State
outbox-filter-purpose = What it is about
outbox-filter-any = Any
outbox-filter-text = Recipient or subject contains
outbox-filter-apply = Show
outbox-filter-clear = Clear the filters
outbox-purpose = About
outbox-purpose-account-invitation = Invitation to an account
outbox-purpose-password-reset = Password reset
outbox-purpose-application-submitted-city = Application submitted (to the city)
outbox-purpose-application-submitted-commission = Application submitted (to the Commission)
outbox-purpose-application-withdrawn-commission = Application withdrawn (to the Commission)
outbox-purpose-progress-report-submitted-city = Progress report sent (to the city)
outbox-purpose-progress-report-submitted-commission = Progress report sent (to the Commission)
outbox-purpose-progress-report-forwarded-uil = Progress report forwarded to UIL
outbox-purpose-cycle-extended = Application window extended
outbox-purpose-report-due-moved = Progress report date moved
outbox-purpose-reminder = Reminder
outbox-purpose-decision-changes-city = Changes asked of the city
outbox-purpose-decision-rejected-city = Not endorsed (to the city)
outbox-purpose-decision-endorsed-city = Endorsed (to the city)
outbox-purpose-decision-forwarded-uil = Endorsed application forwarded to UIL

report-desk-title = Progress report review
report-desk-back = Back to the progress reports
report-desk-sent = Sent
history-report-resubmitted = sent the progress report again
outbox-purpose-progress-report-changes-city = Changes asked of a member city's report
mail-report-changes-subject = { $city }: the Commission asks for changes to the progress report { $year }
mail-report-changes-body =
    Hello,

    The Latvian National Commission for UNESCO has read the { $year } progress report of { $city } and asks for these changes before it sends the report on to UIL:

    { $reason }

    The report can be edited again; any comments on single sections are shown beside them. When it is ready, send it again:
    { $link }

    Latvian National Commission for UNESCO
decision-forward-report-to-uil = Forward the report to UIL
desk-printed-report = The report as a PDF
