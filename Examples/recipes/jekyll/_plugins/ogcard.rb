# Runs `ogcard build` once before Jekyll reads the site, so every post's card, image: line and
# meta-tag data are current when pages are rendered. `jekyll serve` runs it again on each rebuild;
# with nothing changed ogcard writes nothing, so it does not trigger a rebuild loop.
# Needs `ogcard` on PATH (make install), or set OGCARD to its path.
require "open3"

Jekyll::Hooks.register :site, :after_init do |site|
  ogcard = ENV.fetch("OGCARD", "ogcard")
  output, status = Open3.capture2e(ogcard, "build", "--quiet", chdir: site.source)
  output.each_line { |line| Jekyll.logger.info "ogcard:", line.chomp }
  raise "ogcard build failed (exit #{status.exitstatus}); see the lines above" unless status.success?
end
