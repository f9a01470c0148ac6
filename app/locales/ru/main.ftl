app-name = Pieteikums
app-tagline = Заявки в Глобальную сеть обучающихся городов ЮНЕСКО
app-commission = Национальная комиссия Латвии по делам ЮНЕСКО
app-loading = Загрузка…
skip-to-content = Перейти к основному содержанию
language-name = Русский
language-switcher-label = Язык
nav-main = Главное меню
nav-menu = Меню
nav-home = Главная
nav-login = Войти
nav-logout = Выйти
nav-account = Мой профиль
nav-admin-users = Учётные записи
nav-cities = Города

landing-title = Вступайте в Глобальную сеть обучающихся городов ЮНЕСКО
landing-lead = Города Латвии подают заявку в сеть через Национальную комиссию Латвии по делам ЮНЕСКО. Здесь можно подготовить, подписать и отправить заявку и следить за ней до принятия решения.
landing-network-heading = Что такое эта сеть
landing-network-text = Глобальная сеть обучающихся городов ЮНЕСКО, которую ведёт Институт ЮНЕСКО по обучению на протяжении всей жизни, объединяет города, где обучение на протяжении всей жизни доступно каждому жителю независимо от возраста, пола и социального положения.
network-benefits-heading = Что членство даёт городу
network-benefit-1 = Обмен международным опытом развития обучения на протяжении всей жизни в самоуправлениях.
network-benefit-2 = Стимул составить карту местных возможностей обучения, которые предлагают государство, самоуправление и неправительственные организации.
network-benefit-3 = Сотрудничество в сфере образования с городами всего мира и возможность учиться на их опыте.
network-benefit-4 = Поддержку в организации региональных и международных конференций.
network-benefit-5 = Доступ к материалам Института ЮНЕСКО по обучению на протяжении всей жизни, ЮНЕСКО и партнёров ООН для развития образовательного предложения города.
network-benefit-6 = Возможность претендовать на премию ЮНЕСКО для обучающихся городов.
landing-steps-heading = Как подать заявку
landing-step-1 = Ознакомьтесь с правилами членства и основополагающими документами сети: Пекинской декларацией о создании обучающихся городов и ключевыми характеристиками обучающихся городов.
landing-step-2 = Руководство города принимает решение подать заявку, а мэр берёт на себя обязательство следовать основополагающим документам.
landing-step-3 = Заполните заявку здесь на английском или французском языке и загрузите страницу с подписью и печатью мэра.
landing-step-4 = Отправьте заявку Национальной комиссии, пока открыт приём; копия направляется секретариату сети.
landing-step-5 = Комиссия рассматривает заявку. Если она её поддерживает, то направляет в Институт ЮНЕСКО по обучению на протяжении всей жизни с копией городу, либо город сам отправляет поддержанную заявку.
landing-window-heading = Приём заявок { $year } года
landing-window-opens = Начало: { $datetime }
landing-window-closes = Окончание: { $datetime }
landing-window-not-open = Приём заявок ещё не начался.
landing-window-open = Приём заявок открыт.
landing-window-closed = Приём заявок завершён. О следующем сообщим здесь.
landing-no-cycle = Сроки приёма заявок ещё не объявлены.
landing-quota = { $count ->
    [one] В этом году Комиссия может поддержать не более { $count } города.
   *[other] В этом году Комиссия может поддержать не более { $count } городов.
}
landing-sign-in = Войти, чтобы подать заявку

countdown-opens-in = До начала
countdown-closes-in = До окончания
countdown-passed = Срок истёк.
countdown-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
countdown-riga-time = { $datetime } (по рижскому времени)
countdown-your-time = Ваше время: { $datetime }

month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
time-datetime = { $day } { $month } { $year } г., { $time }

login-title = Вход
login-email = Адрес электронной почты
login-password = Пароль
login-submit = Войти
login-help = Учётные записи создаёт секретарь Национальной комиссии. Если у вас ещё нет учётной записи, напишите на office@unesco.lv.
login-forgot = Забыли пароль?

account-title = Мой профиль
account-welcome = Здравствуйте, { $name }!
account-role = Роль
account-city = Город
account-email = Адрес электронной почты
account-profile-heading = Ваше имя и язык
account-full-name = Имя и фамилия
account-mail-language = Язык ваших писем
account-mail-language-hint = Страницы показываются на языке, выбранном вверху; письма вам пишем на этом.
account-profile-save = Сохранить
account-profile-saved = Имя и язык сохранены.
account-password-heading = Сменить пароль
account-password-hint = Здесь вы останетесь в системе; на всех других устройствах вход будет завершён.
account-current-password = Текущий пароль
account-password-save = Сменить пароль
account-password-changed = Пароль изменён. На других устройствах вход завершён.
account-error-current-password = Текущий пароль указан неверно.
account-data-heading = Ваши данные
account-data-hint = Скачайте копию всего, что Pieteikums хранит о вас: учётную запись, историю ваших действий, отправленные вам письма, сохранённые вами ответы и загруженные файлы — в формате JSON в ZIP-архиве.
account-data-download = Скачать мои данные (ZIP)

admin-users-title = Учётные записи
admin-users-invite-heading = Пригласить пользователя
admin-users-invite-hint = Человек получит письмо со ссылкой для выбора пароля. Ссылка действует один раз в течение 72 часов.
admin-users-email = Адрес электронной почты
admin-users-full-name = Имя и фамилия
admin-users-role = Роль
admin-users-city = Город
admin-users-city-hint = Только для заявителей от города.
admin-users-language = Язык писем
admin-users-choose = Выберите…
admin-users-submit = Отправить приглашение
admin-users-invited = Приглашение отправлено.
admin-users-list-heading = Существующие учётные записи
admin-users-status = Статус
admin-users-status-active = Активна
admin-users-status-invited = Приглашён
admin-users-status-expired = Приглашение истекло
admin-users-status-deactivated = Отключена
admin-users-status-erased = Удалена
admin-users-last-sign-in = Последний вход
admin-users-never = Никогда
admin-users-link-expires = ссылка действует до { $datetime }
admin-users-link-expired = ссылка истекла { $datetime }
admin-users-change = изменить
admin-users-change-heading = Учётная запись: { $name }
admin-users-back = Назад к приглашению
admin-users-change-submit = Сохранить роль и город
admin-users-changed = Учётная запись изменена.
admin-users-actions-hint = Отключение сразу завершает вход человека на всех устройствах и больше не даёт войти; его оценки, решения и история остаются под его именем. Новое приглашение делает недействительными все прежние ссылки.
admin-users-deactivate = Отключить
admin-users-reactivate = Включить снова
admin-users-resend = Отправить новое приглашение
admin-users-error-last-secretary = Это единственный активный секретарь. Сначала пригласите или включите другого секретаря.
admin-users-erased-name = Бывший пользователь { $id }
admin-users-erase-heading = Удалить данные человека
admin-users-erase-hint = Для человека, который ушёл. Его имя заменяется на «Бывший пользователь» с номером; адрес электронной почты, телефон и имя исчезают из всех анкет, комментариев, записей и писем; он выходит из системы и больше не сможет войти. Его оценки и решения остаются под этой меткой. Отменить это нельзя.
admin-users-erase-confirm = Я понимаю, что данные этого человека удаляются безвозвратно
admin-users-erase = Удалить данные
admin-users-erased-hint = Данные этого человека удалены. Его действия остаются под этой меткой; больше о нём ничего не хранится.
admin-users-error-erase-confirm = Отметьте поле, чтобы подтвердить удаление данных человека.
admin-users-cities-link = Города, которые могут подать заявку

