import { type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { expectAccessible, expectNoHorizontalScroll, openHydrated, openMenu } from "./helpers";
import { expect, mailText, test } from "./own-server";

// A real installation: no demo data, the clock in February 2027 before the window opens.
test.use({ demo: false, clockStart: "2027-02-15T09:00:00Z" });

const SECRETARY = "office@unesco.lv";
const COORDINATOR = "koordinatore@cesis.lv";

/** Chooses a password on the page a set-password link opens, in the link's language. */
async function choosePassword(page: Page, link: string, password: string, done: string) {
  await openHydrated(page, new URL(link).pathname);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.locator("#field-password").fill(password);
  await page.locator("#field-confirmation").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page.getByRole("status")).toContainText(done);
}

async function signInWith(page: Page, email: string, password: string, lang: string) {
  await openHydrated(page, `/${lang}/login`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/account$`));
}

/** The links to choose a password mailed to `to`, once there are `count` of them (in no order). */
async function mailedLinks(server: { mails(): string[] }, to: string, count: number): Promise<string[]> {
  const links = () =>
    server
      .mails()
      .filter((mail) => mail.includes(`To: ${to}`))
      .map(mailText)
      .flatMap((text) => text.split(/\r?\n/).filter((line) => line.includes("/set-password/")))
      .map((line) => line.trim());
  await expect.poll(() => links().length, { timeout: 10_000 }).toBe(count);
  return links();
}

test("from an empty database: the first secretary, a city, its coordinator, a forgotten password, an application, her data copy and her erasure", async ({
  page,
  server,
}) => {
  // The operator opens the secretary's account from the command line.
  const secretaryLink = server.addSecretary(SECRETARY, "Dace Liepa", "lv");
  expect(secretaryLink).toContain("/lv/set-password/");
  await choosePassword(page, secretaryLink, "sekretāres parole 2027", "Parole saglabāta.");
  await signInWith(page, SECRETARY, "sekretāres parole 2027", "lv");

  // The year's cycle, from the form's defaults.
  await openHydrated(page, "/lv/admin/cycles");
  await page.getByRole("button", { name: "Saglabāt ciklu" }).click();
  await expect(page.getByTestId("cycle-saved")).toBeVisible();

  // A city that may apply; the same name in other letters is refused.
  await openHydrated(page, "/lv/admin/cities");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.locator("#field-name").fill("Cēsis");
  await page.locator("#field-website").fill("cesis.lv");
  await page.getByRole("button", { name: "Saglabāt pilsētu" }).click();
  await expect(page.getByTestId("city-saved")).toHaveText("Pilsēta saglabāta.");
  await expect(page.locator('[data-testid=city-row][data-city="Cēsis"]')).toContainText("Var pieteikties");
  // Answered in place, without loading the page again: the reason, and the fields as they were typed.
  await page.evaluate(() => Object.assign(window, { samePage: true }));
  await page.locator("#field-name").fill("CĒSIS");
  await page.locator("#field-official_name").fill("Cēsu novada pašvaldība");
  await page.getByRole("button", { name: "Saglabāt pilsētu" }).click();
  await expect(page.locator(".error-summary")).toContainText("Pilsēta ar šādu nosaukumu jau ir");
  await expect(page.locator(".error-summary")).toBeFocused();
  await expect(page.locator("#field-name")).toHaveValue("CĒSIS");
  await expect(page.locator("#field-official_name")).toHaveValue("Cēsu novada pašvaldība");
  expect(await page.evaluate(() => "samePage" in window)).toBe(true);
  await expectAccessible(page);

  // Its coordinator, invited in Russian.
  await openHydrated(page, "/lv/admin/users");
  await page.locator("#field-email").fill(COORDINATOR);
  await page.locator("#field-full_name").fill("Inga Kalniņa");
  await page.locator("#field-role").selectOption("city_applicant");
  await page.locator("#field-city_id").selectOption({ label: "Cēsis" });
  await page.locator("#field-language").selectOption("ru");
  await page.getByRole("button", { name: "Nosūtīt uzaicinājumu" }).click();
  await expect(page.getByRole("status")).toContainText("Uzaicinājums ir nosūtīts.");
  const row = page.locator(`[data-testid=person-row][data-email="${COORDINATOR}"]`);
  await expect(row).toContainText("Uzaicināts");
  // Drawn in the browser from the Latvian page's translations, which carry each language's own name.
  await expect(row).toContainText("Русский");
  await expectAccessible(page);
  await openMenu(page);
  await page.getByRole("button", { name: "Atslēgties" }).click();

  // The coordinator chooses a password from the mail, in Russian.
  const [invitation] = await mailedLinks(server, COORDINATOR, 1);
  expect(invitation).toContain("/ru/set-password/");
  await choosePassword(page, invitation, "пароль координатора", "Пароль сохранён.");

  // …forgets it, and asks for a new one from the sign-in page.
  await openHydrated(page, "/ru/login");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Забыли пароль");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await page.locator("#field-email").fill(COORDINATOR);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("reset-sent")).toContainText("60");
  await expectAccessible(page);
  const reset = (await mailedLinks(server, COORDINATOR, 2)).find((link) => link !== invitation)!;
  await choosePassword(page, reset, "новый пароль координатора", "Пароль сохранён.");

  // The old password no longer works; the new one does, and the city starts its application.
  await openHydrated(page, "/ru/login");
  await page.locator("#field-email").fill(COORDINATOR);
  await page.locator("#field-password").fill("пароль координатора");
  await page.locator("form button[type=submit]").click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await signInWith(page, COORDINATOR, "новый пароль координатора", "ru");
  await openHydrated(page, "/ru/apply");
  await page.getByRole("button", { name: "Начать заявку" }).click();
  await expect(page).toHaveURL(/\/ru\/apply\/\d+$/);
  await expect(page.getByTestId("task-city")).toBeVisible();

  // The privacy notice is one link away on every page.
  await page.getByRole("link", { name: "Персональные данные" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Как мы обрабатываем персональные данные");
  await expect(page.locator("main")).toContainText("office@unesco.lv");
  await expectAccessible(page);

  // From her account page she downloads a copy of everything stored about her.
  await openHydrated(page, "/ru/account");
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByTestId("own-data").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^pieteikums-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readFile(await download.path());
  expect(zip.subarray(0, 2).toString()).toBe("PK");

  // She leaves the city's team; the secretary erases her, after saying she means it.
  await openMenu(page);
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/ru$/);
  await signInWith(page, SECRETARY, "sekretāres parole 2027", "lv");
  await openHydrated(page, "/lv/admin/users");
  await row.getByRole("link").click();
  await expect(page.getByTestId("person-erase")).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await page.getByRole("button", { name: "Dzēst personu" }).click();
  await expect(page.locator(".error-summary")).toContainText("Atzīmējiet izvēles rūtiņu");
  await expectAccessible(page);
  await page.locator("#field-confirm").check();
  await page.getByRole("button", { name: "Dzēst personu" }).click();
  await expect(page.getByTestId("person-changed")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Bijušais lietotājs \d+$/ })).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.locator("[data-testid=person-row] [data-state=Erased]")).toHaveText("Dzēsts");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});
