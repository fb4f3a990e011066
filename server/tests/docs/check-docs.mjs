// Loads `/docs` of a running server in headless Chromium and checks what a reader relies on:
// every tag of the spec has its section, every operation its entry (found by operationId), the
// page shows no console error and loads nothing from another origin, and an operation opens.
//
// usage: node check-docs.mjs BASE_URL SCREENSHOT_PATH   (CHROMIUM overrides the packaged browser)
import { chromium } from "playwright-core";
import { headlessChromium } from "./browser.mjs";

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error("usage: node check-docs.mjs BASE_URL SCREENSHOT_PATH");
  process.exit(2);
}
const spec = await (await fetch(`${base}/openapi.json`)).json();
const operations = [];
for (const item of Object.values(spec.paths)) {
  for (const method of ["get", "post", "put", "patch", "delete"]) {
    if (item[method]) operations.push(item[method].operationId);
  }
}
const tags = spec.tags.map((tag) => tag.name);

const browser = await chromium.launch(await headlessChromium());
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("console", (message) => { if (message.type() === "error") problems.push(`console error: ${message.text()}`); });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith(base)) problems.push(`loaded from elsewhere: ${request.url()}`);
  });
  await page.goto(`${base}/docs`, { waitUntil: "networkidle" });
  await page.waitForSelector("details.operation");
  const found = await page.evaluate(() => ({
    ids: [...document.querySelectorAll("details.operation")].map((node) => node.id),
    sections: [...document.querySelectorAll("section.tag > h2")].map((node) => node.textContent),
  }));
  for (const id of operations) if (!found.ids.includes(id)) problems.push(`operation missing: ${id}`);
  for (const tag of tags) if (!found.sections.includes(tag)) problems.push(`tag missing: ${tag}`);
  await page.click("#getContactById > summary");
  const opened = await page.$eval("#getContactById", (node) => node.open && node.querySelector("table") !== null);
  if (!opened) problems.push("getContactById does not open with its parameters");
  await page.fill("#filter", "invoice");
  const shown = await page.$$eval("details.operation:not(.hidden)", (nodes) => nodes.map((node) => node.id));
  if (!shown.length || !shown.every((id) => /invoice/i.test(id))) problems.push(`the filter shows ${shown}`);
  await page.fill("#filter", "");
  await page.screenshot({ path: screenshot, fullPage: false });
  console.log(`docs: ${found.ids.length} operations in ${found.sections.length} tags; screenshot ${screenshot}`);
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