password-title = Выберите пароль
password-new = Новый пароль
password-confirm = Повторите пароль
password-hint = Не менее 10 символов. Короткую фразу легко запомнить и трудно угадать.
password-submit = Сохранить пароль
password-done = Пароль сохранён. Теперь можно войти.
password-forgot-title = Забыли пароль
password-forgot-lead = Укажите адрес электронной почты вашей учётной записи. Мы отправим ссылку для выбора нового пароля; она действует один раз в течение 60 минут.
password-forgot-submit = Отправить ссылку
password-forgot-sent = Если у этого адреса есть учётная запись, ссылка для выбора нового пароля уже отправлена. Она действует один раз в течение 60 минут. Ничего не пришло? Проверьте папку со спамом или обратитесь к секретарю Комиссии.
password-forgot-back = Назад ко входу
cities-title = Города
cities-lead = Города и края Латвии, которые могут подать заявку. Город, у которого есть учётные записи, заявки или членство, никогда не удаляется: его можно вывести из списка, и его история сохранится.
cities-list-heading = Все города
cities-name = Название
cities-name-hint = Как его пишут в Латвии, например Cēsis.
cities-official-name = Официальное название для UIL
cities-official-name-hint = Только если UIL должен прочитать другое название, например Valmieras valstspilsēta.
cities-website = Сайт
cities-references = Учётные записи и заявки
cities-references-text = Учётных записей: { $people }, заявок: { $applications }
cities-member = Город-член
cities-status = Статус
cities-status-open = Может подать заявку
cities-status-retired = Выведен из списка
cities-change = изменить
cities-new-heading = Добавить город
cities-edit-heading = Изменить: { $city }
cities-new-link = Вместо этого добавить другой город
cities-save = Сохранить город
cities-saved = Город сохранён.
cities-retire = Вывести город из списка
cities-retire-hint = Выведенный город больше не может начать заявку, и его нельзя назначить новой учётной записи. Всё, что у него уже есть, сохраняется.
cities-reinstate = Вернуть город в список
cities-reinstate-hint = Этот город выведен из списка. Если вернуть его, он снова сможет подать заявку.
cities-error-name-taken = Город с таким названием уже есть (заглавные и строчные буквы не различаются).
apply-error-city-retired = Ваш город больше не входит в список городов, которые могут подать заявку. Напишите секретарю Комиссии.

role-city-applicant = Заявитель от города
role-commission-reviewer = Эксперт Комиссии
role-commission-secretary = Секретарь Комиссии

status-draft = Черновик
status-submitted = Подана
status-in-review = На рассмотрении
status-changes-requested = Требуются изменения
status-resubmitted = Подана повторно
status-endorsed = Поддержана
status-forwarded-to-uil = Направлена в UIL
status-sent-by-city = Город направил в UIL
status-rejected = Не поддержана
status-withdrawn = Отозвана
status-accepted-by-uil = Принята UIL
status-not-accepted-by-uil = Не принята UIL

error-summary-title = Возникла проблема
error-validation = Проверьте отмеченные поля.
error-invalid-credentials = Неверный адрес электронной почты или пароль.
error-rate-limited = Слишком много попыток. Подождите несколько минут и попробуйте снова.
error-unauthenticated = Войдите, чтобы продолжить.
error-forbidden = Вашей учётной записи это действие не разрешено.
error-not-found = Не удалось это найти.
error-conflict = Тем временем это изменил кто-то другой.
error-not-editable = Эта форма отправлена, и изменить её здесь уже нельзя.
error-no-cycle = Приём заявок не открыт и не объявлен, поэтому начать заявку пока нельзя.
error-too-large = Текст слишком длинный для сохранения. Сократите его и попробуйте снова.
error-link-expired = Ссылка устарела или уже использована. Новую можно запросить на странице входа, в разделе «Забыли пароль?».
error-internal = На нашей стороне произошла ошибка. Ничего не изменено. Попробуйте ещё раз; если ошибка повторится, сообщите Комиссии.
error-unavailable = Сервис временно недоступен. Ничего не изменено. Попробуйте ещё раз через минуту.
error-timed-out = Сервер слишком долго готовил ответ и прервал работу. Ничего не изменено. Попробуйте ещё раз через минуту; если это повторяется, сообщите Комиссии.
error-transport = Не удалось связаться с сервером. Проверьте подключение и попробуйте снова.
form-sending = Отправка…
error-email-required = Введите адрес электронной почты.
error-email-invalid = Введите адрес электронной почты вида name@example.lv.
error-email-taken = Учётная запись с этим адресом уже существует. Если приглашение истекло, отправьте новое из учётной записи в списке.
error-name-required = Введите имя и фамилию.
error-name-too-long = Имя может содержать не более 200 символов.
error-password-too-short = Пароль должен содержать не менее 10 символов.
error-password-too-long = Пароль может содержать не более 256 символов.
error-password-mismatch = Пароли не совпадают.
error-role-required = Выберите роль.
error-city-required = Выберите город, от имени которого подаётся заявка.
error-language-required = Выберите язык.

not-found-title = Страница не найдена
not-found-text = Возможно, адрес введён с ошибкой или страница перемещена.
not-found-home = На главную

mail-invitation-subject = Ваша учётная запись в Pieteikums
mail-invitation-body =
    Здравствуйте, { $name }!

    Национальная комиссия Латвии по делам ЮНЕСКО создала для вас учётную запись в системе Pieteikums, через которую города Латвии подают заявки в Глобальную сеть обучающихся городов ЮНЕСКО.

    Выберите пароль по ссылке (она действует один раз в течение { $hours } часов):
    { $link }

    Если вы не ожидали этого письма, просто не обращайте на него внимания.

    Как мы обрабатываем ваши персональные данные: { $privacy }

    Национальная комиссия Латвии по делам ЮНЕСКО

mail-reset-subject = Выберите новый пароль Pieteikums
mail-reset-body =
    Здравствуйте, { $name }!

    Кто-то (надеемся, вы) запросил новый пароль для вашей учётной записи в Pieteikums.

    Выберите его по ссылке (она действует один раз в течение { $minutes } минут):
    { $link }

    Если вы этого не запрашивали, не обращайте внимания на письмо: пароль останется прежним.

    Как мы обрабатываем ваши персональные данные: { $privacy }

    Национальная комиссия Латвии по делам ЮНЕСКО

footer-address = Pils laukums 4–206, Rīga, LV-1050
footer-contact = office@unesco.lv · +371 67 325 109
footer-privacy = Персональные данные
privacy-title = Как мы обрабатываем персональные данные
privacy-lead = Системой Pieteikums управляет Национальная комиссия Латвии по делам ЮНЕСКО. В ней хранится только то, что нужно для заявки в Глобальную сеть обучающихся городов ЮНЕСКО и её рассмотрения.
privacy-controller-heading = Кто отвечает
privacy-controller = Оператор персональных данных в Pieteikums — { $controller }. По любым вопросам о ваших данных пишите на { $contact }.
privacy-stored-heading = Что хранится
privacy-stored-accounts = Учётные записи: имя, адрес электронной почты, роль, город, язык ваших писем, время последнего входа; пароль — только в виде необратимого хеша.
privacy-stored-answers = Ответы заявок и отчётов о прогрессе, в том числе имена, должности и контакты мэра и контактного лица города.
privacy-stored-files = Файлы, которые загружает город: заявку, подписанную мэром и заверенную печатью, и приложения.
privacy-stored-reviews = Оценки, баллы, внутренние комментарии и решения Комиссии, каждое под именем автора.
privacy-stored-log = Запись о том, кто, что и когда изменил, чтобы каждое решение можно было проследить.
privacy-stored-mail = Письма, которые отправляет Pieteikums (кому, о чём и их текст), и сведения о доставке.
privacy-stored-attempts = Чтобы затруднить подбор паролей, — число недавних попыток входа и восстановления пароля для каждой учётной записи и интернет-адреса, под односторонним кодом; удаляется в течение двух суток. В журнале сервера указан интернет-адрес каждого запроса.
privacy-why-heading = Зачем
privacy-why = Чтобы принимать, рассматривать заявки городов Латвии в сеть и принимать по ним решения, пересылать одобренные заявки в Институт ЮНЕСКО по обучению на протяжении всей жизни (UIL) и следить за отчётами городов-членов; учётные записи и запись изменений делают это безопасным и подотчётным.
privacy-why-basis = Это задача, которую Комиссия выполняет в общественных интересах (пункт e) части 1 статьи 6 Общего регламента по защите данных). Pieteikums устанавливает только cookie, сохраняющий вход, и cookie с вашим языком; никакого отслеживания и рекламы.
privacy-who-heading = Кто их видит
privacy-who-city = Люди города видят заявки и отчёты своего города.
privacy-who-commission = Секретарь и эксперты Комиссии видят поданные заявки и отчёты, их файлы и оценки; эксперт с конфликтом интересов не видит заявку этого города.
privacy-who-uil = UIL получает копию каждой поданной заявки, а также заявку с письмом поддержки Комиссии, когда Комиссия её пересылает; дальше ЮНЕСКО обрабатывает её по своим правилам.
privacy-who-nobody = Больше никто: данные не продаются, не передаются для маркетинга и не используются для других целей.
privacy-how-long-heading = Как долго хранятся
privacy-how-long-drafts = Заявка или отчёт, которые так и не были поданы, удаляются вместе с файлами через { $drafts } дней после начала.
privacy-how-long-mail = Текст отправленного письма удаляется через { $mail } дней; отметка об отправке остаётся.
privacy-how-long-records = Поданные заявки и отчёты, оценки и решения — документы Комиссии и хранятся так, как требует закон об архивах. Учётная запись сохраняется, пока человек не уйдёт и не будет удалён.
privacy-rights-heading = Ваши права
privacy-rights = Вы можете попросить копию всех данных о вас, их исправление, удаление или ограничение обработки: пишите на { $contact }. На странице профиля можно самостоятельно изменить имя, язык писем и пароль, а также скачать копию своих данных.
privacy-rights-erasure = При удалении человека его имя, адрес электронной почты и другие персональные данные заменяются на «Bijušais lietotājs» («бывший пользователь» по-латышски) с номером; его оценки и решения остаются под этой меткой, чтобы документы Комиссии оставались полными.
privacy-complaint-heading = Жалобы
privacy-complaint = Если вы считаете, что ваши данные обрабатываются неправильно, можно подать жалобу в Государственную инспекцию данных Латвии (Datu valsts inspekcija, www.dvi.gov.lv).

