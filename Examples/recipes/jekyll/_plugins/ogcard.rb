# Runs `ogcard build` at the start of every Jekyll build: `jekyll build`, and each rebuild of
# `jekyll serve` after an edit. The `:site, :after_reset` hook fires once per build, before Jekyll
# reads any file, so the cards, image: lines and _data/ogcard.json it writes are in that same
# build's _site. ogcard renders only what changed and writes nothing when nothing did, so its
# writes cause at most one more rebuild, never a loop.
# Needs `ogcard` on PATH (make install), or set OGCARD to its path.
require "json"
require "open3"

Jekyll::Hooks.register :site, :after_reset do |site|
  ogcard = ENV.fetch("OGCARD", "ogcard")
  # --json: the summary on stdout, warnings and errors (one line each) on stderr, no progress.
  begin
    summary, messages, status = Open3.capture3(ogcard, "build", "--json", chdir: site.source)
  rescue SystemCallError => e
    raise "ogcard: cannot run #{ogcard} (#{e.message}); install it on PATH (make install) or set OGCARD"
  end
  messages.each_line do |line|
    line = line.chomp
    line.start_with?("error:") ? Jekyll.logger.error("ogcard:", line) : Jekyll.logger.warn("ogcard:", line)
  end
  counts = JSON.parse(summary) rescue {}
  if counts.fetch("rendered", 0) + counts.fetch("rewritten", 0) > 0
    Jekyll.logger.info "ogcard:", "#{counts["rendered"]} card(s) rendered, #{counts["rewritten"]} post(s) rewritten"
  end
  # Status 1: some posts failed (listed above); their pages keep their last tags and the site
  # still builds. Status 2: ogcard could not run at all (config, lock, fonts).
  raise "ogcard build failed (exit #{status.exitstatus}); see the lines above" if status.exitstatus.nil? || status.exitstatus > 1
end
