import { type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test } from "./own-server";

/** Opens the city's application on the board and asks to endorse it, confirmed. */
async function endorse(page: Page, city: string) {
  await openHydrated(page, "/en/board");
  await page.locator(`[data-testid=application-row][data-city="${city}"]`).getByRole("link", { name: city }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  const form = page.getByTestId("decide");
  await form.getByLabel("Endorse the application", { exact: true }).check();
  await form.getByLabel("I confirm this decision on behalf of the Commission.").check();
  await form.getByRole("button", { name: "Record the decision" }).click();
}

test("the secretary lowers the cycle's quota, and an endorsement past it is refused naming the endorsed city", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/admin/cycles");
  await expectAccessible(page);
  const current = page.getByTestId("cycle-row").first();
  const year = await current.getAttribute("data-year");
  await current.getByRole("link", { name: `Change ${year}` }).click();
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByRole("heading", { name: `Change the ${year} cycle` })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // A window that closes before it opens is refused, and what was typed stays.
  const closes = page.getByLabel("Window closes (Riga time)");
  const closing = await closes.inputValue();
  await closes.fill(`${year}-02-01T00:00:00`);
  await page.getByLabel("National quota").fill("1");
  await page.getByRole("button", { name: "Save the cycle" }).click();
  await expect(page.locator(".error-summary")).toContainText("The window must close after it opens.");
  await expect(closes).toHaveValue(`${year}-02-01T00:00`);
  await expect(page.getByLabel("National quota")).toHaveValue("1");
  await expectAccessible(page);

  await closes.fill(closing);
  await page.getByRole("button", { name: "Save the cycle" }).click();
  await expect(page.getByTestId("cycle-saved")).toHaveText(`The ${year} cycle is saved.`);
  await expect(page.getByTestId("cycle-row").first()).toContainText("2 submitted");

  await endorse(page, "Cēsis");
  await expect(page).toHaveURL(/\/en\/admin\/outbox$/);
  await endorse(page, "Jelgava");
  await expect(page.locator(".error-summary")).toContainText(
    "The national quota is used: the Commission may endorse one application this cycle and has endorsed Cēsis.",
  );
  await expect(page.getByTestId("status").first()).toHaveText("Submitted");
});