error-required = Это обязательное поле.
error-too-many-words = Ответ превышает допустимое число слов. Сократите его.
error-line-too-long = Уместите это в одну строку не длиннее 300 символов.
error-url-invalid = Введите адрес сайта вида https://www.valmiera.lv.
error-phone-invalid = Введите номер с кодом страны, например +371 67 325 109.
error-postcode-invalid = Введите латвийский почтовый индекс вида LV-1050.
error-number-invalid = Введите число, например 23 050 или 19,35.
error-number-whole = Введите целое число.
error-number-too-small = Слишком маленькое число.
error-number-too-large = Слишком большое число.
error-year-invalid = Введите год, к которому относится показатель: от 1990 до года подачи заявки.
error-rating-invalid = Выберите оценку от 1 до 5.
error-choice-invalid = Выберите один из вариантов.
error-unsigned-confirm = Сначала загрузите подписанное письмо поддержки или отметьте, что вместо него отправляется неподписанная распечатка.
error-conflict-exists = У этого эксперта уже зарегистрирован конфликт интересов с этим городом.

wizard-section-city = Город
wizard-section-mayor = Мэр
wizard-section-contact = Контактное лицо
wizard-section-city-profile = Профиль города
wizard-section-narrative = Мотивация и планы
wizard-section-interests = Интересы и опыт
wizard-section-pledge = Обязательство
wizard-state-not-started = Не начато
wizard-state-in-progress = Заполняется
wizard-state-complete = Готово
wizard-state-has-errors = Есть ошибки
nav-apply = Заявка

error-window-closed = Приём заявок закрыт или ещё не начался, поэтому сейчас заявку подать нельзя. Сроки приёма указаны на этой странице.
error-incomplete = Некоторые ответы отсутствуют или требуют исправления. Они перечислены на странице проверки ответов.
error-malformed = Не удалось прочитать форму. Обновите страницу и попробуйте ещё раз.

apply-title = Ваша заявка
apply-application-of = { $city }: заявка { $year } года
apply-start-hint = У вашего города ещё нет заявки в этот период приёма. Начать её может любой член команды города, после чего над ней может работать вся команда.
apply-start = Начать заявку

wizard-progress = Заполнено разделов: { $done } из { $total }.
wizard-answer-language = UIL читает заявки и отчёты на английском или французском языке, поэтому пишите ответы на одном из них. Страницы вокруг ответов остаются на выбранном вами языке.
wizard-last-edit = Последние изменения: { $name }, { $datetime } (по рижскому времени).
wizard-back-to-tasks = Назад к обзору
wizard-save-continue = Сохранить и продолжить
wizard-save-later = Сохранить и вернуться позже
wizard-previous = Предыдущий раздел
wizard-intro-city = Город, который подаёт заявку. Страна — Латвия.
wizard-intro-mayor = Мэр подтверждает обязательства города в сети и подписывает заявку.
wizard-intro-contact = Человек, с которым UIL и Комиссия связываются по поводу заявки, а затем и членства города.
wizard-intro-city-profile = UIL публикует эти показатели в профиле города. Для каждого показателя укажите год, к которому он относится.
wizard-intro-narrative = Два коротких ответа, каждый не длиннее 200 слов.
wizard-intro-interests = Оцените, насколько ваш город хочет учиться и делиться опытом в каждой области: 1 — мало, 5 — очень.
wizard-intro-pledge = Подавая заявку, город принимает основополагающие документы сети. После подачи распечатайте заявку, чтобы мэр её подписал и заверил печатью.
wizard-city-name = Название города
wizard-city-website = Официальный сайт города
wizard-city-website-hint = Например, www.valmiera.lv
wizard-salutation = Обращение
wizard-salutation-ms = Госпожа (Ms)
wizard-salutation-mr = Господин (Mr)
wizard-surname = Фамилия
wizard-first-name = Имя
wizard-mayor-title = Точное название должности
wizard-mayor-title-hint = Так, как оно указано в официальных документах, например "Chairman of Valmiera Municipal Council".
wizard-contact-title = Точное название должности
wizard-contact-organisation = Организация
wizard-contact-organisation-hint = Только если контактное лицо не работает в самоуправлении.
wizard-contact-address = Почтовый адрес
wizard-contact-postcode = Почтовый индекс
wizard-contact-postcode-hint = Например, LV-4201
wizard-contact-phone = Телефон
wizard-contact-phone-hint = С кодом страны, например +371 64 207 120
wizard-contact-email = Адрес электронной почты
wizard-contact-language = Язык общения
wizard-language-en = Английский
wizard-language-fr = Французский
wizard-population = Население
wizard-population-hint = Число жителей.
wizard-area = Площадь (км²)
wizard-area-hint = В квадратных километрах, например 19,35.
wizard-city-gdp = ВВП города на душу населения (USD)
wizard-country-gdp = ВВП страны на душу населения (USD)
wizard-gdp-hint = В долларах США на человека.
wizard-schooling-men = Средняя продолжительность обучения, мужчины
wizard-schooling-women = Средняя продолжительность обучения, женщины
wizard-schooling-hint = В годах, например 13,1.
wizard-figure-value = Показатель
wizard-figure-year = Год показателя
wizard-narrative-context = (a) Социальный контекст города и его мотивация вступить в сеть
wizard-narrative-context-hint = Не более 200 слов.
wizard-narrative-implementation = (b) Как город воплощает или планирует воплощать концепцию обучающегося города
wizard-narrative-implementation-hint = Не более 200 слов. Добавьте ссылки на отчёты или планы, если они есть.
wizard-area-inclusive-learning = Инклюзивное обучение от базового до высшего образования
wizard-area-learning-in-families-and-communities = Обучение в семьях и сообществах
wizard-area-learning-for-and-in-the-workplace = Обучение для работы и на рабочем месте
wizard-area-modern-learning-technologies = Современные технологии обучения
wizard-area-quality-in-learning = Качество обучения
wizard-area-culture-of-learning = Культура обучения на протяжении всей жизни
wizard-area-political-will = Политическая воля и приверженность
wizard-area-governance-and-participation = Управление и участие всех заинтересованных сторон
wizard-area-mobilisation-of-resources = Привлечение и использование ресурсов
wizard-pledge-adopts = Город { $city } подаёт заявку на вступление в Глобальную сеть обучающихся городов ЮНЕСКО и принимает Пекинскую декларацию о создании обучающихся городов и Ключевые характеристики обучающихся городов.

field-error-prefix = Ошибка:
field-words-left = { $count ->
    [one] Осталось { $count } слово
    [few] Осталось { $count } слова
   *[other] Осталось { $count } слов
}
field-words-over = { $count ->
    [one] На { $count } слово больше допустимого
   *[other] На { $count } слов больше допустимого
}

window-notice-label = Период приёма заявок
window-warning-week = Приём заявок закроется менее чем через 7 дней.
window-warning-day = Приём заявок закроется менее чем через 24 часа. Подайте заявку в ближайшее время.
window-warning-hour = Приём заявок закроется менее чем через час. Подайте заявку сейчас.
window-closed-on = Приём заявок закрылся { $datetime } (по рижскому времени).

save-pending = Изменения ещё не сохранены…
save-saving = Сохранение…
save-saved-at = Сохранено в { $time }
save-offline = Нет связи. Ваши изменения хранятся на этом устройстве и будут сохранены, когда связь восстановится.
save-unavailable = Сервис временно недоступен. Ваши изменения хранятся на этом устройстве и будут сохранены, как только он снова заработает.
save-refused = Не сохранено: { $reason }

conflict-title = Этот раздел изменил кто-то другой
conflict-text = { $name } сохранил(а) этот раздел { $datetime } (по рижскому времени), после того как вы его открыли. Ничего не перезаписано. Выберите, какие ответы оставить.
conflict-theirs = Их ответ:
conflict-yours = Ваш ответ:
conflict-keep-mine = Оставить мои ответы
conflict-take-theirs = Взять их ответы

