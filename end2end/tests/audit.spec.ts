import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, openMenu, signIn } from "./helpers";
import { expect, test } from "./own-server";

test("the secretary reads the audit log filtered to one city and downloads it as CSV", async ({ page }) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/account");
  await openMenu(page);
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expect(page.getByTestId("logged-event").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("City").selectOption({ label: "Cēsis" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit\?.*city=\d+/);
  const lines = page.getByTestId("logged-event");
  await expect(lines.first()).toBeVisible();
  for (const about of await lines.locator("td:nth-of-type(3)").allTextContents()) {
    expect(about).toMatch(/^Cēsis/);
  }
  await expect(page.getByLabel("City")).toHaveValue(/\d+/);
  await expectNoHorizontalScroll(page);

  const csv = await page.request.get((await page.getByTestId("csv-download").getAttribute("href"))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await csv.text();
  expect(text.split("\n")[0]).toContain("When (Riga time)");
  expect(text).toContain("Cēsis 2027");
  expect(text).not.toContain("Jelgava");

  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit$/);
});
