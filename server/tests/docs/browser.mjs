// The headless Chromium the docs check drives: the one CHROMIUM names, or else the Chromium build
// shipped inside the npm package @sparticuz/chromium (pinned in package-lock.json), unpacked on
// first use into the temporary folder check.sh points TMPDIR at (target/browser, git-ignored).
// Its bundled shared libraries come after the system's on the library path, so a machine missing
// one of them (libnss3, say) still starts the browser.
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where the browser is and what it is started with: `{ executablePath, args, env }`. */
export async function headlessChromium() {
  if (process.env.CHROMIUM) {
    return { executablePath: process.env.CHROMIUM, args: ["--no-sandbox"], env: process.env };
  }
  const { default: packaged, inflate } = await import("@sparticuz/chromium");
  const executablePath = await packaged.executablePath();
  const bin = join(import.meta.dirname, "node_modules", "@sparticuz", "chromium", "bin");
  const libraries = join(await inflate(join(bin, "al2023.tar.br")), "lib");
  const libraryPath = [process.env.LD_LIBRARY_PATH, libraries].filter(Boolean).join(":");
  return {
    executablePath,
    args: ["--no-sandbox", "--no-zygote", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    env: { ...process.env, LD_LIBRARY_PATH: libraryPath, FONTCONFIG_PATH: join(tmpdir(), "fonts") },
  };
}