check-title = Проверьте ответы и подайте заявку
check-yes = Да
check-figure = { $value } ({ $year })
check-change = Изменить
check-not-answered = Нет ответа
check-cannot-submit = Перед подачей заполните все разделы и загрузите подписанную заявку. Проблемы перечислены в начале страницы.
check-submit-heading = Подать заявку
check-submit-text = Заявка поступит в Национальную комиссию Латвии по делам ЮНЕСКО, копия — в UIL. После подачи ответы изменить нельзя, если только Комиссия не попросит внести изменения.
check-submit = Подать заявку

submitted-title = Заявка подана
submitted-text = Заявка города { $city } передана в Национальную комиссию Латвии по делам ЮНЕСКО. Мы отправили подтверждение по электронной почте.
submitted-next-heading = Что будет дальше
submitted-next-text = Комиссия рассмотрит заявку и решит, поддержать ли её. Решение появится здесь, как только оно будет принято.

mail-submitted-city-subject = { $city }: заявка { $year } года подана
mail-submitted-city-body =
    Здравствуйте!

    { $name } подал(а) заявку города { $city } в Глобальную сеть обучающихся городов ЮНЕСКО ({ $year }) в Национальную комиссию Латвии по делам ЮНЕСКО. Копия отправлена в UIL.

    Поданная заявка приложена в формате PDF. Ответы и ход рассмотрения заявки можно посмотреть здесь:
    { $link }

    Национальная комиссия Латвии по делам ЮНЕСКО
mail-submitted-commission-subject = Новая заявка в GNLC: { $city } ({ $year })
mail-submitted-commission-body =
    Город { $city } подал заявку на вступление в Глобальную сеть обучающихся городов ЮНЕСКО ({ $year }); подал(а) { $name }.

    Заявка ожидает рассмотрения:
    { $link }

    Копия отправлена в UIL, как того требуют правила сети.

    Pieteikums, Национальная комиссия Латвии по делам ЮНЕСКО

mail-withdrawn-commission-subject = { $city } отозвал(а) свою заявку ({ $year })
mail-withdrawn-commission-body =
    Город { $city } отозвал свою заявку на вступление в Глобальную сеть обучающихся городов ЮНЕСКО ({ $year }) по следующей причине:

    { $reason }

    Заявка и всё, что прислал город, остаются на её странице, а отзыв виден в её истории:
    { $link }

error-upload-no-file = Выберите файл для загрузки.
error-upload-no-kind = Укажите, что это за файл.
error-upload-type = Файл должен быть в формате PDF, JPEG или PNG. Значение имеет его содержимое, а не имя.
error-upload-too-large = Файл больше 10 МБ. Отсканируйте с меньшим разрешением или разделите его.
error-upload-too-many = У этой заявки уже максимальное число файлов (30). Сначала удалите один.

attachments-title = Подпись и приложения
attachments-intro = Скачайте заявку в формате PDF, чтобы мэр подписал её и заверил печатью, и загрузите скан сюда. PDF составлен на английском языке или на французском, если язык общения — французский: это языки, на которых читает UIL. Если вы измените ответы после подписи мэра, распечатайте и подпишите заявку снова. Можно добавить и дополнительные документы. Эти файлы могут открыть только команда вашего города и Комиссия.
attachments-uploaded-by = загрузил(а) { $name }, { $datetime }
attachments-remove = Удалить
attachments-preview = Просмотр
attachments-preview-of = Просмотр файла { $name }
attachments-open-tab = Открыть в новой вкладке
attachments-kind-signed = Подписанная заявка (скан)
attachments-kind-supporting = Дополнительный документ
attachments-kind-signed-endorsement = Подписанное письмо поддержки Комиссии (скан)
attachments-uploaded = Файл загружен.
attachments-none = Файлов пока нет.
attachments-add-heading = Добавить файл
attachments-kind = Что это за файл?
attachments-file = Файл
attachments-file-hint = PDF, JPEG или PNG, не более 10 МБ.
attachments-upload = Загрузить файл
attachments-uploading = Загрузка…
attachments-count = { $count ->
    [one] { $count } файл
    [few] { $count } файла
   *[other] { $count } файлов
}

## The printed application
error-not-signed = Перед подачей загрузите скан заявки, подписанной мэром и заверенной печатью.
attachments-print = Скачать заявку для печати (PDF)
pdf-title = Заявка на вступление в Глобальную сеть обучающихся городов ЮНЕСКО
pdf-city-cycle = { $city }, приём заявок { $year } года
pdf-printed = Напечатано { $datetime } (время Риги). Статус: { $status }.
pdf-answers-language = Ответы даны на английском или французском языке, как требует UIL.
pdf-signature-heading = Подпись мэра
pdf-signature-text = От имени города { $city } подтверждаю, что сведения в этой заявке верны и что город принимает указанные в ней обязательства.
pdf-signature-name = Имя и фамилия
pdf-signature-title = Должность
pdf-signature-signature = Подпись
pdf-signature-date = Дата
pdf-signature-stamp = Печать
pdf-footer = { $city } · страница { $page } из { $pages }
pdf-file-name = GNLC-application-{ $city }-{ $year }.pdf

## The live feed
live-connected = На связи — обновляется само
live-reconnecting = Переподключение…

# Панель оценки Комиссии
nav-board = Оценка заявок
countdown-decision-due-in = Решение Комиссии через
error-too-long = Текст слишком длинный. Сократите его.
board-title = Панель оценки
board-title-year = Панель оценки, { $year }
board-quota = В этом году поддержано { $used } из { $quota }
board-count = Показано { $count } из { $total } заявок
board-empty = Подходящих заявок нет. Поданные заявки появляются здесь сразу после поступления.
board-column-city = Город
board-column-status = Статус
board-column-submitted = Подана
board-column-reviews = Оценки
board-column-score = Баллы
board-column-mine = Моя оценка
board-column-activity = Последние изменения
board-version = версия { $version }
board-reviews = { $done } из { $needed }
board-score = { $mean } (разброс { $spread })
board-score-hidden = видно после вашей оценки
board-tally = поддержать { $endorse } · исправления { $changes } · не поддерживать { $reject }
board-mine-none = —
board-mine-not-started = Не начата
board-mine-draft = Черновик
board-mine-submitted = Отправлена
board-mine-recused = Заявлен конфликт интересов
board-filters = Отбор заявок
board-filter-text = Город
board-filter-status = Статус
board-filter-any = Любой статус
board-filter-sort = Порядок
board-filter-year = Цикл
board-filter-current = Текущий цикл
board-filter-mine = Ждут моей оценки
board-filter-unscored = Ещё не оценены
board-filter-apply = Показать
board-sort-activity = Сначала последние изменения
board-sort-city = Город, А–Я
board-sort-submitted = Сначала поданные раньше
board-sort-score = Сначала с высшими баллами
recommendation-endorse = Поддержать
recommendation-request-changes = Запросить исправления
recommendation-reject = Не поддерживать
wizard-area-commitment-and-plan = Качество обязательств и плана
desk-title = Оценка заявки
desk-back = Назад к панели оценки
desk-reviews-heading = Оценки
desk-reviews-hidden = Баллы других экспертов станут видны после того, как вы отправите свою оценку.
desk-reviews-none = Ни одна оценка ещё не отправлена.
desk-recused = Заявили конфликт интересов: { $names }
desk-presence = Эту страницу сейчас также смотрят: { $names }
desk-printed = Заявка в формате PDF
desk-answers-heading = Ответы
desk-history-heading = История
desk-review-by = { $name }, версия { $version }, { $datetime }
desk-review-mean = в среднем { $mean }
desk-review-closed = Комиссия приняла решение по этой заявке, поэтому оценка закрыта.
desk-my-review = Ваша оценка
desk-review-revise = Вы уже отправили оценку. Повторная отправка сохранит её и добавит новую версию.
desk-scale-hint = Оцените каждый критерий от 1 (слабо) до 5 (сильно), при необходимости с комментарием.
desk-criterion-comment = Комментарий (необязательно)
desk-recommendation = Ваша рекомендация
desk-overall-comment = Общий комментарий (необязательно)
desk-review-submit = Отправить оценку
desk-review-save-draft = Сохранить черновик
desk-review-saved = Черновик сохранён. Его видите только вы.
desk-review-submitted = Ваша оценка отправлена.
desk-conflict-heading = У меня конфликт интересов с этим городом
desk-conflict-text = Заявите о конфликте, если вы работаете на город или связаны с его заявкой. Вы больше не будете участвовать в её оценке, а секретарь увидит ваше заявление.
desk-conflict-note = Примечание для секретаря (необязательно)
desk-conflict-declare = Заявить о конфликте интересов
desk-conflict-declared = Ваш конфликт интересов записан. Эта заявка вам больше не показывается.
history-signed-in = вошёл(ла) в систему
history-account-invited = пригласил(а) пользователя
history-password-set = задал(а) пароль
history-account-changed = изменил(а) роль или город учётной записи
history-account-deactivated = отключил(а) учётную запись
history-account-reactivated = восстановил(а) учётную запись
history-invitation-resent = повторно отправил(а) приглашение
history-account-erased = удалил(а) данные человека
history-personal-data-copied = скачал(а) копию своих данных
history-profile-changed = изменил(а) свой профиль
history-password-changed = сменил(а) пароль
history-password-reset-requested = запросил(а) новый пароль
history-secretary-added = добавил(а) учётную запись секретаря
history-city-added = добавил(а) город
history-city-changed = изменил(а) город
history-city-retired = исключил(а) город из списка
history-city-reinstated = вернул(а) город в список
history-retention-run = удалил(а) то, что пережило срок хранения
history-cycle-created = создал(а) цикл
history-cycle-changed = изменил(а) цикл
history-cycle-extended = продлил(а) открытый приём заявок
history-member-registered = зарегистрировал(а) город-член
history-member-changed = изменил(а) запись города-члена
history-report-due-moved = перенёс(ла) срок отчёта
history-report-started = начал(а) отчёт о прогрессе
history-report-submitted = отправил(а) отчёт о прогрессе
history-report-forwarded = переслал(а) отчёт о прогрессе в UIL
history-reminders-on = включил(а) напоминания
history-reminders-off = выключил(а) напоминания
history-application-started = начал(а) заявку
history-application-submitted = подал(а) заявку
history-application-resubmitted = повторно подал(а) заявку
history-attachment-added = добавил(а) файл
history-attachment-removed = удалил(а) файл
history-review-started = начал(а) оценку
history-review-submitted = отправил(а) оценку
history-conflict-declared = заявил(а) о конфликте интересов
history-conflict-recorded = зарегистрировал(а) конфликт интересов
history-conflict-removed = снял(а) конфликт интересов

