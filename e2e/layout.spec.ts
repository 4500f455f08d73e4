import { expect, test, type Page } from "./fixtures";
import { DEMO_PROJECT_IDS, signInAs, waitForHydration, type DemoAccount } from "./helpers";

const DANUBE = `/projects/${DEMO_PROJECT_IDS.danubeIct}`;
const SMART = `/projects/${DEMO_PROJECT_IDS.smartBridge}`;

/** The pages of each person's everyday journey. */
const JOURNEYS: Record<"lead" | "partner" | "coordinator", string[]> = {
  lead: [
    "/dashboard",
    DANUBE,
    `${DANUBE}/deliverables`,
    `${DANUBE}/deliverables/demo-proj-danube-ict-d2-2`,
    `${DANUBE}/reports`,
    `${DANUBE}/timeline`,
    `${DANUBE}/budget`,
    `${DANUBE}/history`,
    "/notifications",
    "/account",
  ],
  partner: ["/dashboard", DANUBE, `${DANUBE}/deliverables`, `${DANUBE}/reports`, `${DANUBE}/budget`],
  coordinator: [
    "/dashboard",
    "/dashboard/due",
    "/portfolio",
    "/projects",
    "/projects/new",
    SMART,
    `${SMART}/budget`,
    "/programmes",
    "/networks",
    "/networks/demo-network-bbs-ict",
    "/networks/find-partners?competence=demo-comp-ai",
    "/networks/competences",
    "/organisations",
    "/organisations/demo-org-cluj",
  ],
};

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The visible buttons and form fields less than 44 pixels high, by their name. */
async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "main button, main input:not([type=checkbox]):not([type=radio]), main select, main summary, main label:has(input[type=file])",
      ),
    ]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        // Visually hidden controls (a file input behind its label) are 1 pixel: the label is what is pressed.
        return box.width > 1 && box.height > 1 && box.height < 44;
      })
      .map((element) => element.getAttribute("aria-label") ?? element.textContent?.trim() ?? element.id),
  );
}

test.describe("on a phone (390 × 844)", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const [account, paths] of Object.entries(JOURNEYS)) {
    test(`no page of the ${account}'s journey scrolls sideways`, async ({ page }) => {
      await signInAs(page, account as DemoAccount);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await sidewaysOverflow(page), `${path} is wider than the screen`).toBe(0);
        expect(await smallTapTargets(page), `${path}: buttons and fields under 44 pixels`).toEqual([]);
      }
    });
  }

  test("the header folds into a menu with tap targets of 44 pixels, which closes on the next page", async ({
    page,
  }) => {
    await signInAs(page, "coordinator");
    const menu = page.getByRole("button", { name: "Menu" });
    const portfolio = page.getByRole("link", { name: "Portfolio" });
    await expect(portfolio).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await waitForHydration(menu);
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    for (const target of [menu, portfolio, page.getByRole("button", { name: "Sign out" })]) {
      const box = (await target.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await portfolio.click();
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Programmes" })).toBeHidden();
  });

  test("a wide table scrolls in its own box, says so and takes the keyboard; a chart comes after its table", async ({
    page,
  }) => {
    await signInAs(page, "coordinator");
    const review = page.getByRole("region", { name: "Waiting for your review, oldest first" });
    await expect(review).toBeVisible();
    await expect(review).toHaveAttribute("tabindex", "0");
    await expect(page.getByText("Scroll sideways to see every column.").first()).toBeVisible();
    await review.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => review.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

    await page.goto(`${DANUBE}/timeline`);
    const tableTop = (await page.getByText("Table view").boundingBox())!.y;
    const chartTop = (await page.getByRole("group", { name: /Gantt chart/ }).boundingBox())!.y;
    expect(tableTop).toBeLessThan(chartTop);
  });
});

for (const width of [1280, 1440]) {
  test.describe(`on a desktop screen ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the header is one row for every role, and keyboard focus on it shows", async ({ page }) => {
      for (const account of ["admin", "coordinator", "lead", "partner", "viewer"] as const) {
        await signInAs(page, account);
        const header = page.locator("header[data-app-header]");
        expect((await header.boundingBox())!.height, `${account}'s header`).toBeLessThan(72);
        expect(await sidewaysOverflow(page), `${account}'s page scrolls sideways`).toBeLessThanOrEqual(0);
        await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
        await page.getByRole("link", { name: "Projects", exact: true }).focus();
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        const outline = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return `${style.outlineStyle} ${style.outlineColor}`;
        });
        expect(outline).toBe("solid rgb(255, 255, 255)");
        await page.context().clearCookies();
      }
    });
  });
}

test("the budget chart's axis labels fit inside the chart, in English and in Romanian", async ({ page, baseURL }) => {
  await signInAs(page, "coordinator");
  for (const locale of ["en", "ro"]) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto(`${DANUBE}/budget`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const chart = page.locator("figure svg[role=group]").first();
    const overflowing = await chart.evaluate((svg) =>
      [...svg.querySelectorAll("text")]
        .filter((text) => text.getBBox().x < 0 || text.getBBox().x + text.getBBox().width > svg.clientWidth)
        .map((text) => text.textContent),
    );
    expect(overflowing, `labels cut off in ${locale}`).toEqual([]);
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
});
