// Eleventy with ogcard: build the cards before Eleventy reads the site, and publish them.
import { execFileSync } from "node:child_process";

export default function (eleventyConfig) {
  // ogcard writes only what changed, so running it on every (watch) build is cheap.
  eleventyConfig.on("eleventy.before", () => {
    execFileSync(process.env.OGCARD ?? "ogcard", ["build", "--quiet"], { stdio: "inherit" });
  });
  // Cards are written to assets/og (ogcard.yml: output) and served at /assets/og.
  eleventyConfig.addPassthroughCopy("assets/og");
}