# Решения
error-not-now = На нынешнем этапе заявки это невозможно. На странице видно, где она находится.
error-quota-reached = Национальная квота исчерпана: в этом цикле Комиссия может поддержать { $quota ->
    [one] { $quota } заявку
    [few] { $quota } заявки
   *[many] { $quota } заявок
} и уже поддержала: { $cities }. Сначала вновь откройте одно из этих решений.
error-confirm-required = Отметьте поле, чтобы подтвердить решение.
decision-submit = Подать
decision-start-review = Начать оценку
decision-request-changes = Попросить город внести исправления
decision-resubmit = Подать повторно
decision-endorse = Поддержать заявку
decision-forward-to-uil = Переслать поддержанную заявку в UIL
decision-record-sent-by-city = Отметить, что город сам отправил её в UIL
decision-reject = Не поддерживать
decision-withdraw = Отозвать
decision-record-uil-accepted = Отметить, что UIL принял заявку
decision-record-uil-not-accepted = Отметить, что UIL не принял заявку
decision-reopen-decision = Вновь открыть решение
desk-decide-heading = Решение
desk-decide-action = Что решает Комиссия?
desk-decide-reason = Обоснование или замечания
desk-decide-reason-hint = Обязательно при запросе исправлений, отказе или повторном открытии: город прочтёт это в письме. При поддержке печатается как замечания Комиссии.
desk-decide-section-comments = Комментарии к отдельным разделам (при запросе исправлений)
desk-decide-confirm = Я подтверждаю это решение от имени Комиссии.
desk-decide-unsigned = Подписанный скан не загружен: отправить в UIL неподписанную распечатку письма поддержки.
desk-decide-submit = Записать решение
desk-decisions-heading = Решения
desk-decision-by = { $decision } — { $name }, { $datetime }
desk-endorsement-download = Письмо поддержки Комиссии (PDF)
desk-signed-upload = Загрузить подписанное письмо
desk-signed-text = Распечатайте письмо поддержки, подпишите и заверьте его печатью, затем загрузите скан (PDF, JPEG или PNG, не более 10 МБ). Он отправляется в UIL вместо неподписанной распечатки, и город видит его в своём пакете. Новая загрузка заменяет прежний скан.
desk-signed-missing = Подписанное и заверенное печатью письмо поддержки ещё не загружено.
desk-signed-heading = Подписанное письмо поддержки
desk-changes-heading = Изменено с прошлой подачи
desk-changes-question = Вопрос
desk-changes-before = Было
desk-changes-after = Стало
desk-comments-heading = Комментарии
desk-comment-internal = внутренний
desk-comment-to-city = отправлен городу
desk-comment-add = Добавить комментарий для Комиссии
desk-comment-post = Опубликовать комментарий
desk-comment-posted = Ваш комментарий опубликован.
wizard-changes-heading = Комиссия просит внести исправления
wizard-endorsed-heading = Комиссия поддержала вашу заявку
wizard-endorsed-text = Поддержанный пакет — это заявка, подписанная скан-копия и письмо поддержки Комиссии. Если Комиссия не пересылает его сама, отправьте эти документы в UIL (learningcities@unesco.org) и отметьте это здесь.
wizard-sent-confirm = Мы сами отправили поддержанную заявку в UIL.
wizard-sent-record = Отметить отправку
wizard-signed-endorsement = Письмо поддержки Комиссии с подписью и печатью (скан)
wizard-withdraw-heading = Отозвать заявку
wizard-withdraw-text = Отзыв завершает эту заявку: Комиссия прекращает её рассмотрение и сразу получает уведомление. Ничего из присланного городом не удаляется. Чтобы подать заявку снова, начните новую, пока приём заявок открыт.
wizard-withdraw-reason = Почему город отзывает заявку?
wizard-withdraw-confirm = Подтверждаю, что город отзывает эту заявку.
wizard-withdraw-button = Отозвать заявку
history-comment-added = добавил(а) комментарий
history-decision-endorse = поддержал(а) заявку
history-decision-request-changes = попросил(а) город внести исправления
history-decision-reject = решил(а) не поддерживать
history-decision-forward-to-uil = переслал(а) заявку в UIL
history-decision-record-sent-by-city = отметил(а), что город отправил её в UIL
history-decision-record-uil-accepted = отметил(а) решение UIL о приёме
history-decision-record-uil-not-accepted = отметил(а), что UIL не принял заявку
history-decision-reopen-decision = вновь открыл(а) решение
history-decision-withdraw = отозвал(а) заявку
pdf-endorsement-title = Поддержка Национальной комиссии по делам ЮНЕСКО
pdf-endorsement-commission = Национальная комиссия Латвии по делам ЮНЕСКО, Pils laukums 4–206, Рига LV-1050, Латвия
pdf-endorsement-statement = Национальная комиссия Латвии по делам ЮНЕСКО поддерживает заявку города { $city } на вступление в Глобальную сеть обучающихся городов ЮНЕСКО в цикле { $year } года.
pdf-endorsement-official = Должностное лицо
pdf-endorsement-official-title = Генеральный секретарь Национальной комиссии Латвии по делам ЮНЕСКО
pdf-endorsement-date = Дата
pdf-endorsement-remarks = Замечания
mail-decision-changes-city-subject = { $city }: Комиссия просит исправить заявку { $year } года
mail-decision-changes-city-body =
    Здравствуйте!

    Национальная комиссия Латвии по делам ЮНЕСКО рассмотрела заявку города { $city } ({ $year }) и просит внести следующие исправления:

    { $reason }

    Заявку снова можно редактировать; комментарии к отдельным разделам показаны рядом с ними. Когда она будет готова, подайте её снова:
    { $link }

    Национальная комиссия Латвии по делам ЮНЕСКО
mail-decision-rejected-city-subject = { $city }: решение Комиссии по заявке { $year } года
mail-decision-rejected-city-body =
    Здравствуйте!

    Национальная комиссия Латвии по делам ЮНЕСКО решила не поддерживать заявку города { $city } ({ $year }) по следующей причине:

    { $reason }

    Заявку можно посмотреть здесь:
    { $link }

    Национальная комиссия Латвии по делам ЮНЕСКО
mail-decision-endorsed-city-subject = { $city }: Комиссия поддерживает заявку { $year } года
mail-decision-endorsed-city-body =
    Здравствуйте!

    Национальная комиссия Латвии по делам ЮНЕСКО поддерживает заявку города { $city } ({ $year }) на вступление в Глобальную сеть обучающихся городов ЮНЕСКО. Комиссия пересылает её в UIL с копией вам, или вы можете сами отправить поддержанную заявку; письмо поддержки можно скачать здесь:
    { $link }

    Национальная комиссия Латвии по делам ЮНЕСКО
