import { ACCOUNTS, expectAccessible, expectNoHorizontalScroll, openHydrated, signIn } from "./helpers";
import { expect, test } from "./own-server";

test("a member city sees its next deadlines counting down, each as a calendar file", async ({ page }) => {
  await signIn(page, ACCOUNTS.applicant.email);
  await openHydrated(page, "/en/account");
  const deadlines = page.getByTestId("deadline");
  // The window is open on 10 April 2027; Valmiera is a member whose 2028 report is owed.
  await expect(deadlines).toHaveCount(2);
  await expect(deadlines.first().getByRole("heading")).toHaveText("The 2027 application window closes");
  await expect(deadlines.first().locator(".countdown__clock")).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await expect(deadlines.nth(1).getByRole("heading")).toHaveText("Valmiera: the 2028 progress report is due");
  await expect(deadlines.nth(1)).toContainText("31 March 2028, 23:59 (Riga time)");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const link = deadlines.nth(1).getByRole("link", { name: /Add to my calendar/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/calendar\/report_due-2028-\d+\.ics$/);
  const file = await page.request.get(href!);
  expect(file.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await file.text()).toContain("DTSTART;TZID=Europe/Riga:20280331T235959");
});

test("the secretary sees the reminders to come and switches one kind off for the year", async ({ page }) => {
  await signIn(page, ACCOUNTS.secretary.email);
  await openHydrated(page, "/en/admin/reminders");
  await expect(page.getByRole("heading", { name: "Kinds of reminder in 2027" })).toBeVisible();
  const decision = page.locator('[data-testid=reminder-upcoming][data-kind="decision_due"]');
  await expect(decision).toHaveCount(1);
  await expect(decision).toContainText("3 days before");
  await expect(decision).toContainText("Yes");
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  const kind = page.locator('[data-testid=reminder-kind][data-kind="decision_due"]');
  await kind.getByRole("button", { name: /^Switch off\W+The Commission's decision is due/ }).click();
  await expect(kind.locator(".tag")).toHaveText("Off");
  await expect(decision).toContainText("No, switched off");
  await kind.getByRole("button", { name: /^Switch on\W+The Commission's decision is due/ }).click();
  await expect(kind.locator(".tag")).toHaveText("On");
  await expect(decision).toContainText("Yes");
});
