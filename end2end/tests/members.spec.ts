import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test } from "./own-server";

test("anyone finds the network's page and the Latvian member cities from any page", async ({ page }) => {
  await openHydrated(page, "/lv");
  await page.getByRole("contentinfo").getByRole("link", { name: "Latvijas dalībpilsētas" }).click();
  await expect(page).toHaveURL(/\/lv\/members$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Latvijas dalībpilsētas");
  const rows = page.getByTestId("member-row");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText("Valmiera");
  await expect(rows.first()).toContainText("2016. gada");
  await expect(rows.nth(1).getByRole("link", { name: "www.ventspils.lv" })).toHaveAttribute(
    "href",
    "https://www.ventspils.lv",
  );
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await page.getByRole("link", { name: "Par tīklu un to, ko dalība dod pilsētai" }).click();
  await expect(page).toHaveURL(/\/lv\/network$/);
  await expect(page.getByRole("heading", { name: "Pamatnosacījumi" })).toBeVisible();
  await expect(page.getByText("Iespēju pretendēt uz UNESCO Izglītības pilsētu balvu.")).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
});

test("the secretary enters a city that joined before the site and gives a member more time for its report", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/admin/members");
  await expect(page.getByRole("heading", { name: "Member cities", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  const valmiera = page.locator('[data-testid=member-admin-row][data-city="Valmiera"]');
  await expect(valmiera).toContainText("The 2028 report");
  await expect(valmiera).toContainText("Anna Bērziņa");

  // A year in the future is refused and what was typed stays.
  await page.getByLabel("City", { exact: true }).fill("Liepāja");
  await page.getByLabel("Website").fill("https://www.liepaja.lv");
  await page.getByLabel("Year it joined the network").fill("2030");
  await page.getByLabel("Status").selectOption("active");
  await page.getByRole("button", { name: "Save the member city" }).click();
  await expect(page.locator(".error-summary")).toContainText("Enter the year the city joined: from 2013 to this year.");
  await expect(page.getByLabel("City", { exact: true })).toHaveValue("Liepāja");
  await expectAccessible(page);

  await page.getByLabel("Year it joined the network").fill("2019");
  await page.getByRole("button", { name: "Save the member city" }).click();
  await expect(page.getByTestId("member-saved")).toBeVisible();
  const liepaja = page.locator('[data-testid=member-admin-row][data-city="Liepāja"]');
  // 2021, 2023 and 2025 were due before it was entered, and so was 31 March 2027.
  await expect(liepaja).toContainText("The 2029 report");
  await expect(liepaja).toContainText("2019, entered by the Commission");

  await valmiera.getByRole("link", { name: "Change Valmiera" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("heading", { name: "The due date of the 2028 report" })).toBeVisible();
  await page.getByLabel("Due (Riga time)").fill("2028-06-30T23:59:59");
  await page.getByRole("button", { name: "Move the due date" }).click();
  await expect(page.getByTestId("due-moved")).toBeVisible();
  await expect(page.locator('[data-testid=member-admin-row][data-city="Valmiera"]')).toContainText(
    "The due date was moved to 30 June 2028, 23:59.",
  );
  await expectAccessible(page);
});