mail-decision-forwarded-uil-subject = Заявка в GNLC, поддержанная Национальной комиссией Латвии по делам ЮНЕСКО: { $city } ({ $year })
mail-decision-forwarded-uil-body =
    Уважаемые коллеги!

    Национальная комиссия Латвии по делам ЮНЕСКО поддерживает заявку города { $city } на вступление в Глобальную сеть обучающихся городов ЮНЕСКО ({ $year }). Прилагаются заявка, подписанная заявка и письмо поддержки Комиссии. Город получает копию.

    Национальная комиссия Латвии по делам ЮНЕСКО

# Исходящие
nav-outbox = Исходящие
outbox-title = Исходящие
outbox-intro = Все письма, которые отправляет сайт. Письма о решениях ждут здесь как черновики: прочтите их, при необходимости исправьте и отправьте.
outbox-empty = Писем нет: они ещё не написаны или ни одно не подходит под фильтры.
outbox-created-at = Написано { $datetime }
outbox-sent-at = Отправлено { $datetime }
outbox-failed-after = Не отправлено после попыток: { $count }.
outbox-to = Кому
outbox-cc = Копия
outbox-attachments = Вложения
outbox-subject = Тема
outbox-body = Письмо
outbox-send = Отправить
outbox-send-again = Отправить снова
outbox-show-body = Показать письмо
outbox-state-draft = Черновик
outbox-state-queued = Отправляется
outbox-state-sent = Отправлено
outbox-state-failed = Ошибка
board-pages = Страницы панели
board-page = Страница { $page } из { $pages }
board-page-previous = Предыдущая страница
board-page-next = Следующая страница

## The secretary's cycles
nav-cycles = Циклы
cycles-title = Циклы подачи заявок
cycles-list-heading = Все циклы
cycles-year = Год
cycles-window = Приём заявок
cycles-window-range = { $opens } – { $closes }
cycles-opens = Приём открывается (рижское время)
cycles-closes = Приём закрывается (рижское время)
cycles-decision-due = Срок решения Комиссии (рижское время)
cycles-quota = Национальная квота
cycles-quota-hint = Сколько заявок Комиссия может поддержать в этом году: от 1 до 3.
cycles-applications = Заявки
cycles-applications-count = подано { $submitted }, поддержано { $endorsed }
cycles-scores-column = Оценки видны раньше
cycles-scores-open = Рецензенты видят оценки друг друга до отправки своей рецензии
cycles-yes = Да
cycles-no = Нет
cycles-edit = Изменить
cycles-new-heading = Новый цикл
cycles-edit-heading = Изменить цикл { $year } года
cycles-new-link = Вместо этого создать новый цикл
cycles-save = Сохранить цикл
cycles-saved = Цикл { $year } года сохранён.
cycles-error-year = Введите год от 2000 до 2100.
cycles-error-time = Введите дату и время.
cycles-error-opens-year = Приём должен открываться в году цикла.
cycles-error-closes-before-opens = Приём должен закрываться после открытия.
cycles-error-decision-before-close = Срок решения не может наступать раньше закрытия приёма.
cycles-error-quota = Введите целое число от 1 до 3.
cycles-error-year-taken = Цикл на этот год уже есть.
cycles-error-overlap = Этот срок приёма пересекается со сроком другого цикла.
cycles-error-already-open = Приём уже открыт, поэтому его начало больше нельзя изменить.
cycles-error-past = Этот момент уже прошёл. Выберите более поздний.
cycles-error-leaves-out = Одна из заявок подана вне этого срока. Срок приёма должен включать все поданные заявки.
cycles-error-quota-below = Уже поддержано больше заявок, чем позволяет эта квота.
mail-cycle-extended-subject = Приём заявок { $year } года продлён
mail-cycle-extended-body = Здравствуйте!

    Латвийская национальная комиссия ЮНЕСКО продлила приём заявок { $year } года в Глобальную сеть обучающихся городов ЮНЕСКО. Теперь заявки принимаются до { $closes } (рижское время).

    Заявка вашего города сохранена как черновик. До этого срока её можно завершить и подать.

    Латвийская национальная комиссия ЮНЕСКО

countdown-report-due-in = Отчёт нужно сдать через
nav-members = Города-члены
footer-nav = О сети
footer-network = О сети
footer-members = Города Латвии в сети
landing-network-more = Что членство даёт городу и чего от него требует
landing-members-link = Города Латвии в сети
network-title = Глобальная сеть обучающихся городов ЮНЕСКО
network-lead = Сеть, которую ведёт Институт ЮНЕСКО по обучению на протяжении всей жизни, объединяет более 425 городов (декабрь 2025 года), где обучение на протяжении всей жизни доступно каждому жителю. Города вступают в сеть через национальную комиссию своей страны по делам ЮНЕСКО; в Латвии — через этот сайт.
network-obligations-heading = Чего членство требует от города
network-obligation-report = Каждые два года после вступления — отчёт о ходе работы до 31 марта. Город, который перестаёт отчитываться, может потерять членство.
network-obligation-quota = Каждая страна может выдвинуть не более трёх новых городов в год.
network-obligation-activity = Участие в обмене опытом в сети: делиться практикой города и учиться у других членов.
network-features-heading = Ключевые характеристики обучающихся городов
network-features-text = Ключевые характеристики, принятые в Пекине в 2013 году, описывают, что делает обучающийся город. Члены сети планируют работу и отчитываются по ним.
network-blocks-heading = Основные элементы
network-conditions-heading = Основополагающие условия
network-members-link = Посмотреть города Латвии в сети
members-title = Города Латвии в сети
members-lead = Города Латвии в Глобальной сети обучающихся городов ЮНЕСКО и год вступления каждого.
members-caption = Города-члены, год вступления и сайт
members-none = Ни один город Латвии пока не входит в сеть.
members-city = Город
members-since = Член сети с
members-since-year = { $year } года
members-website = Сайт
members-network-link = О сети и о том, что членство даёт городу
members-admin-title = Города-члены
members-list-heading = Реестр
members-joined = Вступил
members-joined-here = В { $year } году, через этот сайт
members-joined-before = В { $year } году, внесён Комиссией
members-status = Статус
members-status-active = Действующий
members-status-lapsed = Членство прекращено
members-contacts = Контактные лица
members-no-contacts = Учётных записей пока нет
members-next-report = Следующий отчёт о ходе работы
members-report-period = Отчёт за { $period } год
members-overdue = Просрочен
members-due-was-moved = Срок перенесён на { $due }.
members-no-report = Не требуется
members-edit = Изменить
members-new-heading = Внести город, вступивший до появления этого сайта
members-edit-heading = Изменить запись: { $city }
members-new-link = Вместо этого внести другой город
members-website-hint = Необязательно. Официальный сайт города, начиная с https://.
members-joined-year = Год вступления в сеть
members-joined-year-hint = Например, 2016. Первым отчётом здесь будет первый, срок которого наступает после сегодняшнего дня.
members-save = Сохранить город
members-saved = Город сохранён.
members-public-link = Посмотреть публичный список
members-due-heading = Срок отчёта за { $period } год
members-due-text = Отчёты сдаются до 31 марта (по рижскому времени). Здесь можно дать городу больше времени; его сотрудники получат письмо с новым сроком.
members-due = Срок (рижское время)
members-due-save = Перенести срок
members-due-moved = Срок перенесён, город уведомлён.
members-error-joined-year = Введите год вступления города: с 2013 года по текущий.
members-error-status = Выберите, является ли город действующим членом.
members-error-already-member = Этот город уже входит в сеть.
members-error-city-taken = Такое название уже есть у другого города.
members-error-joined-fixed = Этот город вступил через этот сайт: его год определило решение UIL, изменить его нельзя.
members-error-period = За этот период город не должен сдавать отчёт.
members-error-due-time = Введите дату и время.
members-error-due-past = Этот момент уже прошёл. Выберите более поздний.
members-error-report-submitted = Этот отчёт уже сдан.
members-error-lapsed = Город, чьё членство прекращено, не сдаёт отчётов.
mail-report-due-moved-subject = Новый срок отчёта о ходе работы за { $period } год
mail-report-due-moved-body = Латвийская национальная комиссия по делам ЮНЕСКО перенесла срок отчёта вашего города о ходе работы за { $period } год для Глобальной сети обучающихся городов ЮНЕСКО. Теперь его нужно сдать до { $due } (по рижскому времени).

nav-reminders = Напоминания
nav-audit = Журнал аудита
reminders-title = Напоминания
reminders-lead = Эти письма сайт отправляет сам, каждому на его языке, когда приходит время. Вид напоминаний, выключенный на год, в этом году ничего не отправляет.
reminders-year = Год
reminders-show = Показать
reminders-kinds-heading = Виды напоминаний в { $year } году
reminders-on = Включено
reminders-off = Выключено
reminders-switch-off = Выключить
reminders-switch-on = Включить
reminders-upcoming-heading = Предстоящие
reminders-sent-heading = Отправленные
reminders-when = Будет отправлено
reminders-sent-at = Отправлено
reminders-kind = Напоминание
reminders-about = О чём
reminders-state = Будет отправлено?
reminders-recipients = Получатели
reminders-will-go = Да
reminders-will-not-go = Нет, выключено
reminders-kind-lead = { $kind }, { $days ->
    [one] за { $days } день
    [few] за { $days } дня
   *[many] за { $days } дней
}
reminders-kind-window-opens = Открывается приём заявок
reminders-kind-window-closing = Приём закрывается: заявки ещё не поданы
reminders-kind-report-due = Приближается срок отчёта о ходе работы
reminders-kind-report-overdue = Отчёт о ходе работы просрочен
reminders-kind-review-waiting = Заявка неделю ждёт оценки
reminders-kind-decision-due = Приближается срок решения Комиссии
mail-reminder-window-opens-subject = Открыт приём заявок { $year } года в Глобальную сеть обучающихся городов ЮНЕСКО
mail-reminder-window-opens-body = Заявки на вступление в Глобальную сеть обучающихся городов ЮНЕСКО принимаются до { $deadline } (по рижскому времени). Подготовить и подать заявку города можно здесь: { $link }
mail-reminder-window-closing-subject = { $days ->
    [one] Приём заявок закрывается через { $days } день
    [few] Приём заявок закрывается через { $days } дня
   *[many] Приём заявок закрывается через { $days } дней
}
mail-reminder-window-closing-body = Заявка ({ $about }) ещё не подана. Приём закрывается { $deadline } (по рижскому времени); после этого Комиссия не сможет принять её в этом году. Продолжить: { $link }
mail-reminder-report-due-subject = { $days ->
    [one] Срок отчёта за { $year } год — через { $days } день
    [few] Срок отчёта за { $year } год — через { $days } дня
   *[many] Срок отчёта за { $year } год — через { $days } дней
}
mail-reminder-report-due-body = Член Глобальной сети обучающихся городов ЮНЕСКО ({ $about }) каждые два года отчитывается о ходе работы. Отчёт за { $year } год нужно сдать до { $deadline } (по рижскому времени). { $link }
mail-reminder-report-overdue-subject = Отчёт о ходе работы за { $year } год просрочен
mail-reminder-report-overdue-body = Отчёт о ходе работы за { $year } год ({ $about }) нужно было сдать до { $deadline } (по рижскому времени), но он не сдан. Город, который перестаёт отчитываться, может потерять членство; пожалуйста, сдайте отчёт как можно скорее или свяжитесь с Комиссией. { $link }
mail-reminder-review-waiting-subject = Заявка ждёт вашей оценки: { $about }
mail-reminder-review-waiting-body = У заявки, поданной больше недели назад, ещё нет вашей оценки ({ $about }). Решение Комиссии нужно принять до { $deadline } (по рижскому времени). Оценить: { $link }
mail-reminder-decision-due-subject = { $days ->
    [one] Срок решений Комиссии { $year } года — через { $days } день
    [few] Срок решений Комиссии { $year } года — через { $days } дня
   *[many] Срок решений Комиссии { $year } года — через { $days } дней
}
mail-reminder-decision-due-body = По некоторым заявкам { $year } года решение ещё не принято. Решения нужно принять до { $deadline } (по рижскому времени). Панель оценки: { $link }

deadlines-heading = Ваши ближайшие сроки
deadlines-none = Сейчас вас не касается ни один срок.
deadlines-calendar = Добавить в мой календарь (.ics)
deadlines-window-opens = Открывается приём заявок { $year } года
deadlines-window-closes = Закрывается приём заявок { $year } года
deadlines-decision-due = Комиссия решает по заявкам { $year } года
deadlines-report-due = { $city }: срок отчёта о ходе работы за { $year } год
deadlines-calendar-description = Pieteikums, Латвийская национальная комиссия по делам ЮНЕСКО: { $link }
reminders-none-coming = В этом году больше ничего не запланировано.
reminders-none-sent = В этом году ещё ничего не отправлено.

nav-report = Отчёты о прогрессе
report-title = Отчёты о прогрессе
report-of = { $city }: отчёт о прогрессе за { $year }
report-not-member = Отчёты о прогрессе отправляют города — члены сети. Ваш город не является действующим членом, поэтому отправлять отчёт здесь не нужно.
report-start-hint = Отчёт начинается с того, что город написал в прошлый раз (предыдущий отчёт или заявка), так что обновить нужно только изменившееся. Работать над ним может любой член команды вашего города.
report-start = Начать отчёт о прогрессе
report-section-learning-city-plan = План обучающегося города
report-section-partnerships = Координация и партнёрства
report-section-resources = Привлечение и использование ресурсов
report-section-monitoring = Мониторинг и оценка
report-section-access-for-all = Доступ к обучению для всех
report-section-culture-of-learning = Культура обучения в течение всей жизни
report-section-innovation = Инновационные практики
report-section-network-contributions = Вклад в работу сети
report-question-learning-city-plan = Как развивался план или стратегия обучающегося города с момента вступления или прошлого отчёта?
report-question-partnerships = Как муниципалитет, образовательные учреждения, работодатели, гражданское общество и жители теперь сотрудничают в обучении в течение всей жизни?
report-question-resources = Какие средства, людей, места и партнёрства город привлёк для обучения и как они используются?
report-question-monitoring = Как город следит за своим прогрессом и что показали его данные или оценки?
report-question-access-for-all = Что сделал город, чтобы в обучении мог участвовать каждый, включая тех, кому грозит исключение?
report-question-culture-of-learning = Как город отмечает и поощряет обучение в течение всей жизни, например фестивалями обучения, библиотеками, музеями?
report-question-innovation = Какие новые или необычные практики попробовал город и чему он на них научился?
report-question-network-contributions = Как город участвовал в работе сети: мероприятия, работа в кластерах, обмен с другими городами?
report-intro-progress = Опишите, что ваш город сделал и чего достиг в этой области с момента вступления или прошлого отчёта, не более чем в 300 словах, на английском или французском языке. Ссылки на отчёты или веб-страницы приветствуются.
report-narrative-hint = Не более 300 слов. Обновите прошлый ответ, а не пишите заново.
check-report-submit-heading = Отправить отчёт
check-report-submit-text = Отчёт поступит в Латвийскую национальную комиссию по делам ЮНЕСКО, которая перешлёт его в UIL с копией вашему городу. После отправки ответы изменить нельзя.
check-report-submit = Отправить отчёт о прогрессе
submitted-report-title = Отчёт о прогрессе отправлен
submitted-report-text = Отчёт о прогрессе города { $city } передан в Латвийскую национальную комиссию по делам ЮНЕСКО. Мы отправили подтверждение по электронной почте.
submitted-report-next-text = Комиссия перешлёт отчёт в UIL с копией вашему городу. Следующий отчёт нужно сдать через два года; сайт напомнит об этом.
attachments-report-intro = Добавьте иллюстрации, описания случаев или статистику в поддержку отчёта (PDF, JPEG или PNG). Эти файлы могут открыть только команда вашего города и Комиссия.
error-not-member = Отчёты о прогрессе отправляют только действующие города — члены сети, а этот город к ним не относится.
error-already-reported = Отчёт о прогрессе за этот период уже отправлен; второй отправить нельзя.
mail-report-submitted-city-subject = { $city }: отчёт о прогрессе за { $year } отправлен
mail-report-submitted-city-body =
    Здравствуйте!

    { $name } отправил(а) отчёт о прогрессе города { $city } за { $year } в Латвийскую национальную комиссию по делам ЮНЕСКО, которая перешлёт его в UIL с копией вашему городу.

    Отправленный отчёт приложен в формате PDF. Прочитать его можно здесь:
    { $link }

    Латвийская национальная комиссия по делам ЮНЕСКО
mail-report-submitted-commission-subject = Отчёт о прогрессе от { $city } ({ $year })
mail-report-submitted-commission-body =
    { $city } отправил отчёт о прогрессе за { $year }; отправитель — { $name }.

    Отчёт приложен в формате PDF и ждёт пересылки в UIL:
    { $link }
pdf-report-title = Отчёт о прогрессе члена Глобальной сети обучающихся городов ЮНЕСКО
pdf-report-city-period = { $city }, отчёт за { $year } год
pdf-report-file-name = GNLC-progress-report-{ $city }-{ $year }.pdf
board-reports-title = Отчёты о прогрессе городов-членов
board-reports-link = Отчёты о прогрессе городов-членов

conflicts-title = Конфликты интересов
conflicts-link = Конфликты интересов
conflicts-reviewer = Эксперт
conflicts-city = Город
conflicts-reason = Причина
conflicts-since = С
conflicts-action = Изменить
conflicts-intro-secretary = Эксперт с конфликтом интересов в отношении города не участвует в оценке его заявок: его оценки не учитываются, и заявки ему не видны. Зарегистрируйте конфликт для любого эксперта или снимите ошибочно внесённый. Каждое изменение с его причиной сохраняется в журнале аудита.
conflicts-intro-reviewer = Конфликты интересов, о которых вы заявили или которые секретарь зарегистрировал для вас. Ошибочное заявление можно отозвать, пока вы не отправили оценку ни одной заявки этого города; в остальных случаях обратитесь к секретарю.
conflicts-empty = Конфликты интересов не зарегистрированы.
conflicts-record-heading = Зарегистрировать конфликт интересов
conflicts-record = Зарегистрировать конфликт
conflicts-recorded = Конфликт зарегистрирован. Эксперт больше не видит заявки этого города.
conflicts-recorded-by = зарегистрировал(а) { $name }
conflicts-remove = Снять
conflicts-remove-confirm = Снять конфликт
board-reports-city = Город
board-reports-period = Год отчёта
board-reports-due = Срок
board-reports-status = Статус
board-reports-action = Действие
board-reports-empty = Ни один город-член не должен отчёт и не отправлял его.
board-reports-sent-on = Отправлен { $datetime } (по рижскому времени)
board-reports-not-started = Не начат
board-reports-read = Читать отчёт
board-reports-forward = Переслать в UIL
mail-report-forwarded-subject = Отчёт о прогрессе GNLC от Латвийской национальной комиссии по делам ЮНЕСКО: { $city } ({ $year })
mail-report-forwarded-body =
    Уважаемые коллеги!

    Латвийская национальная комиссия по делам ЮНЕСКО пересылает отчёт о прогрессе города { $city }, члена Глобальной сети обучающихся городов ЮНЕСКО, за { $year }. Отчёт и дополнительные файлы города приложены. Город в копии.

    Латвийская национальная комиссия по делам ЮНЕСКО
attachments-report-title = Дополнительные файлы
check-report-title = Проверьте ответы и отправьте
report-owed = Отчёт о прогрессе за { $year } год


audit-title = Журнал аудита
audit-lead = Каждое изменение, записанное Pieteikums: кто его внёс, когда, к чему оно относится и значения до и после. Сначала новые.
audit-filters = Фильтр журнала аудита
audit-filter-kind = Событие
audit-filter-person = Человек
audit-filter-city = Город
audit-filter-year = Цикл
audit-filter-from = С (день)
audit-filter-to = По (день)
audit-clear = Сбросить фильтры
audit-count = { $count ->
        [one] { $count } событие
        [few] { $count } события
       *[other] { $count } событий
    }
audit-download = Скачать эти события (CSV)
audit-empty = Ни одно записанное событие не соответствует этим фильтрам.
audit-system = Сам Pieteikums
audit-column-when = Когда (рижское время)
audit-column-who = Кто
audit-column-what = Что
audit-column-kind = Идентификатор события
audit-column-about = К чему
audit-column-before = До
audit-column-after = После
audit-column-details = Подробности
audit-pages = Страницы журнала аудита
audit-filter-any = Любой
audit-filter-apply = Показать
export-heading = Скачать
export-hint = Заявки, которые доска показывает с выбранными фильтрами, и оценки каждого эксперта там, где вам их можно видеть.
export-csv = Таблица (CSV)
export-xlsx = Книга Excel
export-meeting = Лист заседания (PDF)
export-sheet-name = Доска { $year }
export-column-city = Город
export-column-status = Статус
export-column-submitted = Подана (время Риги)
export-column-version = Версия
export-column-reviews-done = Отправлено оценок
export-column-reviews-needed = Нужно оценок
export-column-mean = Средняя оценка
export-column-spread = Разброс
export-column-endorse = Рекомендуют поддержать
export-column-changes = Рекомендуют запросить изменения
export-column-reject = Рекомендуют не поддерживать
export-column-criterion-mean = { $criterion }: среднее
export-column-criterion-spread = { $criterion }: разброс
export-column-reviewer-score = { $reviewer }: { $criterion }
export-column-reviewer-mean = { $reviewer }: среднее
export-column-reviewer-recommendation = { $reviewer }: рекомендация
export-column-decision = Решение
export-column-decided = Время решения (время Риги)
export-decision-endorse = Поддержана
export-decision-request-changes = Запрошены изменения
export-decision-reject = Не поддержана
meeting-title = Лист заседания: заявки { $year } года
meeting-footer = Лист заседания { $year }
meeting-printed = Напечатано { $datetime } (время Риги) с оценками, которые доска тогда показывала.
meeting-quota = Поддержано на сегодня: { $used } из { $quota }. Осталось мест: { $left }.
meeting-endorsed = Поддержаны: { $cities }
meeting-to-decide = К решению, начиная с наивысшей средней оценки
meeting-none-to-decide = Ни одна заявка не ждёт решения.
meeting-decided = Решённые или отозванные
meeting-column-rank = №
meeting-column-city = Город
meeting-column-status = Статус
meeting-column-reviews = Оценки
meeting-column-score = Среднее (разброс)
meeting-column-tally = Рекомендации
meeting-column-decision = Решение
meeting-no-score = оценки ещё нет
outbox-count = { $count ->
    [one] { $count } письмо
    [few] { $count } письма
   *[other] { $count } писем
} · { $drafts ->
    [0] черновиков к отправке нет
    [one] { $drafts } черновик ждёт отправки
    [few] { $drafts } черновика ждут отправки
   *[other] { $drafts } черновиков ждут отправки
}
outbox-pages = Страницы исходящих
outbox-filters = Отбор писем
outbox-filter-state = Состояние
outbox-filter-purpose = О чём
outbox-filter-any = Любое
outbox-filter-text = Получатель или тема содержит
outbox-filter-apply = Показать
outbox-filter-clear = Сбросить фильтры
outbox-purpose = О чём
outbox-purpose-account-invitation = Приглашение создать учётную запись
outbox-purpose-password-reset = Сброс пароля
outbox-purpose-application-submitted-city = Заявка подана (городу)
outbox-purpose-application-submitted-commission = Заявка подана (Комиссии)
outbox-purpose-application-withdrawn-commission = Заявка отозвана (Комиссии)
outbox-purpose-progress-report-submitted-city = Отчёт о прогрессе отправлен (городу)
outbox-purpose-progress-report-submitted-commission = Отчёт о прогрессе отправлен (Комиссии)
outbox-purpose-progress-report-forwarded-uil = Отчёт о прогрессе передан в UIL
outbox-purpose-cycle-extended = Срок подачи заявок продлён
outbox-purpose-report-due-moved = Срок отчёта о прогрессе перенесён
outbox-purpose-reminder = Напоминание
outbox-purpose-decision-changes-city = Городу предложено внести изменения
outbox-purpose-decision-rejected-city = Не поддержана (городу)
outbox-purpose-decision-endorsed-city = Поддержана (городу)
outbox-purpose-decision-forwarded-uil = Поддержанная заявка передана в UIL

report-desk-title = Рассмотрение отчёта о прогрессе
report-desk-back = Назад к отчётам о прогрессе
report-desk-sent = Отправлен
history-report-resubmitted = повторно отправил(а) отчёт о прогрессе
outbox-purpose-progress-report-changes-city = Исправления запрошены в отчёте города-участника
mail-report-changes-subject = { $city }: Комиссия просит исправить отчёт о прогрессе { $year } года
mail-report-changes-body =
    Здравствуйте!

    Национальная комиссия Латвии по делам ЮНЕСКО прочитала отчёт о прогрессе города { $city } за { $year } год и, прежде чем переслать его в UIL, просит внести следующие исправления:

    { $reason }

    Отчёт снова можно редактировать; комментарии к отдельным разделам показаны рядом с ними. Когда он будет готов, отправьте его снова:
    { $link }

    Национальная комиссия Латвии по делам ЮНЕСКО
decision-forward-report-to-uil = Переслать отчёт в UIL
desk-printed-report = Отчёт в формате PDF
